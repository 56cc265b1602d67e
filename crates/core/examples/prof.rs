use vigie_core::deck::compact;
use vigie_core::generate::{generate, Settings};
use vigie_core::synthetic;
fn main() {
    let path = "/tmp/big-deck.bin";
    let big = match std::fs::read(path)
        .ok()
        .and_then(|b| compact::from_bytes(&b).ok())
    {
        Some(deck) => deck,
        None => {
            let deck = synthetic::deck(1, 10_000).expect("valid");
            std::fs::write(path, compact::to_bytes(&deck)).expect("write");
            deck
        }
    };
    let quiz = Settings {
        count: Some(50),
        ..Settings::default()
    };
    let batches: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20);
    let mut means = Vec::new();
    let mut k = 0;
    for _ in 0..batches {
        let t = std::time::Instant::now();
        for i in 0..10u64 {
            k += generate(&big, 42 + i % 2, &quiz).items.len();
        }
        means.push(t.elapsed().as_secs_f64() * 100.0);
    }
    means.sort_by(|a, b| a.total_cmp(b));
    if !means.is_empty() {
        eprintln!(
            "{k} min {:.2} median {:.2} ms/quiz",
            means[0],
            means[means.len() / 2]
        );
    }
}

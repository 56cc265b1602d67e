use std::hint::black_box;
use vigie_core::generate::{generate, Settings};
use vigie_core::synthetic;
fn main() {
    let big = synthetic::deck(1, 10_000).expect("deck");
    let quiz = Settings {
        count: Some(50),
        ..Settings::default()
    };
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(50);
    let t = std::time::Instant::now();
    for _ in 0..n {
        black_box(generate(black_box(&big), 42, &quiz));
    }
    eprintln!("{:?} per run", t.elapsed() / n as u32);
}

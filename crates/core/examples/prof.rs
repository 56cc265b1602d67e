use std::hint::black_box;
use vigie_core::builtin;
use vigie_core::generate::all_items;
fn main() {
    let deck = builtin::deck().expect("deck");
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(500);
    let t = std::time::Instant::now();
    for _ in 0..n {
        black_box(all_items(black_box(deck), 42));
    }
    eprintln!("{:?} per run", t.elapsed() / n as u32);
}

use vigie_core::generate::{generate, Settings};
use vigie_core::synthetic;
fn main() {
    for (seed, n) in [(1u64, 10_000usize), (2, 500), (3, 2000)] {
        let big = synthetic::deck(seed, n).expect("deck");
        let quiz = Settings {
            count: Some(50),
            ..Settings::default()
        };
        for item in generate(&big, 42, &quiz).items {
            println!("{:?}", item);
        }
    }
}

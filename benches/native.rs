//! Native benchmarks (criterion) of the domain work behind the issue #8 targets: the built-in
//! deck's items, a 50-question quiz from a 10,000-fact deck, and a 100,000-review log.
//! `benches/browser.rs` times the same work compiled to wasm32 in headless Chromium.
//!
//! Run with `scripts/bench.sh` (all figures), or `cargo bench --bench native`.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{criterion_group, Criterion};
    use std::hint::black_box;
    use std::time::Duration;
    use vigie::domain::builtin;
    use vigie::domain::deck::Deck;
    use vigie::domain::generate::{all_items, generate, Settings};
    use vigie::domain::progress::{decode, encode, Progress};
    use vigie::domain::schedule::{card_states, Config, Queue, Scheduler};
    use vigie::domain::{study, synthetic};

    /// 2026-11-28 12:00 UTC: the synthetic log ends here.
    const NOW: i64 = 1_795_867_200_000;
    const DAY: i64 = 86_400_000;

    fn quiz_of_50() -> Settings {
        Settings {
            count: Some(50),
            ..Settings::default()
        }
    }

    fn generator(c: &mut Criterion) {
        let deck = builtin::deck().expect("the built-in deck is valid");
        let mut g = c.benchmark_group("generator");
        g.bench_function("built-in deck: parse and check", |b| {
            b.iter(|| Deck::from_json(black_box(builtin::DECK_JSON), builtin::ARTICLE_TEXT))
        });
        g.bench_function("built-in deck: every item", |b| {
            b.iter(|| all_items(black_box(deck), 42))
        });
        g.bench_function("built-in deck: study cards", |b| {
            b.iter(|| study::cards(black_box(deck)))
        });
        let big = synthetic::deck(1, 10_000).expect("synthetic decks are valid");
        g.sample_size(10);
        g.measurement_time(Duration::from_secs(4));
        g.bench_function("10,000-fact deck: 50-question quiz", |b| {
            b.iter(|| generate(black_box(&big), 42, &quiz_of_50()))
        });
        g.finish();
    }

    fn storage(c: &mut Criterion) {
        let deck = builtin::deck().expect("the built-in deck is valid");
        let cards = study::cards(deck);
        let ids: Vec<&str> = cards.iter().map(|c| c.id.as_str()).collect();
        let progress = Progress {
            log: synthetic::review_log(1, 100_000, &ids, NOW),
            ..Progress::default()
        };
        let text = encode(&progress);
        println!(
            "storage: 100,000 reviews are {} bytes stored ({:.2} MB)",
            text.len(),
            text.len() as f64 / 1e6
        );
        let scheduler = Scheduler::new(Config::default()).expect("the default config is valid");
        let mut g = c.benchmark_group("storage");
        g.sample_size(20);
        g.bench_function("100,000 reviews: decode", |b| {
            b.iter(|| decode(black_box(&text)))
        });
        g.bench_function("100,000 reviews: decode and replay", |b| {
            b.iter(|| {
                let p = decode(black_box(&text)).expect("it was just encoded");
                card_states(&scheduler, &p.log)
            })
        });
        g.bench_function("100,000 reviews: encode", |b| {
            b.iter(|| encode(black_box(&progress)))
        });
        g.bench_function("100,000 reviews: replay and build the study queue", |b| {
            b.iter(|| {
                let states = card_states(&scheduler, black_box(&progress.log));
                Queue::build(
                    &ids,
                    &states,
                    &progress.log,
                    NOW,
                    (NOW - DAY / 2, NOW + DAY / 2),
                    20,
                    &[],
                )
            })
        });
        g.finish();
    }

    criterion_group!(benches, generator, storage);

    pub fn main() {
        benches();
        Criterion::default().configure_from_args().final_summary();
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    native::main();
}

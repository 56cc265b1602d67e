//! The generator and storage benchmarks of `benches/native.rs`, compiled to wasm32 and timed
//! in headless Chromium by wasm-bindgen-test's own criterion. Run with `scripts/bench.sh`, or
//! `cargo bench --target wasm32-unknown-unknown --bench browser`.

#![cfg(target_arch = "wasm32")]

use std::hint::black_box;
use vigie::domain::builtin;
use vigie::domain::deck::Deck;
use vigie::domain::generate::{all_items, generate, Settings};
use vigie::domain::progress::{decode, encode, Progress};
use vigie::domain::schedule::{card_states, Config, Queue, Scheduler};
use vigie::domain::{study, synthetic};
use wasm_bindgen_test::{console_log, wasm_bindgen_bench, wasm_bindgen_test_configure, Criterion};

wasm_bindgen_test_configure!(run_in_browser);

/// 2026-11-28 12:00 UTC: the synthetic log ends here.
const NOW: i64 = 1_795_867_200_000;
const DAY: i64 = 86_400_000;

#[wasm_bindgen_bench]
fn generator(c: &mut Criterion) {
    let deck = builtin::deck().expect("the built-in deck is valid");
    c.bench_function("generator: built-in deck: parse and check", |b| {
        b.iter(|| Deck::from_json(black_box(builtin::DECK_JSON), builtin::ARTICLE_TEXT))
    });
    c.bench_function("generator: built-in deck: every item", |b| {
        b.iter(|| all_items(black_box(deck), 42))
    });
    c.bench_function("generator: built-in deck: study cards", |b| {
        b.iter(|| study::cards(black_box(deck)))
    });
    let big = synthetic::deck(1, 10_000).expect("synthetic decks are valid");
    let settings = Settings {
        count: Some(50),
        ..Settings::default()
    };
    c.bench_function("generator: 10,000-fact deck: 50-question quiz", |b| {
        b.iter(|| generate(black_box(&big), 42, &settings))
    });
}

#[wasm_bindgen_bench]
fn storage(c: &mut Criterion) {
    let deck = builtin::deck().expect("the built-in deck is valid");
    let cards = study::cards(deck);
    let ids: Vec<&str> = cards.iter().map(|c| c.id.as_str()).collect();
    let progress = Progress {
        log: synthetic::review_log(1, 100_000, &ids, NOW),
        ..Progress::default()
    };
    let text = encode(&progress);
    console_log!("storage: 100,000 reviews are {} bytes stored", text.len());
    let scheduler = Scheduler::new(Config::default()).expect("the default config is valid");
    c.bench_function("storage: 100,000 reviews: decode", |b| {
        b.iter(|| decode(black_box(&text)))
    });
    c.bench_function("storage: 100,000 reviews: decode and replay", |b| {
        b.iter(|| {
            let p = decode(black_box(&text)).expect("it was just encoded");
            card_states(&scheduler, &p.log)
        })
    });
    c.bench_function("storage: 100,000 reviews: encode", |b| {
        b.iter(|| encode(black_box(&progress)))
    });
    c.bench_function(
        "storage: 100,000 reviews: replay and build the study queue",
        |b| {
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
        },
    );
}

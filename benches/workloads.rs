//! The work the benchmarks time, shared by `native.rs` (criterion) and `browser.rs`
//! (wasm-bindgen-test's criterion in headless Chromium), so both time the very same code.

use std::hint::black_box;
use vigie_core::builtin;
use vigie_core::deck::Deck;
use vigie_core::generate::{all_items, generate, Availability, ItemKind, Settings};
use vigie_core::progress::{decode, encode, Progress, Rating, Review};
use vigie_core::schedule::{CardStates, Config, Queue, Scheduler};
use vigie_core::time::DAY_MS;
use vigie_core::{study, synthetic};
use vigie_session::MemoryStore;
use vigie_session::{Saver, Status};

/// 2026-11-28 12:00 UTC: the synthetic log ends here.
const NOW: i64 = 1_795_867_200_000;

/// One timed piece of work: its name, and a call of it.
pub type Workload = (&'static str, Box<dyn FnMut()>);

/// The generator's work: on the built-in deck, and a quiz from a 10,000-fact deck.
pub fn generator() -> Vec<Workload> {
    let deck = builtin::deck().expect("the built-in deck is valid");
    let big = synthetic::deck(1, 10_000).expect("synthetic decks are valid");
    let quiz = Settings {
        count: Some(50),
        ..Settings::default()
    };
    let availability = Availability::new(deck, 0);
    vec![
        (
            "built-in deck: parse and check",
            Box::new(|| {
                black_box(Deck::from_json(
                    black_box(builtin::DECK_JSON),
                    builtin::ARTICLE_TEXT,
                ))
                .ok();
            }),
        ),
        (
            "built-in deck: every item",
            Box::new(move || {
                black_box(all_items(black_box(deck), 42));
            }),
        ),
        (
            "built-in deck: the quiz builder's count, once per change of settings",
            Box::new(move || {
                let settings = Settings {
                    kinds: vec![ItemKind::MultipleChoice, ItemKind::Cloze],
                    ..Settings::default()
                };
                black_box(availability.count(black_box(&settings)));
            }),
        ),
        (
            "built-in deck: study cards",
            Box::new(move || {
                black_box(study::cards(black_box(deck)));
            }),
        ),
        (
            "10,000-fact deck: 50-question quiz",
            Box::new(move || {
                black_box(generate(black_box(&big), 42, &quiz));
            }),
        ),
    ]
}

/// The storage work on a 100,000-review log of the built-in deck's cards; also returns the
/// log's stored size in bytes.
pub fn storage() -> (usize, Vec<Workload>) {
    let deck = builtin::deck().expect("the built-in deck is valid");
    let ids: Vec<String> = study::cards(deck).into_iter().map(|c| c.id).collect();
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let progress = Progress {
        log: synthetic::review_log(1, 100_000, &refs, NOW),
        ..Progress::default()
    };
    let text = encode(&progress);
    let bytes = text.len();
    let scheduler = || Scheduler::new(Config::default()).expect("the default config is valid");
    let decode_text = text.clone();
    let load_text = text.clone();
    let resume_text = text.clone();
    let encode_progress = progress.clone();
    let load_scheduler = scheduler();
    let resume_scheduler = scheduler();
    let snapshot = CardStates::replay(&resume_scheduler, &progress.log).to_snapshot(&progress.log);
    (
        bytes,
        vec![
            (
                "100,000 reviews: decode",
                Box::new(move || {
                    black_box(decode(black_box(&decode_text))).ok();
                }),
            ),
            (
                "100,000 reviews: load with no snapshot (decode and replay)",
                Box::new(move || {
                    if let Ok(p) = decode(black_box(&load_text)) {
                        black_box(CardStates::replay(&load_scheduler, &p.log));
                    }
                }),
            ),
            (
                "100,000 reviews: load as the app does (decode, resume the states' snapshot)",
                Box::new(move || {
                    if let Ok(p) = decode(black_box(&resume_text)) {
                        black_box(CardStates::from_snapshot(
                            &snapshot,
                            &resume_scheduler,
                            &p.log,
                        ));
                    }
                }),
            ),
            (
                "100,000 reviews: encode all",
                Box::new(move || {
                    black_box(encode(black_box(&encode_progress)));
                }),
            ),
            (
                "100,000 reviews: one rating (states, queue, save)",
                one_rating(progress, ids, scheduler()),
            ),
        ],
    )
}

/// What a rating costs the core and the session with a long log behind it: the review added,
/// the card states brought up to date, the next queue built, and the progress saved.
fn one_rating(mut progress: Progress, ids: Vec<String>, scheduler: Scheduler) -> Box<dyn FnMut()> {
    let store = MemoryStore::default();
    let mut saver = Saver::default();
    let mut states = CardStates::replay(&scheduler, &progress.log);
    let status = Status::Saved;
    let _ = saver.save(&store, &status, &progress);
    let mut at = NOW;
    Box::new(move || {
        at += 5_000;
        progress.log.insert(Review {
            at,
            tag: "tab1".into(),
            card: ids[(at / 5_000) as usize % ids.len()].clone(),
            rating: Rating::Good,
            duration_ms: 5_000,
            undone: false,
        });
        states.sync(&scheduler, &progress.log);
        let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
        let flagged = progress.pending_flags(|c| states.last_review(c));
        let day = (at - DAY_MS / 2, at + DAY_MS / 2);
        black_box(Queue::build(&refs, &states, at, day, 20, &flagged));
        black_box(saver.save(&store, &status, &progress)).ok();
    })
}

//! Vigie's pure core: the article, its facts, and everything computed from them — the
//! question generator, the scheduler, progress, quiz codes, grading and exports.
//!
//! The key decision: nothing here touches a browser, a clock or a random source. `Cargo.toml`
//! names no browser crate, so purity is a compile error rather than a convention; the caller
//! passes `now` (ms since the epoch) and seeds, so every function is deterministic and tested
//! natively (`cargo test -p vigie-core`) without compiling Leptos.
//!
//! Each area is a module whose parts are private behind a small `pub use` surface. The
//! modules depend on each other in one direction:
//!
//! ```text
//! lang, case, time, seeded, article, answer     (depend on nothing of the core)
//! deck <- render <- generate <- quiz <- export  (the facts and what is asked of them)
//! progress <- schedule                          (the review log, and cards scheduled from it)
//! study, stats                                  (read both lines above)
//! ```

pub mod answer;
pub mod article;
pub mod builtin;
pub mod case;
pub mod deck;
pub mod export;
pub mod generate;
mod json;
pub mod lang;
pub mod progress;
pub mod quiz;
pub mod render;
pub mod schedule;
pub mod seeded;
mod small_json;
pub mod sort;
pub mod stats;
pub mod study;
pub mod synthetic;
pub mod time;
pub mod typography;

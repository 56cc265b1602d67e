//! Pure Rust: the article, the facts, and (later) the question generator, scheduler and
//! progress. Nothing here may name a browser crate: the clock and random seeds are passed in,
//! so every function is deterministic and tested natively with `cargo test`.

pub mod answer;
pub mod article;
pub mod builtin;
pub mod case;
pub mod deck;
pub mod generate;
pub mod lang;
pub mod progress;
pub mod quiz;
pub mod render;
pub mod schedule;
pub mod seeded;
pub mod study;
pub mod synthetic;

//! Native tests of the pure domain, one module per area (run with `cargo test`).
#![cfg(not(target_arch = "wasm32"))]

mod answer;
mod article;
mod builtin_deck;
mod deck;
mod generator;
mod lang;
mod progress;
mod quiz;
mod schedule;
mod stats;

//! Native tests of the core, one module per area (`cargo test -p vigie-core`).
#![cfg(not(target_arch = "wasm32"))]

mod answer;
mod article;
mod builtin_deck;
mod compact;
mod deck;
mod export;
mod fixtures;
mod generator;
mod lang;
mod lint;
mod progress;
mod quiz;
mod schedule;
mod stats;

//! Vigie's web app: the Leptos interface over the session, compiled to WebAssembly.
//!
//! The crates are the architecture, and the dependencies point one way:
//! - `vigie_core` is pure Rust (article, facts, generator, scheduler, progress, quiz codes),
//!   with no browser crate in its `Cargo.toml`;
//! - `vigie_session` keeps progress and settings over a [`vigie_session::KeyValueStore`];
//! - this crate adds the browser's store ([`LocalStore`]) and the interface ([`ui`]), thin over both.

mod local_store;
pub mod ui;

pub use local_store::{LocalStore, VisitStore};

// A smaller allocator than the default dlmalloc, for the browser build (about 1 KB gzip).
#[cfg(all(
    target_arch = "wasm32",
    target_os = "unknown",
    not(target_feature = "atomics")
))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

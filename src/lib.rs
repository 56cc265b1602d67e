//! Vigie: flashcards and quizzes from a real news article on surveillance policy.
//!
//! - [`domain`] is pure Rust (article, facts, and the logic built on them), tested natively;
//! - [`storage`] is the seam to the browser's storage;
//! - [`ui`] is the Leptos interface, thin over both.

pub mod domain;
pub mod storage;
pub mod ui;

// A smaller allocator than the default dlmalloc, for the browser build (about 1 KB gzip).
#[cfg(all(
    target_arch = "wasm32",
    target_os = "unknown",
    not(target_feature = "atomics")
))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

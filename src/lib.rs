//! Vigie: flashcards and quizzes from a real news article on surveillance policy.
//!
//! - [`domain`] is pure Rust (article, facts, and the logic built on them), tested natively;
//! - [`storage`] is the seam to the browser's storage;
//! - [`ui`] is the Leptos interface, thin over both.

pub mod domain;
pub mod storage;
pub mod ui;

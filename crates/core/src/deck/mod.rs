//! The fact base: entities, relations, facts with their verbatim quotes, and exclusive groups
//! of values, read from a deck file (see `docs/deck-format.md`) and checked before use.
//!
//! ```
//! use vigie_core::deck::Deck;
//! let deck = vigie_core::builtin::deck().expect("the built-in deck is valid");
//! assert!(deck.facts.len() > 50);
//! let error = Deck::from_json("{", "").unwrap_err();
//! assert!(error.to_string().contains("not valid JSON"));
//! ```

pub mod compact;
pub mod draft;
mod error;
mod load;
mod model;
mod pack;
mod raw;

pub use error::{DeckError, DeckErrors, Problem, Section};
pub use load::{identity, FORMAT, MAX_FILE_BYTES};
pub use model::*;
pub use pack::pack;

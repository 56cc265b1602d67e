//! The fact base: entities, relations, facts with their verbatim quotes, and exclusive groups
//! of values, read from a deck file (see `docs/deck-format.md`) and checked before use.
//!
//! ```
//! use vigie::domain::deck::Deck;
//! let deck = vigie::domain::builtin::deck();
//! assert!(deck.facts.len() > 50);
//! assert!(Deck::from_json("{", "").is_err());
//! ```

mod error;
mod load;
mod model;
mod raw;

pub use error::{DeckError, DeckErrors, Problem, Section};
pub use load::FORMAT;
pub use model::*;

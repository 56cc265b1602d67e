//! Vigie's session: what the app keeps for a learner (progress, settings, language, theme)
//! over a small key-value store, and when and how it is written.
//!
//! The key decision: this crate names no browser crate. The web app implements
//! [`KeyValueStore`] on localStorage and calls [`Session::flush`] after the paint; every rule
//! about saving — never losing a review, merging another tab's, setting damaged data aside,
//! going read-only before a newer version's data, saying when storage is full — lives here and
//! is tested natively over [`MemoryStore`].
//!
//! ```
//! use vigie_session::{MemoryStore, Session};
//!
//! let store = MemoryStore::default();
//! let (mut session, mut progress) = Session::open(&store);
//! progress.last_backup = Some(1_700_000_000_000);
//! if session.changed() {
//!     // In the browser: after the next paint.
//!     session.flush(&progress);
//! }
//! let (_, reloaded) = Session::open(&store);
//! assert_eq!(reloaded, progress);
//! ```

mod decks;
mod draft;
mod memory;
mod saver;
mod session;

pub use decks::{study_deck, AddError, Added, DeckLibrary, StoredDeck, StudyDeck};
pub use draft::{clear_draft, load_draft, save_draft};
pub use memory::MemoryStore;
pub use saver::{load, recovery, save, SaveError, Saver, Status};
pub use session::{Session, NEAR_FULL_BYTES};

use thiserror::Error;

/// Why a read or write did not happen. Shown to the learner in words by the UI.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum StorageError {
    /// The browser gives no storage (disabled, or some private modes).
    #[error("storage is not available in this browser")]
    Unavailable,
    /// The browser refused to write: its quota for this site is used up.
    #[error("storage is full")]
    QuotaExceeded,
    /// Anything else the browser reported.
    #[error("storage failed: {0}")]
    Other(String),
}

/// A string key-value store: the one seam between the app and the browser's storage.
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str) -> Result<(), StorageError>;
}

/// A borrowed store is a store: two sessions over one `MemoryStore` are two tabs.
impl<T: KeyValueStore + ?Sized> KeyValueStore for &T {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        (**self).get(key)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        (**self).set(key, value)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        (**self).remove(key)
    }
}

/// Keys, versioned so that a later release can migrate what an earlier one wrote.
pub mod keys {
    /// The interface language the learner chose (`fr` or `en`).
    pub const LANG: &str = "vigie.lang.v1";
    /// The learner's progress (see `vigie_core::progress`'s codec).
    pub const PROGRESS: &str = "vigie.progress.v1";
    /// What was under `PROGRESS` when it could not be read, kept for download.
    pub const PROGRESS_RECOVERY: &str = "vigie.progress.recovery.v1";
    /// The theme the learner chose (`light`, `dark`; none: the system's).
    pub const THEME: &str = "vigie.theme.v1";
    /// A cache of the card states derived from the progress (see `CardStates::to_snapshot`).
    pub const CARD_STATES: &str = "vigie.states.v1";
    /// Study settings (daily new cards, desired retention).
    pub const SETTINGS: &str = "vigie.settings.v1";
    /// The decks a learner added: one line per deck, `identity<TAB>added at (ms)<TAB>bytes`.
    pub const DECKS: &str = "vigie.decks.v1";
    /// The identity of the deck studied now; none: the built-in one.
    pub const CURRENT_DECK: &str = "vigie.deck.current.v1";
    /// The deck being written in the editor, as a deck file (valid or not).
    pub const DRAFT: &str = "vigie.draft.v1";

    /// An added deck's file, under its identity.
    pub fn deck_file(identity: &str) -> String {
        format!("vigie.deck.{identity}.v1")
    }

    /// An added deck's study copy, checked and compact (`vigie_core::deck::compact`): what the
    /// study pages read, without a JSON parser.
    pub fn deck_compact(identity: &str) -> String {
        format!("vigie.deck.{identity}.compact")
    }
}

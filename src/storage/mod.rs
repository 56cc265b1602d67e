//! Where the app keeps what the learner does: a small key-value trait, with localStorage in
//! the browser and memory in tests (or when the browser refuses storage).

mod local;
mod memory;
pub mod progress;

pub use local::LocalStore;
pub use memory::MemoryStore;

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

/// Keys, versioned so that a later release can migrate what an earlier one wrote.
pub mod keys {
    /// The interface language the learner chose (`fr` or `en`).
    pub const LANG: &str = "vigie.lang.v1";
    /// The learner's progress (see `domain::progress::codec`).
    pub const PROGRESS: &str = "vigie.progress.v1";
    /// What was under `PROGRESS` when it could not be read, kept for download.
    pub const PROGRESS_RECOVERY: &str = "vigie.progress.recovery.v1";
    /// The theme the learner chose (`light`, `dark`; none: the system's).
    pub const THEME: &str = "vigie.theme.v1";
    /// A cache of the card states derived from the progress (see `CardStates::to_snapshot`).
    pub const CARD_STATES: &str = "vigie.states.v1";
    /// Study settings (daily new cards, desired retention).
    pub const SETTINGS: &str = "vigie.settings.v1";
}

//! Progress in storage: loaded without ever losing what is there, saved by merging with what
//! another tab may have written meanwhile.
//!
//! - damaged or foreign data under the key is copied to a recovery key before anything else
//!   is written, and the learner is told;
//! - data from a newer Vigie is never overwritten: the app goes on read-only;
//! - when the browser refuses storage (disabled, or full), the session goes on in memory.

use super::{keys, KeyValueStore, StorageError};
use crate::domain::progress::{decode, encode, LoadError, Progress};
use thiserror::Error;

/// How stored progress stands, for the notice the app shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// Saved in the browser.
    Saved,
    /// The browser gives no storage: progress lives in memory for this visit.
    Unavailable,
    /// The browser's storage is full: the last changes live in memory only.
    Full,
    /// What was stored could not be read; its text is kept under the recovery key.
    Recovered { reason: String },
    /// What was stored could not be read and could not be kept aside: nothing is written.
    Damaged { reason: String },
    /// Written by a newer Vigie: shown, never overwritten.
    Newer { found: u64 },
}

impl Status {
    /// Whether saving may write to the browser's storage.
    pub fn may_write(&self) -> bool {
        !matches!(
            self,
            Status::Newer { .. } | Status::Damaged { .. } | Status::Unavailable
        )
    }
}

#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum SaveError {
    #[error("progress is read-only in this state")]
    ReadOnly,
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// Reads progress. Never fails: what cannot be read is set aside and said.
pub fn load(store: &dyn KeyValueStore) -> (Progress, Status) {
    let text = match store.get(keys::PROGRESS) {
        Ok(Some(text)) => text,
        Ok(None) => return (Progress::default(), Status::Saved),
        Err(_) => return (Progress::default(), Status::Unavailable),
    };
    match decode(&text) {
        Ok(progress) => (progress, Status::Saved),
        Err(LoadError::Newer { found, .. }) => (Progress::default(), Status::Newer { found }),
        Err(LoadError::Corrupt(reason)) => {
            let kept = match store.get(keys::PROGRESS_RECOVERY) {
                Ok(Some(existing)) if existing == text => true,
                _ => store.set(keys::PROGRESS_RECOVERY, &text).is_ok(),
            };
            let status = if kept {
                Status::Recovered { reason }
            } else {
                Status::Damaged { reason }
            };
            (Progress::default(), status)
        }
    }
}

/// Saves `progress`, first merging what is stored (another tab's reviews). Returns the merged
/// progress, which the caller should adopt.
pub fn save(
    store: &dyn KeyValueStore,
    status: &Status,
    progress: &Progress,
) -> Result<Progress, SaveError> {
    if !status.may_write() {
        return Err(SaveError::ReadOnly);
    }
    let mut merged = progress.clone();
    if let Ok(Some(text)) = store.get(keys::PROGRESS) {
        if let Ok(stored) = decode(&text) {
            merged.merge(&stored);
        }
    }
    store.set(keys::PROGRESS, &encode(&merged))?;
    Ok(merged)
}

/// The text kept aside by [`load`], for download.
pub fn recovery(store: &dyn KeyValueStore) -> Option<String> {
    store.get(keys::PROGRESS_RECOVERY).ok().flatten()
}

//! Progress in storage: loaded without ever losing what is there, saved by merging with what
//! another tab may have written meanwhile.
//!
//! - damaged or foreign data under the key is copied to a recovery key before anything else
//!   is written, and the learner is told;
//! - data from a newer Vigie is never overwritten: the app goes on read-only;
//! - when the browser refuses storage (disabled, or full), the session goes on in memory.

use crate::{keys, KeyValueStore, StorageError};
use thiserror::Error;
use vigie_core::progress::{decode, Encoder, LoadError, Progress};

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
    Saver::default().load(store)
}

/// Saves `progress`, first merging what is stored (another tab's reviews). Returns the merged
/// progress, which the caller should adopt.
pub fn save(
    store: &dyn KeyValueStore,
    status: &Status,
    progress: &Progress,
) -> Result<Progress, SaveError> {
    let merged = Saver::default().save(store, status, progress)?;
    Ok(merged.unwrap_or_else(|| progress.clone()))
}

/// Loads and saves one tab's progress, cheaply enough to save after every rating of a
/// 100,000-review log: it encodes only the new reviews, and it merges with the stored copy
/// only when another tab wrote since (the stored text is not the one it last read or wrote).
#[derive(Clone, Debug, Default)]
pub struct Saver {
    encoder: Encoder,
    known: Option<String>,
}

impl Saver {
    /// Reads progress. Never fails: what cannot be read is set aside and said.
    pub fn load(&mut self, store: &dyn KeyValueStore) -> (Progress, Status) {
        let text = match store.get(keys::PROGRESS) {
            Ok(Some(text)) => text,
            Ok(None) => return (Progress::default(), Status::Saved),
            Err(_) => return (Progress::default(), Status::Unavailable),
        };
        match decode(&text) {
            Ok(progress) => {
                self.known = Some(text);
                (progress, Status::Saved)
            }
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

    /// Saves `progress`, merged with what another tab stored meanwhile. Returns the merged
    /// progress when the merge changed it (the caller adopts it), `None` when it did not.
    pub fn save(
        &mut self,
        store: &dyn KeyValueStore,
        status: &Status,
        progress: &Progress,
    ) -> Result<Option<Progress>, SaveError> {
        if !status.may_write() {
            return Err(SaveError::ReadOnly);
        }
        let mut merged = None;
        if let Ok(Some(text)) = store.get(keys::PROGRESS) {
            if self.known.as_ref() != Some(&text) {
                if let Ok(stored) = decode(&text) {
                    let mut union = progress.clone();
                    union.merge(&stored);
                    merged = (union != *progress).then_some(union);
                }
            }
        }
        let text = self.encoder.encode(merged.as_ref().unwrap_or(progress));
        store.set(keys::PROGRESS, &text)?;
        self.known = Some(text);
        Ok(merged)
    }

    /// Bytes of the progress last read or written (what it takes of the browser's storage).
    pub fn stored_bytes(&self) -> usize {
        self.known.as_ref().map_or(0, String::len)
    }
}

/// The text kept aside by [`load`], for download.
pub fn recovery(store: &dyn KeyValueStore) -> Option<String> {
    store.get(keys::PROGRESS_RECOVERY).ok().flatten()
}

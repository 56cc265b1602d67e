//! The editor's draft, kept as the teacher types: a deck file's text under one key, so that a
//! reload, a closed tab or another tab finds it. A draft that is not valid yet is kept too.

use crate::{keys, KeyValueStore, StorageError};
#[cfg(doc)]
use vigie_core::deck::draft::to_file;
use vigie_core::deck::draft::{open_file, Draft};
use vigie_core::deck::DeckErrors;

/// The kept draft: `None` when there is none, an error when its text can no longer be read
/// (edited by hand): the editor says so and starts afresh, leaving the text where it is.
pub fn load_draft(store: &dyn KeyValueStore) -> Option<Result<Draft, DeckErrors>> {
    let text = store.get(keys::DRAFT).ok().flatten()?;
    Some(open_file(text.as_bytes()))
}

/// Keeps a draft as its deck file's text ([`to_file`]: the editor writes it once per change,
/// for this and for its check); the store's refusal is returned for the editor to say.
pub fn save_draft(store: &dyn KeyValueStore, file: &str) -> Result<(), StorageError> {
    store.set(keys::DRAFT, file)
}

/// Forgets the draft (the teacher starts a new deck).
pub fn clear_draft(store: &dyn KeyValueStore) -> Result<(), StorageError> {
    store.remove(keys::DRAFT)
}

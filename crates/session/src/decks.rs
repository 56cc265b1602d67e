//! The decks a learner added: each deck file kept whole under its identity (a hash of its
//! bytes), a short index of them, and which deck is studied now.
//!
//! A deck file is untrusted: it is checked by [`Deck::from_file`] before anything is kept,
//! and checked again when read back (storage can be edited by hand). A deck the browser
//! refuses to keep (its quota is used up) still works for the visit: [`Added::ForThisVisit`].

use crate::{keys, KeyValueStore, StorageError};
use thiserror::Error;
use vigie_core::deck::{identity, Deck, DeckErrors};

/// An added deck as the library lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredDeck {
    pub identity: String,
    /// When it was added (ms since 1970).
    pub added_at: i64,
    /// The size of its file.
    pub bytes: usize,
    /// Only in memory: the browser would not keep it.
    pub this_visit_only: bool,
}

/// How a deck was added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Added {
    /// Kept in the browser.
    Kept,
    /// Usable until the page is closed: the browser refused to keep it.
    ForThisVisit(StorageError),
}

/// Why a deck was not added. Nothing is stored then.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum AddError {
    #[error("the deck file is refused:\n{0}")]
    Invalid(DeckErrors),
    #[error("this deck file is already there")]
    AlreadyThere,
    /// Another deck has its id (another version, or another deck named alike): two decks with
    /// one id would mix their progress.
    #[error("a deck with the id `{id}` is already there")]
    SameId { id: String },
}

/// The added decks over `store`.
#[derive(Debug)]
pub struct DeckLibrary<S> {
    store: S,
    decks: Vec<StoredDeck>,
    /// Files the browser would not keep: (identity, text). A list, not a map: there are few,
    /// and the study page's bundle carries this code.
    in_memory: Vec<(String, String)>,
}

impl<S: KeyValueStore> DeckLibrary<S> {
    /// Reads the index; an unreadable line is skipped (its file stays where it is).
    pub fn open(store: S) -> DeckLibrary<S> {
        let index = store.get(keys::DECKS).ok().flatten().unwrap_or_default();
        let decks = index
            .lines()
            .filter_map(|line| {
                let mut fields = line.split('\t');
                Some(StoredDeck {
                    identity: fields.next()?.to_string(),
                    added_at: fields.next()?.parse().ok()?,
                    bytes: fields.next()?.parse().ok()?,
                    this_visit_only: false,
                })
            })
            .collect();
        DeckLibrary {
            store,
            decks,
            in_memory: Vec::new(),
        }
    }

    /// The added decks, oldest first.
    pub fn decks(&self) -> &[StoredDeck] {
        &self.decks
    }

    /// Checks `bytes` as a deck file and keeps it; `taken_ids` are the ids of the decks
    /// already there (the built-in one's included), which a new deck may not reuse.
    pub fn add(
        &mut self,
        bytes: &[u8],
        taken_ids: &[String],
        now: i64,
    ) -> Result<(Deck, Added), AddError> {
        let deck = Deck::from_file(bytes).map_err(AddError::Invalid)?;
        let identity = identity(bytes);
        if self.decks.iter().any(|d| d.identity == identity) {
            return Err(AddError::AlreadyThere);
        }
        if taken_ids.contains(&deck.id) {
            return Err(AddError::SameId {
                id: deck.id.clone(),
            });
        }
        // `from_file` accepted it, so it is UTF-8.
        let text = String::from_utf8_lossy(bytes).into_owned();
        let mut entry = StoredDeck {
            identity: identity.clone(),
            added_at: now,
            bytes: bytes.len(),
            this_visit_only: false,
        };
        let kept = self
            .store
            .set(&keys::deck_file(&identity), &text)
            .and_then(|()| {
                let mut index = self.index();
                index.push_str(&format!("{identity}\t{now}\t{}\n", bytes.len()));
                self.store.set(keys::DECKS, &index)
            });
        let added = match kept {
            Ok(()) => Added::Kept,
            Err(error) => {
                let _ = self.store.remove(&keys::deck_file(&identity));
                entry.this_visit_only = true;
                self.in_memory.push((identity, text));
                Added::ForThisVisit(error)
            }
        };
        self.decks.push(entry);
        Ok((deck, added))
    }

    /// The deck of this identity, checked again; `None` when there is none.
    pub fn deck(&self, identity: &str) -> Option<Result<Deck, DeckErrors>> {
        let text = match self.kept_in_memory(identity) {
            Some(text) => text.to_string(),
            None => self.store.get(&keys::deck_file(identity)).ok().flatten()?,
        };
        Some(Deck::from_file(text.as_bytes()))
    }

    /// The file of this deck as it was added (to download it again).
    pub fn file(&self, identity: &str) -> Option<String> {
        self.kept_in_memory(identity)
            .map(str::to_string)
            .or_else(|| self.store.get(&keys::deck_file(identity)).ok().flatten())
    }

    /// Removes a deck (its progress is the caller's to keep or delete). When it was the
    /// current deck, the built-in one becomes current.
    pub fn remove(&mut self, identity: &str) -> Result<(), StorageError> {
        self.decks.retain(|d| d.identity != identity);
        self.in_memory.retain(|(i, _)| i != identity);
        self.store.set(keys::DECKS, &self.index())?;
        self.store.remove(&keys::deck_file(identity))?;
        if self.current().as_deref() == Some(identity) {
            self.set_current(None)?;
        }
        Ok(())
    }

    /// The identity of the deck studied now; `None` for the built-in deck (also when the
    /// stored one is gone).
    pub fn current(&self) -> Option<String> {
        let current = self.store.get(keys::CURRENT_DECK).ok().flatten()?;
        self.decks
            .iter()
            .any(|d| d.identity == current)
            .then_some(current)
    }

    /// Makes a deck current (`None`: the built-in one).
    pub fn set_current(&mut self, identity: Option<&str>) -> Result<(), StorageError> {
        match identity {
            Some(identity) => self.store.set(keys::CURRENT_DECK, identity),
            None => self.store.remove(keys::CURRENT_DECK),
        }
    }

    fn kept_in_memory(&self, identity: &str) -> Option<&str> {
        self.in_memory
            .iter()
            .find(|(i, _)| i == identity)
            .map(|(_, text)| text.as_str())
    }

    /// The index of the decks the browser keeps.
    fn index(&self) -> String {
        self.decks
            .iter()
            .filter(|d| !d.this_visit_only)
            .map(|d| format!("{}\t{}\t{}\n", d.identity, d.added_at, d.bytes))
            .collect()
    }
}

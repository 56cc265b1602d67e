//! The decks a learner added: each deck file kept whole under its identity (a hash of its
//! bytes), a short index of them, and which deck is studied now.
//!
//! A deck file is untrusted: it is checked by [`Deck::from_file`] before anything is kept,
//! and checked again when read back (storage can be edited by hand). Beside it is kept its
//! study copy in compact form, checked once, which the study pages read (their bundle has no
//! JSON parser); [`DeckLibrary::write_compact_copies`] writes again a copy that is missing,
//! damaged or from another version of Vigie. A deck the store refuses
//! to keep (its quota is used up) still works for the visit ([`Added::ForThisVisit`]): it is
//! kept in the visit's store (the tab's sessionStorage, across its page loads) or, failing
//! that, in memory.

use crate::{keys, KeyValueStore, StorageError};
use thiserror::Error;
use vigie_core::deck::{compact, identity, Deck, DeckErrors};

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

/// The added decks over `store`, with `visit` for what `store` refuses.
#[derive(Debug)]
pub struct DeckLibrary<S, V = S> {
    store: S,
    visit: Option<V>,
    decks: Vec<StoredDeck>,
    /// Files the browser would not keep: (identity, text). A list, not a map: there are few,
    /// and the study page's bundle carries this code.
    in_memory: Vec<(String, String)>,
}

impl<S: KeyValueStore> DeckLibrary<S, S> {
    /// The library over one store: what it refuses is kept in memory only.
    pub fn open(store: S) -> DeckLibrary<S, S> {
        DeckLibrary::with_visit(store, None)
    }
}

impl<S: KeyValueStore, V: KeyValueStore> DeckLibrary<S, V> {
    /// Reads both indexes; an unreadable line is skipped (its file stays where it is).
    pub fn with_visit(store: S, visit: Option<V>) -> DeckLibrary<S, V> {
        let mut decks = index_of(&store, false);
        if let Some(visit) = &visit {
            for deck in index_of(visit, true) {
                if !decks.iter().any(|d| d.identity == deck.identity) {
                    decks.push(deck);
                }
            }
        }
        DeckLibrary {
            store,
            visit,
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
        let line = format!("{identity}\t{now}\t{}\n", bytes.len());
        let copy = compact::to_text(&deck.study_copy());
        let kept = keep(&self.store, &identity, &text, &copy, &line);
        let added = match kept {
            Ok(()) => Added::Kept,
            Err(error) => {
                let _ = self.store.remove(&keys::deck_file(&identity));
                let _ = self.store.remove(&keys::deck_compact(&identity));
                entry.this_visit_only = true;
                let for_the_visit = self
                    .visit
                    .as_ref()
                    .is_some_and(|v| keep(v, &identity, &text, &copy, &line).is_ok());
                if !for_the_visit {
                    self.in_memory.push((identity, text));
                }
                Added::ForThisVisit(error)
            }
        };
        self.decks.push(entry);
        Ok((deck, added))
    }

    /// The deck of this identity, checked again; `None` when there is none.
    pub fn deck(&self, identity: &str) -> Option<Result<Deck, DeckErrors>> {
        let text = self.file(identity)?;
        Some(Deck::from_file(text.as_bytes()))
    }

    /// The file of this deck as it was added (to download it again).
    pub fn file(&self, identity: &str) -> Option<String> {
        let key = keys::deck_file(identity);
        self.kept_in_memory(identity)
            .map(str::to_string)
            .or_else(|| self.store.get(&key).ok().flatten())
            .or_else(|| self.visit.as_ref()?.get(&key).ok().flatten())
    }

    /// Writes the study copy of every kept deck whose copy is missing, damaged or from another
    /// version of Vigie (decks added before there were copies, or by an older Vigie), from its
    /// file, checked again. Returns how many were written.
    pub fn write_compact_copies(&self) -> usize {
        let mut written = 0;
        for d in &self.decks {
            let key = keys::deck_compact(&d.identity);
            let stores: [Option<&dyn KeyValueStore>; 2] = [
                Some(&self.store),
                self.visit.as_ref().map(|v| v as &dyn KeyValueStore),
            ];
            for store in stores.into_iter().flatten() {
                let Some(text) = store.get(&keys::deck_file(&d.identity)).ok().flatten() else {
                    continue;
                };
                let current = store.get(&key).ok().flatten();
                if current.is_some_and(|c| compact::from_text(&c).is_ok()) {
                    continue;
                }
                if let Ok(deck) = Deck::from_file(text.as_bytes()) {
                    if store
                        .set(&key, &compact::to_text(&deck.study_copy()))
                        .is_ok()
                    {
                        written += 1;
                    }
                }
            }
        }
        written
    }

    /// Every added deck's file, oldest first (what a backup carries).
    pub fn files(&self) -> Vec<String> {
        self.decks
            .iter()
            .filter_map(|d| self.file(&d.identity))
            .collect()
    }

    /// Removes a deck (its progress is the caller's to keep or delete). When it was the
    /// current deck, the built-in one becomes current.
    pub fn remove(&mut self, identity: &str) -> Result<(), StorageError> {
        self.decks.retain(|d| d.identity != identity);
        self.in_memory.retain(|(i, _)| i != identity);
        if let Some(visit) = &self.visit {
            let kept: String = index_of(visit, true)
                .iter()
                .filter(|d| d.identity != identity)
                .map(line_of)
                .collect();
            let _ = visit.set(keys::DECKS, &kept);
            let _ = visit.remove(&keys::deck_file(identity));
            let _ = visit.remove(&keys::deck_compact(identity));
        }
        self.store.set(keys::DECKS, &self.index())?;
        self.store.remove(&keys::deck_file(identity))?;
        self.store.remove(&keys::deck_compact(identity))?;
        if self.current().as_deref() == Some(identity) {
            self.set_current(None)?;
        }
        Ok(())
    }

    /// The identity of the deck studied now; `None` for the built-in deck (also when the
    /// stored one is gone).
    pub fn current(&self) -> Option<String> {
        let current = self
            .store
            .get(keys::CURRENT_DECK)
            .ok()
            .flatten()
            .or_else(|| self.visit.as_ref()?.get(keys::CURRENT_DECK).ok().flatten())?;
        self.decks
            .iter()
            .any(|d| d.identity == current)
            .then_some(current)
    }

    /// Makes a deck current (`None`: the built-in one).
    pub fn set_current(&mut self, identity: Option<&str>) -> Result<(), StorageError> {
        let set = |store: &dyn KeyValueStore| match identity {
            Some(identity) => store.set(keys::CURRENT_DECK, identity),
            None => store.remove(keys::CURRENT_DECK),
        };
        // The visit's store follows too: it answers when the main one refuses.
        if let Some(visit) = &self.visit {
            let _ = set(visit);
        }
        set(&self.store).or_else(|e| if self.visit.is_some() { Ok(()) } else { Err(e) })
    }

    fn kept_in_memory(&self, identity: &str) -> Option<&str> {
        self.in_memory
            .iter()
            .find(|(i, _)| i == identity)
            .map(|(_, text)| text.as_str())
    }

    /// The index of the decks the main store keeps.
    fn index(&self) -> String {
        self.decks
            .iter()
            .filter(|d| !d.this_visit_only)
            .map(line_of)
            .collect()
    }
}

/// The deck the study pages show, as they read it: from the current deck's compact copy,
/// without the library (their bundle carries neither it nor a JSON parser).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StudyDeck {
    /// The built-in deck is current.
    BuiltIn,
    /// An added deck's study copy.
    Added(Box<Deck>),
    /// An added deck is current but its copy cannot be read (written by another version of
    /// Vigie, damaged, or never written): the Decks page writes it again from the file.
    NeedsCopy,
}

/// The current deck's study copy in `store`, or in `visit` for a deck the browser would not
/// keep.
pub fn study_deck(store: &dyn KeyValueStore, visit: Option<&dyn KeyValueStore>) -> StudyDeck {
    let read =
        |key: &str| (store.get(key).ok().flatten()).or_else(|| visit?.get(key).ok().flatten());
    let Some(identity) = read(keys::CURRENT_DECK) else {
        return StudyDeck::BuiltIn;
    };
    match read(&keys::deck_compact(&identity)).map(|text| compact::from_text(&text)) {
        Some(Ok(deck)) => StudyDeck::Added(Box::new(deck)),
        // A removed deck's file is gone with it: the built-in deck is current again.
        _ if read(&keys::deck_file(&identity)).is_none() => StudyDeck::BuiltIn,
        _ => StudyDeck::NeedsCopy,
    }
}

/// The decks a store's index lists.
fn index_of(store: &dyn KeyValueStore, this_visit_only: bool) -> Vec<StoredDeck> {
    let index = store.get(keys::DECKS).ok().flatten().unwrap_or_default();
    index
        .lines()
        .filter_map(|line| {
            let mut fields = line.split('\t');
            Some(StoredDeck {
                identity: fields.next()?.to_string(),
                added_at: fields.next()?.parse().ok()?,
                bytes: fields.next()?.parse().ok()?,
                this_visit_only,
            })
        })
        .collect()
}

fn line_of(deck: &StoredDeck) -> String {
    format!("{}\t{}\t{}\n", deck.identity, deck.added_at, deck.bytes)
}

/// Writes a deck's file and its compact copy, then its line in the store's index.
fn keep(
    store: &dyn KeyValueStore,
    identity: &str,
    text: &str,
    copy: &str,
    line: &str,
) -> Result<(), StorageError> {
    store.set(&keys::deck_file(identity), text)?;
    store.set(&keys::deck_compact(identity), copy)?;
    let mut index = store.get(keys::DECKS).ok().flatten().unwrap_or_default();
    index.push_str(line);
    store.set(keys::DECKS, &index)
}

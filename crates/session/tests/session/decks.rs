//! The deck library: added decks kept whole and checked, refused ones not kept at all, a
//! full store still giving the deck for the visit, removal, the current deck.

use vigie_core::deck::{identity, pack, Deck, DeckError};
use vigie_session::{keys, AddError, Added, DeckLibrary, KeyValueStore, MemoryStore, StorageError};

const MINI: &str = include_str!("../../../core/tests/fixtures/mini.deck.json");
const MINI_ARTICLE: &str = include_str!("../../../core/tests/fixtures/mini.txt");

fn mini_file() -> String {
    pack(MINI, MINI_ARTICLE).expect("packs")
}

/// The mini deck added to `store` and made current: the library, its identity, the deck.
fn current_mini(store: &MemoryStore) -> (DeckLibrary<&MemoryStore>, String, Deck) {
    let file = mini_file();
    let id = identity(file.as_bytes());
    let mut library = DeckLibrary::open(store);
    let (deck, _) = library.add(file.as_bytes(), &[], 1).expect("added");
    library.set_current(Some(&id)).expect("current");
    (library, id, deck)
}

#[test]
fn an_added_deck_is_kept_whole_and_read_back_checked() {
    let store = MemoryStore::default();
    let file = mini_file();
    let mut library = DeckLibrary::open(&store);
    let (deck, added) = library.add(file.as_bytes(), &[], 1_000).expect("added");
    assert_eq!(added, Added::Kept);
    assert_eq!(deck.id, "mini");
    let id = identity(file.as_bytes());
    assert_eq!(
        store.get(&keys::deck_file(&id)).unwrap().as_deref(),
        Some(file.as_str())
    );

    // Another tab, or a reload, finds it.
    let again = DeckLibrary::open(&store);
    assert_eq!(again.decks().len(), 1);
    assert_eq!(again.decks()[0].identity, id);
    assert_eq!(again.decks()[0].bytes, file.len());
    assert_eq!(
        again.deck(&id).expect("there").expect("valid").facts,
        deck.facts
    );
    assert_eq!(again.file(&id).as_deref(), Some(file.as_str()));
}

#[test]
fn a_refused_file_leaves_nothing_behind() {
    let store = MemoryStore::default();
    let mut library = DeckLibrary::open(&store);
    let err = library.add(b"{\"format\": 1}", &[], 1).unwrap_err();
    assert!(matches!(err, AddError::Invalid(_)));
    assert_eq!(store.get(keys::DECKS).unwrap(), None);
    assert!(library.decks().is_empty());
    let err = library.add(b"<html>", &[], 1).unwrap_err();
    let AddError::Invalid(errors) = err else {
        panic!("refused")
    };
    assert!(matches!(
        errors.0[0],
        DeckError::Syntax {
            line: 1,
            column: 1,
            ..
        }
    ));
}

#[test]
fn the_same_file_twice_or_an_id_already_taken_is_refused() {
    let store = MemoryStore::default();
    let file = mini_file();
    let mut library = DeckLibrary::open(&store);
    library.add(file.as_bytes(), &[], 1).expect("added");
    assert_eq!(
        library.add(file.as_bytes(), &[], 2).unwrap_err(),
        AddError::AlreadyThere
    );
    let other_version = file.replace("\"version\": 1", "\"version\": 2");
    assert_ne!(other_version, file);
    assert_eq!(
        library
            .add(other_version.as_bytes(), &["mini".to_string()], 3)
            .unwrap_err(),
        AddError::SameId { id: "mini".into() }
    );
}

#[test]
fn a_deck_the_browser_cannot_keep_works_for_the_visit() {
    let store = MemoryStore::with_quota(1_000);
    let file = mini_file();
    assert!(file.len() > 1_000);
    let mut library = DeckLibrary::open(&store);
    let (_, added) = library.add(file.as_bytes(), &[], 1).expect("usable");
    assert_eq!(added, Added::ForThisVisit(StorageError::QuotaExceeded));
    let id = identity(file.as_bytes());
    assert!(library.decks()[0].this_visit_only);
    assert!(library.deck(&id).expect("in memory").is_ok());
    library.set_current(Some(&id)).expect("current");
    assert_eq!(library.current(), Some(id));
    // After a reload it is gone, and the built-in deck is current again.
    let reloaded = DeckLibrary::open(&store);
    assert!(reloaded.decks().is_empty());
    assert_eq!(reloaded.current(), None);
}

#[test]
fn removing_the_current_deck_makes_the_built_in_one_current() {
    let store = MemoryStore::default();
    let (mut library, id, _) = current_mini(&store);
    assert_eq!(DeckLibrary::open(&store).current(), Some(id.clone()));
    library.remove(&id).expect("removed");
    assert!(library.decks().is_empty());
    assert_eq!(library.current(), None);
    assert_eq!(store.get(&keys::deck_file(&id)).unwrap(), None);
}

#[test]
fn a_stored_deck_edited_by_hand_is_checked_again_when_read() {
    let store = MemoryStore::default();
    let file = mini_file();
    let id = identity(file.as_bytes());
    let mut library = DeckLibrary::open(&store);
    library.add(file.as_bytes(), &[], 1).expect("added");
    store
        .set(&keys::deck_file(&id), "{ damaged")
        .expect("written");
    assert!(DeckLibrary::open(&store)
        .deck(&id)
        .expect("listed")
        .is_err());
}

#[test]
fn a_refused_deck_lives_in_the_visits_store_across_page_loads_of_the_tab() {
    let local = MemoryStore::with_quota(1_000);
    let tab = MemoryStore::default();
    let file = mini_file();
    let id = identity(file.as_bytes());
    let mut library = DeckLibrary::with_visit(&local, Some(&tab));
    let (_, added) = library.add(file.as_bytes(), &[], 1).expect("usable");
    assert_eq!(added, Added::ForThisVisit(StorageError::QuotaExceeded));
    library
        .set_current(Some(&id))
        .expect("current for the visit");
    // Another page load in the same tab: still there, still current.
    let next_page = DeckLibrary::with_visit(&local, Some(&tab));
    assert_eq!(next_page.decks().len(), 1);
    assert!(next_page.decks()[0].this_visit_only);
    assert_eq!(next_page.current(), Some(id.clone()));
    assert!(next_page.deck(&id).expect("listed").is_ok());
    // Another tab (a new visit): gone, and the built-in deck is current.
    let other_tab = MemoryStore::default();
    let elsewhere = DeckLibrary::with_visit(&local, Some(&other_tab));
    assert!(elsewhere.decks().is_empty());
    assert_eq!(elsewhere.current(), None);
    // Removed in the first tab: gone from its store too.
    let mut library = DeckLibrary::with_visit(&local, Some(&tab));
    library.remove(&id).expect("removed");
    assert!(DeckLibrary::with_visit(&local, Some(&tab))
        .decks()
        .is_empty());
}

#[test]
fn a_backup_carries_the_added_decks_to_another_device() {
    use vigie_core::progress::{decode, decode_backup, encode_backup, Progress};
    // This device: one deck kept, another the store refused (kept for the visit only).
    let mini = mini_file();
    let store = MemoryStore::with_quota(mini.len() + 500);
    let visit = MemoryStore::default();
    let mut library = DeckLibrary::with_visit(&store, Some(&visit));
    library.add(mini.as_bytes(), &[], 1).expect("added");
    let other = mini.replacen("\"id\": \"mini\"", "\"id\": \"mini-2\"", 1);
    assert_ne!(other, mini, "the fixture names its id as expected");
    let (_, added) = library
        .add(other.as_bytes(), &["mini".into()], 2)
        .expect("added");
    assert!(matches!(added, Added::ForThisVisit(_)), "{added:?}");

    let progress = Progress::default();
    let text = encode_backup(&progress, &library.files());
    let backup = decode_backup(&text).expect("reads");
    assert_eq!(backup.progress, progress);
    assert_eq!(backup.decks, vec![mini.clone(), other.clone()]);
    // Read as stored progress, a backup is just its progress.
    assert_eq!(decode(&text), Ok(progress));

    // Another device takes both decks in, as they were.
    let elsewhere = MemoryStore::default();
    let mut restored = DeckLibrary::open(&elsewhere);
    for file in &backup.decks {
        restored.add(file.as_bytes(), &[], 3).expect("restored");
    }
    let ids: Vec<_> = [mini, other]
        .iter()
        .map(|f| identity(f.as_bytes()))
        .collect();
    let restored_ids: Vec<_> = restored
        .decks()
        .iter()
        .map(|d| d.identity.clone())
        .collect();
    assert_eq!(restored_ids, ids);
}

#[test]
fn the_study_pages_read_the_current_decks_compact_copy_without_the_library() {
    use vigie_session::{study_deck, StudyDeck};
    let store = MemoryStore::default();
    assert_eq!(study_deck(&store, None), StudyDeck::BuiltIn);
    let file = mini_file();
    let id = identity(file.as_bytes());
    let mut library = DeckLibrary::open(&store);
    let (deck, _) = library.add(file.as_bytes(), &[], 1).expect("added");
    // Added but not current: still the built-in deck.
    assert_eq!(study_deck(&store, None), StudyDeck::BuiltIn);
    library.set_current(Some(&id)).expect("current");
    assert_eq!(
        study_deck(&store, None),
        StudyDeck::Added(Box::new(deck.study_copy()))
    );
    // A copy from another version of Vigie (or damaged): the Decks page writes it again.
    store
        .set(&keys::deck_compact(&id), "VIGIE-DECK/0")
        .expect("written");
    assert_eq!(study_deck(&store, None), StudyDeck::NeedsCopy);
    assert_eq!(DeckLibrary::open(&store).write_compact_copies(), 1);
    assert_eq!(
        study_deck(&store, None),
        StudyDeck::Added(Box::new(deck.study_copy()))
    );
    assert_eq!(DeckLibrary::open(&store).write_compact_copies(), 0);
    // Removed: its copy goes with it, and the built-in deck is current.
    library.remove(&id).expect("removed");
    assert_eq!(store.get(&keys::deck_compact(&id)).unwrap(), None);
    assert_eq!(study_deck(&store, None), StudyDeck::BuiltIn);
}

#[test]
fn a_deck_added_before_there_were_copies_gets_one_from_its_checked_file() {
    use vigie_session::{study_deck, StudyDeck};
    let store = MemoryStore::default();
    let (_, id, _) = current_mini(&store);
    store.remove(&keys::deck_compact(&id)).expect("removed");
    assert_eq!(study_deck(&store, None), StudyDeck::NeedsCopy);
    // A file edited by hand into an invalid deck gets no copy.
    let valid = store.get(&keys::deck_file(&id)).unwrap().unwrap();
    store
        .set(&keys::deck_file(&id), "{ damaged")
        .expect("written");
    assert_eq!(DeckLibrary::open(&store).write_compact_copies(), 0);
    assert_eq!(study_deck(&store, None), StudyDeck::NeedsCopy);
    store.set(&keys::deck_file(&id), &valid).expect("written");
    assert_eq!(DeckLibrary::open(&store).write_compact_copies(), 1);
    assert!(matches!(study_deck(&store, None), StudyDeck::Added(_)));
}

#[test]
fn a_deck_kept_for_the_visit_only_has_its_copy_in_the_visits_store() {
    use vigie_session::{study_deck, StudyDeck};
    let local = MemoryStore::with_quota(1_000);
    let tab = MemoryStore::default();
    let file = mini_file();
    let id = identity(file.as_bytes());
    let mut library = DeckLibrary::with_visit(&local, Some(&tab));
    library.add(file.as_bytes(), &[], 1).expect("usable");
    library.set_current(Some(&id)).expect("current");
    assert_eq!(local.get(&keys::deck_compact(&id)).unwrap(), None);
    assert!(matches!(
        study_deck(&local, Some(&tab)),
        StudyDeck::Added(_)
    ));
}

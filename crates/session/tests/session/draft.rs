//! The editor's draft: kept as typed, valid or not, found again after a reload; a full store
//! is said, not ignored.

use vigie_core::deck::draft::{new_draft, to_file};
use vigie_session::{
    clear_draft, keys, load_draft, save_draft, KeyValueStore, MemoryStore, StorageError,
};

#[test]
fn a_draft_is_kept_valid_or_not_and_found_after_a_reload() {
    let store = MemoryStore::default();
    assert!(load_draft(&store).is_none());
    let mut draft = new_draft();
    draft.article.title = "Un titre <b>en gras</b>".into();
    draft.facts.push(Default::default()); // a fact with nothing in it yet
    save_draft(&store, &to_file(&draft)).expect("kept");
    assert_eq!(load_draft(&store).expect("there").expect("readable"), draft);
    clear_draft(&store).expect("cleared");
    assert!(load_draft(&store).is_none());
}

#[test]
fn a_full_store_is_said_and_a_damaged_draft_is_left_where_it_is() {
    let store = MemoryStore::with_quota(100);
    let draft = new_draft();
    assert!(to_file(&draft).len() > 100);
    assert_eq!(
        save_draft(&store, &to_file(&draft)),
        Err(StorageError::QuotaExceeded)
    );
    let store = MemoryStore::default();
    store.set(keys::DRAFT, "{ not json").expect("set");
    assert!(load_draft(&store).expect("there").is_err());
    assert_eq!(
        store.get(keys::DRAFT).unwrap().as_deref(),
        Some("{ not json")
    );
}

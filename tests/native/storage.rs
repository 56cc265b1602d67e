use vigie::storage::{KeyValueStore, MemoryStore};

#[test]
fn memory_store_sets_gets_and_removes() {
    let store = MemoryStore::default();
    assert_eq!(store.get("k"), Ok(None));
    store.set("k", "v1").unwrap();
    store.set("k", "v2").unwrap();
    assert_eq!(store.get("k"), Ok(Some("v2".into())));
    store.remove("k").unwrap();
    assert_eq!(store.get("k"), Ok(None));
}

use std::cell::Cell;
use vigie_core::progress::{decode, encode, Progress, Rating, Review};
use vigie_session::{keys, KeyValueStore, MemoryStore, StorageError};
use vigie_session::{load, recovery, save, SaveError, Status};

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

fn progress_with(at: i64, tag: &str) -> Progress {
    let mut p = Progress::default();
    p.log.insert(Review {
        at,
        tag: tag.into(),
        card: "flashcard:x".into(),
        rating: Rating::Good,
        duration_ms: 1000,
        undone: false,
    });
    p
}

/// A store that refuses to read or write, or fills up after some writes.
struct Refusing {
    read: Option<StorageError>,
    writes_left: Cell<usize>,
    inner: MemoryStore,
}

impl KeyValueStore for Refusing {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        match &self.read {
            Some(e) => Err(e.clone()),
            None => self.inner.get(key),
        }
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if self.writes_left.get() == 0 {
            return Err(StorageError::QuotaExceeded);
        }
        self.writes_left.set(self.writes_left.get() - 1);
        self.inner.set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.inner.remove(key)
    }
}

#[test]
fn a_reload_finds_every_rating_saved() {
    let store = MemoryStore::default();
    let (mut progress, status) = load(&store);
    assert_eq!(status, Status::Saved);
    for i in 0..5 {
        progress.merge(&progress_with(1000 + i, "tab"));
        progress = save(&store, &status, &progress).expect("saved");
    }
    let (reloaded, status) = load(&store);
    assert_eq!((reloaded.log.len(), status), (5, Status::Saved));
}

#[test]
fn two_tabs_saving_in_turn_lose_nothing() {
    let store = MemoryStore::default();
    let (a, status) = load(&store);
    let (b, _) = load(&store);
    let mut a = a;
    let mut b = b;
    a.merge(&progress_with(1, "tab-a"));
    a = save(&store, &status, &a).unwrap();
    b.merge(&progress_with(2, "tab-b"));
    b = save(&store, &status, &b).unwrap();
    assert_eq!(b.log.len(), 2, "b picked up a's review when saving");
    a.merge(&progress_with(3, "tab-a"));
    save(&store, &status, &a).unwrap();
    let (all, _) = load(&store);
    assert_eq!(all.log.len(), 3);
}

#[test]
fn damaged_data_is_kept_aside_said_and_then_replaced() {
    let store = MemoryStore::default();
    store.set(keys::PROGRESS, "{\"not\": \"ours\"}").unwrap();
    let (progress, status) = load(&store);
    assert!(progress.log.is_empty());
    assert!(matches!(status, Status::Recovered { .. }), "{status:?}");
    assert_eq!(recovery(&store).as_deref(), Some("{\"not\": \"ours\"}"));
    // Saving now is allowed: the old text is safe under the recovery key.
    save(&store, &status, &progress_with(1, "t")).unwrap();
    assert_eq!(recovery(&store).as_deref(), Some("{\"not\": \"ours\"}"));
    assert_eq!(
        decode(&store.get(keys::PROGRESS).unwrap().unwrap())
            .unwrap()
            .log
            .len(),
        1
    );
}

#[test]
fn damaged_data_that_cannot_be_kept_aside_is_never_overwritten() {
    let store = Refusing {
        read: None,
        writes_left: Cell::new(1),
        inner: MemoryStore::default(),
    };
    store.set(keys::PROGRESS, "garbage").unwrap();
    let (_, status) = load(&store);
    assert!(matches!(status, Status::Damaged { .. }));
    assert_eq!(
        save(&store, &status, &progress_with(1, "t")),
        Err(SaveError::ReadOnly)
    );
    assert_eq!(
        store.get(keys::PROGRESS).unwrap().as_deref(),
        Some("garbage")
    );
}

#[test]
fn data_from_a_newer_version_is_read_only() {
    let store = MemoryStore::default();
    let newer = r#"{"app":"vigie","schema":9}"#;
    store.set(keys::PROGRESS, newer).unwrap();
    let (_, status) = load(&store);
    assert_eq!(status, Status::Newer { found: 9 });
    assert_eq!(
        save(&store, &status, &progress_with(1, "t")),
        Err(SaveError::ReadOnly)
    );
    assert_eq!(store.get(keys::PROGRESS).unwrap().as_deref(), Some(newer));
}

#[test]
fn storage_disabled_or_full_is_reported_and_the_progress_kept_in_memory() {
    let disabled = Refusing {
        read: Some(StorageError::Unavailable),
        writes_left: Cell::new(0),
        inner: MemoryStore::default(),
    };
    let (_, status) = load(&disabled);
    assert_eq!(status, Status::Unavailable);
    assert_eq!(
        save(&disabled, &status, &progress_with(1, "t")),
        Err(SaveError::ReadOnly)
    );

    let full = Refusing {
        read: None,
        writes_left: Cell::new(0),
        inner: MemoryStore::default(),
    };
    let (progress, status) = load(&full);
    assert_eq!(status, Status::Saved);
    let mut progress = progress;
    progress.merge(&progress_with(1, "t"));
    assert_eq!(
        save(&full, &status, &progress),
        Err(SaveError::Storage(StorageError::QuotaExceeded))
    );
    // Export still works from memory.
    assert_eq!(decode(&encode(&progress)).unwrap().log.len(), 1);
}

#[test]
fn two_tabs_each_keeping_its_saver_merge_only_what_the_other_wrote() {
    use vigie_session::Saver;
    let store = MemoryStore::default();
    let (mut saver_a, mut saver_b) = (Saver::default(), Saver::default());
    let (mut a, status) = saver_a.load(&store);
    let (mut b, _) = saver_b.load(&store);
    let rate = |p: &mut Progress, at: i64, tag: &str| p.merge(&progress_with(at, tag));
    // Tab a rates twice: nobody else wrote, so nothing to merge.
    for at in [1, 2] {
        rate(&mut a, at, "tab-a");
        assert_eq!(saver_a.save(&store, &status, &a), Ok(None));
    }
    // Tab b saves: what a wrote comes back to b, merged.
    rate(&mut b, 3, "tab-b");
    let merged = saver_b
        .save(&store, &status, &b)
        .unwrap()
        .expect("b takes in a's reviews");
    assert_eq!(merged.log.len(), 3);
    b = merged;
    // Tab a's next save takes in b's review; then both are equal in storage.
    rate(&mut a, 4, "tab-a");
    a = saver_a
        .save(&store, &status, &a)
        .unwrap()
        .expect("a takes in b's review");
    assert_eq!(a.log.len(), 4);
    assert_eq!(load(&store).0, a);
    assert_eq!(saver_a.stored_bytes(), encode(&a).len());
    assert!(b.log.len() < a.log.len());
}

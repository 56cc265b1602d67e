//! The session as the interface drives it: change, flush after the paint, another tab's
//! save, a full or withdrawn store, data from a newer version, the card-state snapshot.

use vigie_core::progress::{encode, Progress, Rating, Review};
use vigie_core::schedule::{CardStates, Scheduler};
use vigie_core::study::StudySettings;
use vigie_core::{builtin, study, synthetic};
use vigie_session::{keys, KeyValueStore, MemoryStore, Session, Status, NEAR_FULL_BYTES};

fn review(at: i64, tag: &str, card: &str) -> Review {
    Review {
        at,
        tag: tag.into(),
        card: card.into(),
        rating: Rating::Good,
        duration_ms: 1000,
        undone: false,
    }
}

/// Rates as the study page does: adds the review, then flushes when the session asks for it.
fn rate<S: KeyValueStore>(session: &mut Session<S>, progress: &mut Progress, r: Review) {
    progress.log.insert(r);
    if session.changed() {
        if let Some(merged) = session.flush(progress) {
            *progress = merged;
        }
    }
}

#[test]
fn a_change_is_saved_once_at_the_flush_and_found_after_a_reload() {
    let store = MemoryStore::default();
    let (mut session, mut progress) = Session::open(&store);
    assert_eq!(session.status(), &Status::Saved);
    progress.log.insert(review(1, "t", "flashcard:a"));
    assert!(session.changed(), "the first change asks for a flush");
    progress.log.insert(review(2, "t", "flashcard:a"));
    assert!(
        !session.changed(),
        "a second change before the flush asks for none"
    );
    assert_eq!(
        store.get(keys::PROGRESS),
        Ok(None),
        "nothing written before the flush"
    );
    assert_eq!(session.flush(&progress), None);
    assert!(!session.save_due());
    let (_, reloaded) = Session::open(&store);
    assert_eq!(reloaded, progress);
    assert_eq!(session.stored_bytes(), encode(&progress).len());
}

#[test]
fn two_tabs_lose_nothing_and_each_takes_in_the_other() {
    let store = MemoryStore::default();
    let (mut a, mut pa) = Session::open(&store);
    let (mut b, mut pb) = Session::open(&store);
    rate(&mut a, &mut pa, review(1, "tab-a", "flashcard:x"));
    rate(&mut b, &mut pb, review(2, "tab-b", "flashcard:y"));
    assert_eq!(pb.log.len(), 2, "b's save merged a's review");
    // The `storage` event hands a the text b wrote.
    let text = store.get(keys::PROGRESS).unwrap().unwrap();
    pa = a.take_in(&pa, &text).expect("a takes in b's review");
    assert_eq!(pa, pb);
    assert_eq!(a.take_in(&pa, &text), None, "nothing new the second time");
    assert_eq!(a.take_in(&pa, "not progress"), None);
    assert_eq!(Session::open(&store).1, pa);
}

#[test]
fn a_full_store_is_said_the_progress_stays_in_memory_and_the_next_save_recovers() {
    // Room for the settings and a few reviews, no more.
    let store = MemoryStore::with_quota(400);
    store.set("ballast", &"x".repeat(200)).unwrap();
    let (mut session, mut progress) = Session::open(&store);
    for at in 0..20 {
        rate(&mut session, &mut progress, review(at, "t", "flashcard:a"));
    }
    assert_eq!(session.status(), &Status::Full);
    assert_eq!(progress.log.len(), 20, "every review kept in memory");
    // Room is made (the learner cleared something): the next save writes everything.
    store.remove("ballast").unwrap();
    rate(&mut session, &mut progress, review(20, "t", "flashcard:a"));
    assert_eq!(session.status(), &Status::Saved);
    assert_eq!(Session::open(&store).1.log.len(), 21);
}

#[test]
fn a_withdrawn_store_leaves_the_session_in_memory_and_says_so() {
    let store = MemoryStore::default();
    let (mut session, mut progress) = Session::open(&store);
    store.withdraw();
    rate(&mut session, &mut progress, review(1, "t", "flashcard:a"));
    assert_eq!(session.status(), &Status::Unavailable);
    assert!(!session.status().may_write());
    assert_eq!(progress.log.len(), 1);
    session.set_preference(keys::LANG, "en");
    assert!(!session.preferences_kept());

    let refused = MemoryStore::default();
    refused.withdraw();
    let (session, progress) = Session::open(&refused);
    assert_eq!(session.status(), &Status::Unavailable);
    assert_eq!(progress, Progress::default());
    assert_eq!(session.settings(), StudySettings::default());
}

#[test]
fn data_from_a_newer_version_is_shown_read_only_and_never_overwritten() {
    let store = MemoryStore::default();
    let newer = r#"{"app":"vigie","schema":9}"#;
    store.set(keys::PROGRESS, newer).unwrap();
    let (mut session, mut progress) = Session::open(&store);
    assert_eq!(session.status(), &Status::Newer { found: 9 });
    rate(&mut session, &mut progress, review(1, "t", "flashcard:a"));
    assert_eq!(store.get(keys::PROGRESS).unwrap().as_deref(), Some(newer));
    assert_eq!(session.status(), &Status::Newer { found: 9 });
}

#[test]
fn damaged_progress_is_set_aside_for_download() {
    let store = MemoryStore::default();
    store.set(keys::PROGRESS, "garbage").unwrap();
    let (session, progress) = Session::open(&store);
    assert!(matches!(session.status(), Status::Recovered { .. }));
    assert_eq!(progress, Progress::default());
    assert_eq!(session.recovery().as_deref(), Some("garbage"));
}

#[test]
fn settings_are_stored_in_range() {
    let store = MemoryStore::default();
    let (mut session, _) = Session::open(&store);
    let asked = StudySettings {
        new_per_day: 9_999,
        retention_percent: 50,
    };
    let kept = session.set_settings(asked);
    assert_eq!(kept.new_per_day, StudySettings::MAX_NEW_PER_DAY);
    assert_eq!(
        kept.retention_percent,
        StudySettings::default().retention_percent
    );
    assert_eq!(Session::open(&store).0.settings(), kept);
    assert!(session.preferences_kept());
}

#[test]
fn card_states_are_snapshotted_at_the_flush_and_resumed_by_the_next_visit() {
    let deck = builtin::deck().expect("valid deck");
    let cards: Vec<String> = study::cards(deck).into_iter().map(|c| c.id).collect();
    let ids: Vec<&str> = cards.iter().map(String::as_str).collect();
    let scheduler = Scheduler::new(Default::default()).expect("default config");
    let store = MemoryStore::default();
    let (mut session, mut progress) = Session::open(&store);
    progress.log = synthetic::review_log(3, 500, &ids, 1_800_000_000_000);
    session.changed();
    let due = session.with_card_states(&scheduler, &progress, |s| s.len());
    assert!(due > 0);
    assert_eq!(
        store.get(keys::CARD_STATES),
        Ok(None),
        "not on the rating's path"
    );
    session.flush(&progress);
    assert!(store.get(keys::CARD_STATES).unwrap().is_some());

    let (mut next, reloaded) = Session::open(&store);
    let replayed = CardStates::replay(&scheduler, &reloaded.log);
    next.with_card_states(&scheduler, &reloaded, |resumed| {
        for id in &ids {
            assert_eq!(resumed.get(id), replayed.get(id), "{id}");
        }
    });
}

#[test]
fn a_progress_near_the_quota_is_said() {
    let deck = builtin::deck().expect("valid deck");
    let cards: Vec<String> = study::cards(deck).into_iter().map(|c| c.id).collect();
    let ids: Vec<&str> = cards.iter().map(String::as_str).collect();
    let store = MemoryStore::default();
    let (mut session, mut progress) = Session::open(&store);
    progress.log = synthetic::review_log(5, 10_000, &ids, 1_800_000_000_000);
    session.save(&progress);
    assert!(!session.near_full());
    progress.log = synthetic::review_log(5, 300_000, &ids, 1_800_000_000_000);
    session.save(&progress);
    assert!(session.stored_bytes() >= NEAR_FULL_BYTES);
    assert!(session.near_full());
}

//! The scheduler (FSRS-6 with learning steps) and the study queue.

use vigie_core::lang::Lang;
use vigie_core::progress::{Rating, Review, ReviewLog};
use vigie_core::schedule::interval_in_words;
use vigie_core::schedule::{CardState, CardStates, Config, Phase, Queue, ScheduleError, Scheduler};
use vigie_core::time::{DAY_MS, MINUTE_MS};

const T0: i64 = 1_631_170_080_000; // 9 September 2021, 06:48 UTC

fn scheduler() -> Scheduler {
    Scheduler::new(Config::default()).expect("default config")
}

#[test]
fn a_new_card_goes_through_the_learning_steps() {
    let s = scheduler();
    let again = s.review(&CardState::NEW, Rating::Again, T0);
    assert_eq!(
        (again.phase, again.due - T0),
        (Phase::Learning { step: 0 }, MINUTE_MS)
    );
    let hard = s.review(&CardState::NEW, Rating::Hard, T0);
    assert_eq!(
        hard.due - T0,
        330_000,
        "Hard on the first step: between 1 and 10 min"
    );
    let good = s.review(&CardState::NEW, Rating::Good, T0);
    assert_eq!(
        (good.phase, good.due - T0),
        (Phase::Learning { step: 1 }, 10 * MINUTE_MS)
    );
    let graduated = s.review(&good, Rating::Good, T0 + 10 * MINUTE_MS);
    assert_eq!(graduated.phase, Phase::Review);
    assert!(graduated.due - (T0 + 10 * MINUTE_MS) >= DAY_MS);
    let easy = s.review(&CardState::NEW, Rating::Easy, T0);
    assert_eq!(easy.phase, Phase::Review);
    assert!(easy.due - T0 >= good.due - T0);
    assert!(easy.memory.is_some() && easy.reviews == 1);
}

#[test]
fn a_lapse_goes_to_relearning_and_counts() {
    let s = scheduler();
    let card = s.review(&CardState::NEW, Rating::Easy, T0);
    let later = card.due;
    let lapsed = s.review(&card, Rating::Again, later);
    assert_eq!(lapsed.phase, Phase::Relearning { step: 0 });
    assert_eq!(lapsed.due - later, 10 * MINUTE_MS);
    assert_eq!(lapsed.lapses, 1);
    let before = card.memory.map(|m| m.stability).unwrap_or(0.0);
    let after = lapsed.memory.map(|m| m.stability).unwrap_or(f32::MAX);
    assert!(after < before, "a lapse lowers stability");
    let back = s.review(&lapsed, Rating::Good, lapsed.due);
    assert_eq!(back.phase, Phase::Review);
}

#[test]
fn harder_ratings_never_schedule_later() {
    let s = scheduler();
    let mut card = CardState::NEW;
    let mut now = T0;
    for rating in [
        Rating::Good,
        Rating::Good,
        Rating::Good,
        Rating::Hard,
        Rating::Good,
    ] {
        let [a, h, g, e] = s.preview(&card, now);
        assert!(a <= h && h <= g && g <= e, "{a} {h} {g} {e}");
        card = s.review(&card, rating, now);
        now = card.due;
    }
}

#[test]
fn retention_out_of_range_is_refused() {
    let config = Config {
        desired_retention: 1.5,
        ..Config::default()
    };
    assert!(matches!(
        Scheduler::new(config),
        Err(ScheduleError::Retention(_))
    ));
}

#[test]
fn replaying_the_log_gives_the_states_reviewing_gave() {
    let s = scheduler();
    let mut card = CardState::NEW;
    let mut reviews = Vec::new();
    let mut now = T0;
    for (i, rating) in [
        Rating::Good,
        Rating::Good,
        Rating::Again,
        Rating::Good,
        Rating::Easy,
    ]
    .into_iter()
    .enumerate()
    {
        card = s.review(&card, rating, now);
        reviews.push(Review {
            at: now,
            tag: "t".into(),
            card: "c".into(),
            rating,
            duration_ms: 0,
            undone: false,
        });
        now = card.due + i as i64;
    }
    assert_eq!(s.replay(&reviews), card);
    let states = CardStates::replay(&s, &ReviewLog::new(reviews));
    assert_eq!(states.get("c"), Some(&card));
}

fn log_of(entries: &[(i64, &str, Rating)]) -> ReviewLog {
    ReviewLog::new(
        entries
            .iter()
            .map(|&(at, card, rating)| Review {
                at,
                tag: "t".into(),
                card: card.into(),
                rating,
                duration_ms: 0,
                undone: false,
            })
            .collect(),
    )
}

#[test]
fn the_queue_puts_learning_then_reviews_then_new_cards_up_to_the_daily_limit() {
    let s = scheduler();
    let cards = ["a", "b", "c", "d", "e", "f"];
    let day = (T0 - 6 * 3_600_000, T0 + 18 * 3_600_000);
    // a: learning, due in 1 min; b: review learnt 20 days ago (due); c..f: new.
    let log = log_of(&[
        (T0 - 20 * DAY_MS, "b", Rating::Easy),
        (T0 - 30_000, "a", Rating::Again),
    ]);
    let states = CardStates::replay(&s, &log);
    let queue = Queue::build(&cards, &states, T0, day, 2, &[]);
    // "a" is due in 30 s: it waits while there is something else to study.
    assert_eq!(queue.ahead, ["a"]);
    assert_eq!(queue.review, ["b"]);
    // "a" was introduced today, so one new card is left of the two allowed.
    assert_eq!(queue.new, ["c"]);
    assert_eq!(queue.next(), Some("b"));
    let later = Queue::build(&cards, &states, T0 + MINUTE_MS, day, 2, &[]);
    assert_eq!(later.learning, ["a"]);
    assert_eq!(
        later.next(),
        Some("a"),
        "a learning card due now comes first"
    );
    let only_a = Queue::build(&["a"], &states, T0, day, 2, &[]);
    assert_eq!(
        only_a.next(),
        Some("a"),
        "learn ahead when nothing else is left"
    );
}

#[test]
fn when_nothing_is_due_the_queue_says_when_the_next_card_is() {
    let s = scheduler();
    let log = log_of(&[(T0, "a", Rating::Easy)]);
    let states = CardStates::replay(&s, &log);
    let queue = Queue::build(
        &["a"],
        &states,
        T0 + 1000,
        (T0 - 1000, T0 + DAY_MS / 2),
        20,
        &[],
    );
    assert!(queue.is_empty());
    assert_eq!(queue.next_due, states.get("a").map(|a| a.due));
    let none = CardStates::default();
    assert_eq!(
        Queue::build(&[], &none, T0, (T0, T0), 20, &[]).next_due,
        None
    );
}

#[test]
fn intervals_under_the_buttons_in_words() {
    let s = scheduler();
    let [again, _, good, _] = s.preview(&CardState::NEW, T0);
    assert_eq!(interval_in_words(again - T0, Lang::Fr), "1\u{a0}min");
    assert_eq!(interval_in_words(good - T0, Lang::En), "10\u{a0}min");
}

#[test]
fn study_settings_read_back_and_fall_back_to_defaults() {
    use vigie_core::study::StudySettings;
    let s = StudySettings {
        new_per_day: 35,
        retention_percent: 85,
    };
    assert_eq!(StudySettings::from_json(&s.to_json()), s);
    assert!((s.desired_retention() - 0.85).abs() < 1e-6);
    assert_eq!(
        StudySettings::from_json("garbage"),
        StudySettings::default()
    );
    let odd = StudySettings::from_json(r#"{"new_per_day": 99999, "retention_percent": 12}"#);
    assert_eq!((odd.new_per_day, odd.retention_percent), (500, 90));
}

#[test]
fn cards_sent_back_by_a_quiz_come_before_reviews_and_new_cards() {
    let s = scheduler();
    let log = log_of(&[(T0 - 20 * DAY_MS, "b", Rating::Easy)]);
    let states = CardStates::replay(&s, &log);
    let queue = Queue::build(
        &["a", "b", "c"],
        &states,
        T0,
        (T0 - 1000, T0 + 1000),
        20,
        &["c"],
    );
    assert_eq!(queue.flagged, ["c"]);
    assert_eq!(queue.next(), Some("c"));
    assert_eq!(queue.new, ["a"]);
}

#[test]
fn card_states_kept_current_equal_a_full_replay_after_appends_undos_and_merges() {
    use vigie_core::synthetic;
    let s = scheduler();
    let cards = ["a", "b", "c", "d"];
    let full = synthetic::review_log(3, 400, &cards, T0);
    let mut log = ReviewLog::new(full.all()[..300].to_vec());
    let mut kept = CardStates::replay(&s, &log);
    let same = |kept: &CardStates, log: &ReviewLog| {
        let fresh = CardStates::replay(&s, log);
        kept.retention() == fresh.retention()
            && cards.iter().all(|c| kept.get(c) == fresh.get(c))
            && cards
                .iter()
                .all(|c| kept.first_review(c) == fresh.first_review(c))
    };
    // Appends: the generation stays, and only the new reviews are taken in.
    let generation = log.generation();
    for r in &full.all()[300..350] {
        log.insert(r.clone());
        kept.sync(&s, &log);
        assert!(same(&kept, &log));
    }
    assert_eq!(log.generation(), generation, "appends keep the generation");
    // An undo changes a review already taken in.
    log.undo_last();
    assert_ne!(log.generation(), generation);
    kept.sync(&s, &log);
    assert!(same(&kept, &log));
    // A merge brings reviews from before the last one.
    let mut other = ReviewLog::new(full.all()[350..].to_vec());
    other.insert(Review {
        at: full.all()[10].at + 1,
        tag: "other".into(),
        card: "a".into(),
        rating: Rating::Again,
        duration_ms: 0,
        undone: false,
    });
    log.merge(&other);
    kept.sync(&s, &log);
    assert!(same(&kept, &log));
    // Other settings: everything is derived again.
    let other_settings = Scheduler::new(Config {
        desired_retention: 0.8,
        ..Config::default()
    })
    .expect("0.8 is a valid retention");
    kept.sync(&other_settings, &log);
    let fresh = CardStates::replay(&other_settings, &log);
    assert!(cards.iter().all(|c| kept.get(c) == fresh.get(c)));
}

#[test]
fn a_snapshot_of_the_card_states_resumes_only_when_it_matches_the_log() {
    use vigie_core::synthetic;
    let s = scheduler();
    let cards = ["a", "b", "c"];
    let full = synthetic::review_log(5, 300, &cards, T0);
    let mut log = ReviewLog::new(full.all()[..200].to_vec());
    let snapshot = CardStates::replay(&s, &log).to_snapshot(&log);
    let same = |a: &CardStates, b: &CardStates| {
        a.retention() == b.retention()
            && cards
                .iter()
                .all(|c| a.get(c) == b.get(c) && a.first_review(c) == b.first_review(c))
    };
    // Reviews made since the snapshot are taken in on top of it.
    for r in &full.all()[200..] {
        log.insert(r.clone());
    }
    let resumed = CardStates::resume(&snapshot, &s, &log).expect("the snapshot matches");
    assert!(same(&resumed, &CardStates::replay(&s, &log)));
    // Damaged, or out of step with the log or the settings: the log is replayed instead.
    let mut undone = log.clone();
    let mut first = undone.all()[0].clone();
    first.undone = true;
    undone.insert(first);
    let other = Scheduler::new(Config {
        desired_retention: 0.8,
        ..Config::default()
    })
    .expect("0.8 is a valid retention");
    let cases = [
        ("garbage", &s, &log),
        (snapshot.as_str(), &s, &undone),
        (snapshot.as_str(), &other, &log),
    ];
    for (text, scheduler, log) in cases {
        assert!(CardStates::resume(text, scheduler, log).is_none());
        let resumed = CardStates::from_snapshot(text, scheduler, log);
        assert!(same(&resumed, &CardStates::replay(scheduler, log)));
    }
    // A snapshot never resumes a log that lacks its reviews.
    let short = ReviewLog::new(full.all()[..100].to_vec());
    assert!(CardStates::resume(&snapshot, &s, &short).is_none());
    let resumed = CardStates::from_snapshot(&snapshot, &s, &short);
    assert!(same(&resumed, &CardStates::replay(&s, &short)));
}

#[test]
fn settings_out_of_range_are_brought_back_in() {
    use vigie_core::study::StudySettings;
    let wild = StudySettings {
        new_per_day: 100_000,
        retention_percent: 100,
    };
    let kept = wild.clamped();
    assert_eq!(kept.new_per_day, StudySettings::MAX_NEW_PER_DAY);
    assert_eq!(
        kept.retention_percent,
        StudySettings::default().retention_percent
    );
    let fine = StudySettings {
        new_per_day: 7,
        retention_percent: 85,
    };
    assert_eq!(fine.clamped(), fine);
    assert!(fine.scheduler().is_some());
}

#[test]
fn a_quiz_s_missed_items_flag_the_study_cards_of_their_facts() {
    use vigie_core::generate::{generate, Settings};
    use vigie_core::progress::Progress;
    use vigie_core::{builtin, study};
    let deck = builtin::deck().expect("valid deck");
    let quiz = generate(deck, 9, &Settings::default()).items;
    let missed = &quiz[..3];
    let flagged = study::cards_testing(deck, missed);
    assert!(!flagged.is_empty());
    let cards = study::cards(deck);
    for id in &flagged {
        let card = cards.iter().find(|c| &c.id == id).expect("a study card");
        assert!(card
            .fact_ids
            .iter()
            .any(|f| missed.iter().any(|m| m.fact_ids.contains(f))));
    }
    // Every card testing one of those facts is flagged, and no other.
    let expected = cards
        .iter()
        .filter(|c| {
            c.fact_ids
                .iter()
                .any(|f| missed.iter().any(|m| m.fact_ids.contains(f)))
        })
        .count();
    assert_eq!(flagged.len(), expected);
    let mut progress = Progress::default();
    progress.flag(&flagged, 1_000);
    let pending = progress.pending_flags(|_| None);
    assert_eq!(pending.len(), flagged.len());
    // Reviewed since: no longer pending.
    assert!(progress.pending_flags(|_| Some(2_000)).is_empty());
}

//! The review log and its stored form: nothing lost by reload, merge, undo or damage.

use vigie_core::progress::{decode, encode, LoadError, Progress, Rating, Review, ReviewLog};
use vigie_core::seeded::Stream;

fn review(at: i64, tag: &str, card: &str, rating: Rating) -> Review {
    Review {
        at,
        tag: tag.into(),
        card: card.into(),
        rating,
        duration_ms: 4200,
        undone: false,
    }
}

/// A log of `n` reviews over `cards` cards, from two tabs, some undone.
fn random_log(seed: u64, n: usize, cards: usize) -> ReviewLog {
    let mut s = Stream::new(seed, "log");
    let mut at = 1_630_000_000_000i64;
    let reviews = (0..n)
        .map(|i| {
            at += 1000 + s.below(3_600_000) as i64;
            let mut r = review(
                at,
                if s.coin() { "tab1" } else { "tab2" },
                &format!("flashcard:fact-{}", s.below(cards)),
                Rating::ALL[s.below(4)],
            );
            r.duration_ms = s.below(60_000) as u32;
            r.undone = i % 97 == 0;
            r
        })
        .collect();
    ReviewLog::new(reviews)
}

#[test]
fn progress_round_trips_through_its_stored_form() {
    let progress = Progress {
        log: random_log(1, 500, 60),
        last_backup: Some(1_630_000_123_456),
        quizzes: vec![vigie_core::progress::QuizRecord {
            code: "K7QM-4XRT".into(),
            at: 1_630_000_200_000,
            score: 7,
            total: 10,
            duration_ms: 60_000,
            result_code: "ABCD".into(),
        }],
        flagged: vec![vigie_core::progress::Flag {
            card: "flashcard:fact-1".into(),
            at: 5,
        }],
    };
    let text = encode(&progress);
    assert_eq!(decode(&text), Ok(progress));
    assert_eq!(
        decode(&encode(&Progress::default())),
        Ok(Progress::default())
    );
}

#[test]
fn a_hundred_thousand_reviews_fit_in_two_megabytes() {
    let progress = Progress {
        log: random_log(2, 100_000, 200),
        ..Progress::default()
    };
    let text = encode(&progress);
    println!("100000 reviews: {} bytes stored", text.len());
    assert!(text.len() <= 2_000_000, "{} bytes", text.len());
    assert_eq!(decode(&text).map(|p| p.log.len()), Ok(100_000));
}

#[test]
fn merging_two_tabs_loses_nothing_in_either_order() {
    let base = random_log(3, 50, 10);
    let mut a = base.clone();
    let mut b = base.clone();
    a.insert(review(
        1_700_000_000_000,
        "tab-a",
        "flashcard:x",
        Rating::Good,
    ));
    b.insert(review(
        1_700_000_000_000,
        "tab-b",
        "flashcard:y",
        Rating::Again,
    ));
    b.insert(review(
        1_700_000_000_500,
        "tab-b",
        "flashcard:y",
        Rating::Good,
    ));
    let mut ab = a.clone();
    ab.merge(&b);
    let mut ba = b.clone();
    ba.merge(&a);
    assert_eq!(ab, ba);
    assert_eq!(ab.len(), 53);
    // Merging again changes nothing.
    let mut again = ab.clone();
    again.merge(&a);
    assert_eq!(again, ab);
}

#[test]
fn an_undo_survives_a_merge_with_a_copy_that_did_not_see_it() {
    let mut a = ReviewLog::default();
    a.insert(review(10, "t", "c1", Rating::Good));
    a.insert(review(20, "t", "c2", Rating::Hard));
    let stale = a.clone();
    let undone = a.undo_last().expect("something to undo");
    assert_eq!(undone.card, "c2");
    a.merge(&stale);
    assert_eq!(a.effective().count(), 1);
    let mut b = stale;
    b.merge(&a);
    assert_eq!(b.effective().count(), 1);
}

#[test]
fn damaged_or_foreign_data_is_refused_with_a_reason() {
    for text in [
        "",
        "not json",
        "{}",
        "[1,2,3]",
        r#"{"theme":"dark"}"#,
        r#"{"app":"vigie"}"#,
        r#"{"app":"vigie","schema":1,"cards":[],"tags":[],"reviews":"1.0.0.3.0"}"#,
        r#"{"app":"vigie","schema":1,"cards":["c"],"tags":["t"],"reviews":"1.0.0.9.0"}"#,
        r#"{"app":"vigie","schema":1,"cards":["c"],"tags":["t"],"reviews":"1.0"}"#,
        r#"{"app":"vigie","schema":1,"cards":["c"],"tags":["t"],"reviews":"zzzzzzzzzzzzzzz.0.0.3.0"}"#,
    ] {
        assert!(
            matches!(decode(text), Err(LoadError::Corrupt(_))),
            "{text:?} should be refused as corrupt"
        );
    }
}

#[test]
fn data_from_a_newer_version_is_recognised() {
    let text = r#"{"app":"vigie","schema":7,"whatever":"new"}"#;
    assert_eq!(decode(text), Err(LoadError::Newer { found: 7, known: 1 }));
}

#[test]
fn an_import_preview_says_what_a_merge_adds_and_a_replace_drops() {
    let mut mine = Progress::default();
    mine.log.insert(review(1, "a", "c1", Rating::Good));
    mine.log.insert(review(2, "a", "c2", Rating::Good));
    let mut file = Progress::default();
    file.log.insert(review(2, "a", "c2", Rating::Good));
    file.log.insert(review(3, "b", "c3", Rating::Again));
    file.log.insert(review(9, "b", "c3", Rating::Good));
    let preview = mine.import_preview(&file);
    assert_eq!(preview.in_file, 3);
    assert_eq!(preview.new, 2);
    assert_eq!(preview.missing_from_file, 1);
    assert_eq!(preview.span, Some((2, 9)));
    mine.merge(&file);
    assert_eq!(mine.log.len(), 4);
}

#[test]
fn the_backup_reminder_comes_after_a_week_without_backup() {
    let day = 86_400_000;
    let mut p = Progress::default();
    assert!(!p.backup_due(10 * day), "nothing to back up yet");
    p.log.insert(review(day, "a", "c", Rating::Good));
    assert!(p.backup_due(2 * day), "never backed up");
    p.last_backup = Some(2 * day);
    assert!(!p.backup_due(8 * day));
    assert!(p.backup_due(9 * day));
}

#[test]
fn flags_stay_until_the_card_is_studied_again() {
    use vigie_core::progress::Flag;
    let mut p = Progress::default();
    p.log.insert(review(10, "t", "c1", Rating::Good));
    p.flagged.push(Flag {
        card: "c1".into(),
        at: 20,
    });
    p.flagged.push(Flag {
        card: "c2".into(),
        at: 20,
    });
    let last = |p: &Progress, card: &str| p.log.of_card(card).last().map(|r| r.at);
    assert_eq!(p.pending_flags(|c| last(&p, c)), ["c1", "c2"]);
    p.log.insert(review(30, "t", "c1", Rating::Again));
    assert_eq!(p.pending_flags(|c| last(&p, c)), ["c2"]);
}

#[test]
fn forgetting_a_decks_cards_keeps_every_other_review() {
    let mut progress = Progress {
        log: ReviewLog::new(vec![
            review(1, "t", "flashcard:fact-1", Rating::Good),
            review(2, "t", "mini/flashcard:fact-1", Rating::Again),
            review(3, "t", "mini/flashcard:fact-2", Rating::Good),
            review(4, "t", "mini-2/flashcard:fact-1", Rating::Easy),
        ]),
        flagged: vec![
            vigie_core::progress::Flag {
                card: "mini/flashcard:fact-2".into(),
                at: 5,
            },
            vigie_core::progress::Flag {
                card: "flashcard:fact-1".into(),
                at: 5,
            },
        ],
        ..Progress::default()
    };
    assert_eq!(progress.forget_cards("mini/"), 2);
    let cards: Vec<&str> = progress.log.all().iter().map(|r| r.card.as_str()).collect();
    assert_eq!(cards, ["flashcard:fact-1", "mini-2/flashcard:fact-1"]);
    assert_eq!(progress.flagged.len(), 1);
    assert_eq!(progress.flagged[0].card, "flashcard:fact-1");
    assert_eq!(progress.forget_cards("mini/"), 0);
}

#[test]
fn a_backup_without_decks_is_written_as_before_and_read_by_both_readers() {
    use vigie_core::progress::{decode_backup, encode_backup};
    let progress = Progress {
        log: random_log(3, 40, 5),
        ..Progress::default()
    };
    // No decks: byte for byte the stored form, which older versions read.
    assert_eq!(encode_backup(&progress, &[]), encode(&progress));
    let backup = decode_backup(&encode(&progress)).expect("reads");
    assert_eq!(backup.progress, progress);
    assert!(backup.decks.is_empty());
    let with = encode_backup(&progress, &["{\"deck\": 1}".to_string()]);
    assert!(with.contains(r#""decks":["{\"deck\": 1}"]"#), "{with}");
    assert_eq!(decode(&with), Ok(progress));
}

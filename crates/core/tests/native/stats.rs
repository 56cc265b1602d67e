//! The Progress page's figures.

use vigie_core::builtin;
use vigie_core::progress::{Rating, Review, ReviewLog};
use vigie_core::schedule::{CardStates, Config, Scheduler};
use vigie_core::stats::compute;
use vigie_core::study;
use vigie_core::time::DAY_MS;

const TODAY: i64 = 1_631_145_600_000; // 9 September 2021, 00:00 UTC

fn review(day: i64, card: &str, rating: Rating) -> Review {
    Review {
        // Distinct times: a review is identified by its time and tab tag.
        at: TODAY + day * DAY_MS + 9 * 3_600_000 + i64::from(rating.number()) * 60_000,
        tag: "t".into(),
        card: card.into(),
        rating,
        duration_ms: 1000,
        undone: false,
    }
}

#[test]
fn counts_forecast_history_streak_and_retention() {
    let deck = builtin::deck().expect("valid");
    let cards = study::cards(deck);
    let (a, b) = (cards[0].id.as_str(), cards[1].id.as_str());
    let log = ReviewLog::new(vec![
        review(-40, a, Rating::Easy),
        review(-20, a, Rating::Good),
        review(-2, b, Rating::Again),
        review(-1, a, Rating::Again),
        review(-1, b, Rating::Easy),
        review(0, b, Rating::Good),
    ]);
    let scheduler = Scheduler::new(Config::default()).expect("config");
    let stats = compute(&cards, &log, &CardStates::replay(&scheduler, &log), TODAY);
    assert_eq!(stats.new, cards.len() - 2);
    assert_eq!(stats.learning + stats.review, 2);
    assert_eq!(stats.per_day.len(), 90);
    assert_eq!(&stats.per_day[87..], &[1, 2, 1]);
    assert_eq!(
        stats.per_day.iter().sum::<usize>(),
        6,
        "the reviews 40 and 20 days ago are counted too"
    );
    assert_eq!(stats.streak, 3);
    // In review before: a at -20 (remembered), a at -1 (lapse), b at 0 (remembered).
    assert_eq!(stats.retention, (2, 3));
    assert_eq!(stats.forecast.len(), 30);
    assert_eq!(stats.forecast.iter().sum::<usize>(), 2);
    let total: usize = stats.by_category.iter().map(|m| m.total).sum();
    assert_eq!(total, cards.len());
    assert!(stats.by_topic.iter().all(|m| m.mastered <= m.total));
}

#[test]
fn a_day_without_review_breaks_the_streak_but_today_may_still_come() {
    let deck = builtin::deck().expect("valid");
    let cards = study::cards(deck);
    let scheduler = Scheduler::new(Config::default()).expect("config");
    let id = cards[0].id.as_str();
    let log = ReviewLog::new(vec![
        review(-3, id, Rating::Good),
        review(-1, id, Rating::Good),
    ]);
    assert_eq!(
        compute(&cards, &log, &CardStates::replay(&scheduler, &log), TODAY).streak,
        1
    );
    let none = compute(&cards, &ReviewLog::default(), &CardStates::default(), TODAY);
    assert_eq!(
        (none.streak, none.retention, none.new),
        (0, (0, 0), cards.len())
    );
}

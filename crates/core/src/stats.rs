//! The figures of the Progress page, computed from the review log: counts by phase, mastery
//! by category and topic, the due forecast, reviews per day, streak and measured retention.

use crate::deck::Category;
use crate::generate::Item;
use crate::progress::ReviewLog;
use crate::schedule::{CardStates, Phase};
use crate::time::{whole_days, DAY_MS, FORECAST_DAYS, HISTORY_DAYS};

/// A card counts as mastered once in review with a stability of at least this many days
/// (Anki calls such cards "mature").
pub const MASTERED_STABILITY_DAYS: f32 = 21.0;

/// Mastered and total cards of one group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mastery<K> {
    pub key: K,
    pub mastered: usize,
    pub total: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stats {
    pub new: usize,
    pub learning: usize,
    pub review: usize,
    pub by_category: Vec<Mastery<Category>>,
    pub by_topic: Vec<Mastery<String>>,
    /// Cards due on each of the next [`FORECAST_DAYS`] days (today first; overdue cards count today).
    pub forecast: Vec<usize>,
    /// Reviews on each of the last [`HISTORY_DAYS`] days (oldest first, today last).
    pub per_day: Vec<usize>,
    /// Consecutive days with a review, up to today (or yesterday, if none yet today).
    pub streak: usize,
    /// Reviews of cards in review (not learning) that were remembered, and all of them.
    pub retention: (usize, usize),
}

/// Computes the figures from the log and its card states (kept current by the caller, so that
/// no figure replays the log); `today` is the start of the learner's local day.
pub fn compute(cards: &[Item], log: &ReviewLog, states: &CardStates, today: i64) -> Stats {
    let mut stats = Stats {
        new: 0,
        learning: 0,
        review: 0,
        by_category: Vec::new(),
        by_topic: Vec::new(),
        forecast: vec![0; FORECAST_DAYS],
        per_day: vec![0; HISTORY_DAYS],
        streak: 0,
        retention: states.retention(),
    };
    for card in cards {
        let state = states.get(&card.id);
        let phase = state.map_or(Phase::New, |s| s.phase);
        match phase {
            Phase::New => stats.new += 1,
            Phase::Learning { .. } | Phase::Relearning { .. } => stats.learning += 1,
            Phase::Review => stats.review += 1,
        }
        let mastered = phase == Phase::Review
            && state
                .and_then(|s| s.memory)
                .is_some_and(|m| m.stability >= MASTERED_STABILITY_DAYS);
        if let Some(&category) = card.categories.first() {
            tally(&mut stats.by_category, category, mastered);
        }
        if let Some(topic) = card.topics.first() {
            tally(&mut stats.by_topic, topic.clone(), mastered);
        }
        if let Some(s) = state.filter(|s| s.phase != Phase::New) {
            let day = whole_days(s.due - today) as usize;
            if let Some(slot) = stats.forecast.get_mut(day) {
                *slot += 1;
            }
        }
    }
    crate::sort::sort_by_key(&mut stats.by_category, |m| m.key);
    // Reviews per day and the streak: the history window of the log, newest first.
    let last = HISTORY_DAYS - 1;
    for r in log.effective_rev() {
        let day = (r.at - today).div_euclid(DAY_MS);
        if day < -(last as i64) {
            break;
        }
        if day <= 0 {
            stats.per_day[(last as i64 + day) as usize] += 1;
        }
    }
    let active = |i: usize| stats.per_day[i] > 0;
    let mut i = if active(last) { last } else { last - 1 };
    while active(i) {
        stats.streak += 1;
        if i == 0 {
            break;
        }
        i -= 1;
    }
    stats
}

impl Stats {
    /// Cards due over the forecast window, and those due today (overdue included).
    pub fn due_soon(&self) -> (usize, usize) {
        (
            self.forecast.iter().sum(),
            self.forecast.first().copied().unwrap_or(0),
        )
    }

    /// Reviews over the history window, and those of today.
    pub fn reviewed_lately(&self) -> (usize, usize) {
        (
            self.per_day.iter().sum(),
            self.per_day.last().copied().unwrap_or(0),
        )
    }
}

fn tally<K: PartialEq>(list: &mut Vec<Mastery<K>>, key: K, mastered: bool) {
    match list.iter_mut().find(|m| m.key == key) {
        Some(m) => {
            m.total += 1;
            m.mastered += usize::from(mastered);
        }
        None => list.push(Mastery {
            key,
            mastered: usize::from(mastered),
            total: 1,
        }),
    }
}

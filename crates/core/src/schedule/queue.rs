//! What to study next, as in Anki: learning cards that are due, then due reviews, then new
//! cards up to a daily limit.

use super::scheduler::Phase;
use super::states::CardStates;
use crate::time::MINUTE_MS;

/// Learning cards due this soon are shown now rather than making the learner wait.
pub const LEARN_AHEAD_MS: i64 = 20 * MINUTE_MS;

/// The study queue at one moment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Queue {
    /// Learning and relearning cards due now, soonest first.
    pub learning: Vec<String>,
    /// Review cards due before the end of today, most overdue first.
    pub review: Vec<String>,
    /// New cards still allowed today, in deck order.
    pub new: Vec<String>,
    /// Cards a quiz sent back to study, shown after learning cards that are due.
    pub flagged: Vec<String>,
    /// Learning cards due within the learn-ahead window: shown when nothing else is left,
    /// rather than making the learner wait a few minutes.
    pub ahead: Vec<String>,
    /// When the next card not in the queue is due (for "nothing is due until …").
    pub next_due: Option<i64>,
}

impl Queue {
    /// Builds the queue for `cards` (in deck order) at `now`; `day_start` and `day_end` bound
    /// the learner's local day.
    pub fn build(
        cards: &[&str],
        states: &CardStates,
        now: i64,
        (day_start, day_end): (i64, i64),
        new_per_day: usize,
        flagged: &[&str],
    ) -> Queue {
        let mut queue = Queue::default();
        let (flagged, cards): (Vec<&str>, Vec<&str>) =
            cards.iter().partition(|c| flagged.contains(c));
        queue.flagged = flagged.into_iter().map(str::to_string).collect();
        let mut learning: Vec<(i64, &str)> = Vec::new();
        let mut ahead: Vec<(i64, &str)> = Vec::new();
        let mut review: Vec<(i64, &str)> = Vec::new();
        let mut new: Vec<&str> = Vec::new();
        for &card in &cards {
            match states.get(card) {
                None => new.push(card),
                Some(s) => match s.phase {
                    Phase::New => new.push(card),
                    Phase::Learning { .. } | Phase::Relearning { .. } if s.due <= now => {
                        learning.push((s.due, card))
                    }
                    Phase::Learning { .. } | Phase::Relearning { .. }
                        if s.due <= now + LEARN_AHEAD_MS =>
                    {
                        ahead.push((s.due, card))
                    }
                    Phase::Review if s.due < day_end => review.push((s.due, card)),
                    _ => {
                        queue.next_due = Some(queue.next_due.map_or(s.due, |d| d.min(s.due)));
                    }
                },
            }
        }
        for list in [&mut learning, &mut ahead, &mut review] {
            crate::sort::sort(list);
        }
        let introduced_today = cards
            .iter()
            .filter(|c| states.first_review(c).is_some_and(|at| at >= day_start))
            .count();
        let allowed = new_per_day.saturating_sub(introduced_today);
        queue.learning = learning.into_iter().map(|(_, c)| c.to_string()).collect();
        queue.review = review.into_iter().map(|(_, c)| c.to_string()).collect();
        queue.new = new.into_iter().take(allowed).map(str::to_string).collect();
        queue.ahead = ahead.into_iter().map(|(_, c)| c.to_string()).collect();
        queue
    }

    /// The card to show now, if any.
    pub fn next(&self) -> Option<&str> {
        self.learning
            .first()
            .or_else(|| self.flagged.first())
            .or_else(|| self.review.first())
            .or_else(|| self.new.first())
            .or_else(|| self.ahead.first())
            .map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.next().is_none()
    }

    pub fn len(&self) -> usize {
        self.learning.len()
            + self.flagged.len()
            + self.review.len()
            + self.new.len()
            + self.ahead.len()
    }
}

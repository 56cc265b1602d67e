//! Every card's state, derived from the review log by replaying it through the scheduler,
//! and kept current as reviews are added: a rating costs one scheduler step, not a replay of
//! the whole log (100,000 reviews take tens of milliseconds).

use super::scheduler::{CardState, Config, Scheduler};
use crate::domain::progress::{Review, ReviewLog};
use std::collections::HashMap;

#[derive(Clone, Debug, Default)]
pub struct CardStates {
    states: HashMap<String, CardState>,
    /// When each card was first reviewed (for the daily limit of new cards).
    first_review: HashMap<String, i64>,
    /// What the states were derived from: the scheduler's settings, the log's generation and
    /// how many of its reviews (undone ones included) were taken in.
    config: Option<Config>,
    generation: u64,
    applied: usize,
}

impl CardStates {
    /// Every card's state after the log's effective reviews.
    pub fn replay(scheduler: &Scheduler, log: &ReviewLog) -> CardStates {
        let mut states = CardStates {
            config: Some(scheduler.config().clone()),
            generation: log.generation(),
            ..CardStates::default()
        };
        states.take_in(scheduler, log.all());
        states
    }

    /// Brings the states up to date with `log`: only its new reviews when it just grew, a full
    /// replay when anything else changed (an undo, a merge, other settings).
    pub fn sync(&mut self, scheduler: &Scheduler, log: &ReviewLog) {
        let same_config = self.config.as_ref() == Some(scheduler.config());
        match log.appended_since(self.generation, self.applied) {
            Some(new) if same_config => self.take_in(scheduler, new),
            _ => *self = CardStates::replay(scheduler, log),
        }
    }

    fn take_in(&mut self, scheduler: &Scheduler, reviews: &[Review]) {
        for review in reviews.iter().filter(|r| !r.undone) {
            // Look up before inserting, so that a known card costs no key allocation.
            match self.states.get_mut(&review.card) {
                Some(state) => *state = scheduler.review(state, review.rating, review.at),
                None => {
                    let state = scheduler.review(&CardState::NEW, review.rating, review.at);
                    self.states.insert(review.card.clone(), state);
                    self.first_review.insert(review.card.clone(), review.at);
                }
            }
        }
        self.applied += reviews.len();
    }

    pub fn get(&self, card: &str) -> Option<&CardState> {
        self.states.get(card)
    }

    /// When `card` was first reviewed, if ever.
    pub fn first_review(&self, card: &str) -> Option<i64> {
        self.first_review.get(card).copied()
    }

    /// When `card` was last reviewed, if ever.
    pub fn last_review(&self, card: &str) -> Option<i64> {
        self.get(card).and_then(|s| s.last_review)
    }

    /// How many cards have been reviewed.
    pub fn len(&self) -> usize {
        self.states.len()
    }

    pub fn is_empty(&self) -> bool {
        self.states.is_empty()
    }
}

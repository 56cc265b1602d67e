//! Every card's state, derived from the review log by replaying it through the scheduler,
//! and kept current as reviews are added: a rating costs one scheduler step, not a replay of
//! the whole log (100,000 reviews take tens of milliseconds).

use super::scheduler::{CardState, Config, Phase, Scheduler};
use crate::domain::progress::{Review, ReviewLog};
use fsrs::MemoryState;
use serde::{Deserialize, Serialize};
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

    /// Changes whenever the states change: the log generation and the reviews taken in.
    pub fn version(&self) -> (u64, usize) {
        (self.generation, self.applied)
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

/// The settings in a few integers (no float formatting, which would add kilobytes to the
/// browser build).
fn config_key(config: &Config) -> String {
    format!(
        "{:?}/{:?}/{}/{}",
        config.learning_steps,
        config.relearning_steps,
        config.desired_retention.to_bits(),
        config.maximum_interval_days
    )
}

/// The states as stored beside the log, so that opening the app with a long log replays only
/// the reviews made since (FSRS over 100,000 reviews takes about 200 ms in the browser).
/// It is a cache: one that does not match the log is ignored and the log replayed.
#[derive(Serialize, Deserialize)]
struct Snapshot {
    /// The scheduler settings (see [`config_key`]).
    config: String,
    /// Reviews taken in, undone ones among them, and the id of the last one.
    applied: usize,
    undone: usize,
    last: Option<(i64, String)>,
    /// Card, phase (0 new, 1 learning, 2 review, 3 relearning), step, stability, difficulty,
    /// due, last review, reviews, lapses, first review.
    #[allow(clippy::type_complexity)]
    cards: Vec<(
        String,
        u8,
        usize,
        Option<(f32, f32)>,
        i64,
        Option<i64>,
        u32,
        u32,
        i64,
    )>,
}

impl CardStates {
    /// The states as text, to keep beside the log.
    pub fn to_snapshot(&self, log: &ReviewLog) -> String {
        let applied = &log.all()[..self.applied.min(log.len())];
        let snapshot = Snapshot {
            config: self.config.as_ref().map(config_key).unwrap_or_default(),
            applied: applied.len(),
            undone: applied.iter().filter(|r| r.undone).count(),
            last: applied.last().map(|r| (r.at, r.tag.clone())),
            cards: self
                .states
                .iter()
                .map(|(card, s)| {
                    let (phase, step) = match s.phase {
                        Phase::New => (0, 0),
                        Phase::Learning { step } => (1, step),
                        Phase::Review => (2, 0),
                        Phase::Relearning { step } => (3, step),
                    };
                    (
                        card.clone(),
                        phase,
                        step,
                        s.memory.map(|m| (m.stability, m.difficulty)),
                        s.due,
                        s.last_review,
                        s.reviews,
                        s.lapses,
                        self.first_review(card).unwrap_or(0),
                    )
                })
                .collect(),
        };
        serde_json::to_string(&snapshot).unwrap_or_default()
    }

    /// The states of `log` from a snapshot and the reviews made since; a full replay when the
    /// snapshot is damaged or does not match the log or the settings.
    pub fn from_snapshot(text: &str, scheduler: &Scheduler, log: &ReviewLog) -> CardStates {
        Self::resume(text, scheduler, log).unwrap_or_else(|| CardStates::replay(scheduler, log))
    }

    fn resume(text: &str, scheduler: &Scheduler, log: &ReviewLog) -> Option<CardStates> {
        let snapshot: Snapshot = serde_json::from_str(text).ok()?;
        let config = Some(scheduler.config().clone());
        let applied = log.all().get(..snapshot.applied)?;
        let matches = snapshot.config == config_key(scheduler.config())
            && applied.last().map(|r| (r.at, r.tag.clone())) == snapshot.last
            && applied.iter().filter(|r| r.undone).count() == snapshot.undone;
        if !matches {
            return None;
        }
        let mut states = CardStates {
            config,
            generation: log.generation(),
            applied: snapshot.applied,
            ..CardStates::default()
        };
        for (card, phase, step, memory, due, last_review, reviews, lapses, first) in snapshot.cards
        {
            let phase = match phase {
                0 => Phase::New,
                1 => Phase::Learning { step },
                2 => Phase::Review,
                3 => Phase::Relearning { step },
                _ => return None,
            };
            let memory = memory.map(|(stability, difficulty)| MemoryState {
                stability,
                difficulty,
            });
            let state = CardState {
                phase,
                memory,
                due,
                last_review,
                reviews,
                lapses,
            };
            states.first_review.insert(card.clone(), first);
            states.states.insert(card, state);
        }
        states.take_in(scheduler, &log.all()[snapshot.applied..]);
        Some(states)
    }
}

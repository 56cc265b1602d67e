//! FSRS-6 scheduling (the `fsrs` crate, as in Anki) with the short learning and relearning
//! steps the crate leaves to its caller. Pure: the caller passes `now`.

use super::fsrs6::Model;
use crate::progress::{Rating, Review};
use crate::time::{whole_days, DAY_MS, MINUTE_MS};
use fsrs::{MemoryState, NextStates};
use thiserror::Error;

/// The learner's scheduling settings.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Delays of the learning steps of a new card, in ms (default 1 min, 10 min).
    pub learning_steps: Vec<i64>,
    /// Delays of the relearning steps after a lapse, in ms (default 10 min).
    pub relearning_steps: Vec<i64>,
    /// The probability of recall FSRS aims at when it is next due (default 0.90).
    pub desired_retention: f32,
    pub maximum_interval_days: u32,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            learning_steps: vec![MINUTE_MS, 10 * MINUTE_MS],
            relearning_steps: vec![10 * MINUTE_MS],
            desired_retention: 0.9,
            maximum_interval_days: 36_500,
        }
    }
}

#[derive(Clone, Debug, Error, PartialEq)]
pub enum ScheduleError {
    #[error("desired retention must be between 0.70 and 0.99, not {0}")]
    Retention(f32),
}

/// Where a card is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    New,
    Learning { step: usize },
    Review,
    Relearning { step: usize },
}

/// A card's state, derived from its reviews.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CardState {
    pub phase: Phase,
    /// FSRS memory: stability (days) and difficulty (1–10); none before the first review.
    pub memory: Option<MemoryState>,
    /// When it is next due (ms since the epoch); 0 for a new card.
    pub due: i64,
    pub last_review: Option<i64>,
    pub reviews: u32,
    pub lapses: u32,
}

impl CardState {
    pub const NEW: CardState = CardState {
        phase: Phase::New,
        memory: None,
        due: 0,
        last_review: None,
        reviews: 0,
        lapses: 0,
    };
}

pub struct Scheduler {
    model: Model,
    config: Config,
}

impl Scheduler {
    pub fn new(config: Config) -> Result<Scheduler, ScheduleError> {
        if !(0.70..=0.99).contains(&config.desired_retention) {
            return Err(ScheduleError::Retention(config.desired_retention));
        }
        Ok(Scheduler {
            model: Model::default(),
            config,
        })
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// FSRS's next memory states at `now`, from the whole days since the card's last review
    /// (0 for a same-day review or a new card).
    fn next_states(&self, card: &CardState, now: i64) -> Option<NextStates> {
        let elapsed = card
            .last_review
            .map(|last| whole_days(now - last) as u32)
            .unwrap_or(0);
        self.model
            .next_states(card.memory, self.config.desired_retention, elapsed)
    }

    /// The card after `rating` at `now`.
    pub fn review(&self, card: &CardState, rating: Rating, now: i64) -> CardState {
        let next = self.next_states(card, now);
        let chosen = next.as_ref().map(|n| match rating {
            Rating::Again => &n.again,
            Rating::Hard => &n.hard,
            Rating::Good => &n.good,
            Rating::Easy => &n.easy,
        });
        let memory = chosen.map(|s| s.memory).or(card.memory);
        let interval_ms = |days: f32| -> i64 {
            let max = self.config.maximum_interval_days as f32;
            let days = if days.is_finite() {
                // Not `clamp`, whose check of its bounds would print floats: it carried
                // Rust's float formatting into the first load.
                days.round().max(1.0).min(max)
            } else {
                1.0
            };
            days as i64 * DAY_MS
        };
        let graduate = |state: CardState| CardState {
            phase: Phase::Review,
            due: now + interval_ms(chosen.map(|s| s.interval).unwrap_or(1.0)),
            ..state
        };
        let base = CardState {
            memory,
            last_review: Some(now),
            reviews: card.reviews + 1,
            ..*card
        };
        let stepped = |steps: &[i64], step: usize, relearning: bool| -> CardState {
            let phase = |step| {
                if relearning {
                    Phase::Relearning { step }
                } else {
                    Phase::Learning { step }
                }
            };
            match rating {
                _ if steps.is_empty() => graduate(base),
                Rating::Again => CardState {
                    phase: phase(0),
                    due: now + steps[0],
                    ..base
                },
                // As in Anki: Hard on the first step waits between the first two steps.
                Rating::Hard => {
                    let delay = match (step, steps.get(1)) {
                        (0, Some(second)) => (steps[0] + second) / 2,
                        _ => steps[step.min(steps.len() - 1)],
                    };
                    CardState {
                        phase: phase(step),
                        due: now + delay,
                        ..base
                    }
                }
                Rating::Good if step + 1 < steps.len() => CardState {
                    phase: phase(step + 1),
                    due: now + steps[step + 1],
                    ..base
                },
                Rating::Good | Rating::Easy => graduate(base),
            }
        };
        match card.phase {
            Phase::New => stepped(&self.config.learning_steps, 0, false),
            Phase::Learning { step } => stepped(&self.config.learning_steps, step, false),
            Phase::Relearning { step } => stepped(&self.config.relearning_steps, step, true),
            Phase::Review => match rating {
                Rating::Again => {
                    let lapsed = CardState {
                        lapses: card.lapses + 1,
                        ..base
                    };
                    match self.config.relearning_steps.first() {
                        Some(first) => CardState {
                            phase: Phase::Relearning { step: 0 },
                            due: now + first,
                            ..lapsed
                        },
                        None => graduate(lapsed),
                    }
                }
                _ => graduate(base),
            },
        }
    }

    /// When the card would next be due after each rating, in Again, Hard, Good, Easy order.
    pub fn preview(&self, card: &CardState, now: i64) -> [i64; 4] {
        Rating::ALL.map(|r| self.review(card, r, now).due)
    }

    /// A card's state after its reviews (effective ones, in time order).
    pub fn replay<'a>(&self, reviews: impl IntoIterator<Item = &'a Review>) -> CardState {
        reviews
            .into_iter()
            .fold(CardState::NEW, |card, r| self.review(&card, r.rating, r.at))
    }
}

//! Every card's state, derived from the review log by replaying it through the scheduler,
//! and kept current as reviews are added: a rating costs one scheduler step, not a replay of
//! the whole log (100,000 reviews take tens of milliseconds).

use super::scheduler::{CardState, Config, Phase, Scheduler};
use crate::progress::{Rating, Review, ReviewLog};
use fsrs::MemoryState;
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
    /// Reviews of cards that were in review: remembered (not Again), and all.
    retention: (usize, usize),
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
                Some(state) => {
                    if state.phase == Phase::Review {
                        self.retention.1 += 1;
                        self.retention.0 += usize::from(review.rating != Rating::Again);
                    }
                    *state = scheduler.review(state, review.rating, review.at);
                }
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

    /// Reviews of cards that were in review (not learning): how many were remembered (not
    /// Again), and how many in all.
    pub fn retention(&self) -> (usize, usize) {
        self.retention
    }

    /// How many cards have been reviewed.
    pub fn len(&self) -> usize {
        self.states.len()
    }

    pub fn is_empty(&self) -> bool {
        self.states.is_empty()
    }
}

/// The settings in a few integers, without spaces (no float formatting, which would add
/// kilobytes to the browser build).
fn config_key(config: &Config) -> String {
    let steps = |steps: &[i64]| {
        steps
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(",")
    };
    format!(
        "{}/{}/{}/{}",
        steps(&config.learning_steps),
        steps(&config.relearning_steps),
        config.desired_retention.to_bits(),
        config.maximum_interval_days
    )
}

/// The states as stored beside the log, so that opening the app with a long log replays only
/// the reviews made since (FSRS over 100,000 reviews takes about 200 ms in the browser).
/// It is a cache: one that does not match the log is ignored and the log replayed.
///
/// Plain text, floats as their bits (exact, and no float formatting in the browser build):
/// a header line `vigie-states 1 <settings> <applied> <undone> <last time> <last tag>
/// <remembered> <reviewed in review>`, then
/// one line per card: id, phase (0 new, 1 learning, 2 review, 3 relearning), step, stability
/// and difficulty bits (`-` for none), due, last review (`-`), reviews, lapses, first review.
const SNAPSHOT_HEADER: &str = "vigie-states 1";

impl CardStates {
    /// The states as text, to keep beside the log.
    pub fn to_snapshot(&self, log: &ReviewLog) -> String {
        use std::fmt::Write;
        let applied = &log.all()[..self.applied.min(log.len())];
        let undone = applied.iter().filter(|r| r.undone).count();
        let (last_at, last_tag) = applied.last().map_or((0, "-"), |r| (r.at, r.tag.as_str()));
        let config = self.config.as_ref().map(config_key).unwrap_or_default();
        let (remembered, in_review) = self.retention;
        let mut out = format!(
            "{SNAPSHOT_HEADER} {config} {} {undone} {last_at} {last_tag} {remembered} {in_review}\n",
            applied.len()
        );
        for (card, s) in &self.states {
            let (phase, step) = match s.phase {
                Phase::New => (0, 0),
                Phase::Learning { step } => (1, step),
                Phase::Review => (2, 0),
                Phase::Relearning { step } => (3, step),
            };
            let memory = s.memory.map_or("- -".to_string(), |m| {
                format!("{} {}", m.stability.to_bits(), m.difficulty.to_bits())
            });
            let last = s.last_review.map_or("-".to_string(), |t| t.to_string());
            let first = self.first_review(card).unwrap_or(0);
            let _ = writeln!(
                out,
                "{card}\t{phase} {step} {memory} {} {last} {} {} {first}",
                s.due, s.reviews, s.lapses
            );
        }
        out
    }

    /// The states of `log` from a snapshot and the reviews made since; a full replay when the
    /// snapshot is damaged or does not match the log or the settings.
    pub fn from_snapshot(text: &str, scheduler: &Scheduler, log: &ReviewLog) -> CardStates {
        Self::resume(text, scheduler, log).unwrap_or_else(|| CardStates::replay(scheduler, log))
    }

    /// The states of `log` from a snapshot and the reviews made since, if the snapshot is
    /// whole and matches the log and the settings.
    pub fn resume(text: &str, scheduler: &Scheduler, log: &ReviewLog) -> Option<CardStates> {
        let mut lines = text.lines();
        let header = lines.next()?.strip_prefix(SNAPSHOT_HEADER)?;
        let mut fields = header.split_whitespace();
        let config = fields.next()?;
        let applied: usize = fields.next()?.parse().ok()?;
        let undone: usize = fields.next()?.parse().ok()?;
        let last_at: i64 = fields.next()?.parse().ok()?;
        let last_tag = fields.next()?;
        let remembered: usize = fields.next()?.parse().ok()?;
        let in_review: usize = fields.next()?.parse().ok()?;
        let taken = log.all().get(..applied)?;
        let last = taken.last().map_or((0, "-"), |r| (r.at, r.tag.as_str()));
        let matches = config == config_key(scheduler.config())
            && last == (last_at, last_tag)
            && taken.iter().filter(|r| r.undone).count() == undone;
        if !matches {
            return None;
        }
        let mut states = CardStates {
            config: Some(scheduler.config().clone()),
            generation: log.generation(),
            applied,
            retention: (remembered, in_review),
            ..CardStates::default()
        };
        for line in lines {
            let (card, rest) = line.split_once('\t')?;
            let (state, first) = parse_state(rest)?;
            states.first_review.insert(card.to_string(), first);
            states.states.insert(card.to_string(), state);
        }
        states.take_in(scheduler, &log.all()[applied..]);
        Some(states)
    }
}

/// One card's line of a snapshot, after its id: its state and first review.
fn parse_state(line: &str) -> Option<(CardState, i64)> {
    let f: Vec<&str> = line.split(' ').collect();
    let [phase, step, stability, difficulty, due, last, reviews, lapses, first] = f[..] else {
        return None;
    };
    let step: usize = step.parse().ok()?;
    let phase = match phase {
        "0" => Phase::New,
        "1" => Phase::Learning { step },
        "2" => Phase::Review,
        "3" => Phase::Relearning { step },
        _ => return None,
    };
    let memory = match (stability, difficulty) {
        ("-", "-") => None,
        (s, d) => Some(MemoryState {
            stability: f32::from_bits(s.parse().ok()?),
            difficulty: f32::from_bits(d.parse().ok()?),
        }),
    };
    let last_review = match last {
        "-" => None,
        t => Some(t.parse().ok()?),
    };
    let state = CardState {
        phase,
        memory,
        due: due.parse().ok()?,
        last_review,
        reviews: reviews.parse().ok()?,
        lapses: lapses.parse().ok()?,
    };
    Some((state, first.parse().ok()?))
}

//! Spaced repetition: the FSRS scheduler with learning steps, the study queue, intervals in
//! words.

mod fsrs6;
mod interval;
mod queue;
mod scheduler;
mod states;

pub use interval::interval_in_words;
pub use queue::{Queue, LEARN_AHEAD_MS};
pub use scheduler::{CardState, Config, Phase, ScheduleError, Scheduler};
pub use states::CardStates;

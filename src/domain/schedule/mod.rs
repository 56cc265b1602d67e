//! Spaced repetition: the FSRS scheduler with learning steps, the study queue, intervals in
//! words.

pub mod interval;
pub mod queue;
pub mod scheduler;

pub use queue::{card_states, Queue};
pub use scheduler::{CardState, Config, Phase, ScheduleError, Scheduler, DAY_MS, MINUTE_MS};

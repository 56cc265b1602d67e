//! Spaced repetition: the FSRS scheduler with learning steps, the study queue, intervals in
//! words.

pub mod interval;
pub mod queue;
pub mod scheduler;
pub mod states;

pub use queue::Queue;
pub use scheduler::{CardState, Config, Phase, ScheduleError, Scheduler, DAY_MS, MINUTE_MS};
pub use states::CardStates;

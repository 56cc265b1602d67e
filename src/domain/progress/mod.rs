//! A learner's progress: the review log (the source of truth) and what is derived from it.

pub mod codec;
pub mod review;

pub use codec::{decode, encode, LoadError, SCHEMA};
pub use review::{Rating, Review, ReviewLog};

/// Everything Vigie keeps for a learner.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub log: ReviewLog,
    /// When the learner last downloaded a backup (ms since the epoch).
    pub last_backup: Option<i64>,
}

impl Progress {
    /// Merges another copy (another tab, or an imported backup): the union of the logs.
    pub fn merge(&mut self, other: &Progress) {
        self.log.merge(&other.log);
        self.last_backup = self.last_backup.max(other.last_backup);
    }
}

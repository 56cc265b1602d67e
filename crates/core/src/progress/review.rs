//! The review log: the one source of truth for a learner's progress. Card states are derived
//! from it by replaying it through the scheduler; it only ever grows (an undo marks a review
//! as undone instead of removing it), so two copies merge by a plain union.

use serde::{Deserialize, Serialize};
use std::sync::atomic::{AtomicU64, Ordering};

/// How well the learner remembered, as in Anki.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Rating {
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}

impl Rating {
    pub const ALL: [Rating; 4] = [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy];

    pub fn from_number(n: u8) -> Option<Rating> {
        match n {
            1 => Some(Rating::Again),
            2 => Some(Rating::Hard),
            3 => Some(Rating::Good),
            4 => Some(Rating::Easy),
            _ => None,
        }
    }

    pub fn number(self) -> u8 {
        self as u8
    }
}

/// One rating of one card. Its identity is its time and the tag of the tab that made it, so
/// two tabs (or devices) never make the same review.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Review {
    /// Milliseconds since the Unix epoch.
    pub at: i64,
    /// A short random tag of the tab (or device) that made the review.
    pub tag: String,
    pub card: String,
    pub rating: Rating,
    /// How long the learner took, in milliseconds.
    pub duration_ms: u32,
    /// Set by an undo; never unset.
    pub undone: bool,
}

/// Reviews in time order, each id once.
#[derive(Clone, Debug)]
pub struct ReviewLog {
    reviews: Vec<Review>,
    /// See [`ReviewLog::generation`].
    generation: u64,
}

/// Two logs are equal when they hold the same reviews, whatever their history.
impl PartialEq for ReviewLog {
    fn eq(&self, other: &ReviewLog) -> bool {
        self.reviews == other.reviews
    }
}

impl Eq for ReviewLog {}

impl Default for ReviewLog {
    fn default() -> ReviewLog {
        ReviewLog::new(Vec::new())
    }
}

/// A number no other log state had: what caches compare to know their log only grew.
fn next_generation() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

impl Review {
    /// The review's unique id: `time-tag`.
    pub fn id(&self) -> String {
        format!("{}-{}", self.at, self.tag)
    }

    fn key(&self) -> (i64, &str) {
        (self.at, &self.tag)
    }
}

impl ReviewLog {
    pub fn new(reviews: Vec<Review>) -> ReviewLog {
        let mut log = ReviewLog {
            reviews,
            generation: next_generation(),
        };
        log.normalize();
        log
    }

    /// Stays the same while reviews are only added at the end, and changes when a review
    /// already there changes or moves (an undo, a merge, an out-of-order insert). Derived data
    /// (card states, the stored text) then only has to take in the new reviews.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The reviews from index `from` on, if the log is the one of `generation` grown by
    /// appends only; `None` means everything must be derived again.
    pub fn appended_since(&self, generation: u64, from: usize) -> Option<&[Review]> {
        (generation == self.generation)
            .then(|| self.reviews.get(from..))
            .flatten()
    }

    /// Time order; one copy per id, undone if any copy was.
    fn normalize(&mut self) {
        crate::sort::sort_by(&mut self.reviews, |a, b| {
            (a.key(), !a.undone).cmp(&(b.key(), !b.undone))
        });
        // Copies of one review are now side by side, the undone one first.
        self.reviews
            .dedup_by(|later, earlier| later.key() == earlier.key());
    }

    /// Every review, undone ones included, in time order.
    pub fn all(&self) -> &[Review] {
        &self.reviews
    }

    /// The reviews that count (not undone), in time order.
    pub fn effective(&self) -> impl Iterator<Item = &Review> {
        self.reviews.iter().filter(|r| !r.undone)
    }

    pub fn len(&self) -> usize {
        self.reviews.len()
    }

    pub fn is_empty(&self) -> bool {
        self.reviews.is_empty()
    }

    /// Adds a review; a review already there (same time and tag) keeps the undo of either copy.
    pub fn insert(&mut self, review: Review) {
        match self
            .reviews
            .binary_search_by(|r| r.key().cmp(&review.key()))
        {
            Ok(i) => {
                if review.undone && !self.reviews[i].undone {
                    self.reviews[i].undone = true;
                    self.generation = next_generation();
                }
            }
            Err(i) => {
                if i < self.reviews.len() {
                    self.generation = next_generation();
                }
                self.reviews.insert(i, review);
            }
        }
    }

    /// The union of two logs, by review id. Nothing is ever lost, whatever the order.
    pub fn merge(&mut self, other: &ReviewLog) {
        let before = (self.reviews.len(), self.undone_count());
        self.reviews.extend(other.reviews.iter().cloned());
        self.normalize();
        // Undo marks are only ever added, so equal counts mean nothing changed.
        if (self.reviews.len(), self.undone_count()) != before {
            self.generation = next_generation();
        }
    }

    fn undone_count(&self) -> usize {
        self.reviews.iter().filter(|r| r.undone).count()
    }

    /// Marks the latest effective review as undone and returns it (Ctrl+Z).
    pub fn undo_last(&mut self) -> Option<Review> {
        let last = self.reviews.iter_mut().rev().find(|r| !r.undone)?;
        last.undone = true;
        let undone = last.clone();
        self.generation = next_generation();
        Some(undone)
    }

    /// The reviews that count, newest first.
    pub fn effective_rev(&self) -> impl Iterator<Item = &Review> {
        self.reviews.iter().rev().filter(|r| !r.undone)
    }

    /// The effective reviews of one card, in time order.
    pub fn of_card<'a>(&'a self, card: &'a str) -> impl Iterator<Item = &'a Review> + 'a {
        self.effective().filter(move |r| r.card == card)
    }
}

//! The review log: the one source of truth for a learner's progress. Card states are derived
//! from it by replaying it through the scheduler; it only ever grows (an undo marks a review
//! as undone instead of removing it), so two copies merge by a plain union.

use serde::{Deserialize, Serialize};

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
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReviewLog {
    reviews: Vec<Review>,
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
        let mut log = ReviewLog { reviews };
        log.normalize();
        log
    }

    /// Time order; one copy per id, undone if any copy was.
    fn normalize(&mut self) {
        self.reviews
            .sort_by(|a, b| (a.key(), !a.undone).cmp(&(b.key(), !b.undone)));
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
            Ok(i) => self.reviews[i].undone |= review.undone,
            Err(i) => self.reviews.insert(i, review),
        }
    }

    /// The union of two logs, by review id. Nothing is ever lost, whatever the order.
    pub fn merge(&mut self, other: &ReviewLog) {
        self.reviews.extend(other.reviews.iter().cloned());
        self.normalize();
    }

    /// Marks the latest effective review as undone and returns it (Ctrl+Z).
    pub fn undo_last(&mut self) -> Option<Review> {
        let last = self.reviews.iter_mut().rev().find(|r| !r.undone)?;
        last.undone = true;
        Some(last.clone())
    }

    /// The effective reviews of one card, in time order.
    pub fn of_card<'a>(&'a self, card: &'a str) -> impl Iterator<Item = &'a Review> + 'a {
        self.effective().filter(move |r| r.card == card)
    }
}

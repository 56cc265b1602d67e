//! A learner's progress: the review log (the source of truth) and what is derived from it.

mod codec;
mod review;

pub use codec::{decode, decode_backup, encode, encode_backup, Backup, Encoder, LoadError, SCHEMA};
pub use review::{Rating, Review, ReviewLog};

/// Everything Vigie keeps for a learner.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub log: ReviewLog,
    /// When the learner last downloaded a backup (ms since the epoch).
    pub last_backup: Option<i64>,
    /// Quizzes taken, oldest first.
    pub quizzes: Vec<QuizRecord>,
    /// Study cards a quiz sent back to study: the queue shows them right after the learning
    /// cards that are due, until they are studied again.
    pub flagged: Vec<Flag>,
}

/// One quiz taken.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct QuizRecord {
    pub code: String,
    /// When it ended (ms since the epoch).
    pub at: i64,
    pub score: usize,
    pub total: usize,
    pub duration_ms: u64,
    pub result_code: String,
}

/// A study card sent back to study at a time.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Flag {
    pub card: String,
    pub at: i64,
}

impl Progress {
    /// Merges another copy (another tab, or an imported backup): the union of everything.
    pub fn merge(&mut self, other: &Progress) {
        self.log.merge(&other.log);
        self.last_backup = self.last_backup.max(other.last_backup);
        for q in &other.quizzes {
            if !self
                .quizzes
                .iter()
                .any(|m| m.at == q.at && m.code == q.code)
            {
                self.quizzes.push(q.clone());
            }
        }
        crate::sort::sort_by_key(&mut self.quizzes, |q| q.at);
        for f in &other.flagged {
            if !self.flagged.contains(f) {
                self.flagged.push(f.clone());
            }
        }
    }

    /// Sends `cards` back to study at `at` (see [`Progress::flagged`]).
    pub fn flag(&mut self, cards: &[String], at: i64) {
        self.flagged.extend(cards.iter().map(|card| Flag {
            card: card.clone(),
            at,
        }));
    }

    /// Forgets the reviews and flags of every card whose id starts with `prefix` (a removed
    /// deck's [`crate::study::card_prefix`]); returns how many reviews went.
    pub fn forget_cards(&mut self, prefix: &str) -> usize {
        let before = self.log.len();
        let kept = self
            .log
            .all()
            .iter()
            .filter(|r| !r.card.starts_with(prefix));
        self.log = ReviewLog::new(kept.cloned().collect());
        self.flagged.retain(|f| !f.card.starts_with(prefix));
        before - self.log.len()
    }

    /// Cards flagged and not reviewed since: what the study queue shows after the learning
    /// cards that are due.
    /// `last_review` gives a card's latest effective review (from the card states, which the
    /// caller keeps current, rather than a scan of the whole log).
    pub fn pending_flags(&self, last_review: impl Fn(&str) -> Option<i64>) -> Vec<&str> {
        let mut cards: Vec<&str> = self
            .flagged
            .iter()
            .filter(|f| last_review(&f.card).is_none_or(|at| at < f.at))
            .map(|f| f.card.as_str())
            .collect();
        cards.dedup();
        cards
    }
}

/// What importing a backup would change, shown before the learner chooses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportPreview {
    /// Reviews in the file.
    pub in_file: usize,
    /// Reviews of the file that this device does not have yet (what a merge adds).
    pub new: usize,
    /// Reviews of this device that the file lacks (what a replace would drop).
    pub missing_from_file: usize,
    /// The file's first and last review times.
    pub span: Option<(i64, i64)>,
}

impl Progress {
    pub fn import_preview(&self, incoming: &Progress) -> ImportPreview {
        let key = |r: &Review| (r.at, r.tag.clone());
        let mine: std::collections::HashSet<_> = self.log.all().iter().map(key).collect();
        let theirs: std::collections::HashSet<_> = incoming.log.all().iter().map(key).collect();
        let all = incoming.log.all();
        ImportPreview {
            in_file: all.len(),
            new: theirs.difference(&mine).count(),
            missing_from_file: mine.difference(&theirs).count(),
            span: all.first().zip(all.last()).map(|(a, b)| (a.at, b.at)),
        }
    }

    /// Days since the last backup (`None`: never), for the reminder.
    pub fn days_since_backup(&self, now: i64) -> Option<i64> {
        self.last_backup.map(|b| crate::time::whole_days(now - b))
    }

    /// Whether to remind the learner to back up: there is progress, and no backup in a week.
    pub fn backup_due(&self, now: i64) -> bool {
        !self.log.is_empty() && self.days_since_backup(now).is_none_or(|d| d >= 7)
    }
}

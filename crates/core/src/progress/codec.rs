//! How progress is stored: one JSON object with a schema version, compact enough for a
//! hundred thousand reviews in well under the 5 MB a browser gives a site.
//!
//! ```json
//! {"app":"vigie","schema":1,"cards":["flashcard:a",…],"tags":["k3x9",…],
//!  "reviews":"dt.card.tag.rating.ms dt.card.tag.rating.ms …","last_backup":1632000000000}
//! ```
//! Each review is five base-36 numbers: milliseconds since the previous review, the index of
//! its card and of its tab tag, the rating (plus 4 when undone) and its duration in ms.
//!
//! A backup file is the same object with one more field, `"decks"`: the files of the decks
//! the learner added, each as a string, as it was added. (An older Vigie ignores it.)

use super::review::{Rating, Review, ReviewLog};
use super::{Flag, Progress, QuizRecord};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use thiserror::Error;

/// The schema this version writes. Older ones are migrated on reading.
pub const SCHEMA: u64 = 1;

/// What every schema has: enough to tell Vigie's data, and which schema, from anything else.
#[derive(Deserialize)]
struct Header {
    app: Option<String>,
    schema: Option<u64>,
}

/// Schema 1. (Typed structs rather than `serde_json::Value`, which would add its own code
/// to the browser build.)
#[derive(Deserialize)]
struct StoredV1 {
    cards: Vec<String>,
    tags: Vec<String>,
    reviews: String,
    last_backup: Option<i64>,
    #[serde(default)]
    quizzes: Vec<QuizRecord>,
    #[serde(default)]
    flagged: Vec<Flag>,
    /// Only in a backup file.
    #[serde(default)]
    decks: Vec<String>,
}

/// What a backup file holds: the progress, and the files of the decks the learner added.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Backup {
    pub progress: Progress,
    pub decks: Vec<String>,
}

/// Why stored progress could not be read.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum LoadError {
    /// Not Vigie's progress, or damaged.
    #[error("the saved progress is damaged or not Vigie's ({0})")]
    Corrupt(String),
    /// Written by a later version of Vigie, which this one must not overwrite.
    #[error("the saved progress comes from a newer version of Vigie (format {found}; this one reads up to {known})")]
    Newer { found: u64, known: u64 },
}

/// The stored text of `progress`.
pub fn encode(progress: &Progress) -> String {
    Encoder::default().encode(progress)
}

/// The text of a backup file: `progress` and the `decks` files (see the module's docs).
pub fn encode_backup(progress: &Progress, decks: &[String]) -> String {
    let mut encoder = Encoder::default();
    encoder.take_in(progress);
    encoder.write(progress, decks)
}

/// Encodes one learner's progress again and again: while the log only grows, each call
/// encodes just the new reviews (a rating must not re-encode 100,000 of them).
#[derive(Clone, Debug, Default)]
pub struct Encoder {
    cards: Vec<String>,
    card_index: HashMap<String, usize>,
    tags: Vec<String>,
    tag_index: HashMap<String, usize>,
    reviews: String,
    /// The log generation and review count encoded so far, and the last review's time.
    generation: u64,
    encoded: usize,
    previous: i64,
}

impl Encoder {
    pub fn encode(&mut self, progress: &Progress) -> String {
        self.take_in(progress);
        self.write(progress, &[])
    }

    /// Encodes the reviews of `progress`'s log not encoded yet.
    fn take_in(&mut self, progress: &Progress) {
        let log = &progress.log;
        let new = match log.appended_since(self.generation, self.encoded) {
            Some(new) => new,
            None => {
                *self = Encoder {
                    generation: log.generation(),
                    ..Encoder::default()
                };
                log.all()
            }
        };
        for r in new {
            let card = index_of(&mut self.cards, &mut self.card_index, &r.card);
            let tag = index_of(&mut self.tags, &mut self.tag_index, &r.tag);
            if !self.reviews.is_empty() {
                self.reviews.push(' ');
            }
            let rating = u64::from(r.rating.number()) + if r.undone { 4 } else { 0 };
            let fields = [
                (r.at - self.previous).max(0) as u64,
                card as u64,
                tag as u64,
                rating,
                u64::from(r.duration_ms),
            ];
            for (i, n) in fields.into_iter().enumerate() {
                if i > 0 {
                    self.reviews.push('.');
                }
                push_base36(&mut self.reviews, n);
            }
            self.previous = r.at;
        }
        self.encoded = log.len();
    }

    /// The stored object: the reviews taken in, `progress`'s other fields, `decks` in a backup.
    fn write(&self, progress: &Progress, decks: &[String]) -> String {
        let stored = StoredV1Ref {
            app: "vigie",
            schema: SCHEMA,
            cards: &self.cards,
            tags: &self.tags,
            reviews: &self.reviews,
            last_backup: progress.last_backup,
            quizzes: &progress.quizzes,
            flagged: &progress.flagged,
            decks,
        };
        serde_json::to_string(&stored).unwrap_or_default()
    }
}

/// Schema 1 borrowed, for writing without copying the encoded reviews.
#[derive(Serialize)]
struct StoredV1Ref<'a> {
    app: &'a str,
    schema: u64,
    cards: &'a [String],
    tags: &'a [String],
    reviews: &'a str,
    last_backup: Option<i64>,
    quizzes: &'a [QuizRecord],
    flagged: &'a [Flag],
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    decks: &'a [String],
}

/// The index of `name` in `names`, added at the end if new.
fn index_of(names: &mut Vec<String>, index: &mut HashMap<String, usize>, name: &str) -> usize {
    if let Some(&i) = index.get(name) {
        return i;
    }
    names.push(name.to_string());
    index.insert(name.to_string(), names.len() - 1);
    names.len() - 1
}

/// The progress stored as `text` (a backup file's decks are left out).
pub fn decode(text: &str) -> Result<Progress, LoadError> {
    decode_backup(text).map(|backup| backup.progress)
}

/// A backup file, or stored progress (with no decks).
pub fn decode_backup(text: &str) -> Result<Backup, LoadError> {
    let header: Header =
        serde_json::from_str(text).map_err(|e| LoadError::Corrupt(crate::json::fault(&e)))?;
    if header.app.as_deref() != Some("vigie") {
        return Err(LoadError::Corrupt("no Vigie signature".into()));
    }
    match header.schema {
        Some(1) => decode_v1(text),
        None | Some(0) => Err(LoadError::Corrupt("no schema version".into())),
        Some(found) => Err(LoadError::Newer {
            found,
            known: SCHEMA,
        }),
    }
}

/// Schema 1, the first release's. A later schema adds its own reader and turns what this one
/// reads into it.
fn decode_v1(text: &str) -> Result<Backup, LoadError> {
    let stored: StoredV1 = serde_json::from_str(text)
        .map_err(|e| LoadError::Corrupt(format!("schema 1: {}", crate::json::fault(&e))))?;
    let mut reviews = Vec::new();
    let mut at = 0i64;
    for (n, entry) in stored
        .reviews
        .split(' ')
        .filter(|e| !e.is_empty())
        .enumerate()
    {
        let bad = |what: &str| LoadError::Corrupt(format!("review {}: {what}", n + 1));
        let mut fields = entry.split('.').map(|f| u64::from_str_radix(f, 36));
        let mut next = |what: &str| -> Result<u64, LoadError> {
            fields.next().and_then(Result::ok).ok_or_else(|| bad(what))
        };
        let delta = next("time")?;
        let card = next("card")?;
        let tag = next("tag")?;
        let rating = next("rating")?;
        let duration = next("duration")?;
        at = at
            .checked_add(i64::try_from(delta).map_err(|_| bad("time"))?)
            .ok_or_else(|| bad("time"))?;
        let card = stored
            .cards
            .get(usize::try_from(card).unwrap_or(usize::MAX))
            .ok_or_else(|| bad("card"))?;
        let tag = stored
            .tags
            .get(usize::try_from(tag).unwrap_or(usize::MAX))
            .ok_or_else(|| bad("tag"))?;
        let undone = rating > 4;
        let rating =
            Rating::from_number(u8::try_from(rating - if undone { 4 } else { 0 }).unwrap_or(0))
                .ok_or_else(|| bad("rating"))?;
        reviews.push(Review {
            at,
            tag: tag.clone(),
            card: card.clone(),
            rating,
            duration_ms: u32::try_from(duration).map_err(|_| bad("duration"))?,
            undone,
        });
    }
    let progress = Progress {
        log: ReviewLog::new(reviews),
        last_backup: stored.last_backup,
        quizzes: stored.quizzes,
        flagged: stored.flagged,
    };
    Ok(Backup {
        progress,
        decks: stored.decks,
    })
}

fn push_base36(out: &mut String, mut n: u64) {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut buf = [0u8; 13];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = DIGITS[(n % 36) as usize];
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.extend(buf[i..].iter().map(|&b| char::from(b)));
}

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
//!
//! It is read and written with [`crate::small_json`], not serde_json, which the first load
//! does not carry.

use super::review::{Rating, Review, ReviewLog};
use super::{Flag, Progress, QuizRecord};
use crate::small_json::{self, write_str, write_strs, Json};
use std::collections::HashMap;
use thiserror::Error;

/// The schema this version writes. Older ones are migrated on reading.
pub const SCHEMA: u64 = 1;

/// Schema 1's fields, read from the object: `cards`, `tags` and `reviews` are required,
/// `last_backup` may be null, `quizzes`, `flagged` and (in a backup) `decks` may be missing.
struct StoredV1 {
    cards: Vec<String>,
    tags: Vec<String>,
    reviews: String,
    last_backup: Option<i64>,
    quizzes: Vec<QuizRecord>,
    flagged: Vec<Flag>,
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

    /// The stored object: the reviews taken in, `progress`'s other fields, `decks` in a backup
    /// (the fields in this order, as serde_json wrote them).
    fn write(&self, progress: &Progress, decks: &[String]) -> String {
        let mut out = String::with_capacity(self.reviews.len() + 64 * self.cards.len() + 100);
        out.push_str("{\"app\":\"vigie\",\"schema\":");
        out.push_str(&SCHEMA.to_string());
        out.push_str(",\"cards\":");
        write_strs(&mut out, &self.cards);
        out.push_str(",\"tags\":");
        write_strs(&mut out, &self.tags);
        out.push_str(",\"reviews\":");
        write_str(&mut out, &self.reviews);
        out.push_str(",\"last_backup\":");
        out.push_str(
            &progress
                .last_backup
                .map_or("null".into(), |t| t.to_string()),
        );
        out.push_str(",\"quizzes\":[");
        for (i, q) in progress.quizzes.iter().enumerate() {
            out.push_str(if i > 0 { ",{\"code\":" } else { "{\"code\":" });
            write_str(&mut out, &q.code);
            for (name, n) in [
                ("at", q.at.to_string()),
                ("score", q.score.to_string()),
                ("total", q.total.to_string()),
                ("duration_ms", q.duration_ms.to_string()),
            ] {
                out.push_str(&format!(",\"{name}\":{n}"));
            }
            out.push_str(",\"result_code\":");
            write_str(&mut out, &q.result_code);
            out.push('}');
        }
        out.push_str("],\"flagged\":[");
        for (i, f) in progress.flagged.iter().enumerate() {
            out.push_str(if i > 0 { ",{\"card\":" } else { "{\"card\":" });
            write_str(&mut out, &f.card);
            out.push_str(&format!(",\"at\":{}}}", f.at));
        }
        out.push(']');
        if !decks.is_empty() {
            out.push_str(",\"decks\":");
            write_strs(&mut out, decks);
        }
        out.push('}');
        out
    }
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
    let value = small_json::parse(text).map_err(|fault| LoadError::Corrupt(fault.to_string()))?;
    if !matches!(value, Json::Object(_)) {
        return Err(LoadError::Corrupt("not an object".into()));
    }
    if value.get("app").and_then(Json::as_str) != Some("vigie") {
        return Err(LoadError::Corrupt("no Vigie signature".into()));
    }
    match value
        .get("schema")
        .map(|s| s.as_u64().ok_or_else(|| wrong("schema")))
    {
        Some(Ok(1)) => decode_v1(read_v1(&value)?),
        None | Some(Ok(0)) => Err(LoadError::Corrupt("no schema version".into())),
        Some(Ok(found)) => Err(LoadError::Newer {
            found,
            known: SCHEMA,
        }),
        Some(Err(e)) => Err(e),
    }
}

fn wrong(field: &str) -> LoadError {
    LoadError::Corrupt(format!(
        "schema 1: the field `{field}` is missing or has the wrong type"
    ))
}

/// Schema 1's fields out of its object.
fn read_v1(value: &Json) -> Result<StoredV1, LoadError> {
    let strs = |field: &str, required: bool| -> Result<Vec<String>, LoadError> {
        match value.get(field) {
            None if !required => Ok(Vec::new()),
            found => found
                .and_then(Json::as_array)
                .and_then(|items| {
                    items
                        .iter()
                        .map(|i| i.as_str().map(str::to_string))
                        .collect()
                })
                .ok_or_else(|| wrong(field)),
        }
    };
    // A list of records: missing is empty, any record that does not read refuses the whole.
    fn records<T>(
        value: &Json,
        field: &str,
        read: impl Fn(&Json) -> Option<T>,
    ) -> Result<Vec<T>, LoadError> {
        value
            .get(field)
            .map_or(Some(&[][..]), Json::as_array)
            .and_then(|items| items.iter().map(read).collect())
            .ok_or_else(|| wrong(field))
    }
    let text = |v: &Json, field: &str| v.get(field).and_then(Json::as_str).map(str::to_string);
    let int = |v: &Json, field: &str| v.get(field).and_then(Json::as_i64);
    let count = |v: &Json, field: &str| {
        v.get(field)
            .and_then(Json::as_u64)
            .and_then(|n| usize::try_from(n).ok())
    };
    let quizzes = records(value, "quizzes", |q| {
        Some(QuizRecord {
            code: text(q, "code")?,
            at: int(q, "at")?,
            score: count(q, "score")?,
            total: count(q, "total")?,
            duration_ms: q.get("duration_ms").and_then(Json::as_u64)?,
            result_code: text(q, "result_code")?,
        })
    })?;
    let flagged = records(value, "flagged", |f| {
        Some(Flag {
            card: text(f, "card")?,
            at: int(f, "at")?,
        })
    })?;
    Ok(StoredV1 {
        cards: strs("cards", true)?,
        tags: strs("tags", true)?,
        reviews: text(value, "reviews").ok_or_else(|| wrong("reviews"))?,
        last_backup: match value.get("last_backup") {
            None | Some(Json::Null) => None,
            Some(t) => Some(t.as_i64().ok_or_else(|| wrong("last_backup"))?),
        },
        quizzes,
        flagged,
        decks: strs("decks", false)?,
    })
}

/// Schema 1, the first release's. A later schema adds its own reader and turns what this one
/// reads into it.
fn decode_v1(stored: StoredV1) -> Result<Backup, LoadError> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde::{Deserialize, Serialize};

    /// Schema 1 as serde_json wrote it before the small reader: files go both ways.
    #[derive(Serialize, Deserialize, PartialEq, Debug)]
    struct SerdeV1 {
        app: String,
        schema: u64,
        cards: Vec<String>,
        tags: Vec<String>,
        reviews: String,
        last_backup: Option<i64>,
        quizzes: Vec<QuizRecord>,
        flagged: Vec<Flag>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        decks: Vec<String>,
    }

    fn sample() -> Progress {
        let mut progress = Progress::default();
        for (i, card) in ["flashcard:a", "cloze:\"b\"\\", "c\u{e9}\n"]
            .iter()
            .enumerate()
        {
            progress.log.insert(Review {
                at: 1_632_000_000_000 + i as i64 * 61_000,
                tag: format!("tab{}", i % 2),
                card: card.to_string(),
                rating: Rating::Good,
                duration_ms: 4_200,
                undone: i == 2,
            });
        }
        progress.last_backup = Some(1_632_000_000_001);
        progress.quizzes.push(QuizRecord {
            code: "V1-AB".into(),
            at: -5,
            score: 3,
            total: 10,
            duration_ms: u64::MAX,
            result_code: "R\"1".into(),
        });
        progress.flagged.push(Flag {
            card: "flashcard:a".into(),
            at: 9,
        });
        progress
    }

    #[test]
    fn what_is_written_is_what_serde_json_wrote_and_reads_back() {
        for (progress, decks) in [
            (Progress::default(), vec![]),
            (sample(), vec![]),
            (sample(), vec!["{\"deck\":\n1}".to_string(), String::new()]),
        ] {
            let ours = encode_backup(&progress, &decks);
            let theirs: SerdeV1 = serde_json::from_str(&ours).expect("serde_json reads it");
            assert_eq!(serde_json::to_string(&theirs).unwrap(), ours);
            assert_eq!(
                decode_backup(&ours),
                Ok(Backup {
                    progress: progress.clone(),
                    decks: decks.clone()
                })
            );
        }
    }

    #[test]
    fn a_field_of_the_wrong_type_is_refused_in_words() {
        let good = encode(&sample());
        for (from, to, field) in [
            ("\"cards\":[", "\"cards\":[1,", "cards"),
            ("\"reviews\":", "\"reviews\":1,\"x\":", "reviews"),
            (
                "\"last_backup\":",
                "\"last_backup\":\"x\",\"y\":",
                "last_backup",
            ),
            ("\"score\":3", "\"score\":-3", "quizzes"),
            ("\"flagged\":[", "\"flagged\":[{},", "flagged"),
            ("\"schema\":1", "\"schema\":\"1\"", "schema"),
        ] {
            let bad = good.replacen(from, to, 1);
            assert_ne!(bad, good);
            match decode(&bad) {
                Err(LoadError::Corrupt(message)) => assert!(message.contains(field), "{message}"),
                other => panic!("{bad}: {other:?}"),
            }
        }
        // Fields a later Vigie adds are ignored; optional ones may be missing.
        let minimal = r#"{"app":"vigie","schema":1,"cards":[],"tags":[],"reviews":"","new":{}}"#;
        assert_eq!(decode(minimal), Ok(Progress::default()));
    }
}

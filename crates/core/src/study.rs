//! The study session's pure parts: which cards, which filter, the learner's settings, and the
//! summary at the end of a session.

use super::deck::{Category, Deck};
use super::generate::{flashcards, Item};
use super::progress::Rating;
use super::progress::ReviewLog;
use super::schedule::{Config, Scheduler};
use serde::{Deserialize, Serialize};

/// The study cards of a deck: its flashcards (which use no randomness, so any seed gives them).
/// An added deck's card ids start with its deck id (`mini/flashcard:…`), so that two decks'
/// cards never share progress; the built-in deck's keep the ids its learners' progress has.
pub fn cards(deck: &Deck) -> Vec<Item> {
    let mut cards = flashcards(deck);
    if let Some(prefix) = card_prefix(deck) {
        for card in &mut cards {
            card.id.insert_str(0, &prefix);
        }
    }
    cards
}

/// What starts the ids of an added deck's cards (`mini/`); `None` for the built-in deck.
pub fn card_prefix(deck: &Deck) -> Option<String> {
    (deck.id != crate::builtin::DECK_ID).then(|| format!("{}/", deck.id))
}

/// The study cards that test any fact of `items` (a quiz's missed questions, say), by id.
pub fn cards_testing(deck: &Deck, items: &[Item]) -> Vec<String> {
    cards(deck)
        .into_iter()
        .filter(|card| {
            card.fact_ids
                .iter()
                .any(|f| items.iter().any(|i| i.fact_ids.contains(f)))
        })
        .map(|card| card.id)
        .collect()
}

/// Which cards to study.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Filter {
    #[default]
    All,
    Category(Category),
    Topic(String),
    /// The cards whose facts come from one sentence of the article.
    Sentence(usize),
}

impl Filter {
    pub fn accepts(&self, item: &Item) -> bool {
        match self {
            Filter::All => true,
            Filter::Category(c) => item.categories.contains(c),
            Filter::Topic(t) => item.topics.contains(t),
            Filter::Sentence(s) => item.sentences.contains(s),
        }
    }

    /// `all`, `category:proposal`, `topic:oversight`: for a `<select>` and for URLs.
    pub fn code(&self) -> String {
        match self {
            Filter::All => "all".into(),
            Filter::Category(c) => format!("category:{}", c.name()),
            Filter::Topic(t) => format!("topic:{t}"),
            Filter::Sentence(s) => format!("sentence:{s}"),
        }
    }

    pub fn from_code(code: &str) -> Filter {
        match code.split_once(':') {
            Some(("category", c)) => Category::from_name(c).map_or(Filter::All, Filter::Category),
            Some(("topic", t)) if !t.is_empty() => Filter::Topic(t.to_string()),
            Some(("sentence", s)) => s.parse().map_or(Filter::All, Filter::Sentence),
            _ => Filter::All,
        }
    }
}

/// The learner's study settings.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct StudySettings {
    pub new_per_day: usize,
    /// In percent (70–99): whole numbers keep float formatting out of the browser build.
    pub retention_percent: u8,
}

impl Default for StudySettings {
    fn default() -> StudySettings {
        StudySettings {
            new_per_day: 20,
            retention_percent: 90,
        }
    }
}

impl StudySettings {
    /// At most this many new cards a day.
    pub const MAX_NEW_PER_DAY: usize = 500;
    /// The desired retention the scheduler accepts, in percent.
    pub const RETENTION_PERCENT: std::ops::RangeInclusive<u8> = 70..=99;

    /// Reads stored settings; anything unreadable or out of range falls back to the default.
    pub fn from_json(text: &str) -> StudySettings {
        // Read with the small JSON reader progress uses (the first load has no serde_json).
        let default = StudySettings::default();
        let Ok(value) = crate::small_json::parse(text) else {
            return default;
        };
        let field = |name: &str| match value.get(name) {
            None => Some(None),
            Some(n) => n.as_u64().map(Some),
        };
        let (Some(new), Some(retention)) = (field("new_per_day"), field("retention_percent"))
        else {
            return default;
        };
        StudySettings {
            new_per_day: new
                .and_then(|n| usize::try_from(n).ok())
                .unwrap_or(default.new_per_day),
            retention_percent: match retention {
                Some(r) => u8::try_from(r).unwrap_or(0),
                None => default.retention_percent,
            },
        }
        .clamped()
    }

    /// The settings brought into range: the new cards capped, a retention out of range
    /// replaced by the default.
    pub fn clamped(self) -> StudySettings {
        StudySettings {
            new_per_day: self.new_per_day.min(Self::MAX_NEW_PER_DAY),
            retention_percent: if Self::RETENTION_PERCENT.contains(&self.retention_percent) {
                self.retention_percent
            } else {
                StudySettings::default().retention_percent
            },
        }
    }

    /// The desired retention as FSRS takes it (0.70–0.99).
    pub fn desired_retention(&self) -> f32 {
        f32::from(self.retention_percent) / 100.0
    }

    /// The scheduler these settings ask for.
    pub fn scheduler(&self) -> Option<Scheduler> {
        Scheduler::new(Config {
            desired_retention: self.desired_retention(),
            ..Config::default()
        })
        .ok()
    }

    pub fn to_json(&self) -> String {
        format!(
            "{{\"new_per_day\":{},\"retention_percent\":{}}}",
            self.new_per_day, self.retention_percent
        )
    }
}

/// What a session did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub reviewed: usize,
    /// Reviews rated Hard, Good or Easy.
    pub remembered: usize,
    pub duration_ms: u64,
}

/// The session of one tab: its reviews since `since`.
pub fn summary(log: &ReviewLog, tag: &str, since: i64) -> Summary {
    log.effective()
        .filter(|r| r.tag == tag && r.at >= since)
        .fold(Summary::default(), |s, r| Summary {
            reviewed: s.reviewed + 1,
            remembered: s.remembered + usize::from(r.rating != Rating::Again),
            duration_ms: s.duration_ms + u64::from(r.duration_ms),
        })
}

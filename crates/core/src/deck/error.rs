//! Why a deck file was refused, in words a teacher can act on: which entity or fact, which
//! field, what is wrong.

use std::fmt;
use thiserror::Error;

/// The part of a deck file a problem is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Deck,
    Article,
    Topic,
    Entity,
    Relation,
    Fact,
    Group,
}

impl fmt::Display for Section {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Section::Deck => "deck",
            Section::Article => "article",
            Section::Topic => "topic",
            Section::Entity => "entity",
            Section::Relation => "relation",
            Section::Fact => "fact",
            Section::Group => "exclusive group",
        })
    }
}

/// What is wrong with one field.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum Problem {
    #[error("is empty")]
    Empty,
    #[error("has no {0} text")]
    MissingLanguage(&'static str),
    #[error("`{0}` is not a valid id (use lower-case letters, digits, `-` and `_`, with no `-` first or last)")]
    BadId(String),
    #[error("`{0}` is used twice (ids must be unique among entities and facts, and among topics, relations and groups)")]
    DuplicateId(String),
    #[error("names {kind} `{id}`, which the deck does not define")]
    UnknownReference { kind: Section, id: String },
    #[error("is not found in the article: “{0}”")]
    QuoteNotInArticle(String),
    #[error("`{0}` is not words of the fact's quote")]
    NotInQuote(String),
    #[error("`{0}` is not words of the fact's English statement")]
    NotInStatement(String),
    #[error("`{0}` is both an accepted and a rejected answer")]
    RejectedAndAccepted(String),
    #[error("`{0}` is not a category (actor, proposal, event, safeguard, objective, concern, figure, context)")]
    UnknownCategory(String),
    #[error("`{0}` is not an entity type (person, institution, party, place, event, bill, technology, document, industry, group, concept)")]
    UnknownEntityType(String),
    #[error("`{0}` is not a language this app speaks (fr, en)")]
    UnknownLanguage(String),
    #[error("`{0}` is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")]
    BadDate(String),
    #[error("must be 1, 2 or 3, not {0}")]
    BadDifficulty(i64),
    #[error("must be at least 1")]
    BadVersion,
    #[error("must contain {0}")]
    MissingPlaceholder(&'static str),
    #[error("must have exactly one of `entity`, `date`, `number` or `text`")]
    BadValue,
    #[error("mixes {first} with {other}")]
    MixedGroup { first: String, other: String },
    #[error("has {0} member(s); a group needs at least 2")]
    TooFewMembers(usize),
    #[error("lists the same value twice")]
    DuplicateMember,
    #[error("fact `{0}`: its object is not among the group's members")]
    ObjectNotInGroup(String),
    #[error("`{0}` is not a web address (http:// or https://)")]
    NotWebAddress(String),
    #[error("“{found}” does not match the article's headline “{headline}”")]
    TitleMismatch { found: String, headline: String },
}

/// One problem, and where it is.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum DeckError {
    #[error("the deck file is not valid JSON: {message}")]
    Syntax {
        message: String,
        /// Where the JSON breaks (from 1; 0 when unknown).
        line: usize,
        column: usize,
    },
    #[error("the file is {bytes} bytes; a deck file may have at most {limit}")]
    TooLarge { bytes: usize, limit: usize },
    #[error("the file is not text (UTF-8)")]
    NotText,
    #[error("the file is JSON but not a Vigie deck: {message}")]
    NotADeck { message: String },
    #[error("the deck file uses format {found}; this version of Vigie reads format {supported}")]
    UnsupportedFormat { found: i64, supported: i64 },
    #[error("{section} `{id}`, field `{field}`: {problem}")]
    Invalid {
        section: Section,
        id: String,
        field: String,
        problem: Problem,
    },
}

impl DeckError {
    /// The problem, when the error is about one field.
    pub fn problem(&self) -> Option<&Problem> {
        match self {
            DeckError::Invalid { problem, .. } => Some(problem),
            _ => None,
        }
    }
}

/// Every problem found in a deck file: a teacher fixes them all in one go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeckErrors(pub Vec<DeckError>);

impl fmt::Display for DeckErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.0.len();
        writeln!(
            f,
            "{count} problem{} in the deck file:",
            if count == 1 { "" } else { "s" }
        )?;
        for error in &self.0 {
            writeln!(f, "- {error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DeckErrors {}

//! The typed fact base: what the loader produces once a deck file has passed every check.

use crate::article::{Article, SentenceId};
use crate::lang::Lang;
use serde::{Deserialize, Serialize};

/// A text in both languages of the app.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub fr: String,
    pub en: String,
}

/// By its French alone: texts equal in both languages hash alike, and the generator's
/// tables hash every object of a deck (half the bytes for a deck of thousands of facts).
impl std::hash::Hash for Text {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.fr.hash(state);
    }
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }
}

macro_rules! named_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $text:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name { $($variant),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The name used in deck files.
            pub fn name(self) -> &'static str {
                match self { $($name::$variant => $text),* }
            }

            /// Reads the name used in deck files.
            pub fn from_name(name: &str) -> Option<$name> {
                match name { $($text => Some($name::$variant),)* _ => None }
            }
        }
    };
}

named_enum! {
    /// What kind of thing an entity is.
    EntityType {
        Person = "person",
        Institution = "institution",
        Party = "party",
        Place = "place",
        Event = "event",
        Bill = "bill",
        Technology = "technology",
        Document = "document",
        Industry = "industry",
        Group = "group",
        Concept = "concept",
    }
}

named_enum! {
    /// What a fact is about, for study by category and for "categorize" questions.
    Category {
        Actor = "actor",
        Proposal = "proposal",
        Event = "event",
        Safeguard = "safeguard",
        Objective = "objective",
        Concern = "concern",
        Figure = "figure",
        Context = "context",
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    pub kind: EntityType,
    pub name: Text,
    /// Other names a learner may type for it ("LaREM", "l'Assemblée", "MP"): accepted by the
    /// answer matcher, never shown as the answer.
    pub aliases: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Topic {
    pub id: String,
    pub name: Text,
}

/// A kind of claim, with the templates that ask for and state its object.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Relation {
    pub id: String,
    /// Contains `{subject}`.
    pub question: Text,
    /// Contains `{subject}` and `{object}`.
    pub statement: Text,
    /// For relations whose object is a date: the fact as an event, without its date
    /// (`{subject}` only), for time-ordering questions.
    pub event: Option<Text>,
    /// For relations with several facts per subject: all their objects stated at once
    /// (`{object}` is the list), where the statement says "one of them is …".
    pub list: Option<Text>,
}

/// A date as precise as the article gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Date {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl Date {
    /// The date that starts an ISO 8601 text: `2021`, `2021-09`, `2021-09-09` or
    /// `2021-09-09T08:30` (the time is not kept); `None` when it does not start with one.
    pub fn from_iso(text: &str) -> Option<Date> {
        super::load::parse_date(text.split('T').next().unwrap_or_default())
    }
}

/// What a fact says of its subject.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Value {
    Entity(String),
    Date(Date),
    /// `approx`: the article gives it as an approximation ("près de", "nearly").
    Number {
        value: i64,
        unit: Option<Text>,
        approx: bool,
    },
    Text(Text),
}

/// One claim of the article, with the words that support it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fact {
    pub id: String,
    pub subject: String,
    pub relation: String,
    pub object: Value,
    pub category: Category,
    pub topic: String,
    /// 1 (easy) to 3 (hard).
    pub difficulty: u8,
    pub statement: Text,
    /// Verbatim words of the article.
    pub quote: String,
    /// The words of the quote that state the object, when it is not written there as it is
    /// rendered ("ce matin" for a date, "trois" for 3): what a cloze blanks.
    pub quote_answer: Option<String>,
    /// The words of the English statement that state the object, when the object is longer
    /// than a blank: what the English cloze blanks in that statement.
    pub english_answer: Option<String>,
    /// Other answers a teacher would accept for the object, in either language (a literal
    /// translation, a usual synonym, the words without a possessive): the matcher takes them
    /// for typed answers and clozes.
    pub accept: Vec<String>,
    /// Answers a teacher refuses although the matcher would forgive them as typos: a word a
    /// letter away that says something else (« ménager » for « menacer », « prévision » for
    /// « précision »).
    pub reject: Vec<String>,
    /// The article's sentence admits other fills than the object ("le député _____"
    /// takes a name): the French cloze is the fact's statement instead.
    pub cloze_from_statement: bool,
    /// The sentence gives its blank away without the article (a set phrase, general
    /// knowledge, or the rest of the sentence names it): the fact gets no cloze.
    pub no_cloze: bool,
    /// The fact could defensibly sit in another category too: it is never asked to be
    /// sorted (categorize items leave it out).
    pub category_ambiguous: bool,
    /// The sentences of the article the quote comes from.
    pub sentences: Vec<SentenceId>,
}

/// Values of which, for each listed fact, exactly one (the fact's object) is true: the others
/// are provably wrong answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExclusiveGroup {
    pub id: String,
    pub about: Text,
    pub facts: Vec<String>,
    pub members: Vec<Value>,
}

/// The article's metadata, as the text states it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleMeta {
    /// The text file beside a seed deck; empty in a self-contained deck file.
    pub file: String,
    pub title: String,
    pub author: String,
    /// The newspaper or site.
    pub outlet: Option<String>,
    /// Where the article is published: an `http(s)` URL (the loader refuses any other).
    pub url: Option<String>,
    pub published: String,
    pub updated: Option<String>,
}

/// A whole checked deck.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deck {
    pub id: String,
    pub version: u32,
    pub language: Lang,
    pub title: Text,
    pub meta: ArticleMeta,
    pub article: Article,
    pub topics: Vec<Topic>,
    pub entities: Vec<Entity>,
    pub relations: Vec<Relation>,
    pub facts: Vec<Fact>,
    pub groups: Vec<ExclusiveGroup>,
}

impl Deck {
    /// This deck without what only quizzes read: the facts' lists of other right answers, the
    /// words clozes blank and how, the categorize flag, the groups' wrong answers and what
    /// they are about, the relations' event and statement wordings (true/false items and
    /// clozes word claims with them; a card shows its fact's own statement), and the aliases
    /// no reverse card's check reads (the study page grades no typed answer). The study pages'
    /// copy: the same facts, cards and ids; a group keeps its facts, since a fact in a group
    /// gets a reverse card, and the relations' `list` templates stay, flashcards ask with them.
    pub fn study_copy(&self) -> Deck {
        let mut deck = self.clone();
        for fact in &mut deck.facts {
            fact.accept.clear();
            fact.reject.clear();
            fact.quote_answer = None;
            fact.english_answer = None;
            fact.cloze_from_statement = false;
            fact.no_cloze = false;
            fact.category_ambiguous = false;
        }
        for group in &mut deck.groups {
            group.about = Text::default();
            group.members.clear();
        }
        for relation in &mut deck.relations {
            relation.event = None;
            relation.statement = Text::default();
        }
        // An entity's aliases tell a card whether the article names its value twice (a
        // reverse card's check), and only a fact in a group gets a reverse card.
        let grouped: Vec<&str> = self
            .groups
            .iter()
            .flat_map(|g| &g.facts)
            .map(String::as_str)
            .collect();
        let checked: Vec<&Value> = self
            .facts
            .iter()
            .filter(|f| grouped.contains(&f.id.as_str()))
            .map(|f| &f.object)
            .collect();
        for entity in &mut deck.entities {
            if !checked.contains(&&Value::Entity(entity.id.clone())) {
                entity.aliases.clear();
            }
        }
        deck
    }

    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    pub fn relation(&self, id: &str) -> Option<&Relation> {
        self.relations.iter().find(|r| r.id == id)
    }

    /// The day the article was published (from its metadata's `YYYY-MM-DD…`), if given.
    pub fn published_date(&self) -> Option<Date> {
        let day = self.meta.published.get(..10)?;
        super::load::parse_date(day)
    }

    pub fn fact(&self, id: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.id == id)
    }

    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    /// The facts whose quote comes from `sentence`.
    pub fn facts_of_sentence(&self, sentence: SentenceId) -> impl Iterator<Item = &Fact> {
        self.facts
            .iter()
            .filter(move |f| f.sentences.contains(&sentence))
    }

    /// Sentences of the article that no fact quotes (coverage gaps).
    pub fn uncovered_sentences(&self) -> Vec<SentenceId> {
        (0..self.article.sentences.len())
            .filter(|&s| self.facts_of_sentence(s).next().is_none())
            .collect()
    }
}

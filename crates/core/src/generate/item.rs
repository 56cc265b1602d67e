//! What the generator makes: items of eight kinds, each in both languages, each carrying the
//! facts it tests and the article's words that justify its answer.

use crate::article::SentenceId;
use crate::deck::{Category, Text};
use crate::lang::Lang;
use serde::Serialize;

/// The eight kinds of item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    Flashcard,
    MultipleChoice,
    TrueFalse,
    Cloze,
    TypedAnswer,
    Matching,
    Ordering,
    Categorize,
}

impl ItemKind {
    pub const ALL: [ItemKind; 8] = [
        ItemKind::Flashcard,
        ItemKind::MultipleChoice,
        ItemKind::TrueFalse,
        ItemKind::Cloze,
        ItemKind::TypedAnswer,
        ItemKind::Matching,
        ItemKind::Ordering,
        ItemKind::Categorize,
    ];

    /// The name used in JSON, settings and quiz codes.
    pub fn name(self) -> &'static str {
        match self {
            ItemKind::Flashcard => "flashcard",
            ItemKind::MultipleChoice => "multiple_choice",
            ItemKind::TrueFalse => "true_false",
            ItemKind::Cloze => "cloze",
            ItemKind::TypedAnswer => "typed_answer",
            ItemKind::Matching => "matching",
            ItemKind::Ordering => "ordering",
            ItemKind::Categorize => "categorize",
        }
    }

    pub fn from_name(name: &str) -> Option<ItemKind> {
        ItemKind::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// How an item is answered, and what is right.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// The back of the card: every answer to the front's question.
    Flashcard { back: Vec<Text> },
    /// Four options; `correct` is the index of the one true option.
    MultipleChoice { options: Vec<Text>, correct: usize },
    /// The prompt is a statement; is it true?
    TrueFalse { correct: bool },
    /// A sentence with one blank (`_____`) in each language, the words that fill it, and
    /// every form the answer matcher accepts (both languages, aliases, numbers in words),
    /// and those it refuses although they look close (the fact's `reject`).
    Cloze {
        text: Text,
        blank: Text,
        accepted: Vec<String>,
        refused: Vec<String>,
    },
    /// A short answer typed in; `accepted` are the forms the lenient matcher compares with,
    /// `refused` those it refuses although they look close.
    TypedAnswer {
        expected: Text,
        accepted: Vec<String>,
        refused: Vec<String>,
    },
    /// `left[i]` goes with `right[pairs[i]]`.
    Matching {
        left: Vec<Text>,
        right: Vec<Text>,
        pairs: Vec<usize>,
    },
    /// `events` as shown; `order` lists their indices from earliest to latest.
    Ordering {
        events: Vec<Text>,
        order: Vec<usize>,
    },
    /// Each statement belongs to `categories[answers[i]]`.
    Categorize {
        statements: Vec<Text>,
        categories: Vec<Category>,
        answers: Vec<usize>,
    },
}

/// One question or card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// Stable for a deck version and seed: `kind:fact-id` or `kind:n`.
    pub id: String,
    pub kind: ItemKind,
    pub prompt: Text,
    pub answer: Answer,
    /// The facts it tests.
    pub fact_ids: Vec<String>,
    /// The article's words that justify the answer, one per fact (a quote two facts share,
    /// once), then the article's date line when the item states a year its quotes do not
    /// ("ce matin", "En 2021").
    pub quotes: Vec<String>,
    /// The article's sentences those words come from.
    pub sentences: Vec<SentenceId>,
    /// The facts' statements: the reason for the answer, in words.
    pub explanation: Text,
    pub categories: Vec<Category>,
    pub topics: Vec<String>,
    /// 1 (easy) to 3 (hard).
    pub difficulty: u8,
}

impl Item {
    /// Every text of the item in one language (for the "no repeated text" checks).
    pub fn texts(&self, lang: Lang) -> Vec<String> {
        let mut out = vec![self.prompt.get(lang).to_string()];
        let all = |v: &[Text]| {
            v.iter()
                .map(|t| t.get(lang).to_string())
                .collect::<Vec<_>>()
        };
        match &self.answer {
            Answer::Flashcard { back } => out.extend(all(back)),
            Answer::MultipleChoice { options, .. } => out.extend(all(options)),
            Answer::TrueFalse { .. } => {}
            Answer::Cloze { text, .. } => out.push(text.get(lang).to_string()),
            Answer::TypedAnswer { expected, .. } => out.push(expected.get(lang).to_string()),
            Answer::Matching { left, right, .. } => {
                out.extend(all(left));
                out.extend(all(right));
            }
            Answer::Ordering { events, .. } => out.extend(all(events)),
            Answer::Categorize { statements, .. } => out.extend(all(statements)),
        }
        out
    }
}

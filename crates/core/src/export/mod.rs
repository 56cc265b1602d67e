//! Items handed to other tools: Anki, Moodle (and Pronote), GIFT, Kahoot, Quizlet, CSV and
//! JSON, plus the Markdown a person reads.
//!
//! The key decision: every format is written here, as bytes, by pure functions — the web app
//! offers the bytes as a download and the CLI prints them — so each one is proved natively by
//! the target's own parser (Anki's engine, Moodle's structure, gift-pegjs, openpyxl). A format
//! that cannot hold an item (Kahoot takes only short choice questions, GIFT has no ordering)
//! leaves it out and says which and why in [`Export::left_out`], never cutting text silently.
//!
//! It sits above `generate` and `quiz` (it words answers as the quiz results do), so that
//! neither of them depends on the other's words.

mod anki;
mod delimited;
mod gift;
mod items;
mod kahoot;
mod moodle;
mod text;
mod xlsx;

pub use items::{to_json, to_markdown};

use crate::deck::Deck;
use crate::generate::{all_items, Item, ItemKind};
use crate::lang::Lang;
use crate::study::Filter;

/// A tool Vigie exports to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Anki's text import: Basic and Cloze notes, tagged by topic and category.
    Anki,
    /// Moodle XML, every kind of question.
    Moodle,
    /// Moodle XML with Pronote's header.
    Pronote,
    /// Moodle's hand-editable text format.
    Gift,
    /// Kahoot's quiz spreadsheet (`.xlsx`).
    Kahoot,
    /// Quizlet's paste-in text: term, tab, definition.
    Quizlet,
    /// A spreadsheet table.
    Csv,
    /// The items as `vigie-cli items` prints them.
    Json,
}

impl Format {
    pub const ALL: [Format; 8] = [
        Format::Anki,
        Format::Moodle,
        Format::Pronote,
        Format::Gift,
        Format::Kahoot,
        Format::Quizlet,
        Format::Csv,
        Format::Json,
    ];
    /// What the Study page offers for a deck: flashcard tools.
    pub const FOR_DECK: [Format; 3] = [Format::Anki, Format::Quizlet, Format::Csv];
    /// What the quiz builder and the results offer for a quiz: test tools.
    pub const FOR_QUIZ: [Format; 6] = [
        Format::Moodle,
        Format::Pronote,
        Format::Gift,
        Format::Kahoot,
        Format::Csv,
        Format::Json,
    ];

    /// The name used on the command line and in URLs.
    pub fn name(self) -> &'static str {
        match self {
            Format::Anki => "anki",
            Format::Moodle => "moodle",
            Format::Pronote => "pronote",
            Format::Gift => "gift",
            Format::Kahoot => "kahoot",
            Format::Quizlet => "quizlet",
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }

    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The file name's ending, after `.`.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Anki | Format::Quizlet => "txt",
            Format::Moodle | Format::Pronote => "xml",
            Format::Gift => "gift.txt",
            Format::Kahoot => "xlsx",
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Anki | Format::Quizlet | Format::Gift => "text/plain;charset=utf-8",
            Format::Moodle | Format::Pronote => "application/xml",
            Format::Kahoot => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Format::Csv => "text/csv;charset=utf-8",
            Format::Json => "application/json",
        }
    }
}

/// What an export is made of, besides the items.
#[derive(Clone, Debug)]
pub struct Options<'a> {
    /// The deck the items come from (its title, its article's sentences).
    pub deck: &'a Deck,
    /// The language of the questions.
    pub lang: Lang,
    /// The language of the learner's Anki, which names its note types ("Basic" or
    /// « Basique »): a file naming the wrong one loses fields without a word.
    pub anki_lang: Lang,
    /// The quiz code, when the items are a quiz.
    pub code: Option<&'a str>,
    /// The file's name without its ending, such as `vigie-K7QM-4XRT-9BCD`.
    pub stem: &'a str,
}

/// An export, ready to save.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Export {
    pub file_name: String,
    pub mime: &'static str,
    pub bytes: Vec<u8>,
    /// The items the format could not hold, in the order given.
    pub left_out: Vec<LeftOut>,
}

/// An item an export leaves out, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeftOut {
    pub item_id: String,
    pub reason: Reason,
}

/// Why an item is left out of an export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The format has no question of this kind.
    Kind(ItemKind),
    /// The question is longer than the format allows (Kahoot: 120 characters).
    QuestionTooLong { limit: usize },
    /// An answer is longer than the format allows (Kahoot: 75 characters).
    AnswerTooLong { limit: usize },
    /// The format needs more pairs than the item has (GIFT matching: 3).
    TooFewPairs { needed: usize },
    /// A flashcard one grades oneself (its back is a statement, or several answers): the
    /// format can only check a typed answer.
    SelfGraded,
}

/// What a deck export holds: the study cards (flashcards) and the cloze items the filter
/// accepts, in the deck's order — what a learner keeps in Anki or Quizlet.
pub fn deck_items(deck: &Deck, filter: &Filter) -> Vec<Item> {
    // Flashcards and clozes draw no distractors: any seed gives the same ones.
    all_items(deck, 0)
        .into_iter()
        .filter(|i| matches!(i.kind, ItemKind::Flashcard | ItemKind::Cloze) && filter.accepts(i))
        .collect()
}

/// In English, for the command line (the web app words reasons from its catalogue).
impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reason::Kind(kind) => write!(f, "the format has no {} questions", kind.name()),
            Reason::QuestionTooLong { limit } => {
                write!(f, "the question is longer than {limit} characters")
            }
            Reason::AnswerTooLong { limit } => {
                write!(f, "an answer is longer than {limit} characters")
            }
            Reason::TooFewPairs { needed } => write!(f, "fewer than {needed} pairs"),
            Reason::SelfGraded => write!(f, "a card one grades oneself, with no answer to type"),
        }
    }
}

/// `items` written in `format`.
pub fn export(format: Format, items: &[Item], options: &Options) -> Export {
    let mut left_out = Vec::new();
    let bytes = match format {
        Format::Anki => anki::write(items, options).into_bytes(),
        Format::Moodle => moodle::write(items, options, false).into_bytes(),
        Format::Pronote => moodle::write(items, options, true).into_bytes(),
        Format::Gift => gift::write(items, options, &mut left_out).into_bytes(),
        Format::Kahoot => kahoot::write(items, options, &mut left_out),
        Format::Quizlet => delimited::quizlet(items, options).into_bytes(),
        Format::Csv => delimited::csv(items, options).into_bytes(),
        Format::Json => items::json_file(items, options.lang).into_bytes(),
    };
    Export {
        file_name: format!("{}.{}", options.stem, format.extension()),
        mime: format.mime(),
        bytes,
        left_out,
    }
}

/// The article's words for an item, one entry per sentence: the quotes it takes from that
/// sentence (several facts may quote one sentence: it is shown once), and the sentence itself
/// when it says more than the quotes.
fn sources(item: &Item, deck: &Deck) -> Vec<Source> {
    let mut out: Vec<Source> = Vec::new();
    for quote in &item.quotes {
        let sentence = deck
            .article
            .locate(quote)
            .unwrap_or_default()
            .iter()
            .filter_map(|&s| deck.article.sentences.get(s).map(String::as_str))
            .collect::<Vec<_>>()
            .join(" ");
        let sentence =
            (!sentence.is_empty() && sentence.trim() != quote.trim()).then_some(sentence);
        match out
            .iter_mut()
            .find(|s| s.sentence.is_some() && s.sentence == sentence)
        {
            Some(same) if !same.quotes.contains(quote) => same.quotes.push(quote.clone()),
            Some(_) => {}
            None => out.push(Source {
                quotes: vec![quote.clone()],
                sentence,
            }),
        }
    }
    out
}

/// Quotes of the article and the sentence they come from.
struct Source {
    quotes: Vec<String>,
    sentence: Option<String>,
}

/// What a learner may type for a flashcard in a tool that grades typed answers: its back and
/// its fact's accepted answers; `None` for a card one grades oneself (a reverse card, whose
/// back is a statement, or a card of several facts).
fn flashcard_forms(item: &Item, deck: &Deck, lang: Lang) -> Option<Vec<String>> {
    let crate::generate::Answer::Flashcard { back } = &item.answer else {
        return None;
    };
    if item.id.starts_with("flashcard-reverse:") || item.fact_ids.len() != 1 {
        return None;
    }
    let fact = deck.facts.iter().find(|f| f.id == item.fact_ids[0])?;
    let mut forms: Vec<String> = back.iter().map(|b| b.get(lang).to_string()).collect();
    forms.extend(crate::generate::accepted_answers(deck, fact));
    Some(forms)
}

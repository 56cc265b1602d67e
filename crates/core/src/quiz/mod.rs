//! Quizzes: codes that give the same quiz everywhere, grading, and result codes.

mod class;
mod code;
mod grade;
mod scan;
mod wording;

pub use class::{
    csv as class_csv, read_lines, report as class_report, ClassLine, ClassReport, LineError,
    QuestionShare, StudentScore,
};
pub use code::{
    deck_tag, CodeError, CodeNumber, QuizSpec, MAX_QUESTIONS, MAX_TIMER_SECONDS, MIN_QUESTIONS,
    TIMER_STEP_SECONDS,
};
pub use grade::{is_correct, Outcome, Response};
pub use scan::{luma_of_rgba, read_qr_codes};
pub use wording::{given_answer, letter, right_answer, shown_choices, variant};

use crate::deck::Deck;
use crate::generate::{generate, Generated, Item, Settings};

/// The quiz a code stands for on `deck`, or why there is none.
pub fn open(deck: &Deck, code: &str) -> Result<(QuizSpec, Generated), CodeError> {
    let spec = QuizSpec::decode(code)?;
    spec.check_deck(deck)?;
    let generated = generate(deck, u64::from(spec.seed), &spec.settings(deck));
    Ok((spec, generated))
}

/// A practice quiz on the facts of one sentence of the article: every item of every kind
/// that quotes it, in a fixed order (the sentence is the seed). It has no code: its spec
/// only describes it (no timer).
pub fn sentence_practice(deck: &Deck, sentence: usize) -> (QuizSpec, Vec<Item>) {
    let every_item = Settings::default();
    let items = generate(deck, u64::from(sentence as u32), &every_item)
        .items
        .into_iter()
        .filter(|i| i.sentences.contains(&sentence))
        .collect();
    (QuizSpec::new(deck, 0, &every_item, None), items)
}

//! Quizzes: codes that give the same quiz everywhere, grading, and result codes.

pub mod code;
pub mod describe;
pub mod grade;

pub use code::{CodeError, QuizSpec, MAX_QUESTIONS, MAX_TIMER_SECONDS, MIN_QUESTIONS};
pub use grade::{is_correct, Outcome, Response};

use crate::domain::deck::Deck;
use crate::domain::generate::{generate, Generated};

/// The quiz a code stands for on `deck`, or why there is none.
pub fn from_code(deck: &Deck, code: &str) -> Result<(QuizSpec, Generated), CodeError> {
    let spec = QuizSpec::decode(code)?;
    spec.check_deck(deck)?;
    let generated = generate(deck, u64::from(spec.seed), &spec.settings(deck));
    Ok((spec, generated))
}

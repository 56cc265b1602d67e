//! A learner's answers, graded against the items; and result codes, which let a teacher check
//! a score without a server.

use super::code::{Bits, CodeError, CodeNumber};
use crate::answer;
use crate::generate::{Answer, Item};
use crate::seeded::fnv1a;

/// What the learner answered to one item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Response {
    /// No answer (skipped, or the time ran out).
    Blank,
    /// Flashcards in a quiz are graded by the learner: "I knew it" or not.
    SelfGraded(bool),
    /// Multiple choice: the option's index.
    Choice(usize),
    TrueFalse(bool),
    /// Typed answers and cloze blanks.
    Text(String),
    /// Matching: for each left entry, the right entry chosen. Ordering: the events' indices
    /// from earliest to latest. Categorize: each statement's category index.
    Indices(Vec<Option<usize>>),
}

/// Whether `response` answers `item` correctly.
pub fn is_correct(item: &Item, response: &Response) -> bool {
    match (&item.answer, response) {
        (Answer::Flashcard { .. }, Response::SelfGraded(knew)) => *knew,
        (Answer::MultipleChoice { correct, .. }, Response::Choice(c)) => c == correct,
        (Answer::TrueFalse { correct }, Response::TrueFalse(b)) => b == correct,
        (
            Answer::Cloze {
                accepted, refused, ..
            }
            | Answer::TypedAnswer {
                accepted, refused, ..
            },
            Response::Text(t),
        ) => answer::matches(t, accepted) && !answer::refuses(t, refused),
        (Answer::Matching { pairs, .. }, Response::Indices(chosen)) => same(pairs, chosen),
        (Answer::Ordering { order, .. }, Response::Indices(chosen)) => same(order, chosen),
        (Answer::Categorize { answers, .. }, Response::Indices(chosen)) => same(answers, chosen),
        _ => false,
    }
}

fn same(right: &[usize], chosen: &[Option<usize>]) -> bool {
    right.len() == chosen.len() && right.iter().zip(chosen).all(|(r, c)| Some(*r) == *c)
}

impl Response {
    /// The response an item starts with: nothing chosen (ordering starts from the shown
    /// order, so that Move up / Move down have something to move).
    pub fn initial(item: &Item) -> Response {
        match &item.answer {
            Answer::Ordering { events, .. } => {
                Response::Indices((0..events.len()).map(Some).collect())
            }
            Answer::Matching { left, .. } => Response::Indices(vec![None; left.len()]),
            Answer::Categorize { statements, .. } => {
                Response::Indices(vec![None; statements.len()])
            }
            _ => Response::Blank,
        }
    }
}

/// A quiz's outcome: which questions were right.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub correct: Vec<bool>,
}

impl Outcome {
    pub fn grade(items: &[Item], responses: &[Response]) -> Outcome {
        Outcome {
            correct: items
                .iter()
                .enumerate()
                .map(|(i, item)| responses.get(i).is_some_and(|r| is_correct(item, r)))
                .collect(),
        }
    }

    /// The questions answered wrong (or not at all), by their index in the quiz.
    pub fn missed(&self) -> impl Iterator<Item = usize> + '_ {
        self.correct
            .iter()
            .enumerate()
            .filter(|(_, &right)| !right)
            .map(|(i, _)| i)
    }

    pub fn score(&self) -> usize {
        self.correct.iter().filter(|&&c| c).count()
    }

    pub fn total(&self) -> usize {
        self.correct.len()
    }

    /// The result code: which answers were right, sealed with the quiz code. It shows that
    /// a score came from this app for this quiz; see the README for what it does not prove.
    pub fn result_code(&self, quiz_code: &str) -> String {
        let mut bits = Bits::default();
        bits.push(self.total() as u128, 6);
        bits.push(self.mask(), 50);
        bits.push(u128::from(fnv1a(&self.salted(quiz_code)) & 0xffff), 16);
        CodeNumber::from_sealed(bits.seal()).text()
    }

    /// Whether `code` is a well-formed result code (its own check matches), for whatever quiz.
    pub fn is_result_code(code: &str) -> bool {
        CodeNumber::parse(code).is_ok_and(|n| Bits::open(n.sealed()).is_ok())
    }

    /// Reads a result code for `quiz_code` back into the outcome it seals.
    pub fn from_result_code(code: &str, quiz_code: &str) -> Result<Outcome, CodeError> {
        let mut bits = Bits::open(CodeNumber::parse(code)?.sealed())?;
        let total = bits.take(6) as usize;
        let mask = bits.take(50);
        let seal = bits.take(16);
        if total > 50 {
            return Err(CodeError::Checksum);
        }
        let outcome = Outcome {
            correct: (0..total).map(|i| mask >> i & 1 == 1).collect(),
        };
        if u128::from(fnv1a(&outcome.salted(quiz_code)) & 0xffff) != seal {
            return Err(CodeError::Checksum);
        }
        Ok(outcome)
    }

    fn mask(&self) -> u128 {
        self.correct
            .iter()
            .enumerate()
            .fold(0, |m, (i, &c)| m | (u128::from(c) << i))
    }

    fn salted(&self, quiz_code: &str) -> Vec<u8> {
        let normal: String = quiz_code
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let mut bytes = b"vigie-result:".to_vec();
        bytes.extend(normal.as_bytes());
        bytes.extend(self.mask().to_le_bytes());
        bytes.push(self.total() as u8);
        bytes
    }
}

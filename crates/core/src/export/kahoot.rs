//! Kahoot's quiz spreadsheet: headers on row 8 (B to H: question, answers 1 to 4, time limit,
//! correct answers), one question a row from row 9. Kahoot takes choice questions only, with
//! short texts: anything else is left out and listed, never cut.

use super::xlsx::{workbook, Cell};
use super::{LeftOut, Options, Reason};
use crate::generate::{true_or_false_prefix, truth_word, Answer, Item};

pub(super) const QUESTION_LIMIT: usize = 120;
pub(super) const ANSWER_LIMIT: usize = 75;
/// The time limits Kahoot accepts, in seconds.
const TIME_LIMITS: [u32; 8] = [5, 10, 20, 30, 60, 90, 120, 240];
const HEADER_ROW: u32 = 8;

pub(super) fn write(items: &[Item], options: &Options, left_out: &mut Vec<LeftOut>) -> Vec<u8> {
    let lang = options.lang;
    let text = |s: &str| Some(Cell::Text(s.to_string()));
    let mut rows = vec![
        (1, vec![None, text(options.deck.title.get(lang))]),
        (
            HEADER_ROW,
            vec![
                None,
                text("Question - max 120 characters"),
                text("Answer 1 - max 75 characters"),
                text("Answer 2 - max 75 characters"),
                text("Answer 3 - max 75 characters"),
                text("Answer 4 - max 75 characters"),
                text("Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs"),
                text("Correct answer(s) - choose at least one"),
            ],
        ),
    ];
    if let Some(code) = options.code {
        rows[0].1.push(text(code));
    }
    let mut n = 0;
    for item in items {
        let (answers, correct): (Vec<String>, usize) = match &item.answer {
            Answer::MultipleChoice { options, correct } => (
                options.iter().map(|o| o.get(lang).to_string()).collect(),
                *correct,
            ),
            Answer::TrueFalse { correct } => (
                vec![
                    truth_word(true).get(lang).to_string(),
                    truth_word(false).get(lang).to_string(),
                ],
                if *correct { 0 } else { 1 },
            ),
            _ => {
                left_out.push(LeftOut {
                    item_id: item.id.clone(),
                    reason: Reason::Kind(item.kind),
                });
                continue;
            }
        };
        // Kahoot shows "true" and "false" itself: "True or false?" before the statement
        // would only take room.
        let question = item
            .prompt
            .get(lang)
            .trim_start_matches(true_or_false_prefix(lang));
        let reason = if question.chars().count() > QUESTION_LIMIT {
            Some(Reason::QuestionTooLong {
                limit: QUESTION_LIMIT,
            })
        } else if answers.iter().any(|a| a.chars().count() > ANSWER_LIMIT) {
            Some(Reason::AnswerTooLong {
                limit: ANSWER_LIMIT,
            })
        } else {
            None
        };
        if let Some(reason) = reason {
            left_out.push(LeftOut {
                item_id: item.id.clone(),
                reason,
            });
            continue;
        }
        n += 1;
        let mut cells = vec![Some(Cell::Number(n)), text(question)];
        for slot in 0..4 {
            cells.push(answers.get(slot).and_then(|a| text(a)));
        }
        cells.push(Some(Cell::Number(time_limit(question, &answers))));
        cells.push(Some(Cell::Number(correct as u32 + 1)));
        rows.push((HEADER_ROW + n, cells));
    }
    workbook("Kahoot", &rows)
}

/// Time to read the question and its answers aloud in class: 20 s, or 30 s for long ones.
fn time_limit(question: &str, answers: &[String]) -> u32 {
    let length =
        question.chars().count() + answers.iter().map(|a| a.chars().count()).sum::<usize>();
    if length > 160 {
        TIME_LIMITS[3]
    } else {
        TIME_LIMITS[2]
    }
}

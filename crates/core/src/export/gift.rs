//! GIFT, the text format teachers edit by hand and Moodle imports: multiple choice, true or
//! false, short answers with their variants, matching (3 pairs or more) and missing words.
//! Ordering has no GIFT form: such items are left out, and said so.

use super::text::{distinct, sources_line};
use super::{flashcard_forms, LeftOut, Options, Reason};
use crate::deck::Deck;
use crate::generate::{category_name, Answer, Item, BLANK};
use crate::lang::Lang;

/// GIFT's matching needs at least this many pairs.
const MIN_PAIRS: usize = 3;

pub(super) fn write(items: &[Item], options: &Options, left_out: &mut Vec<LeftOut>) -> String {
    let lang = options.lang;
    let mut out = String::new();
    out.push_str(&format!(
        "// {}\n// Vigie{}\n\n",
        escape(options.deck.title.get(lang)),
        options.code.map(|c| format!(" — {c}")).unwrap_or_default()
    ));
    let mut n = 0;
    for item in items {
        let Some(body) = body(item, options) else {
            left_out.push(LeftOut {
                item_id: item.id.clone(),
                reason: reason(item),
            });
            continue;
        };
        n += 1;
        out.push_str(&format!("::{n:02} {}::{body}\n", escape(&item.id)));
    }
    out
}

fn reason(item: &Item) -> Reason {
    match &item.answer {
        Answer::Matching { left, .. } if left.len() < MIN_PAIRS => {
            Reason::TooFewPairs { needed: MIN_PAIRS }
        }
        Answer::Categorize { statements, .. } if statements.len() < MIN_PAIRS => {
            Reason::TooFewPairs { needed: MIN_PAIRS }
        }
        Answer::Flashcard { .. } => Reason::SelfGraded,
        _ => Reason::Kind(item.kind),
    }
}

/// A question in parts: the text before its answer block, the block's inside, the text
/// after it (a missing-word question has its block where the blank was).
struct Parts {
    before: String,
    answers: String,
    after: String,
}

/// The question's parts, or `None` when GIFT cannot hold the item.
fn body(item: &Item, options: &Options) -> Option<String> {
    let feedback = escape(&sources_line(item, options));
    let Parts {
        before,
        answers,
        after,
    } = parts(item, options.deck, options.lang)?;
    // The general feedback (`####`) goes last inside the block.
    Some(format!("{before}{{{answers}\n####{feedback}\n}}{after}\n"))
}

fn parts(item: &Item, deck: &Deck, lang: Lang) -> Option<Parts> {
    let prompt = escape(item.prompt.get(lang));
    let lines = |lines: Vec<String>| format!("\n{}", lines.join("\n"));
    let whole = |answers: String| Parts {
        before: prompt.clone(),
        answers,
        after: String::new(),
    };
    Some(match &item.answer {
        Answer::MultipleChoice { options, correct } => whole(lines(
            options
                .iter()
                .enumerate()
                .map(|(i, o)| {
                    let mark = if i == *correct { '=' } else { '~' };
                    format!("{mark}{}", escape(o.get(lang)))
                })
                .collect(),
        )),
        Answer::TrueFalse { correct } => whole(if *correct { "TRUE" } else { "FALSE" }.into()),
        Answer::Flashcard { .. } => {
            let forms = flashcard_forms(item, deck, lang)?;
            whole(short(forms.iter().map(String::as_str)))
        }
        Answer::TypedAnswer {
            expected, accepted, ..
        } => whole(short(
            std::iter::once(expected.get(lang)).chain(accepted.iter().map(String::as_str)),
        )),
        Answer::Cloze {
            blank, accepted, ..
        } => {
            let (before, after) = item.prompt.get(lang).split_once(BLANK)?;
            Parts {
                before: escape(before),
                answers: short(
                    std::iter::once(blank.get(lang)).chain(accepted.iter().map(String::as_str)),
                ),
                after: escape(after),
            }
        }
        Answer::Matching { left, right, pairs } => {
            if left.len() < MIN_PAIRS {
                return None;
            }
            whole(lines(
                left.iter()
                    .zip(pairs)
                    .map(|(l, &p)| {
                        let r = right.get(p).map(|r| r.get(lang)).unwrap_or_default();
                        format!("={} -> {}", escape(l.get(lang)), escape(r))
                    })
                    .collect(),
            ))
        }
        Answer::Categorize {
            statements,
            categories,
            answers,
        } => {
            if statements.len() < MIN_PAIRS {
                return None;
            }
            whole(lines(
                statements
                    .iter()
                    .zip(answers)
                    .map(|(s, &a)| {
                        let c = categories
                            .get(a)
                            .map(|c| category_name(*c).get(lang).to_string());
                        format!(
                            "={} -> {}",
                            escape(s.get(lang)),
                            escape(&c.unwrap_or_default())
                        )
                    })
                    .collect(),
            ))
        }
        Answer::Ordering { .. } => return None,
    })
}

/// A short-answer block's inside: every accepted form, each once.
fn short<'a>(forms: impl Iterator<Item = &'a str>) -> String {
    let forms: Vec<String> = distinct(forms)
        .iter()
        .map(|f| format!("={}", escape(f)))
        .collect();
    forms.join(" ")
}

/// GIFT's special characters escaped as Moodle's own exporter does: `\` first, then
/// `~ = # { } :`; a line break is written `\n`.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '~' | '=' | '#' | '{' | '}' | ':' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

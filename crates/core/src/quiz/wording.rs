//! Answers in words, for results, the projector and printed answer keys; and printed
//! variants (A, B) with questions and options in another order.

use super::grade::Response;
use crate::deck::Text;
use crate::generate::{category_name, knew_phrase, truth_word, Answer, Item};
use crate::lang::Lang;
use crate::seeded::Stream;

fn yes_no(value: bool, lang: Lang) -> String {
    truth_word(value).get(lang).to_string()
}

/// "A", "B", … for options.
pub fn letter(i: usize) -> char {
    char::from(b'A' + (i % 26) as u8)
}

/// The right answer, in words.
pub fn right_answer(item: &Item, lang: Lang) -> String {
    match &item.answer {
        Answer::Flashcard { back } => join(back.iter().map(|t| t.get(lang).to_string()), lang),
        Answer::MultipleChoice { options, correct } => options
            .get(*correct)
            .map(|o| format!("{}. {}", letter(*correct), o.get(lang)))
            .unwrap_or_default(),
        Answer::TrueFalse { correct } => yes_no(*correct, lang),
        Answer::Cloze { blank, .. } => blank.get(lang).to_string(),
        Answer::TypedAnswer { expected, .. } => expected.get(lang).to_string(),
        Answer::Matching { left, right, pairs } => join(
            left.iter().zip(pairs).map(|(l, &p)| {
                format!(
                    "{} → {}",
                    l.get(lang),
                    right.get(p).map(|r| r.get(lang)).unwrap_or("")
                )
            }),
            lang,
        ),
        Answer::Ordering { events, order } => order
            .iter()
            .filter_map(|&i| events.get(i).map(|e| e.get(lang).to_string()))
            .collect::<Vec<_>>()
            .join(" → "),
        Answer::Categorize {
            statements,
            categories,
            answers,
        } => join(
            statements.iter().zip(answers).map(|(s, &a)| {
                let c = categories
                    .get(a)
                    .map(|c| category_name(*c).get(lang).to_string());
                format!("{} → {}", s.get(lang), c.unwrap_or_default())
            }),
            lang,
        ),
    }
}

/// The learner's answer, in words ("—" when there is none).
pub fn given_answer(item: &Item, response: &Response, lang: Lang) -> String {
    let none = || "—".to_string();
    match (&item.answer, response) {
        (_, Response::Blank) => none(),
        (Answer::Flashcard { .. }, Response::SelfGraded(knew)) => {
            knew_phrase(*knew).get(lang).to_string()
        }
        (Answer::MultipleChoice { options, .. }, Response::Choice(c)) => options
            .get(*c)
            .map(|o| format!("{}. {}", letter(*c), o.get(lang)))
            .unwrap_or_else(none),
        (_, Response::TrueFalse(b)) => yes_no(*b, lang),
        (_, Response::Text(t)) if t.trim().is_empty() => none(),
        (_, Response::Text(t)) => t.clone(),
        (Answer::Matching { left, right, .. }, Response::Indices(chosen)) => join(
            left.iter().zip(chosen).map(|(l, c)| {
                let r = c
                    .and_then(|c| right.get(c))
                    .map(|r| r.get(lang).to_string());
                format!("{} → {}", l.get(lang), r.unwrap_or_else(none))
            }),
            lang,
        ),
        (Answer::Ordering { events, .. }, Response::Indices(chosen)) => chosen
            .iter()
            .map(|c| {
                c.and_then(|c| events.get(c))
                    .map_or_else(none, |e| e.get(lang).to_string())
            })
            .collect::<Vec<_>>()
            .join(" → "),
        (
            Answer::Categorize {
                statements,
                categories,
                ..
            },
            Response::Indices(chosen),
        ) => join(
            statements.iter().zip(chosen).map(|(s, c)| {
                let c = c
                    .and_then(|c| categories.get(c))
                    .map(|c| category_name(*c).get(lang).to_string());
                format!("{} → {}", s.get(lang), c.unwrap_or_else(none))
            }),
            lang,
        ),
        _ => none(),
    }
}

/// Answers side by side, with each language's semicolon.
fn join(parts: impl Iterator<Item = String>, lang: Lang) -> String {
    let separator = match lang {
        Lang::Fr => "\u{a0}; ",
        Lang::En => "; ",
    };
    parts.collect::<Vec<_>>().join(separator)
}

/// A printed variant: variant 0 is the quiz as is; others shuffle the questions and the
/// options of multiple-choice questions (the answer key follows).
pub fn variant(items: &[Item], seed: u64, variant: usize) -> Vec<Item> {
    let mut out = items.to_vec();
    if variant == 0 {
        return out;
    }
    let mut stream = Stream::new(seed, &format!("print-variant:{variant}"));
    stream.shuffle(&mut out);
    for item in &mut out {
        if let Answer::MultipleChoice { options, correct } = &mut item.answer {
            // The right option moves by the variant's number, so that the places stay as
            // balanced as the generator made them; the wrong ones are shuffled around it.
            let Some(key) = options.get(*correct).cloned() else {
                continue;
            };
            let mut wrong: Vec<Text> = options
                .iter()
                .enumerate()
                .filter(|(i, _)| i != correct)
                .map(|(_, o)| o.clone())
                .collect();
            stream.shuffle(&mut wrong);
            *correct = (*correct + variant) % options.len();
            wrong.insert(*correct, key);
            *options = wrong;
        }
    }
    out
}

/// What a room or a printed sheet shows besides the prompt, in both languages: the options,
/// the pairs to match, the events to order, the claims to sort (with the categories last).
/// A flashcard, a cloze or a typed answer shows nothing more.
pub fn shown_choices(item: &Item) -> Vec<Text> {
    match &item.answer {
        Answer::MultipleChoice { options, .. } => options.clone(),
        Answer::TrueFalse { .. } => vec![truth_word(true), truth_word(false)],
        Answer::Matching { left, right, .. } => left
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let r = right.get(i).cloned().unwrap_or_default();
                Text {
                    fr: format!("{} ⟷ {}. {}", l.fr, letter(i), r.fr),
                    en: format!("{} ⟷ {}. {}", l.en, letter(i), r.en),
                }
            })
            .collect(),
        Answer::Ordering { events, .. } => events.clone(),
        Answer::Categorize {
            statements,
            categories,
            ..
        } => {
            let names: Vec<Text> = categories.iter().map(|c| category_name(*c)).collect();
            let joined =
                |pick: fn(&Text) -> &str| names.iter().map(pick).collect::<Vec<_>>().join(" · ");
            let mut out = statements.clone();
            out.push(Text {
                fr: joined(|t| &t.fr),
                en: joined(|t| &t.en),
            });
            out
        }
        Answer::Flashcard { .. } | Answer::Cloze { .. } | Answer::TypedAnswer { .. } => Vec::new(),
    }
}

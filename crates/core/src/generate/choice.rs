//! Multiple choice and true/false, from exclusive groups only: every wrong option is a member
//! of the fact's group that no fact makes true, so it is provably wrong.

use super::context::Context;
use super::item::{Answer, Item, ItemKind};
use super::phrases;
use crate::deck::{Fact, Text};
use crate::lang::Lang;

/// Four options for the fact's question, when its group gives three provably wrong ones.
pub fn multiple_choice(cx: &Context, fact: &Fact) -> Option<Item> {
    let mut distractors = cx.distractors(fact);
    if distractors.len() < 3 {
        return None;
    }
    let mut stream = cx.stream(&format!("multiple_choice:{}", fact.id));
    stream.shuffle(&mut distractors);
    let mut options = vec![&fact.object];
    options.extend(distractors.into_iter().take(3));
    stream.shuffle(&mut options);
    let correct = options.iter().position(|o| *o == &fact.object).unwrap_or(0);
    let answer = Answer::MultipleChoice {
        options: uniform(options.into_iter().map(|o| cx.value(o)).collect()),
        correct,
    };
    Some(cx.item(
        format!("multiple_choice:{}", fact.id),
        ItemKind::MultipleChoice,
        cx.question(fact),
        answer,
        &[fact],
    ))
}

/// Options alike in form: when only some carry a gloss in parentheses ("Bercy (le ministère
/// de l'Économie et des Finances)" among plain names), none does, so that the form of an
/// option never tells it apart.
pub(super) fn uniform(mut options: Vec<Text>) -> Vec<Text> {
    for lang in Lang::ALL {
        let glossed = options
            .iter()
            .filter(|o| gloss_at(o.get(lang)).is_some())
            .count();
        if glossed > 0 && glossed < options.len() {
            for option in &mut options {
                let text = option.get(lang);
                if let Some(at) = gloss_at(text) {
                    let plain = text[..at].to_string();
                    match lang {
                        Lang::Fr => option.fr = plain,
                        Lang::En => option.en = plain,
                    }
                }
            }
        }
    }
    options
}

/// Where a final " (…)" gloss starts, if the text ends with one.
fn gloss_at(text: &str) -> Option<usize> {
    text.ends_with(')')
        .then(|| text.rfind(" ("))
        .flatten()
        .filter(|&at| at > 0)
}

/// The fact's statement, true or with a wrong member of its group, when it has one.
pub fn true_false(cx: &Context, fact: &Fact) -> Option<Item> {
    let distractors = cx.distractors(fact);
    if distractors.is_empty() {
        return None;
    }
    let mut stream = cx.stream(&format!("true_false:{}", fact.id));
    let correct = stream.coin();
    let object = if correct {
        &fact.object
    } else {
        distractors[stream.below(distractors.len())]
    };
    let prompt = phrases::true_or_false(&cx.statement(fact, object));
    Some(cx.item(
        format!("true_false:{}", fact.id),
        ItemKind::TrueFalse,
        prompt,
        Answer::TrueFalse { correct },
        &[fact],
    ))
}

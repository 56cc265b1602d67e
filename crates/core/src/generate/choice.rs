//! Multiple choice and true/false, from exclusive groups only: every wrong option is a member
//! of the fact's group that no fact makes true, so it is provably wrong.

use super::context::{Context, OPTIONS};
use super::item::{Answer, Item, ItemKind};
use super::phrases;
use crate::deck::{Fact, Text, Value};
use crate::lang::Lang;
use crate::render;

/// Four options for the fact's question, when its group gives three provably wrong ones.
pub fn multiple_choice(cx: &Context, fact: &Fact) -> Option<Item> {
    let mut distractors = cx.distractors(fact);
    if distractors.len() < OPTIONS - 1 {
        return None;
    }
    let mut stream = cx.stream(&format!("multiple_choice:{}", fact.id));
    stream.shuffle(&mut distractors);
    let mut options: Vec<&Value> = distractors.into_iter().take(OPTIONS - 1).collect();
    let correct = cx.key_place(fact);
    options.insert(correct, &fact.object);
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
    let has_gloss = |text: &str| render::without_gloss(text).len() < text.len();
    for lang in Lang::ALL {
        let glossed = options.iter().filter(|o| has_gloss(o.get(lang))).count();
        if glossed > 0 && glossed < options.len() {
            for option in &mut options {
                let plain = render::without_gloss(option.get(lang)).to_string();
                match lang {
                    Lang::Fr => option.fr = plain,
                    Lang::En => option.en = plain,
                }
            }
        }
    }
    options
}

/// The fact's statement, true or with a wrong member of its group, when it has one.
pub fn true_false(cx: &Context, fact: &Fact) -> Option<Item> {
    let distractors = cx.distractors(fact);
    if distractors.is_empty() {
        return None;
    }
    let mut stream = cx.stream(&format!("true_false:{}", fact.id));
    // A fact that restates an earlier one's quote (Nice in 2019, the city and the year) is
    // asked false: true, both would be one statement twice.
    let correct = stream.coin() && !cx.repeats_an_earlier_fact(fact);
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

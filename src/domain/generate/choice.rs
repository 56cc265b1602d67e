//! Multiple choice and true/false, from exclusive groups only: every wrong option is a member
//! of the fact's group that no fact makes true, so it is provably wrong.

use super::context::Context;
use super::item::{Answer, Item, ItemKind};
use super::phrases;

pub fn multiple_choice(cx: &Context) -> Vec<Item> {
    let mut items = Vec::new();
    for fact in &cx.deck.facts {
        let mut distractors = cx.distractors(fact);
        if distractors.len() < 3 {
            continue;
        }
        let mut stream = cx.stream(&format!("multiple_choice:{}", fact.id));
        stream.shuffle(&mut distractors);
        let mut options = vec![&fact.object];
        options.extend(distractors.into_iter().take(3));
        stream.shuffle(&mut options);
        let correct = options.iter().position(|o| *o == &fact.object).unwrap_or(0);
        let answer = Answer::MultipleChoice {
            options: options.into_iter().map(|o| cx.value(o)).collect(),
            correct,
        };
        let id = format!("multiple_choice:{}", fact.id);
        items.push(cx.item(
            id,
            ItemKind::MultipleChoice,
            cx.question(fact),
            answer,
            &[fact],
        ));
    }
    items
}

pub fn true_false(cx: &Context) -> Vec<Item> {
    let mut items = Vec::new();
    for fact in &cx.deck.facts {
        let distractors = cx.distractors(fact);
        if distractors.is_empty() {
            continue;
        }
        let mut stream = cx.stream(&format!("true_false:{}", fact.id));
        let correct = stream.coin();
        let object = if correct {
            &fact.object
        } else {
            distractors[stream.below(distractors.len())]
        };
        let prompt = phrases::true_or_false(&cx.statement(fact, object));
        let id = format!("true_false:{}", fact.id);
        items.push(cx.item(
            id,
            ItemKind::TrueFalse,
            prompt,
            Answer::TrueFalse { correct },
            &[fact],
        ));
    }
    items
}

//! Flashcards: the relation's question on the front, every answer on the back; and the
//! reverse card (value → what the article says of it) where the value names one fact only.
//! Which cards a deck has is planned in `plan.rs`.

use super::context::{harder, Context};
use super::item::{Answer, Item, ItemKind};
use super::phrases;
use crate::deck::{Fact, Text, Value};
use crate::render;

/// The card of one subject and relation: the relation's question on the front, every answer
/// on the back.
pub fn flashcard(cx: &Context, facts: &[&Fact]) -> Option<Item> {
    let first = facts.first()?;
    let prompt = cx.question(first);
    let back: Vec<Text> = facts.iter().map(|f| cx.value(&f.object)).collect();
    let mut item = cx.item(
        format!("flashcard:{}", first.id),
        ItemKind::Flashcard,
        prompt,
        Answer::Flashcard { back: back.clone() },
        facts,
    );
    // Several facts of one claim: one sentence lists them, rather than one sentence each.
    if let Some(list) = cx
        .deck
        .relation(&first.relation)
        .and_then(|r| r.list.as_ref())
    {
        if back.len() > 1 {
            item.explanation = Context::both(|lang| {
                let subject = cx
                    .deck
                    .entity(&first.subject)
                    .map(|e| e.name.get(lang).to_string())
                    .unwrap_or_default();
                let objects: Vec<String> = back.iter().map(|b| b.get(lang).to_string()).collect();
                render::fill(list.get(lang), &subject, &render::list(&objects, lang))
            });
        }
    }
    Some(item)
}

/// Whether a fact gets a reverse card ("2019 : que dit l'article ?"): a short value that is
/// the object of this fact only, the subject of none that says more of it, and that the article itself names in one sentence only —
/// "2024" or "la Cnil", named twice, would have two right backs. The article's own date is
/// never one: everything in it happens that day.
pub fn has_reverse(cx: &Context, fact: &Fact) -> bool {
    matches!(
        fact.object,
        Value::Entity(_) | Value::Date(_) | Value::Number { .. }
    ) && cx.group_of(fact).is_some()
        && cx.uses_of(&fact.object) == 1
        // "Bercy : que dit l'article ?" has two answers when Bercy is a fact's subject too.
        && !cx.says_more_of(&fact.object, fact)
        && !matches!(fact.object, Value::Date(d) if Some(d) == cx.deck.published_date())
        // Two facts of one quote (a city and its year) would give two cards one back.
        && !cx.repeats_an_earlier_fact(fact)
        // Last: it reads the whole article.
        && cx.sentences_naming(&fact.object) <= 1
}

/// Value → what the article says of it.
pub fn reverse_card(cx: &Context, fact: &Fact) -> Item {
    let prompt = phrases::about(&cx.value(&fact.object));
    let back = vec![fact.statement.clone()];
    let mut item = cx.item(
        format!("flashcard-reverse:{}", fact.id),
        ItemKind::Flashcard,
        prompt,
        Answer::Flashcard { back },
        &[fact],
    );
    item.difficulty = harder(item.difficulty);
    item
}

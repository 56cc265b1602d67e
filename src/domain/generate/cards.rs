//! Flashcards: the relation's question on the front, every answer on the back; and the
//! reverse card (value → what the article says of it) where the value names one fact only.

use super::context::Context;
use super::item::{Answer, Item, ItemKind};
use super::phrases;
use crate::domain::deck::{Fact, Value};

pub fn flashcards(cx: &Context) -> Vec<Item> {
    let deck = cx.deck;
    // One card per subject, relation and topic: its back lists every answer.
    let mut keys: Vec<(&str, &str, &str)> = Vec::new();
    for f in &deck.facts {
        let key = (f.subject.as_str(), f.relation.as_str(), f.topic.as_str());
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    let mut items = Vec::new();
    for (subject, relation, topic) in keys {
        let facts: Vec<&Fact> = deck
            .facts
            .iter()
            .filter(|f| f.subject == subject && f.relation == relation && f.topic == topic)
            .collect();
        let spans_topics = deck
            .facts
            .iter()
            .any(|f| f.subject == subject && f.relation == relation && f.topic != topic);
        let question = cx.question(facts[0]);
        let prompt = match (spans_topics, deck.topic(topic)) {
            (true, Some(t)) => phrases::in_topic(&question, &t.name),
            _ => question,
        };
        let back = facts.iter().map(|f| cx.value(&f.object)).collect();
        let id = format!("flashcard:{}", facts[0].id);
        items.push(cx.item(
            id,
            ItemKind::Flashcard,
            prompt,
            Answer::Flashcard { back },
            &facts,
        ));
    }
    items.extend(reverse_cards(cx));
    items
}

/// Value → fact, for short values that are the object of exactly one fact.
fn reverse_cards(cx: &Context) -> Vec<Item> {
    let deck = cx.deck;
    deck.facts
        .iter()
        .filter(|f| {
            matches!(
                f.object,
                Value::Entity(_) | Value::Date(_) | Value::Number { .. }
            )
        })
        .filter(|f| cx.group_of(f).is_some())
        .filter(|f| deck.facts.iter().filter(|g| g.object == f.object).count() == 1)
        .map(|f| {
            let prompt = phrases::about(&cx.value(&f.object));
            let back = vec![f.statement.clone()];
            let mut item = cx.item(
                format!("flashcard-reverse:{}", f.id),
                ItemKind::Flashcard,
                prompt,
                Answer::Flashcard { back },
                &[f],
            );
            item.difficulty = (item.difficulty + 1).min(3);
            item
        })
        .collect()
}

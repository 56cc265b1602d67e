//! Flashcards: the relation's question on the front, every answer on the back; and the
//! reverse card (value → what the article says of it) where the value names one fact only.

use super::context::Context;
use super::item::{Answer, Item, ItemKind};
use super::phrases;
use crate::domain::deck::{Fact, Value};
use std::collections::{HashMap, HashSet};

pub fn flashcards(cx: &Context) -> Vec<Item> {
    let deck = cx.deck;
    // One card per subject, relation and topic, in the order of their first fact: its back
    // lists every answer.
    let mut keys: Vec<(&str, &str, &str)> = Vec::new();
    let mut facts_of: HashMap<(&str, &str, &str), Vec<&Fact>> = HashMap::new();
    let mut topics_of: HashMap<(&str, &str), HashSet<&str>> = HashMap::new();
    for f in &deck.facts {
        let key = (f.subject.as_str(), f.relation.as_str(), f.topic.as_str());
        let facts = facts_of.entry(key).or_default();
        if facts.is_empty() {
            keys.push(key);
        }
        facts.push(f);
        topics_of.entry((key.0, key.1)).or_default().insert(key.2);
    }
    let mut items = Vec::new();
    for key @ (subject, relation, topic) in keys {
        let facts = &facts_of[&key];
        let spans_topics = topics_of[&(subject, relation)].len() > 1;
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
            facts,
        ));
    }
    items.extend(reverse_cards(cx));
    items
}

/// Value → fact, for short values that are the object of exactly one fact.
fn reverse_cards(cx: &Context) -> Vec<Item> {
    let deck = cx.deck;
    let mut uses: HashMap<&Value, usize> = HashMap::new();
    for f in &deck.facts {
        *uses.entry(&f.object).or_default() += 1;
    }
    deck.facts
        .iter()
        .filter(|f| {
            matches!(
                f.object,
                Value::Entity(_) | Value::Date(_) | Value::Number { .. }
            )
        })
        .filter(|f| cx.group_of(f).is_some())
        .filter(|f| uses.get(&f.object) == Some(&1))
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

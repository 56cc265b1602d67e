//! Random but valid data of any size, drawn from a seed: decks for the generator's property
//! tests and benchmarks, and review logs for the storage and study benchmarks. The app never
//! calls it, so none of it reaches the browser build.

use crate::deck::{Deck, DeckErrors};
use crate::progress::{Rating, Review, ReviewLog};
use crate::seeded::Stream;
use serde_json::{json, Value};

const TYPES: [&str; 3] = ["person", "place", "institution"];
const CATEGORIES: [&str; 8] = [
    "actor",
    "proposal",
    "event",
    "safeguard",
    "objective",
    "concern",
    "figure",
    "context",
];

/// A deck of `facts` facts drawn from `seed`, with its article. Every fact's quote is one
/// sentence of the article; groups hold the true object and values no fact makes true.
///
/// ```
/// let deck = vigie_core::synthetic::deck(7, 100).expect("synthetic decks are valid");
/// assert_eq!(deck.facts.len(), 100);
/// ```
pub fn deck(seed: u64, facts: usize) -> Result<Deck, DeckErrors> {
    let mut s = Stream::new(seed, "synthetic");
    let entity_count = 6 + s.below(10);
    let entities: Vec<Value> = (0..entity_count)
        .map(|i| {
            json!({ "id": format!("e{i}"), "type": TYPES[i % 3],
                    "name": { "fr": format!("l’entité {i}"), "en": format!("entity {i}") } })
        })
        .collect();
    let relation_count = 3 + s.below(5);
    let relations: Vec<Value> = (0..relation_count)
        .map(|r| {
            json!({ "id": format!("r{r}"),
                "question": { "fr": format!("Quelle valeur {{subject}} a-t-elle pour r{r}\u{a0}?"), "en": format!("What is {{subject}}’s r{r}?") },
                "statement": { "fr": format!("{{subject}} a {{object}} pour r{r}."), "en": format!("{{subject}} has {{object}} as r{r}.") },
                "event": { "fr": format!("{{subject}} et r{r}"), "en": format!("{{subject}} and r{r}") } })
        })
        .collect();
    let mut sentences = Vec::new();
    let mut fact_list = Vec::new();
    let mut groups = Vec::new();
    for f in 0..facts {
        let subject = s.below(entity_count);
        let relation = s.below(relation_count);
        let kind = s.below(4);
        // Values are unique per fact (the fact number is in them), so each group's other
        // members are false for every fact.
        let make = |k: usize, v: usize| -> Value {
            match k {
                0 => json!({ "entity": format!("e{}", v % entity_count) }),
                1 => json!({ "date": date(f * 10 + v) }),
                2 => {
                    json!({ "number": (f * 100 + v) as i64, "unit": { "fr": "unités", "en": "units" } })
                }
                _ => {
                    json!({ "text": { "fr": format!("valeur {f}-{v}"), "en": format!("value {f}-{v}") } })
                }
            }
        };
        let object = if kind == 0 {
            json!({ "entity": format!("e{}", s.below(entity_count)) })
        } else {
            make(kind, 0)
        };
        sentences.push(format!(
            "Phrase {f} sur le sujet e{subject} et la relation r{relation}."
        ));
        let id = format!("f{f}");
        fact_list.push(json!({
            "id": id, "subject": format!("e{subject}"), "relation": format!("r{relation}"),
            "object": object.clone(), "category": CATEGORIES[s.below(8)], "topic": format!("t{}", s.below(3)),
            "difficulty": 1 + s.below(3),
            "statement": { "fr": format!("Le fait {f}."), "en": format!("Fact {f}.") },
            "quote": sentences[f].trim_end_matches('.'),
        }));
        if kind != 0 && s.coin() {
            let members: Vec<Value> = (0..4 + s.below(3)).map(|v| make(kind, v)).collect();
            groups.push(
                json!({ "id": format!("g{f}"), "about": { "fr": "À propos", "en": "About" },
                "facts": [id], "members": members }),
            );
        }
    }
    let article = format!(
        "PAR A\n\ndate\n\nUn titre. Sous-titre\n\n{}\n",
        sentences.join(" ")
    );
    let deck = json!({
        "format": 1,
        "deck": { "id": "synthetic", "version": 1, "language": "fr", "title": { "fr": "S", "en": "S" } },
        "article": { "file": "s.txt", "title": "Un titre. Sous-titre", "author": "A", "published": "2020-01-01T00:00" },
        "topics": (0..3).map(|t| json!({ "id": format!("t{t}"), "name": { "fr": format!("Thème {t}"), "en": format!("Topic {t}") } })).collect::<Vec<_>>(),
        "entities": entities, "relations": relations, "facts": fact_list, "exclusive_groups": groups,
    });
    Deck::from_json(&deck.to_string(), &article)
}

/// The `day`-th of a calendar of 28-day months from 1900: distinct days give distinct dates,
/// and 10,000 facts stay within valid years.
fn date(day: usize) -> String {
    format!(
        "{}-{:02}-{:02}",
        1900 + day / 336,
        1 + day % 336 / 28,
        1 + day % 28
    )
}

/// A log of `reviews` reviews of `cards` from two tabs, the last one at `end` (ms since the
/// epoch): on average one review every 16 minutes, so 100,000 of them span three years. Most
/// ratings are Good, as for a learner who studies steadily.
pub fn review_log(seed: u64, reviews: usize, cards: &[&str], end: i64) -> ReviewLog {
    if cards.is_empty() {
        return ReviewLog::default();
    }
    let mut s = Stream::new(seed, "review-log");
    let gaps: Vec<i64> = (0..reviews)
        .map(|_| 1_000 + s.below(32 * 60_000) as i64)
        .collect();
    let mut at = end - gaps.iter().skip(1).sum::<i64>();
    let log = gaps
        .iter()
        .enumerate()
        .map(|(i, gap)| {
            if i > 0 {
                at += gap;
            }
            let rating = match s.below(20) {
                0..=2 => Rating::Again,
                3..=4 => Rating::Hard,
                5 => Rating::Easy,
                _ => Rating::Good,
            };
            Review {
                at,
                tag: if s.coin() { "tab1" } else { "tab2" }.to_string(),
                card: cards[s.below(cards.len())].to_string(),
                rating,
                duration_ms: 2_000 + s.below(20_000) as u32,
                undone: false,
            }
        })
        .collect();
    ReviewLog::new(log)
}

//! Random but valid decks, for property tests of the generator beyond the built-in deck.

use serde_json::{json, Value};
use vigie::domain::deck::Deck;
use vigie::domain::seeded::Stream;

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
pub fn deck(seed: u64, facts: usize) -> Deck {
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
                1 => json!({ "date": format!("{}", 1900 + f * 10 + v) }),
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
    match Deck::from_json(&deck.to_string(), &article) {
        Ok(deck) => deck,
        Err(e) => panic!("synthetic deck {seed} is invalid: {e}"),
    }
}

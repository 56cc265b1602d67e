//! The built-in deck: it loads, covers every claim of the article, and its French and English
//! read correctly.

use vigie_core::article::Block;
use vigie_core::builtin;
use vigie_core::deck::{Category, Deck, Value};

fn deck() -> &'static Deck {
    match builtin::deck() {
        Ok(deck) => deck,
        Err(errors) => panic!("{errors}"),
    }
}

#[test]
fn loads_with_well_over_fifty_facts() {
    let deck = deck();
    println!(
        "{} facts, {} entities, {} relations, {} exclusive groups, {} topics",
        deck.facts.len(),
        deck.entities.len(),
        deck.relations.len(),
        deck.groups.len(),
        deck.topics.len()
    );
    assert!(deck.facts.len() > 50);
    for category in Category::ALL {
        assert!(
            deck.facts.iter().any(|f| f.category == *category),
            "no fact of category {category:?}"
        );
    }
}

/// Headings, the byline, the date line and links to other articles state nothing, so they
/// are not sentences (see `Block`); every other sentence must be quoted by a fact.
#[test]
fn every_sentence_of_the_article_is_covered_by_a_fact() {
    let deck = deck();
    let total = deck.article.sentences.len();
    let uncovered = deck.uncovered_sentences();
    let exempt: Vec<String> = deck
        .article
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Byline(t) | Block::Dateline(t) | Block::Heading(t) | Block::Related(t) => {
                Some(t.clone())
            }
            _ => None,
        })
        .collect();
    println!(
        "coverage: {} / {} article sentences referenced by a fact ({} exempt blocks: byline, date line, headings, related links)",
        total - uncovered.len(),
        total,
        exempt.len()
    );
    for s in &uncovered {
        println!("not covered: {}", deck.article.sentences[*s]);
    }
    assert!(uncovered.is_empty());
}

#[test]
fn metadata_is_as_the_text_states_it() {
    let deck = deck();
    assert_eq!(deck.meta.author, "Emile Marzolf");
    assert_eq!(deck.meta.published, "2021-09-09T15:08");
    assert_eq!(deck.meta.updated.as_deref(), Some("2021-09-09T15:43"));
    assert_eq!(deck.meta.title, deck.article.title());
}

#[test]
fn key_claims_are_present() {
    let deck = deck();
    let has_date = |year: u16| {
        deck.facts
            .iter()
            .any(|f| matches!(f.object, Value::Date(d) if d.year == year))
    };
    assert!(
        deck.facts
            .iter()
            .any(|f| f.object == Value::Entity("nice".into()) && f.quote.contains("Nice en 2019")),
        "Nice tried facial recognition in 2019"
    );
    assert!(has_date(2023), "Rugby World Cup 2023");
    assert!(has_date(2024), "Olympics 2024");
    let has_number = |n: i64| {
        deck.facts
            .iter()
            .any(|f| matches!(f.object, Value::Number { value, .. } if value == n))
    };
    assert!(has_number(4000) || has_number(4_000), "4 000 companies");
    assert!(has_number(30), "30 billion euros");
}

/// French typography: a no-break space before : ; ? ! and inside « », the typographic
/// apostrophe in our own texts (quotes stay verbatim).
#[test]
fn french_texts_follow_french_typography() {
    let deck = deck();
    let mut texts: Vec<(&str, &str)> = Vec::new();
    for f in &deck.facts {
        texts.push((&f.id, &f.statement.fr));
        if let Value::Text(t) = &f.object {
            texts.push((&f.id, &t.fr));
        }
    }
    for r in &deck.relations {
        texts.push((&r.id, &r.question.fr));
        texts.push((&r.id, &r.statement.fr));
    }
    for e in &deck.entities {
        texts.push((&e.id, &e.name.fr));
    }
    for g in &deck.groups {
        texts.push((&g.id, &g.about.fr));
        for m in &g.members {
            if let Value::Text(t) = m {
                texts.push((&g.id, &t.fr));
            }
        }
    }
    let mut wrong = Vec::new();
    for (id, text) in texts {
        for (i, c) in text.char_indices() {
            let before = text[..i].chars().last();
            let after = text[i + c.len_utf8()..].chars().next();
            let bad = match c {
                ':' | ';' | '?' | '!' | '»' => {
                    before != Some('\u{a0}') && before != Some('\u{202f}')
                }
                '«' => after != Some('\u{a0}') && after != Some('\u{202f}'),
                '\'' => true,
                _ => false,
            };
            if bad {
                wrong.push(format!("{id}: {c:?} in {text:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn every_text_has_both_languages_and_statements_end_a_sentence() {
    let deck = deck();
    for f in &deck.facts {
        for s in [&f.statement.fr, &f.statement.en] {
            assert!(
                s.ends_with(['.', '!', '?', '»', '"', '”']),
                "{}: statement does not end a sentence: {s}",
                f.id
            );
        }
    }
}

#[test]
fn the_study_pages_copy_is_the_deck_without_its_quiz_only_fields() {
    let full = builtin::deck().expect("valid deck");
    let study = builtin::study_deck().expect("valid study deck");
    let mut without = full.clone();
    for fact in &mut without.facts {
        fact.accept.clear();
        fact.reject.clear();
        fact.quote_answer = None;
        fact.english_answer = None;
        fact.cloze_from_statement = false;
        fact.no_cloze = false;
        fact.category_ambiguous = false;
    }
    for group in &mut without.groups {
        group.about = Default::default();
        group.members.clear();
    }
    for relation in &mut without.relations {
        relation.event = None;
        relation.statement = Default::default();
    }
    // Aliases are kept only where a reverse card's check reads them: compared apart.
    let aliases = |deck: &vigie_core::deck::Deck| -> usize {
        deck.entities.iter().map(|e| e.aliases.len()).sum()
    };
    assert!(0 < aliases(study) && aliases(study) < aliases(full));
    let mut study_without_aliases = study.clone();
    for deck in [&mut study_without_aliases, &mut without] {
        for entity in &mut deck.entities {
            entity.aliases.clear();
        }
    }
    assert_eq!(study_without_aliases, without);
    assert!(full.facts.iter().any(|f| !f.accept.is_empty()));
    assert!(
        vigie_core::deck::compact::to_bytes(study).len()
            < vigie_core::deck::compact::to_bytes(full).len()
    );
    // Same cards, same ids: progress made in study mode is the quizzes' too.
    assert_eq!(
        vigie_core::study::cards(study),
        vigie_core::study::cards(full)
    );
}

#[test]
fn the_built_in_deck_id_constant_is_its_files_and_its_cards_keep_plain_ids() {
    let deck = vigie_core::builtin::deck().expect("valid");
    assert_eq!(deck.id, vigie_core::builtin::DECK_ID);
    assert!(vigie_core::study::cards(deck)
        .iter()
        .all(|c| c.id.starts_with("flashcard")));
}

#[test]
fn an_added_decks_card_ids_start_with_its_deck_id() {
    let deck = vigie_core::deck::Deck::from_json(
        include_str!("../fixtures/mini.deck.json"),
        include_str!("../fixtures/mini.txt"),
    )
    .expect("valid");
    let cards = vigie_core::study::cards(&deck);
    assert!(!cards.is_empty());
    assert!(cards.iter().all(|c| c.id.starts_with("mini/flashcard")));
}

#[test]
fn any_decks_study_copy_gives_its_cards() {
    let mini = vigie_core::deck::Deck::from_json(
        include_str!("../fixtures/mini.deck.json"),
        include_str!("../fixtures/mini.txt"),
    )
    .expect("valid fixture");
    let decks = (1..=5)
        .map(|seed| vigie_core::synthetic::deck(seed, 40 * seed as usize).expect("valid"))
        .chain([mini]);
    for deck in decks {
        assert_eq!(
            vigie_core::study::cards(&deck.study_copy()),
            vigie_core::study::cards(&deck),
            "deck {}",
            deck.id
        );
    }
}

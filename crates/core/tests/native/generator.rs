//! The question generator: properties over the built-in deck and random synthetic decks,
//! determinism, settings, and golden quizzes.

use std::collections::HashSet;
use vigie_core::answer;
use vigie_core::article::collapse_whitespace;
use vigie_core::builtin;
use vigie_core::deck::{Category, Deck, Value};
use vigie_core::generate::{
    all_items, flashcards, generate, lint, Answer, Item, ItemKind, Settings, BLANK,
};
use vigie_core::lang::Lang;
use vigie_core::render;
use vigie_core::seeded::Stream;
use vigie_core::synthetic;
use vigie_core::typography;

fn builtin_deck() -> &'static Deck {
    builtin::deck().expect("built-in deck is valid")
}

/// Every property an item must have, whatever the deck.
fn check_item(deck: &Deck, item: &Item) {
    let ctx = format!("item {}", item.id);
    assert!(!item.fact_ids.is_empty(), "{ctx}: no fact");
    // Each fact's quote, once, in the order of the facts.
    let mut distinct: Vec<&str> = Vec::new();
    for id in &item.fact_ids {
        let quote = deck.fact(id).map_or("", |f| f.quote.as_str());
        if !distinct.contains(&quote) {
            distinct.push(quote);
        }
    }
    let (own, dateline) = item.quotes.split_at(distinct.len().min(item.quotes.len()));
    assert_eq!(own, distinct.as_slice(), "{ctx}: each fact's quote, once");
    assert!(!item.sentences.is_empty(), "{ctx}: no source sentence");
    for quote in own {
        assert!(
            deck.article.locate(quote).is_some(),
            "{ctx}: quote not in article: {quote}"
        );
    }
    assert!(
        dateline.is_empty() || dateline == [deck.article.dateline().unwrap_or_default()],
        "{ctx}: quotes beyond one per fact are the date line: {dateline:?}"
    );
    for lang in Lang::ALL {
        for text in item.texts(lang) {
            assert!(!text.trim().is_empty(), "{ctx}: empty text in {lang:?}");
        }
        assert!(
            !item.explanation.get(lang).is_empty(),
            "{ctx}: no explanation"
        );
    }
    let facts: Vec<_> = item
        .fact_ids
        .iter()
        .map(|id| {
            deck.fact(id)
                .unwrap_or_else(|| panic!("{ctx}: unknown fact {id}"))
        })
        .collect();
    // Options may drop a final gloss, "(Cnil)", when not all of them have one.
    let plain = |text: &str| -> String {
        match text.rfind(" (") {
            Some(at) if text.ends_with(')') => text[..at].to_string(),
            _ => text.to_string(),
        }
    };
    let true_for = |fact: &vigie_core::deck::Fact, text: &str, lang: Lang| {
        deck.facts.iter().any(|f| {
            f.subject == fact.subject
                && f.relation == fact.relation
                && plain(&render::value(deck, &f.object, lang)) == plain(text)
        })
    };
    match &item.answer {
        Answer::Flashcard { back } => assert!(!back.is_empty(), "{ctx}: empty back"),
        Answer::MultipleChoice { options, correct } => {
            assert_eq!(options.len(), 4, "{ctx}: four options");
            for lang in Lang::ALL {
                let texts: HashSet<&str> = options.iter().map(|o| o.get(lang)).collect();
                assert_eq!(texts.len(), 4, "{ctx}: duplicate options in {lang:?}");
                let right: Vec<usize> = (0..4)
                    .filter(|&i| true_for(facts[0], options[i].get(lang), lang))
                    .collect();
                assert_eq!(
                    right,
                    vec![*correct],
                    "{ctx}: exactly one correct option ({lang:?})"
                );
            }
            let key = render_both(deck, &facts[0].object);
            for lang in Lang::ALL {
                assert_eq!(
                    plain(options[*correct].get(lang)),
                    plain(key.get(lang)),
                    "{ctx}: the key"
                );
            }
            let kind = |v: &Value| std::mem::discriminant(v);
            let group = deck
                .groups
                .iter()
                .find(|g| g.facts.contains(&facts[0].id))
                .expect("in a group");
            assert!(
                group
                    .members
                    .iter()
                    .all(|m| kind(m) == kind(&facts[0].object)),
                "{ctx}: distractor of another type"
            );
        }
        Answer::TrueFalse { correct } => {
            let statement = item.prompt.fr.clone();
            let true_text = render::value(deck, &facts[0].object, Lang::Fr);
            if !*correct {
                // The false statement names a member that no fact makes true.
                let group = deck
                    .groups
                    .iter()
                    .find(|g| g.facts.contains(&facts[0].id))
                    .expect("in a group");
                let named: Vec<String> = group
                    .members
                    .iter()
                    .map(|m| render::value(deck, m, Lang::Fr))
                    .filter(|m| statement.contains(m.as_str()))
                    .collect();
                assert!(
                    named.iter().any(|m| !true_for(facts[0], m, Lang::Fr)),
                    "{ctx}: false statement is not false"
                );
            } else {
                assert!(
                    statement.contains(&true_text),
                    "{ctx}: true statement lacks the answer"
                );
            }
        }
        Answer::Cloze {
            text,
            blank,
            accepted,
            ..
        } => {
            for lang in Lang::ALL {
                assert!(
                    text.get(lang).contains(BLANK),
                    "{ctx}: no blank in {lang:?}"
                );
                assert!(
                    answer::matches(blank.get(lang), accepted),
                    "{ctx}: its own blank refused in {lang:?}"
                );
            }
            // Cut from the article: the blank restores the article's words (in French
            // typography).
            if item
                .prompt
                .fr
                .starts_with("Complétez la phrase de l’article")
            {
                // (Quotation marks aside: a quote alone drops the one mark of a pair it cuts,
                // which the text around it shows with its partner.)
                let filled = without_marks(&text.fr.replacen(BLANK, &blank.fr, 1));
                let quote = typography::french(&collapse_whitespace(&facts[0].quote));
                assert!(
                    filled.contains(&without_marks(&quote)),
                    "{ctx}: the blank does not restore the quote"
                );
            }
        }
        Answer::TypedAnswer {
            expected, accepted, ..
        } => {
            for lang in Lang::ALL {
                assert!(
                    answer::matches(expected.get(lang), accepted),
                    "{ctx}: expected answer refused"
                );
            }
        }
        Answer::Matching { left, right, pairs } => {
            assert!((4..=6).contains(&left.len()), "{ctx}: 4 to 6 pairs");
            assert_eq!(left.len(), right.len());
            let mut sorted = pairs.clone();
            sorted.sort_unstable();
            assert_eq!(
                sorted,
                (0..left.len()).collect::<Vec<_>>(),
                "{ctx}: pairs are a permutation"
            );
            for lang in Lang::ALL {
                let l: HashSet<&str> = left.iter().map(|t| t.get(lang)).collect();
                let r: HashSet<&str> = right.iter().map(|t| t.get(lang)).collect();
                assert_eq!(
                    (l.len(), r.len()),
                    (left.len(), right.len()),
                    "{ctx}: repeated text"
                );
            }
            for (i, fact) in facts.iter().enumerate() {
                for (j, r) in right.iter().enumerate() {
                    let truly = true_for(fact, r.get(Lang::Fr), Lang::Fr);
                    assert_eq!(truly, pairs[i] == j, "{ctx}: right {j} vs left {i}");
                }
            }
        }
        Answer::Ordering { events, order } => {
            assert!((4..=6).contains(&events.len()), "{ctx}: 4 to 6 events");
            let mut sorted = order.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, (0..events.len()).collect::<Vec<_>>());
            let dates: Vec<_> = facts
                .iter()
                .map(|f| match f.object {
                    Value::Date(d) => d,
                    _ => panic!("{ctx}: undated fact"),
                })
                .collect();
            assert!(
                dates.windows(2).all(|w| w[0] < w[1]),
                "{ctx}: facts not in time order"
            );
        }
        Answer::Categorize {
            statements,
            categories,
            answers,
        } => {
            assert_eq!(statements.len(), answers.len());
            for (i, fact) in facts.iter().enumerate() {
                assert_eq!(statements[i], fact.statement, "{ctx}: statement {i}");
                assert_eq!(categories[answers[i]], fact.category, "{ctx}: category {i}");
            }
        }
    }
}

/// `text` without quotation marks and spaces (guillemets bring spaces of their own).
fn without_marks(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '«' | '»' | '“' | '”' | '"') && !c.is_whitespace())
        .collect()
}

fn render_both(deck: &Deck, value: &Value) -> vigie_core::deck::Text {
    vigie_core::deck::Text {
        fr: render::value(deck, value, Lang::Fr),
        en: render::value(deck, value, Lang::En),
    }
}

/// The quiz-level properties: no prompt twice, in either language.
fn check_quiz(items: &[Item]) {
    for lang in Lang::ALL {
        let mut seen = HashSet::new();
        for item in items {
            assert!(
                seen.insert(item.prompt.get(lang)),
                "prompt repeated in a quiz: {}",
                item.prompt.get(lang)
            );
        }
    }
    let ids: HashSet<&str> = items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids.len(), items.len(), "item ids repeated");
}

#[test]
fn builtin_deck_gives_every_fair_kind_and_every_item_holds() {
    let deck = builtin_deck();
    for seed in [0, 1, 7, 42, 2024, u64::MAX] {
        let items = all_items(deck, seed);
        let kinds: HashSet<ItemKind> = items.iter().map(|i| i.kind).collect();
        let unfair = [ItemKind::Matching, ItemKind::Ordering];
        let fair: HashSet<ItemKind> = ItemKind::ALL
            .into_iter()
            .filter(|k| !unfair.contains(k))
            .collect();
        assert_eq!(kinds, fair, "every kind but matching and ordering");
        let ids: HashSet<&str> = items.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids.len(), items.len(), "ids are unique");
        for item in &items {
            check_item(deck, item);
        }
        check_quiz(&generate(deck, seed, &Settings::default()).items);
    }
}

#[test]
fn a_fact_whose_sentence_gives_its_blank_away_gets_no_cloze() {
    // « pour la détection de la fraude fiscale » names Bercy's trade beside the blank: the
    // deck says `no_cloze`, and the fact is asked by its typed answer instead.
    let deck = builtin_deck();
    let fact = deck
        .facts
        .iter()
        .find(|f| f.id == "inspired-by-bercy")
        .expect("the fact");
    assert!(fact.no_cloze);
    let items = vigie_core::generate::all_items(deck, 7);
    let ids: Vec<&str> = items.iter().map(|i| i.id.as_str()).collect();
    assert!(!ids.contains(&"cloze:inspired-by-bercy"));
    assert!(ids.contains(&"typed_answer:inspired-by-bercy"), "{ids:?}");
}

#[test]
fn a_year_the_quote_does_not_state_is_cited_from_the_date_line() {
    let deck = builtin_deck();
    let dateline = deck
        .article
        .dateline()
        .expect("the article has a date line");
    let items = all_items(deck, 0);
    let of = |fact: &'static str| items.iter().filter(move |i| i.fact_ids == [fact]);
    // « ce matin » and « avril dernier »: the day and the year come from the date line; so
    // does the year of « En 2021, Jean-Michel Mis était député ».
    for fact in [
        "report-handed-date",
        "mis-tasked-april",
        "mis-role-deputy",
        "bill-before-assembly",
    ] {
        assert!(of(fact).count() >= 2, "{fact}");
        for item in of(fact) {
            assert_eq!(
                item.quotes.last().map(String::as_str),
                Some(dateline),
                "{}",
                item.id
            );
        }
    }
    // « Nice en 2019 » states its year: the quote is enough.
    for item in of("nice-trial-2019").chain(of("report-for-responsible-use")) {
        assert_eq!(item.quotes.len(), 1, "{}", item.id);
    }
}

#[test]
fn french_clozes_cut_from_the_article_are_in_french_typography() {
    let items = all_items(builtin_deck(), 0);
    let cut: Vec<&str> = items
        .iter()
        .filter_map(|i| match &i.answer {
            Answer::Cloze { text, .. } if i.prompt.fr.starts_with("Complétez la phrase") => {
                Some(text.fr.as_str())
            }
            _ => None,
        })
        .collect();
    assert!(cut.len() > 40, "{}", cut.len());
    for text in &cut {
        assert!(!text.contains(['"', '\'', '“', '”']), "{text}");
        for mark in [" ?", " :", " ;", " !", "« ", " »"] {
            assert!(!text.contains(mark), "plain space in {mark:?}: {text}");
        }
    }
    assert!(cut.iter().any(|t| t.contains("«\u{a0}_____\u{a0}»")));
}

#[test]
fn a_quoted_object_keeps_its_marks_around_the_blank() {
    let items = all_items(builtin_deck(), 0);
    let cloze = items
        .iter()
        .find(|i| i.id == "cloze:fears-answer-control")
        .expect("the cloze of « contrôle »");
    let Answer::Cloze { text, blank, .. } = &cloze.answer else {
        panic!("not a cloze");
    };
    assert!(
        text.en
            .contains("“transparency”, “_____”, “awareness-raising”"),
        "{}",
        text.en
    );
    assert_eq!(blank.en, "oversight");
}

#[test]
fn random_synthetic_decks_hold_the_same_properties() {
    for deck_seed in 0..60 {
        let deck = synthetic::deck(deck_seed, 10 + (deck_seed as usize * 7) % 60)
            .unwrap_or_else(|e| panic!("synthetic deck {deck_seed} is invalid: {e}"));
        for seed in [3, 99] {
            for item in all_items(&deck, seed) {
                check_item(&deck, &item);
            }
            check_quiz(&generate(&deck, seed, &Settings::default()).items);
        }
    }
}

#[test]
fn same_deck_seed_and_settings_give_the_same_quiz() {
    let deck = builtin_deck();
    let settings = Settings {
        count: Some(20),
        ..Settings::default()
    };
    let a = generate(deck, 7, &settings);
    assert_eq!(a, generate(deck, 7, &settings));
    let b = generate(deck, 8, &settings);
    assert_ne!(
        a.items.iter().map(|i| &i.id).collect::<Vec<_>>(),
        b.items.iter().map(|i| &i.id).collect::<Vec<_>>()
    );
}

#[test]
fn settings_select_kinds_categories_topics_and_difficulty() {
    let deck = builtin_deck();
    let only = |settings: Settings| generate(deck, 1, &settings).items;
    let mc = only(Settings {
        kinds: vec![ItemKind::MultipleChoice],
        ..Settings::default()
    });
    assert!(!mc.is_empty() && mc.iter().all(|i| i.kind == ItemKind::MultipleChoice));
    let figures = only(Settings {
        categories: vec![Category::Figure],
        ..Settings::default()
    });
    assert!(
        !figures.is_empty()
            && figures
                .iter()
                .all(|i| i.categories.contains(&Category::Figure))
    );
    let topic = only(Settings {
        topics: vec!["oversight".into()],
        ..Settings::default()
    });
    assert!(
        !topic.is_empty()
            && topic
                .iter()
                .all(|i| i.topics.contains(&"oversight".to_string()))
    );
    let easy = only(Settings {
        difficulties: vec![1],
        ..Settings::default()
    });
    assert!(!easy.is_empty() && easy.iter().all(|i| i.difficulty == 1));
}

#[test]
fn asking_for_more_than_exist_returns_what_exists_and_says_how_many() {
    let deck = builtin_deck();
    let settings = Settings {
        kinds: vec![ItemKind::Ordering],
        count: Some(50),
        ..Settings::default()
    };
    let quiz = generate(deck, 3, &settings);
    let all = generate(
        deck,
        3,
        &Settings {
            count: None,
            ..settings.clone()
        },
    );
    assert!(quiz.items.len() < 50);
    assert_eq!(quiz.items, all.items, "every one that exists");
    assert!(quiz.is_short_of(&settings));
    let enough = Settings {
        count: Some(quiz.items.len()),
        ..settings
    };
    let quiz = generate(deck, 3, &enough);
    assert_eq!(quiz.items.len(), all.items.len());
    assert!(!quiz.is_short_of(&enough));
}

/// Golden quizzes: the same seed must give these exact items on every platform and release.
/// After an intended change, regenerate with `UPDATE_GOLDEN=1 cargo test golden`.
#[test]
fn golden_quizzes() {
    let deck = builtin_deck();
    let mut out = String::new();
    for (seed, kinds) in [
        (7, vec![]),
        (11, vec![ItemKind::MultipleChoice, ItemKind::TrueFalse]),
        (
            2021,
            vec![ItemKind::Matching, ItemKind::Ordering, ItemKind::Categorize],
        ),
    ] {
        let settings = Settings {
            kinds,
            count: Some(8),
            ..Settings::default()
        };
        for item in generate(deck, seed, &settings).items {
            let json = vigie_core::export::to_json(&item, Lang::Fr);
            out.push_str(&format!(
                "seed {seed}: {}\n",
                serde_json::json!({
                    "id": json["id"], "prompt": json["prompt"], "options": json.get("options"),
                    "answer": json.get("answer"),
                })
            ));
        }
    }
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/quizzes.txt");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(path, &out).expect("write golden file");
    }
    let golden = std::fs::read_to_string(path).expect("golden file present");
    assert_eq!(
        out, golden,
        "generated quizzes differ from tests/golden/quizzes.txt"
    );
}

/// What a quiz is, written out plainly: every item the generator writes, those matching the
/// settings, shuffled, less those the linter drops, one per prompt, no fact twice, the first
/// `count`. `generate` plans items and writes only those it keeps; it must give exactly this.
fn quiz_by_definition(deck: &Deck, seed: u64, settings: &Settings) -> Vec<Item> {
    let mut items: Vec<(Item, Vec<lint::Finding>)> = lint::candidates(deck, seed)
        .into_iter()
        .filter(|(i, _)| {
            (settings.kinds.is_empty() || settings.kinds.contains(&i.kind))
                && (settings.categories.is_empty()
                    || i.categories.iter().any(|c| settings.categories.contains(c)))
                && (settings.topics.is_empty()
                    || i.topics.iter().any(|t| settings.topics.contains(t)))
                && (settings.difficulties.is_empty()
                    || settings.difficulties.contains(&i.difficulty))
        })
        .collect();
    Stream::new(seed, "quiz-order").shuffle(&mut items);
    let items: Vec<Item> = items
        .into_iter()
        .filter(|(i, found)| i.kind == ItemKind::Flashcard || found.is_empty())
        .map(|(i, _)| i)
        .collect();
    // A cloze shows the other objects of its subject and relation: it touches their facts.
    let touched = |i: &Item| -> Vec<String> {
        let mut ids = i.fact_ids.clone();
        if i.kind == ItemKind::Cloze {
            for own in &i.fact_ids {
                if let Some(f) = deck.fact(own) {
                    ids.extend(
                        deck.facts
                            .iter()
                            .filter(|s| s.subject == f.subject && s.relation == f.relation)
                            .map(|s| s.id.clone()),
                    );
                }
            }
        }
        ids
    };
    let mut seen = HashSet::new();
    let mut facts = HashSet::new();
    let mut quiz: Vec<Item> = Vec::new();
    let mut shown: Vec<lint::Footprint> = Vec::new();
    for i in items {
        let ids = touched(&i);
        let fresh = ids.iter().all(|f| !facts.contains(f));
        let footprint = lint::Footprint::of(&i);
        let shows = shown.iter().any(|f| footprint.clashes_with(f));
        if fresh && !shows && seen.insert(i.prompt.fr.clone()) {
            facts.extend(ids);
            shown.push(footprint);
            quiz.push(i);
        }
    }
    quiz.truncate(settings.count.unwrap_or(usize::MAX));
    quiz
}

#[test]
fn a_quiz_written_from_plans_is_the_quiz_by_definition() {
    let settings = [
        Settings::default(),
        Settings {
            count: Some(12),
            ..Settings::default()
        },
        Settings {
            difficulties: vec![3],
            count: Some(8),
            ..Settings::default()
        },
        Settings {
            kinds: vec![
                ItemKind::TypedAnswer,
                ItemKind::Flashcard,
                ItemKind::Matching,
            ],
            categories: vec![Category::Proposal, Category::Event],
            count: Some(20),
            ..Settings::default()
        },
        Settings {
            topics: vec!["t1".into(), "drones".into()],
            difficulties: vec![2],
            ..Settings::default()
        },
    ];
    let decks: Vec<Deck> = (1..=6)
        .map(|seed| synthetic::deck(seed, 30 + 10 * seed as usize).expect("valid"))
        .chain([builtin_deck().clone()])
        .collect();
    for deck in &decks {
        for (seed, settings) in settings.iter().enumerate() {
            let seed = seed as u64 * 31 + 5;
            assert_eq!(
                generate(deck, seed, settings).items,
                quiz_by_definition(deck, seed, settings),
                "deck {}, seed {seed}, {settings:?}",
                deck.facts.len()
            );
        }
    }
}

#[test]
fn the_quiz_builders_count_is_the_quizs_length_without_writing_items() {
    use vigie_core::deck::Category;
    use vigie_core::generate::{generate, Availability, ItemKind, Settings};
    let deck = vigie_core::builtin::deck().expect("valid");
    let kinds: Vec<Vec<ItemKind>> = vec![
        vec![],
        vec![ItemKind::MultipleChoice],
        vec![ItemKind::Cloze, ItemKind::TrueFalse],
        vec![ItemKind::Matching, ItemKind::Ordering, ItemKind::Categorize],
        vec![ItemKind::Flashcard, ItemKind::TypedAnswer],
    ];
    for seed in [0, 9] {
        let availability = Availability::new(deck, seed);
        let mut checked = 0;
        for kinds in &kinds {
            for categories in [
                vec![],
                vec![Category::Proposal],
                vec![Category::Event, Category::Safeguard],
            ] {
                for difficulties in [vec![], vec![1], vec![2, 3]] {
                    for count in [None, Some(5), Some(20)] {
                        let settings = Settings {
                            kinds: kinds.clone(),
                            categories: categories.clone(),
                            difficulties: difficulties.clone(),
                            count,
                            ..Settings::default()
                        };
                        let expected = generate(deck, seed, &settings).items.len();
                        assert_eq!(availability.count(&settings), expected, "{settings:?}");
                        checked += usize::from(expected > 0);
                    }
                }
            }
        }
        assert!(checked > 50, "most settings give items");
        let topic = Settings {
            topics: vec![deck.topics[0].id.clone()],
            ..Settings::default()
        };
        assert_eq!(
            availability.count(&topic),
            generate(deck, seed, &topic).items.len()
        );
    }
}

#[test]
fn the_study_page_and_the_quiz_pages_write_the_same_cards() {
    // The study page scans the article's passages, the quiz pages index them: a reverse card
    // depends on how many passages name its value, so both must count alike.
    let decks: Vec<Deck> = (1..=4)
        .map(|seed| synthetic::deck(seed, 60 * seed as usize).expect("valid"))
        .chain([builtin_deck().clone()])
        .collect();
    for deck in &decks {
        let quizzed: Vec<Item> = all_items(deck, 0)
            .into_iter()
            .filter(|i| i.kind == ItemKind::Flashcard)
            .collect();
        assert_eq!(
            flashcards(deck),
            quizzed,
            "deck of {} facts",
            deck.facts.len()
        );
        assert!(quizzed
            .iter()
            .any(|i| i.id.starts_with("flashcard-reverse:")));
    }
}

#[test]
fn no_item_written_from_the_deck_leans_on_a_missing_sentence() {
    // "also", « en outre », « par ailleurs », « également » refer to a sentence before; an item
    // is read alone. (Clozes cut from the article keep the article's own words.)
    const LINKS: [&str; 6] = [
        " also ",
        "what else",
        "en outre",
        "par ailleurs",
        "également",
        " aussi ",
    ];
    for item in all_items(builtin_deck(), 0) {
        if item
            .prompt
            .fr
            .starts_with("Complétez la phrase de l’article")
        {
            continue;
        }
        for lang in Lang::ALL {
            for text in item.texts(lang) {
                let text = format!(" {} ", text.to_lowercase());
                assert!(
                    !LINKS.iter().any(|l| text.contains(l)),
                    "{}: {text}",
                    item.id
                );
            }
        }
    }
}

/// How often each place holds the right option of a multiple-choice item.
fn key_places(items: &[Item]) -> Vec<usize> {
    let mut places = vec![0; 4];
    for item in items {
        if let Answer::MultipleChoice { correct, .. } = item.answer {
            places[correct] += 1;
        }
    }
    places
}

#[test]
fn the_right_option_takes_each_place_as_often_in_a_shuffled_order() {
    let deck = builtin_deck();
    for seed in [0, 1, 7, 42, 99, 1234, 2024, u64::MAX] {
        let places = key_places(&all_items(deck, seed));
        let (least, most) = (places.iter().min(), places.iter().max());
        assert!(
            most.zip(least).is_some_and(|(m, l)| m - l <= 1),
            "seed {seed}: right option per place {places:?}"
        );
        // …in no order a student could learn: not each place in turn.
        let items = all_items(deck, seed);
        let sequence: Vec<usize> = items
            .iter()
            .filter_map(|i| match i.answer {
                Answer::MultipleChoice { correct, .. } => Some(correct),
                _ => None,
            })
            .collect();
        assert!(
            sequence.windows(5).any(|w| w[4] != w[0]) && sequence.windows(2).any(|w| w[0] == w[1]),
            "seed {seed}: the places run in a cycle {sequence:?}"
        );
        // A printed variant moves every right option by its number: as balanced.
        for n in 1..4 {
            let moved = vigie_core::quiz::variant(&items, seed, n);
            let mut shifted = places.clone();
            shifted.rotate_right(n);
            assert_eq!(key_places(&moved), shifted, "seed {seed}, variant {n}");
            for after in &moved {
                let before = items.iter().find(|i| i.id == after.id).expect("same items");
                if let (
                    Answer::MultipleChoice {
                        options: o,
                        correct: c,
                    },
                    Answer::MultipleChoice {
                        options: p,
                        correct: d,
                    },
                ) = (&before.answer, &after.answer)
                {
                    assert_eq!(o[*c], p[*d], "{}: the key follows its option", after.id);
                    let sorted = |v: &[vigie_core::deck::Text]| {
                        let mut v: Vec<String> = v.iter().map(|t| t.fr.clone()).collect();
                        v.sort();
                        v
                    };
                    assert_eq!(sorted(o), sorted(p), "{}: the same options", after.id);
                }
            }
        }
    }
}

#[test]
fn a_reverse_card_has_one_right_back() {
    let mut decks = vec![builtin_deck().clone()];
    decks.extend((1..4).filter_map(|seed| synthetic::deck(seed, 300).ok()));
    for deck in &decks {
        let items = all_items(deck, 0);
        let reverse = items
            .iter()
            .filter(|i| i.id.starts_with("flashcard-reverse:"));
        for item in reverse {
            let fact = deck.fact(&item.fact_ids[0]).expect("its fact");
            if let Value::Entity(id) = &fact.object {
                for other in deck.facts.iter().filter(|f| &f.subject == id) {
                    assert_eq!(
                        other.quote, fact.quote,
                        "{}: the article says more of {id} ({})",
                        item.id, other.id
                    );
                }
            }
        }
    }
    let ids: Vec<String> = all_items(builtin_deck(), 0)
        .into_iter()
        .map(|i| i.id)
        .collect();
    for gone in ["inspired-by-bercy", "drones-regulated-by-rpsi-bill"] {
        assert!(
            !ids.contains(&format!("flashcard-reverse:{gone}")),
            "{gone}"
        );
    }
    assert!(ids.contains(&"flashcard-reverse:nice-facial-recognition-2019".to_string()));
}

#[test]
fn a_deck_with_fair_sets_gives_matching_and_ordering_and_every_item_holds() {
    let deck = crate::fixtures::sets();
    for seed in [0, 7, 2024] {
        let items = all_items(deck, seed);
        for kind in [ItemKind::Matching, ItemKind::Ordering] {
            assert!(
                items.iter().any(|i| i.kind == kind),
                "seed {seed}: no {kind:?}"
            );
        }
        for item in &items {
            check_item(deck, item);
        }
        check_quiz(&generate(deck, seed, &Settings::default()).items);
    }
}

/// The sets deck, its JSON changed by `edit`.
fn sets_edited(edit: impl FnOnce(&mut serde_json::Value)) -> Deck {
    let mut json: serde_json::Value =
        serde_json::from_str(include_str!("../fixtures/sets.deck.json")).expect("JSON");
    edit(&mut json);
    Deck::from_json(&json.to_string(), include_str!("../fixtures/sets.txt")).expect("valid")
}

#[test]
fn a_matching_set_holds_only_answers_that_are_options_of_every_question() {
    // The four roles split into two groups of two facts, each group listing only its own
    // facts' answers: the roles are still of one type, but no longer options of one
    // another's questions, so a student could pair them by what each question names.
    let deck = sets_edited(|json| {
        let groups = json["exclusive_groups"].as_array_mut().expect("groups");
        let roles = groups
            .iter()
            .position(|g| g["id"] == "roles")
            .expect("roles");
        let role = |e: &str| serde_json::json!({ "entity": e });
        groups[roles]["facts"] = serde_json::json!(["alice-role", "bruno-role"]);
        groups[roles]["members"] = serde_json::json!([
            role("role-deputy-mayor"),
            role("role-opposition"),
            role("role-mayor")
        ]);
        groups.push(serde_json::json!({
            "id": "roles-2", "about": { "fr": "Fonctions", "en": "Positions" },
            "facts": ["chloe-role", "david-role"],
            "members": [role("role-association"), role("role-police"), role("role-mayor")]
        }));
    });
    let matching: Vec<Item> = all_items(&deck, 0)
        .into_iter()
        .filter(|i| i.kind == ItemKind::Matching)
        .collect();
    assert!(
        matching
            .iter()
            .all(|i| !i.fact_ids.contains(&"alice-role".to_string())),
        "{matching:#?}"
    );
    // Each set left pairs answers that are options of every one of its questions.
    for item in all_items(crate::fixtures::sets(), 0)
        .iter()
        .filter(|i| i.kind == ItemKind::Matching)
    {
        let facts: Vec<&vigie_core::deck::Fact> = item
            .fact_ids
            .iter()
            .filter_map(|id| crate::fixtures::sets().facts.iter().find(|f| &f.id == id))
            .collect();
        for a in &facts {
            let group = crate::fixtures::sets()
                .groups
                .iter()
                .find(|g| g.facts.contains(&a.id))
                .expect("a group");
            assert!(
                facts.iter().all(|b| group.members.contains(&b.object)),
                "{}",
                item.id
            );
        }
    }
}

#[test]
fn an_event_whose_date_has_no_fair_wrong_dates_is_not_put_in_order() {
    // Without the group of years, each date is one general knowledge may give (the 2024
    // Olympics): the deck gives no ordering item, as the built-in deck does not.
    let deck = sets_edited(|json| {
        let groups = json["exclusive_groups"].as_array_mut().expect("groups");
        groups.retain(|g| g["id"] != "years");
    });
    assert!(all_items(&deck, 0)
        .iter()
        .all(|i| i.kind != ItemKind::Ordering));
    assert!(all_items(crate::fixtures::sets(), 0)
        .iter()
        .any(|i| i.kind == ItemKind::Ordering));
}

#[test]
fn the_kinds_a_deck_gives_are_those_a_quiz_of_that_kind_alone_is_not_empty_for() {
    use vigie_core::generate::Availability;
    for deck in [builtin_deck(), crate::fixtures::sets()] {
        let availability = Availability::new(deck, 0);
        for kind in ItemKind::ALL {
            let alone = Settings {
                kinds: vec![kind],
                ..Settings::default()
            };
            assert_eq!(
                availability.gives(kind),
                !generate(deck, 0, &alone).items.is_empty(),
                "{kind:?}"
            );
        }
    }
    let builtin = Availability::new(builtin_deck(), 0);
    assert!(!builtin.gives(ItemKind::Matching) && !builtin.gives(ItemKind::Ordering));
}

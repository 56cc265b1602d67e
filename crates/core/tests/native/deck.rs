//! The deck loader: a good file loads; each kind of bad file is refused with the fact or
//! entity id, the field and what is wrong.

use serde_json::{json, Value};
use vigie_core::deck::{Deck, DeckError, Problem, Section};

const MINI: &str = include_str!("../fixtures/mini.deck.json");
const MINI_ARTICLE: &str = include_str!("../fixtures/mini.txt");

fn mini() -> Value {
    serde_json::from_str(MINI).expect("fixture is JSON")
}

/// Loads `deck` and returns its errors (panics if it loads).
fn errors_of(deck: Value) -> Vec<DeckError> {
    match Deck::from_json(&deck.to_string(), MINI_ARTICLE) {
        Ok(_) => panic!("the bad deck was accepted"),
        Err(e) => e.0,
    }
}

/// Asserts that the only error is `problem` at `section` `id`, `field`.
fn assert_single(deck: Value, section: Section, id: &str, field: &str, problem: Problem) {
    let errors = errors_of(deck);
    let expected = DeckError::Invalid {
        section,
        id: id.into(),
        field: field.into(),
        problem,
    };
    assert_eq!(errors, vec![expected]);
}

#[test]
fn the_small_example_loads_with_its_quotes_located() {
    let deck = Deck::from_json(MINI, MINI_ARTICLE).expect("valid");
    assert_eq!(deck.facts.len(), 2);
    assert_eq!(deck.facts[0].sentences, vec![1]);
    assert_eq!(deck.facts[1].sentences, vec![2]);
    // The headline (sentence 0) is the one claim no fact quotes.
    assert_eq!(deck.uncovered_sentences(), vec![0]);
    assert_eq!(deck.meta.author, "Jeanne Dupont");
}

#[test]
fn unknown_entity_reference() {
    let mut deck = mini();
    deck["facts"][0]["subject"] = json!("cnl");
    assert_single(
        deck,
        Section::Fact,
        "cnil-asks",
        "subject",
        Problem::UnknownReference {
            kind: Section::Entity,
            id: "cnl".into(),
        },
    );
}

#[test]
fn unknown_entity_in_an_object() {
    let mut deck = mini();
    deck["facts"][0]["object"] = json!({ "entity": "hadopi" });
    let errors = errors_of(deck);
    assert!(errors.contains(&DeckError::Invalid {
        section: Section::Fact,
        id: "cnil-asks".into(),
        field: "object".into(),
        problem: Problem::UnknownReference {
            kind: Section::Entity,
            id: "hadopi".into()
        },
    }));
}

#[test]
fn duplicate_id_between_a_fact_and_an_entity() {
    let mut deck = mini();
    deck["facts"][1]["id"] = json!("cnil");
    let errors = errors_of(deck);
    assert!(errors.contains(&DeckError::Invalid {
        section: Section::Fact,
        id: "cnil".into(),
        field: "id".into(),
        problem: Problem::DuplicateId("cnil".into()),
    }));
}

#[test]
fn duplicate_fact_id() {
    let mut deck = mini();
    deck["facts"][1]["id"] = json!("cnil-asks");
    let errors = errors_of(deck);
    assert_eq!(
        errors[0],
        DeckError::Invalid {
            section: Section::Fact,
            id: "cnil-asks".into(),
            field: "id".into(),
            problem: Problem::DuplicateId("cnil-asks".into()),
        }
    );
}

#[test]
fn a_rejected_answer_cannot_be_accepted_too() {
    let mut deck = mini();
    deck["facts"][0]["accept"] = json!(["davantage de prévisions"]);
    deck["facts"][0]["reject"] = json!(["prévision"]);
    assert_single(
        deck,
        Section::Fact,
        "cnil-asks",
        "reject",
        Problem::RejectedAndAccepted("prévision".into()),
    );
    let mut deck = mini();
    deck["facts"][0]["reject"] = json!(["prévision"]);
    let loaded = Deck::from_json(&deck.to_string(), MINI_ARTICLE).expect("loads");
    assert_eq!(loaded.facts[0].reject, ["prévision"]);
}

#[test]
fn quote_not_in_the_article() {
    let mut deck = mini();
    deck["facts"][0]["quote"] = json!("La Cnil réclame l'interdiction");
    assert_single(
        deck,
        Section::Fact,
        "cnil-asks",
        "quote",
        Problem::QuoteNotInArticle("La Cnil réclame l'interdiction".into()),
    );
}

#[test]
fn a_quote_with_other_apostrophes_is_not_verbatim() {
    let mut deck = mini();
    deck["facts"][0]["quote"] = json!("davantage d’encadrement");
    let errors = errors_of(deck);
    assert!(matches!(
        errors[0].problem(),
        Some(Problem::QuoteNotInArticle(_))
    ));
}

#[test]
fn missing_english_text() {
    let mut deck = mini();
    deck["facts"][1]["statement"] = json!({ "fr": "La Cnil l’a dit en 2022." });
    assert_single(
        deck,
        Section::Fact,
        "cnil-year",
        "statement",
        Problem::MissingLanguage("English"),
    );
}

#[test]
fn missing_french_text_in_an_entity_name() {
    let mut deck = mini();
    deck["entities"][1]["name"] = json!({ "fr": "  ", "en": "Arcep" });
    assert_single(
        deck,
        Section::Entity,
        "arcep",
        "name",
        Problem::MissingLanguage("French"),
    );
}

#[test]
fn exclusive_group_mixing_types() {
    let mut deck = mini();
    deck["exclusive_groups"][1]["members"][2] = json!({ "entity": "nice" });
    assert_single(
        deck,
        Section::Group,
        "year",
        "members",
        Problem::MixedGroup {
            first: "dates".into(),
            other: "entities of type place".into(),
        },
    );
}

#[test]
fn exclusive_group_mixing_entity_types() {
    let mut deck = mini();
    deck["exclusive_groups"][1]["members"] = json!([{ "entity": "cnil" }, { "entity": "nice" }]);
    let errors = errors_of(deck);
    assert!(errors.iter().any(|e| matches!(
        e.problem(),
        Some(Problem::MixedGroup { first, other })
            if first == "entities of type institution" && other == "entities of type place"
    )));
}

#[test]
fn exclusive_group_without_the_true_answer() {
    let mut deck = mini();
    deck["exclusive_groups"][1]["members"] = json!([{ "date": "2019" }, { "date": "2024" }]);
    assert_single(
        deck,
        Section::Group,
        "year",
        "facts",
        Problem::ObjectNotInGroup("cnil-year".into()),
    );
}

#[test]
fn empty_field() {
    let mut deck = mini();
    deck["facts"][0]["quote"] = json!("");
    assert_single(deck, Section::Fact, "cnil-asks", "quote", Problem::Empty);
}

#[test]
fn missing_field_is_reported_as_empty() {
    let mut deck = mini();
    deck["facts"][0].as_object_mut().unwrap().remove("topic");
    assert_single(deck, Section::Fact, "cnil-asks", "topic", Problem::Empty);
}

#[test]
fn unknown_category() {
    let mut deck = mini();
    deck["facts"][0]["category"] = json!("opinion");
    assert_single(
        deck,
        Section::Fact,
        "cnil-asks",
        "category",
        Problem::UnknownCategory("opinion".into()),
    );
}

#[test]
fn unknown_entity_type() {
    let mut deck = mini();
    deck["entities"][2]["type"] = json!("city");
    assert_single(
        deck,
        Section::Entity,
        "nice",
        "type",
        Problem::UnknownEntityType("city".into()),
    );
}

#[test]
fn bad_date_and_difficulty() {
    let mut deck = mini();
    deck["facts"][1]["object"] = json!({ "date": "2022-13" });
    deck["facts"][1]["difficulty"] = json!(4);
    let errors = errors_of(deck);
    let problems: Vec<_> = errors.iter().filter_map(DeckError::problem).collect();
    assert!(problems.contains(&&Problem::BadDate("2022-13".into())));
    assert!(problems.contains(&&Problem::BadDifficulty(4)));
}

#[test]
fn relation_template_without_its_placeholder() {
    let mut deck = mini();
    deck["relations"][0]["statement"]["en"] = json!("{subject} asks for it.");
    assert_single(
        deck,
        Section::Relation,
        "asks_for",
        "statement",
        Problem::MissingPlaceholder("{object}"),
    );
}

#[test]
fn article_title_must_be_the_headline() {
    let mut deck = mini();
    deck["article"]["title"] = json!("Un autre titre");
    let errors = errors_of(deck);
    assert!(matches!(
        errors[0].problem(),
        Some(Problem::TitleMismatch { .. })
    ));
}

#[test]
fn errors_say_where_and_what_in_words() {
    let mut deck = mini();
    deck["facts"][0]["subject"] = json!("cnl");
    let message = Deck::from_json(&deck.to_string(), MINI_ARTICLE)
        .unwrap_err()
        .to_string();
    assert_eq!(
        message,
        "1 problem in the deck file:\n- fact `cnil-asks`, field `subject`: names entity `cnl`, which the deck does not define\n"
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut deck = mini();
    deck["facts"][0]["category"] = json!("opinion");
    deck["facts"][1]["quote"] = json!("absent");
    deck["entities"][0]["name"] = json!({});
    assert!(errors_of(deck).len() >= 4);
}

#[test]
fn not_json_and_wrong_format() {
    let err = Deck::from_json("{ \"format\": 1,", MINI_ARTICLE).unwrap_err();
    assert!(matches!(err.0[0], DeckError::Syntax { .. }));
    let mut deck = mini();
    deck["format"] = json!(2);
    assert_eq!(
        errors_of(deck),
        vec![DeckError::UnsupportedFormat {
            found: 2,
            supported: 1
        }]
    );
}

#[test]
fn the_loader_never_panics() {
    let inputs = [
        "",
        "null",
        "[]",
        "{}",
        "\"x\"",
        "{\"format\":1}",
        "{\"format\":1,\"facts\":[{}]}",
        "{\"format\":1,\"exclusive_groups\":[{\"members\":[]}]}",
        "{\"format\":1,\"facts\":[{\"object\":{\"number\":1,\"text\":{}}}]}",
        "{\"format\":1,\"facts\":[{\"difficulty\":-9223372036854775808}]}",
    ];
    for input in inputs {
        let _ = Deck::from_json(input, MINI_ARTICLE);
    }
    // Every truncation of a valid file, too.
    for end in (0..MINI.len()).filter(|&i| MINI.is_char_boundary(i)) {
        let _ = Deck::from_json(&MINI[..end], MINI_ARTICLE);
    }
}

// ---- Self-contained deck files, as a learner adds them: untrusted bytes.

/// The mini deck as one file, the article's text inside.
fn mini_file() -> Value {
    let packed = vigie_core::deck::pack(MINI, MINI_ARTICLE).expect("packs");
    serde_json::from_str(&packed).expect("JSON")
}

fn file_errors(bytes: &[u8]) -> Vec<DeckError> {
    match Deck::from_file(bytes) {
        Ok(_) => panic!("the bad file was accepted"),
        Err(e) => e.0,
    }
}

#[test]
fn a_packed_deck_file_loads_to_the_same_deck() {
    let file = mini_file().to_string();
    let from_file = Deck::from_file(file.as_bytes()).expect("loads");
    let from_seed = Deck::from_json(MINI, MINI_ARTICLE).expect("loads");
    assert_eq!(from_file.facts, from_seed.facts);
    assert_eq!(from_file.article, from_seed.article);
    let builtin = vigie_core::deck::pack(
        vigie_core::builtin::DECK_JSON,
        vigie_core::builtin::ARTICLE_TEXT,
    )
    .expect("packs");
    let deck = Deck::from_file(builtin.as_bytes()).expect("the built-in deck is one such file");
    assert_eq!(
        &deck.facts,
        &vigie_core::builtin::deck().expect("valid").facts
    );
}

#[test]
fn files_that_are_not_decks_are_refused_in_words() {
    let big = vec![b' '; vigie_core::deck::MAX_FILE_BYTES + 1];
    assert!(matches!(
        file_errors(&big)[..],
        [DeckError::TooLarge { .. }]
    ));
    assert_eq!(file_errors(b"\xff\xfe{}"), [DeckError::NotText]);
    assert!(matches!(
        file_errors(b"{\n  \"format\": 1,\n  oops")[..],
        [DeckError::Syntax { line: 3, .. }]
    ));
    // Deep nesting is refused (or, in a field the loader ignores, skipped) without recursion.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(matches!(
        file_errors(deep.as_bytes())[..],
        [DeckError::NotADeck { .. }]
    ));
    let mut ignored = mini_file().to_string();
    ignored.insert_str(
        1,
        &format!("\"x\": {}{},", "[".repeat(100_000), "]".repeat(100_000)),
    );
    assert!(Deck::from_file(ignored.as_bytes()).is_ok());
    assert!(matches!(
        file_errors(b"[1, 2]")[..],
        [DeckError::NotADeck { .. }]
    ));
    assert!(matches!(
        file_errors(b"{\"hello\": 1}")[..],
        [DeckError::NotADeck { .. }]
    ));
    let mut newer = mini_file();
    newer["format"] = json!(99);
    assert_eq!(
        file_errors(newer.to_string().as_bytes()),
        [DeckError::UnsupportedFormat {
            found: 99,
            supported: 1
        }]
    );
}

#[test]
fn a_deck_file_must_hold_its_article_and_links_only_to_the_web() {
    let mut no_text = mini_file();
    no_text["article"].as_object_mut().unwrap().remove("text");
    assert!(file_errors(no_text.to_string().as_bytes())
        .iter()
        .any(|e| matches!(e, DeckError::Invalid { field, .. } if field == "text")));
    for bad in [
        "javascript:alert(1)",
        "data:text/html,x",
        "https://",
        "//evil.example",
    ] {
        let mut file = mini_file();
        file["article"]["url"] = json!(bad);
        assert!(
            file_errors(file.to_string().as_bytes())
                .iter()
                .any(|e| e.problem() == Some(&Problem::NotWebAddress(bad.to_string()))),
            "{bad}"
        );
    }
    let mut good = mini_file();
    good["article"]["url"] = json!("https://www.example.org/article?id=1");
    good["article"]["outlet"] = json!("Le Journal");
    let deck = Deck::from_file(good.to_string().as_bytes()).expect("loads");
    assert_eq!(
        deck.meta.url.as_deref(),
        Some("https://www.example.org/article?id=1")
    );
    assert_eq!(deck.meta.outlet.as_deref(), Some("Le Journal"));
}

#[test]
fn a_deck_files_identity_follows_its_content() {
    let a = mini_file().to_string();
    let mut changed = mini_file();
    changed["deck"]["version"] = json!(2);
    let b = changed.to_string();
    assert_eq!(
        vigie_core::deck::identity(a.as_bytes()),
        vigie_core::deck::identity(a.as_bytes())
    );
    assert_ne!(
        vigie_core::deck::identity(a.as_bytes()),
        vigie_core::deck::identity(b.as_bytes())
    );
    assert_eq!(vigie_core::deck::identity(a.as_bytes()).len(), 16);
}

#[test]
fn the_deck_file_example_of_the_docs_loads() {
    let doc = include_str!("../../../../docs/deck-format.md");
    let section = &doc[doc.find("## A deck file").expect("the section")..];
    let start = section.find("```json\n").expect("a JSON block") + 8;
    let end = start + section[start..].find("```").expect("its end");
    let deck = Deck::from_file(&section.as_bytes()[start..end]).expect("the example loads");
    assert_eq!(deck.facts.len(), 2);
    assert_eq!(deck.meta.outlet.as_deref(), Some("Le Journal d’exemple"));
}

#[test]
fn an_iso_date_is_read_as_precisely_as_it_is_written() {
    use vigie_core::deck::Date;
    let date = |year, month, day| Some(Date { year, month, day });
    assert_eq!(
        Date::from_iso("2021-09-09T08:30"),
        date(2021, Some(9), Some(9))
    );
    assert_eq!(Date::from_iso("2021-09-09"), date(2021, Some(9), Some(9)));
    assert_eq!(Date::from_iso("2021-09"), date(2021, Some(9), None));
    assert_eq!(Date::from_iso("2021"), date(2021, None, None));
    for bad in [
        "",
        "21-09-09",
        "2021-13-01",
        "2021-00",
        "2021-09-32",
        "2021-9-9",
        "hier",
        "2021-09-09-01",
        "２０２１",
    ] {
        assert_eq!(Date::from_iso(bad), None, "{bad}");
    }
    assert_eq!(
        vigie_core::render::date(
            Date::from_iso("2022-03-01").unwrap(),
            vigie_core::lang::Lang::Fr
        ),
        "1 mars 2022"
    );
}

mod draft {
    use vigie_core::builtin;
    use vigie_core::deck::draft::{check, new_draft, open_file, to_file, Editor};
    use vigie_core::deck::{pack, DeckError, Problem};

    #[test]
    fn a_deck_file_opened_in_the_editor_is_written_back_as_the_same_deck() {
        let file = pack(builtin::DECK_JSON, builtin::ARTICLE_TEXT).expect("packs");
        let draft = open_file(file.as_bytes()).expect("opens");
        let again = check(&draft).expect("still valid");
        let original = vigie_core::deck::Deck::from_file(file.as_bytes()).expect("valid");
        assert_eq!(again.facts, original.facts);
        assert_eq!(again.entities, original.entities);
        assert_eq!(again.meta, original.meta);
        // Written back and opened again: nothing moves.
        assert_eq!(open_file(to_file(&draft).as_bytes()).expect("opens"), draft);
    }

    #[test]
    fn an_invalid_draft_is_kept_and_its_problems_name_their_field() {
        let mut draft = new_draft();
        draft.article.text = Some("La Cnil réclame plus de contrôle.".into());
        let errors = check(&draft).expect_err("no title, no facts");
        assert!(!errors.0.is_empty());
        // Kept as it is: written and opened again, the same draft.
        assert_eq!(open_file(to_file(&draft).as_bytes()).expect("opens"), draft);
        // A quote that is not in the article is said on the fact's `quote` field.
        let mut fact = vigie_core::deck::draft::DraftFact {
            id: "cnil-asks".into(),
            quote: "La Cnil réclame moins".into(),
            ..Default::default()
        };
        fact.statement.fr = Some("x".into());
        draft.facts.push(fact);
        let errors = check(&draft).expect_err("invalid");
        assert!(
            errors.0.iter().any(|e| matches!(e,
            DeckError::Invalid { id, field, problem: Problem::QuoteNotInArticle(_), .. }
                if id == "cnil-asks" && field == "quote")),
            "{errors}"
        );
        // Not a deck at all is refused, as for any file.
        assert!(open_file(b"{\"a\": 1}").is_err());
        assert!(open_file(b"not json").is_err());
    }

    #[test]
    fn undo_and_redo_step_through_changes_and_typing_in_one_field_is_one_step() {
        let mut editor = Editor::new(new_draft());
        let start = editor.draft().clone();
        for text in ["L", "Le", "Le r"] {
            editor.change(Some("article:title"), |d| d.article.title = text.into());
        }
        editor.change(Some("article:author"), |d| {
            d.article.author = "Jeanne".into()
        });
        editor.change(None, |d| d.topics.clear());
        // Nothing changed: no step.
        editor.change(None, |d| d.topics.clear());
        assert!(editor.undo());
        assert_eq!(editor.draft().topics.len(), 1);
        assert!(editor.undo());
        assert_eq!(editor.draft().article.author, "");
        assert_eq!(editor.draft().article.title, "Le r");
        assert!(editor.undo());
        assert_eq!(editor.draft(), &start);
        assert!(!editor.undo());
        assert!(editor.redo());
        assert_eq!(editor.draft().article.title, "Le r");
        // A new change after an undo drops what could be redone.
        editor.change(Some("article:title"), |d| d.article.title = "Autre".into());
        assert!(!editor.can_redo());
        assert!(editor.can_undo());
    }
}

mod wrong_answers {
    use vigie_core::deck::draft::{
        check, open_file, rename_fact, set_wrong_answers, sync_choices, wrong_answers, DraftText,
        DraftValue,
    };
    use vigie_core::deck::pack;
    use vigie_core::generate::{all_items, ItemKind};

    const MINI: &str = include_str!("../fixtures/mini.deck.json");
    const MINI_ARTICLE: &str = include_str!("../fixtures/mini.txt");

    fn text(fr: &str, en: &str) -> DraftValue {
        DraftValue {
            text: Some(DraftText {
                fr: Some(fr.into()),
                en: Some(en.into()),
            }),
            ..DraftValue::default()
        }
    }

    #[test]
    fn a_facts_wrong_answers_make_its_choice_questions_and_follow_its_id_and_object() {
        let file = pack(MINI, MINI_ARTICLE).expect("packs");
        let mut draft = open_file(file.as_bytes()).expect("opens");
        draft.exclusive_groups.clear();
        let kinds = |d: &_| {
            let deck = check(d).expect("valid");
            all_items(&deck, 0)
                .into_iter()
                .filter(|i| i.fact_ids.contains(&"cnil-asks".to_string()))
                .map(|i| i.kind)
                .collect::<Vec<_>>()
        };
        assert!(!kinds(&draft).contains(&ItemKind::MultipleChoice));

        // Three, for a question of four choices.
        let wrong = vec![
            text("moins d’encadrement", "less regulation"),
            text("aucun encadrement", "no regulation"),
            text("une interdiction totale", "a total ban"),
        ];
        set_wrong_answers(&mut draft, 0, wrong.clone());
        assert_eq!(wrong_answers(&draft, 0), wrong);
        assert!(kinds(&draft).contains(&ItemKind::MultipleChoice));
        assert!(kinds(&draft).contains(&ItemKind::TrueFalse));

        // Renamed: its group follows. Its object changed: still among the members.
        rename_fact(&mut draft, 0, "cnil-asks".into());
        rename_fact(&mut draft, 0, "cnil-demande".into());
        assert_eq!(draft.exclusive_groups[0].id, "cnil-demande-choix");
        assert_eq!(draft.exclusive_groups[0].facts, ["cnil-demande"]);
        draft.facts[0].object = text("un meilleur encadrement", "better regulation");
        sync_choices(&mut draft);
        check(&draft).expect("still valid");
        assert_eq!(wrong_answers(&draft, 0), wrong);

        // No wrong answers left: the group goes.
        set_wrong_answers(&mut draft, 0, Vec::new());
        assert!(draft.exclusive_groups.is_empty());
    }
}

mod draft_ids {
    use vigie_core::deck::draft::{
        new_draft, remove_fact, rename_fact, set_wrong_answers, sync_choices, wrong_answers,
        DraftFact, DraftValue,
    };

    fn date(d: &str) -> DraftValue {
        DraftValue {
            date: Some(d.into()),
            ..DraftValue::default()
        }
    }

    #[test]
    fn typing_one_facts_id_through_anothers_never_moves_wrong_answers() {
        let mut draft = new_draft();
        for (id, year) in [("fait-1", "2021"), ("fait-10", "2022")] {
            draft.facts.push(DraftFact {
                id: id.into(),
                object: date(year),
                ..DraftFact::default()
            });
        }
        set_wrong_answers(&mut draft, 0, vec![date("2019")]);
        set_wrong_answers(&mut draft, 1, vec![date("2024")]);
        // Backspacing `fait-10` to `fait-1` then on to `fait-` and `fait-9`.
        for typed in ["fait-1", "fait-", "fait-9"] {
            rename_fact(&mut draft, 1, typed.into());
            sync_choices(&mut draft);
        }
        assert_eq!(wrong_answers(&draft, 0), vec![date("2019")]);
        assert_eq!(draft.facts[0].id, "fait-1");
        // The second fact's group stayed under its old id while the ids collided.
        assert!(draft
            .exclusive_groups
            .iter()
            .any(|g| g.id == "fait-10-choix"));
        // Removing a fact removes its own group, and only its.
        remove_fact(&mut draft, 0);
        assert!(!draft
            .exclusive_groups
            .iter()
            .any(|g| g.id == "fait-1-choix"));
        assert_eq!(draft.facts.len(), 1);
    }
}

//! `vigie-cli items`: JSON for machines, Markdown for people, a usage message for mistakes.

use serde_json::Value;
use std::process::{Command, Output};

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vigie-cli"))
        .args(args)
        .output()
        .expect("vigie-cli runs")
}

fn items(args: &[&str]) -> Vec<Value> {
    let out = cli(args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    match serde_json::from_slice(&out.stdout).expect("JSON") {
        Value::Array(items) => items,
        other => panic!("not an array: {other}"),
    }
}

const KINDS: [&str; 8] = [
    "flashcard",
    "multiple_choice",
    "true_false",
    "cloze",
    "typed_answer",
    "matching",
    "ordering",
    "categorize",
];

#[test]
fn items_prints_every_item_as_a_json_array_with_the_documented_fields() {
    let items = items(&["items", "--lang", "fr", "--seed", "7"]);
    assert!(items.len() > 100);
    let article = vigie_core::builtin::article();
    for item in &items {
        assert!(item["id"].is_string());
        let kind = item["kind"].as_str().expect("kind");
        assert!(KINDS.contains(&kind), "{kind}");
        assert!(item["prompt"].as_str().is_some_and(|p| !p.is_empty()));
        assert!(item["fact_ids"]
            .as_array()
            .is_some_and(|a| !a.is_empty() && a.iter().all(Value::is_string)));
        let quotes = item["quotes"].as_array().expect("quotes");
        assert!(!quotes.is_empty());
        for q in quotes {
            let q = q.as_str().expect("string");
            assert!(
                article.locate(q).is_some() || article.dateline() == Some(q),
                "{q}"
            );
        }
        match kind {
            "multiple_choice" => {
                let options = item["options"].as_array().expect("options");
                let answer = item["answer"].as_u64().expect("answer index") as usize;
                assert!(options.iter().all(Value::is_string) && answer < options.len());
            }
            "true_false" => assert!(item["answer"].is_boolean()),
            _ => {}
        }
    }
    // The article gives no fair matching set and no events to order that general knowledge
    // does not already order (see `items_of_a_deck_file`).
    for kind in KINDS {
        let given = items.iter().any(|i| i["kind"] == kind);
        assert_eq!(given, !matches!(kind, "matching" | "ordering"), "{kind}");
    }
}

/// The sets fixture: four dated events and four roles, each set's answers options of one
/// another's questions.
const SETS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../core/tests/fixtures/sets.deck.json"
);

#[test]
fn items_of_a_deck_file_with_deck() {
    let items = items(&["items", "--deck", SETS, "--seed", "7"]);
    for kind in ["matching", "ordering", "multiple_choice", "cloze"] {
        assert!(items.iter().any(|i| i["kind"] == kind), "no {kind} item");
    }
    assert!(items
        .iter()
        .all(|i| i["id"] != "flashcard:report-handed-date"));
    let missing = cli(&["items", "--deck", "/nonexistent/deck.json"]);
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/nonexistent/deck.json"));
    let export = cli(&["export", "--deck", SETS, "--all", "--format", "gift"]);
    assert!(export.status.success());
    assert!(String::from_utf8_lossy(&export.stdout).contains("Lune-sur-Mer"));
}

#[test]
fn same_seed_same_output_and_english_on_request() {
    let a = cli(&["items", "--seed", "7"]);
    let b = cli(&["items", "--seed", "7"]);
    assert_eq!(a.stdout, b.stdout);
    let fr = items(&["items", "--lang", "fr", "--seed", "7"]);
    let en = items(&["items", "--lang", "en", "--seed", "7"]);
    assert_eq!(fr.len(), en.len());
    assert_eq!(fr[0]["id"], en[0]["id"]);
    assert_ne!(fr[0]["prompt"], en[0]["prompt"]);
    assert!(en.iter().any(|i| i["prompt"]
        .as_str()
        .unwrap_or("")
        .starts_with("True or false?")));
}

#[test]
fn markdown_is_for_people() {
    let out = cli(&["items", "--format", "markdown", "--seed", "7"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    // The matcher's leniency first, then the items.
    assert!(text.starts_with("*Les réponses tapées sont comparées avec indulgence"));
    assert!(text.contains("*\n\n## 1. "));
    assert!(text.contains("**Réponse\u{a0}:**"));
    assert!(text.contains("> Source\u{a0}: «\u{a0}"));
}

#[test]
fn bad_arguments_give_usage_and_a_non_zero_exit() {
    for args in [
        &[][..],
        &["quizz"][..],
        &["items", "--lang", "de"][..],
        &["items", "--seed", "-1"][..],
        &["items", "--seed"][..],
        &["items", "--format", "pdf"][..],
        &["items", "--verbose"][..],
        &["progress", "--reviews", "many"][..],
        &["progress", "--end", "tomorrow"][..],
    ] {
        let out = cli(args);
        assert!(!out.status.success(), "{args:?} should fail");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("usage: vigie-cli"), "{args:?}: {err}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn quiz_prints_a_code_and_the_code_gives_back_the_same_items() {
    let out = cli(&["quiz", "--seed", "7", "--count", "20", "--lang", "fr"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let quiz: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let code = quiz["code"].as_str().expect("code");
    let items = quiz["items"].as_array().expect("items");
    assert_eq!(items.len(), 20);
    let again = cli(&["quiz", "--code", code, "--lang", "fr"]);
    assert!(again.status.success());
    let again: Value = serde_json::from_slice(&again.stdout).expect("JSON");
    assert_eq!(again["items"], quiz["items"]);
    assert_eq!(again["code"], quiz["code"]);
}

#[test]
fn a_malformed_quiz_code_exits_non_zero_with_a_message() {
    for code in ["K7QM-OXRT", "ZZZZ-ZZZZ-ZZZZ", ""] {
        let out = cli(&["quiz", "--code", code]);
        assert!(!out.status.success(), "{code:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("quiz code"),
            "{code:?}"
        );
    }
    let out = cli(&["quiz", "--count", "3"]);
    assert!(!out.status.success());
}

#[test]
fn progress_prints_stored_progress_with_a_synthetic_log_for_the_benchmarks() {
    let out = cli(&["progress", "--reviews", "50", "--end", "1795867200000"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let progress = vigie_core::progress::decode(text.trim()).expect("the app reads it");
    assert_eq!(progress.log.len(), 50);
    assert_eq!(
        progress.log.all().last().map(|r| r.at),
        Some(1_795_867_200_000)
    );
    let deck = vigie_core::builtin::deck().expect("the built-in deck is valid");
    let cards = vigie_core::study::cards(deck);
    assert!(progress
        .log
        .all()
        .iter()
        .all(|r| cards.iter().any(|c| c.id == r.card)));
}

/// A deck file and its article in a fresh directory.
fn deck_dir(name: &str, deck: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("vigie-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/../core/tests/fixtures");
    std::fs::copy(format!("{fixtures}/mini.txt"), dir.join("mini.txt")).expect("article");
    std::fs::write(dir.join("mini.deck.json"), deck).expect("deck");
    dir.join("mini.deck.json")
}

const MINI: &str = include_str!("../../core/tests/fixtures/mini.deck.json");

#[test]
fn lint_names_every_problem_of_an_invalid_deck_file_and_fails() {
    let broken = MINI.replace(
        r#""subject": "cnil", "relation": "said_in""#,
        r#""subject": "cnail", "relation": "said_in""#,
    );
    let path = deck_dir("invalid", &broken);
    let out = cli(&["lint", path.to_str().expect("utf-8 path")]);
    assert!(!out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("the deck is invalid"), "{text}");
    assert!(
        text.contains("cnil-year") && text.contains("cnail"),
        "{text}"
    );
}

#[test]
fn lint_prints_the_findings_notes_and_drops_of_a_valid_deck_and_fails_on_a_finding() {
    // The mini deck: items dropped, kinds it gives none of (notes), no finding.
    let path = deck_dir("valid", MINI);
    let out = cli(&["lint", path.to_str().expect("utf-8 path")]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("note: categorize [missing-kind]"), "{text}");
    assert!(
        text.contains("items kept") && text.contains("dropped by bad-blank"),
        "{text}"
    );
    assert!(
        text.trim_end().ends_with("0 finding(s), 4 note(s)"),
        "{text}"
    );
    // Without its groups, a fact gives no quiz item: a finding, so a failure.
    let mut deck: Value = serde_json::from_str(MINI).expect("JSON");
    deck["exclusive_groups"] = Value::Array(Vec::new());
    let path = deck_dir("uncovered", &deck.to_string());
    let out = cli(&["lint", path.to_str().expect("utf-8 path")]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "{text}");
    assert!(
        text.contains("finding: cnil-asks [uncovered-fact]"),
        "{text}"
    );
    assert!(
        text.trim_end().ends_with("1 finding(s), 6 note(s)"),
        "{text}"
    );
    let missing = cli(&["lint", "/nonexistent/deck.json"]);
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/nonexistent/deck.json"));
}

#[test]
fn lint_passes_on_the_built_in_deck() {
    let out = cli(&["lint"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("0 finding(s), 2 note(s)"), "{text}");
    assert!(text.contains("note: matching [missing-kind]"), "{text}");
    assert!(text.contains("note: ordering [missing-kind]"), "{text}");
}

#[test]
fn grade_checks_an_answer_with_the_app_s_matcher() {
    let grade = |item: &str, lang: &str, answer: &str| -> Value {
        let out = cli(&["grade", "--item", item, "--lang", lang, "--answer", answer]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).expect("JSON")
    };
    let typed: Vec<String> = items(&["items"])
        .iter()
        .filter(|i| i["kind"] == "typed_answer")
        .filter_map(|i| i["id"].as_str().map(str::to_string))
        .collect();
    let first = typed.first().expect("the deck gives typed answers");
    let expected = grade(first, "fr", "zzz")["expected"].clone();
    let right = grade(first, "fr", expected.as_str().expect("a text"));
    assert_eq!(right["correct"], true);
    assert_eq!(grade(first, "fr", "zzz")["correct"], false);
    let wrong_kind = cli(&[
        "grade",
        "--item",
        "flashcard:mis-party-lrem",
        "--answer",
        "x",
    ]);
    assert!(!wrong_kind.status.success());
    let unknown = cli(&["grade", "--item", "nope", "--answer", "x"]);
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no item `nope`"));
}

/// What a teacher accepts and refuses, on the built-in deck (the cases of the quality review).
#[test]
fn grade_accepts_the_article_s_words_and_refuses_wrong_answers() {
    let cases: &[(&str, &str, &str, bool)] = &[
        (
            "typed_answer:approach-three-objectives",
            "fr",
            "trois",
            true,
        ),
        (
            "typed_answer:approach-three-objectives",
            "fr",
            "trois objectifs",
            true,
        ),
        (
            "typed_answer:approach-three-objectives",
            "en",
            "three",
            true,
        ),
        (
            "typed_answer:approach-three-objectives",
            "fr",
            "quatre",
            false,
        ),
        (
            "typed_answer:industry-turnover",
            "fr",
            "près de 30 milliards d'euros",
            true,
        ),
        ("typed_answer:industry-turnover", "fr", "30 milliards", true),
        (
            "typed_answer:industry-turnover",
            "en",
            "nearly 30 billion euros",
            true,
        ),
        (
            "typed_answer:industry-turnover",
            "fr",
            "40 milliards",
            false,
        ),
        (
            "typed_answer:bill-before-assembly",
            "fr",
            "l'Assemblée",
            true,
        ),
        ("typed_answer:bill-before-assembly", "fr", "Sénat", false),
        ("typed_answer:mis-tasked-april", "fr", "avril", true),
        ("typed_answer:mis-tasked-april", "fr", "avril dernier", true),
        ("typed_answer:mis-tasked-april", "en", "April", true),
        ("typed_answer:mis-tasked-april", "fr", "janvier", false),
        ("typed_answer:mis-party-lrem", "fr", "LaREM", true),
        ("typed_answer:mis-party-lrem", "fr", "LR", false),
        (
            "cloze:drones-regulated-by-rpsi-bill",
            "fr",
            "Responsabilité pénale et sécurité intérieure",
            true,
        ),
        (
            "typed_answer:inspired-by-bercy",
            "fr",
            "ministère de l'Économie",
            true,
        ),
        ("typed_answer:mis-role-deputy", "en", "MP", true),
        ("typed_answer:mis-role-deputy", "fr", "sénateur", false),
        (
            "typed_answer:nice-facial-recognition-2019",
            "fr",
            "la ville de Nice",
            true,
        ),
        (
            "typed_answer:nice-facial-recognition-2019",
            "fr",
            "Lyon",
            false,
        ),
        (
            "typed_answer:report-handed-to-pm",
            "fr",
            "au Premier ministre",
            true,
        ),
        (
            "typed_answer:report-handed-date",
            "fr",
            "8 septembre 2021",
            false,
        ),
        (
            "typed_answer:industry-companies",
            "fr",
            "quatre mille",
            true,
        ),
        ("cloze:report-handed-date", "fr", "9 septembre", true),
        ("cloze:report-handed-date", "fr", "10 septembre 2021", false),
    ];
    for &(item, lang, answer, right) in cases {
        let out = cli(&["grade", "--item", item, "--lang", lang, "--answer", answer]);
        assert!(
            out.status.success(),
            "{item}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let verdict: Value = serde_json::from_slice(&out.stdout).expect("JSON");
        assert_eq!(verdict["correct"], right, "{item} ({lang}): {answer:?}");
    }
}

#[test]
fn export_writes_each_format_and_lists_what_it_leaves_out_in_words() {
    let quiz = cli(&["quiz", "--seed", "5", "--count", "30"]);
    let quiz: Value = serde_json::from_slice(&quiz.stdout).expect("JSON");
    let code = quiz["code"].as_str().expect("a code");
    let kahoot = cli(&["export", "--format", "kahoot", "--code", code]);
    assert!(kahoot.status.success());
    assert_eq!(&kahoot.stdout[..2], b"PK", "an .xlsx is a zip archive");
    let stderr = String::from_utf8_lossy(&kahoot.stderr);
    assert!(
        stderr.contains("left out flashcard:")
            && stderr.contains("the format has no flashcard questions"),
        "{stderr}"
    );
    // The deck's cards, one topic: only that topic's flashcards and clozes.
    let json = cli(&["export", "--format", "json", "--topic", "oversight"]);
    let cards: Vec<Value> = serde_json::from_slice(&json.stdout).expect("JSON");
    assert!(!cards.is_empty());
    assert!(cards.iter().all(|c| {
        ["flashcard", "cloze"].contains(&c["kind"].as_str().unwrap_or_default())
            && c["topics"]
                .as_array()
                .is_some_and(|t| t.iter().any(|t| t == "oversight"))
    }));
}

#[test]
fn export_refuses_an_unknown_format_or_category_in_words() {
    let out = cli(&["export", "--format", "pdf"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("use anki, moodle, pronote, gift, kahoot")
    );
    let out = cli(&["export", "--format", "anki", "--category", "nonsense"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such category"));
    let out = cli(&["export"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("export needs `--format FORMAT`"));
}

#[test]
fn fuzz_reads_mutated_deck_files_without_a_panic_and_pack_gives_a_file_check_accepts() {
    let out = cli(&["fuzz", "--count", "1500", "--seed", "9"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.starts_with("1500 mutated deck files read"),
        "{stdout}"
    );

    let path = std::env::temp_dir().join(format!("vigie-pack-{}.vigie.json", std::process::id()));
    let path = path.to_string_lossy().to_string();
    assert!(cli(&["pack", "--output", &path]).status.success());
    let check = cli(&["check", &path]);
    assert!(check.status.success());
    assert!(String::from_utf8_lossy(&check.stdout).contains("84 facts"));
    std::fs::write(&path, "{\"format\": 1}").expect("writes");
    let refused = cli(&["check", &path]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("refused"));
    let _ = std::fs::remove_file(&path);
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_vigie-cli"))
        .args(["items", "--lang", "fr", "--format", "markdown"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("vigie-cli runs");
    // Read a few bytes, then close the pipe, as `| head -c 10` does.
    let mut first = [0u8; 10];
    child
        .stdout
        .take()
        .expect("stdout")
        .read_exact(&mut first)
        .expect("the first bytes");
    let out = child.wait_with_output().expect("vigie-cli ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

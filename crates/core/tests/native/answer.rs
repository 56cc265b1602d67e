use vigie_core::answer::{matches, normalize};

#[test]
fn case_accents_articles_apostrophes_and_punctuation_are_ignored() {
    let accepted = ["l’Assemblée nationale"];
    for input in [
        "l’Assemblée nationale",
        "l'assemblee nationale",
        "ASSEMBLÉE NATIONALE",
        "  assemblée   nationale. ",
        "Assemblee-nationale !",
        "la assemblée nationale",
    ] {
        assert!(matches(input, &accepted), "{input:?} should match");
    }
    assert!(matches("the Prime Minister", &["Prime Minister"]));
    assert!(matches("Premier ministre", &["le Premier ministre"]));
}

#[test]
fn about_one_typo_per_six_letters() {
    // "reconnaissance faciale": 21 letters, 3 typos allowed.
    assert!(matches(
        "reconaissance facialle",
        &["la reconnaissance faciale"]
    ));
    assert!(matches(
        "reconnaissnace faciale",
        &["la reconnaissance faciale"]
    ));
    assert!(!matches(
        "connaissance sociale",
        &["la reconnaissance faciale"]
    ));
    // "Nice": 4 letters, no typo allowed.
    assert!(!matches("Nime", &["Nice"]));
    assert!(matches("nice", &["Nice"]));
}

#[test]
fn numbers_with_or_without_separators_but_exact() {
    assert!(matches("4000", &["4 000"]));
    assert!(matches("4 000", &["4000"]));
    assert!(matches("4\u{a0}000", &["4000"]));
    assert!(!matches("4001", &["4 000"]));
    assert!(!matches("400", &["4 000"]));
    assert!(matches("2024", &["2024"]));
    assert!(!matches("2023", &["2024"]));
}

#[test]
fn empty_or_wrong_answers_are_refused() {
    assert!(!matches("", &["Nice"]));
    assert!(!matches("   ", &["Nice"]));
    assert!(!matches("Lyon", &["Nice"]));
    assert!(!matches("Nice", &[""]));
}

#[test]
fn normal_form() {
    assert_eq!(
        normalize("L’Élucidation  des FAITS !"),
        "elucidation des faits"
    );
    assert_eq!(normalize("les"), "les");
    assert_eq!(normalize("4 000 entreprises"), "4000 entreprises");
}

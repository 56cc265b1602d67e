use vigie_core::lang::Lang;

#[test]
fn saved_choice_wins_over_browser_preference() {
    assert_eq!(Lang::initial(Some("en"), ["fr-FR"]), Lang::En);
    assert_eq!(Lang::initial(Some("fr"), ["en-US"]), Lang::Fr);
}

#[test]
fn browser_preference_applies_when_nothing_is_saved() {
    assert_eq!(Lang::initial(None, ["en-US", "fr"]), Lang::En);
    assert_eq!(Lang::initial(None, ["de-DE", "fr-CA"]), Lang::Fr);
    assert_eq!(Lang::initial(None, ["de-DE", "EN_gb"]), Lang::En);
}

#[test]
fn french_by_default() {
    assert_eq!(Lang::initial(None, []), Lang::Fr);
    assert_eq!(Lang::initial(Some("klingon"), ["de"]), Lang::Fr);
}

#[test]
fn other_switches_between_the_two() {
    assert_eq!(Lang::Fr.other(), Lang::En);
    assert_eq!(Lang::En.other().code(), "fr");
}

//! Exports: what each format must escape, keep and leave out. The formats themselves are
//! proved by the target tools' own parsers in `tests/exports/check.py`.

use vigie_core::builtin;
use vigie_core::deck::{Deck, Text};
use vigie_core::export::{self, deck_items, export, Format, Options, Reason};
use vigie_core::generate::{all_items, Answer, Item, ItemKind};
use vigie_core::lang::Lang;
use vigie_core::study::Filter;

fn deck() -> &'static Deck {
    builtin::deck().expect("valid")
}

fn options(lang: Lang) -> Options<'static> {
    Options {
        deck: deck(),
        lang,
        anki_lang: lang,
        code: Some("K7B9-3EJE-YQP"),
        stem: "vigie-test",
    }
}

fn text(format: Format, items: &[Item]) -> String {
    String::from_utf8(export(format, items, &options(Lang::Fr)).bytes).expect("UTF-8")
}

/// A multiple-choice item whose texts hold every character some format gives a meaning to.
fn hostile() -> Item {
    let mut item = all_items(deck(), 0)
        .into_iter()
        .find(|i| i.kind == ItemKind::MultipleChoice)
        .expect("a multiple-choice item");
    let nasty = "#1 ~a =b {c} d:e \\f ]]> <b>g</b> & \"h\"";
    item.prompt = Text {
        fr: nasty.into(),
        en: nasty.into(),
    };
    if let Answer::MultipleChoice { options, .. } = &mut item.answer {
        options[0] = Text {
            fr: "=1+1".into(),
            en: "=1+1".into(),
        };
    }
    item
}

#[test]
fn gift_escapes_its_special_characters_as_moodle_does() {
    let gift = text(Format::Gift, &[hostile()]);
    assert!(
        gift.contains(r"\#1 \~a \=b \{c\} d\:e \\f ]]> <b>g</b> & "),
        "{gift}"
    );
    assert!(gift.contains(r"\=1+1"), "{gift}");
}

#[test]
fn moodle_keeps_text_as_text_in_cdata() {
    let xml = text(Format::Moodle, &[hostile()]);
    // `]]>` would end the CDATA section: it is split across two.
    assert!(xml.contains("]]]]><![CDATA[>"), "{xml}");
    assert!(
        xml.contains("&lt;b&gt;g&lt;/b&gt; &amp; &quot;h&quot;"),
        "{xml}"
    );
    let question = xml
        .lines()
        .find(|l| l.contains("<questiontext"))
        .expect("a question text");
    assert!(
        !question.contains("<b>g</b>"),
        "deck text became markup: {question}"
    );
}

#[test]
fn pronote_is_moodle_xml_with_its_header() {
    let items = &all_items(deck(), 0)[..3];
    let moodle = text(Format::Moodle, items);
    let pronote = text(Format::Pronote, items);
    assert!(pronote.contains("<infos><name>"));
    assert!(!moodle.contains("<infos>"));
    assert_eq!(
        pronote.replace(
            &pronote[pronote.find("    <infos>").unwrap()..pronote.find("</infos>\n").unwrap() + 9],
            ""
        ),
        moodle
    );
}

#[test]
fn anki_quotes_every_field_so_no_row_is_a_comment() {
    let anki = text(Format::Anki, &[hostile()]);
    let row = anki.lines().find(|l| !l.starts_with('#')).expect("a note");
    assert!(row.starts_with("\"Basique\"\t\"#1 ~a"), "{row}");
    assert!(
        row.contains("&lt;b&gt;g&lt;/b&gt;"),
        "HTML kept as text: {row}"
    );
    assert!(
        !anki.contains("#columns"),
        "Anki's #columns header maps French fields wrongly"
    );
}

#[test]
fn anki_names_the_note_types_of_the_learners_anki() {
    let items = deck_items(deck(), &Filter::All);
    for (lang, basic, cloze) in [
        (Lang::Fr, "Basique", "Texte à trous"),
        (Lang::En, "Basic", "Cloze"),
    ] {
        let file = export(
            Format::Anki,
            &items,
            &Options {
                anki_lang: lang,
                ..options(Lang::Fr)
            },
        );
        let file = String::from_utf8(file.bytes).expect("UTF-8");
        assert!(file.contains(&format!("\"{basic}\"\t")), "{lang:?}");
        assert!(file.contains(&format!("\"{cloze}\"\t")), "{lang:?}");
        assert!(file.contains("{{c1::"));
    }
}

#[test]
fn csv_guards_formulas_and_uses_the_languages_separator() {
    let fr = text(Format::Csv, &[hostile()]);
    assert!(fr.starts_with('\u{feff}'));
    assert!(fr.contains("\"'=1+1\""), "a formula must not run: {fr}");
    assert!(fr.lines().next().unwrap().contains("\";\""));
    let en =
        String::from_utf8(export(Format::Csv, &[hostile()], &options(Lang::En)).bytes).unwrap();
    assert!(en.lines().next().unwrap().contains("\",\""));
}

#[test]
fn quizlet_has_one_card_a_line_and_one_tab_a_card() {
    let items = deck_items(deck(), &Filter::All);
    let quizlet = text(Format::Quizlet, &items);
    assert_eq!(quizlet.lines().count(), items.len());
    assert!(quizlet.lines().all(|l| l.matches('\t').count() == 1));
}

#[test]
fn kahoot_lists_what_it_leaves_out_and_never_cuts() {
    let mut long = hostile();
    long.id = "long".into();
    long.prompt = Text {
        fr: "x".repeat(121),
        en: "x".repeat(121),
    };
    let flashcard = deck_items(deck(), &Filter::All).remove(0);
    let file = export(
        Format::Kahoot,
        &[hostile(), long, flashcard.clone()],
        &options(Lang::Fr),
    );
    let reasons: Vec<_> = file
        .left_out
        .iter()
        .map(|l| (l.item_id.as_str(), l.reason))
        .collect();
    assert_eq!(
        reasons,
        [
            ("long", Reason::QuestionTooLong { limit: 120 }),
            (flashcard.id.as_str(), Reason::Kind(ItemKind::Flashcard)),
        ]
    );
    assert_eq!(&file.bytes[..2], b"PK", "an xlsx is a zip archive");
    assert_eq!(file.file_name, "vigie-test.xlsx");
}

#[test]
fn gift_leaves_out_ordering_and_self_graded_cards_and_says_so() {
    // The built-in deck gives no ordering item: the sets deck does.
    let mut left_ordering = false;
    for deck in [deck(), crate::fixtures::sets()] {
        let items = all_items(deck, 0);
        let file = export(
            Format::Gift,
            &items,
            &Options {
                deck,
                ..options(Lang::En)
            },
        );
        for left in &file.left_out {
            let item = items
                .iter()
                .find(|i| i.id == left.item_id)
                .expect("an item");
            match left.reason {
                Reason::Kind(ItemKind::Ordering) => {
                    assert_eq!(item.kind, ItemKind::Ordering);
                    left_ordering = true;
                }
                Reason::SelfGraded => assert!(
                    item.id.starts_with("flashcard-reverse:") || item.fact_ids.len() > 1,
                    "{}",
                    item.id
                ),
                other => panic!("{}: {other}", item.id),
            }
        }
    }
    assert!(left_ordering);
}

#[test]
fn typed_answers_accept_what_a_keyboard_types_and_flashcards_their_facts_answers() {
    let items = all_items(deck(), 0);
    let moodle = text(Format::Moodle, &items);
    // « outils d’aide à la décision » is typed with a straight apostrophe too.
    assert!(
        moodle.contains("outils d’aide à la décision")
            && moodle.contains("outils d'aide à la décision")
    );
    // The card "… à quel parti … ?" accepts "LREM" alone, as the typed answer does.
    let card = items
        .iter()
        .find(|i| i.id == "flashcard:mis-party-lrem")
        .expect("the party card");
    let one = text(Format::Moodle, std::slice::from_ref(card));
    assert!(one.contains("<text><![CDATA[LREM]]></text>"), "{one}");
    // A reverse card is a study card: shown with its answer, not graded.
    let reverse = items
        .iter()
        .find(|i| i.id.starts_with("flashcard-reverse:"))
        .expect("a reverse card");
    assert!(text(Format::Moodle, std::slice::from_ref(reverse))
        .contains("<question type=\"description\">"));
}

#[test]
fn kahoot_states_true_or_false_questions_without_asking_true_or_false() {
    let tf = all_items(deck(), 0)
        .into_iter()
        .find(|i| i.kind == ItemKind::TrueFalse)
        .expect("a true/false item");
    let file = export(
        Format::Kahoot,
        std::slice::from_ref(&tf),
        &options(Lang::Fr),
    );
    let sheet = String::from_utf8_lossy(&file.bytes).to_string();
    assert!(!sheet.contains("Vrai ou faux"), "{sheet}");
    assert!(sheet.contains("Vrai</t>") && sheet.contains("Faux</t>"));
}

#[test]
fn deck_exports_hold_the_study_cards_and_clozes_of_the_filter() {
    let all = deck_items(deck(), &Filter::All);
    assert!(all
        .iter()
        .all(|i| matches!(i.kind, ItemKind::Flashcard | ItemKind::Cloze)));
    let topic = deck().topics[0].id.clone();
    let some = deck_items(deck(), &Filter::Topic(topic.clone()));
    assert!(!some.is_empty() && some.len() < all.len());
    assert!(some.iter().all(|i| i.topics.contains(&topic)));
}

#[test]
fn every_format_has_a_name_an_ending_and_a_type() {
    for format in Format::ALL {
        assert_eq!(Format::from_name(format.name()), Some(format));
        let file = export(format, &all_items(deck(), 0)[..5], &options(Lang::Fr));
        assert!(file.file_name.starts_with("vigie-test.") && !file.bytes.is_empty());
        assert!(!file.mime.is_empty());
    }
    assert_eq!(export::Format::from_name("pdf"), None);
}

use vigie_core::article::{Article, Block};
use vigie_core::builtin;

fn headings(article: &Article) -> Vec<&str> {
    article
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(h) => Some(h.as_str()),
            _ => None,
        })
        .collect()
}

#[test]
fn builtin_article_has_its_metadata_title_and_sections() {
    let article = builtin::article();
    assert_eq!(article.blocks[0], Block::Byline("PAR EMILE MARZOLF".into()));
    assert_eq!(
        article.blocks[1],
        Block::Dateline("9 septembre 2021, 15:08, mis à jour le 9 septembre 2021, 15:43".into())
    );
    assert_eq!(
        article.title(),
        "Reconnaissance faciale, drones, IA... Le député Jean-Michel Mis appelle à multiplier les expérimentations"
    );
    assert_eq!(
        headings(article),
        [
            "Expérimentations",
            "Acceptabilité sociétale",
            "Vers une surveillance d’Internet ?"
        ]
    );
    let related = article
        .blocks
        .iter()
        .filter(|b| matches!(b, Block::Related(_)))
        .count();
    assert_eq!(related, 2);
}

#[test]
fn paragraphs_broken_mid_sentence_are_joined_and_markup_removed() {
    let article = builtin::article();
    let joined = article
        .sentences
        .iter()
        .find(|s| s.starts_with("C'est à cette question cornélienne"))
        .expect("sentence present");
    assert_eq!(
        joined,
        "C'est à cette question cornélienne qu'a tenté de répondre le député Jean-Michel Mis dans un rapport remis au Premier ministre aujourd'hui."
    );
    assert!(article
        .sentences
        .iter()
        .all(|s| !s.contains('*') && !s.contains("](")));
}

#[test]
fn sentences_split_on_end_marks_but_not_inside_a_sentence() {
    let article = Article::parse(
        "PAR X\n\ndate\n\nTitre. Suite\n\nUne phrase. \"Une citation.\" L’objectif ? détecter. Fin !",
    );
    let body: Vec<&str> = article.sentences.iter().map(String::as_str).collect();
    assert_eq!(
        body,
        [
            "Titre.",
            "Suite",
            "Une phrase.",
            "\"Une citation.\"",
            "L’objectif ? détecter.",
            "Fin !"
        ]
    );
}

#[test]
fn quotes_are_located_whatever_their_white_space() {
    let article = builtin::article();
    let ids = article
        .locate("le député LREM,\n qui avait été   chargé en avril dernier")
        .expect("quote found");
    assert_eq!(ids.len(), 1);
    assert!(article.sentences[ids[0]].contains("4 000 entreprises"));
    assert_eq!(article.locate("une phrase qui n'y est pas"), None);
    assert_eq!(article.locate("   "), None);
}

#[test]
fn a_quote_across_two_sentences_names_both() {
    let article = builtin::article();
    let ids = article
        .locate("sans menacer les libertés individuelles et publiques ? C'est à cette question")
        .expect("quote found");
    assert_eq!(ids.len(), 2);
    assert_eq!(ids[1], ids[0] + 1);
}

#[test]
fn any_text_parses_without_panicking() {
    for text in [
        "",
        "\n\n\n",
        "[",
        "[a](",
        "**",
        "é. É",
        "a\n\nb\n\nc\n\nd. e",
    ] {
        let _ = Article::parse(text);
    }
}

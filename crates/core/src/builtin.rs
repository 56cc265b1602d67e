//! The built-in deck, embedded at build time from `seeds/`.

use super::article::Article;
use super::deck::{Deck, DeckErrors};
use std::sync::OnceLock;

/// The article, verbatim, as published.
pub const ARTICLE_TEXT: &str =
    include_str!("../../../seeds/article-mis-rapport-technologies-securite-2021.txt");

/// The built-in article, parsed once.
pub fn article() -> &'static Article {
    static ARTICLE: OnceLock<Article> = OnceLock::new();
    ARTICLE.get_or_init(|| Article::parse(ARTICLE_TEXT))
}

/// The built-in deck's id (its file's `deck.id`; a test checks they agree).
pub const DECK_ID: &str = "mis-rapport-2021";

/// The built-in deck's fact data (`seeds/…deck.json`, minified by `build.rs`).
pub const DECK_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/deck.min.json"));

/// The built-in deck, checked once. It is checked by the tests too, so a bad seed file
/// never reaches a release; should one ever, the error says what is wrong.
pub fn deck() -> Result<&'static Deck, &'static DeckErrors> {
    static DECK: OnceLock<Result<Deck, DeckErrors>> = OnceLock::new();
    DECK.get_or_init(|| Deck::from_json(DECK_JSON, ARTICLE_TEXT))
        .as_ref()
}

/// The built-in deck as the study pages need it ([`Deck::study_copy`]): the same facts,
/// cards and ids as [`deck`], without what only quizzes read. The browser's first load
/// embeds this copy in its compact form ([`crate::deck::compact`], written by the app's
/// `build.rs`).
pub fn study_deck() -> Result<&'static Deck, &'static DeckErrors> {
    static DECK: OnceLock<Result<Deck, DeckErrors>> = OnceLock::new();
    DECK.get_or_init(|| deck().map(Deck::study_copy).map_err(Clone::clone))
        .as_ref()
}

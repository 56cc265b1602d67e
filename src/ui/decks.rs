//! Which deck the pages show: the built-in one, or one the learner added (kept in
//! localStorage by [`vigie_session::DeckLibrary`]). It is read once per page load: choosing
//! another deck on the Decks page loads the study page again, so no page ever holds two.

use crate::{LocalStore, VisitStore};
use std::sync::OnceLock;
use vigie_core::builtin;
use vigie_core::deck::{Deck, DeckErrors};

/// The added deck that is current, read and checked once; `None` for the built-in one (also
/// when the stored deck can no longer be read: the Decks page says why).
fn added() -> Option<&'static Deck> {
    static ADDED: OnceLock<Option<Deck>> = OnceLock::new();
    ADDED
        .get_or_init(|| {
            // The file under the current identity, read directly: the study page's bundle
            // does not carry the library (a removed deck's file is gone with it).
            // A deck the browser would not keep is in the tab's sessionStorage for the visit.
            use vigie_session::{keys, KeyValueStore};
            let read = |key: &str| {
                (LocalStore.get(key).ok().flatten()).or_else(|| VisitStore.get(key).ok().flatten())
            };
            let identity = read(keys::CURRENT_DECK)?;
            let text = read(&keys::deck_file(&identity))?;
            Deck::from_file(text.as_bytes()).ok()
        })
        .as_ref()
}

/// The current deck as the study pages need it (the built-in one's lighter study copy).
pub fn study_deck() -> Result<&'static Deck, &'static DeckErrors> {
    added().map_or_else(builtin::study_deck, Ok)
}

/// The current deck with everything quizzes read.
pub fn full_deck() -> Result<&'static Deck, &'static DeckErrors> {
    added().map_or_else(builtin::deck, Ok)
}

/// Whether the current deck is one the learner added.
pub fn is_added() -> bool {
    added().is_some()
}

/// The files of the decks the learner added, as added (what a backup carries).
pub fn added_files() -> Vec<String> {
    vigie_session::DeckLibrary::with_visit(LocalStore, Some(VisitStore)).files()
}

/// Every deck this device has that can be read: the built-in one, then the added ones (read
/// and checked once per page load).
pub fn all_decks() -> Vec<&'static Deck> {
    static ALL: OnceLock<Vec<Deck>> = OnceLock::new();
    let added = ALL.get_or_init(|| {
        let library = vigie_session::DeckLibrary::with_visit(LocalStore, Some(VisitStore));
        library
            .decks()
            .iter()
            .filter_map(|d| library.deck(&d.identity)?.ok())
            .collect()
    });
    builtin::deck().ok().into_iter().chain(added).collect()
}

/// "Author · outlet · date" of a deck's article, the parts it has, the date in `lang`.
pub fn source_line(deck: &Deck, lang: vigie_core::lang::Lang) -> String {
    let published = &deck.meta.published;
    let date = vigie_core::deck::Date::from_iso(published)
        .map_or_else(|| published.clone(), |d| vigie_core::render::date(d, lang));
    [
        Some(deck.meta.author.as_str()),
        deck.meta.outlet.as_deref(),
        Some(date.as_str()),
    ]
    .into_iter()
    .flatten()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" · ")
}

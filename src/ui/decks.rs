//! Which deck the pages show: the built-in one, or one the learner added (kept in
//! localStorage by [`vigie_session::DeckLibrary`]). It is read once per page load: choosing
//! another deck on the Decks page loads the study page again, so no page ever holds two. The
//! study pages read its compact study copy; the quizzes its file, checked.

use crate::{LocalStore, VisitStore};
use std::sync::OnceLock;
use vigie_core::builtin;
use vigie_core::deck::{compact, Deck, DeckErrors};
use vigie_session::StudyDeck;

/// The built-in deck's study copy, checked at build time and embedded in its compact form
/// (see `build.rs`): the first load reads it without a JSON parser.
const BUILT_IN_STUDY_DECK: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/study-deck.bin"));

/// The current deck as the study pages read it, once per page load: the compact copy of the
/// added deck that is current, or the built-in deck.
fn current_study_deck() -> &'static StudyDeck {
    static CURRENT: OnceLock<StudyDeck> = OnceLock::new();
    CURRENT.get_or_init(|| vigie_session::study_deck(&LocalStore, Some(&VisitStore)))
}

/// The current deck as the study pages need it (a study copy: without what only quizzes
/// read); the built-in one when the added deck's copy must be written again (see
/// [`needs_copy`]). `None` only if the build embedded a damaged deck.
pub fn study_deck() -> Option<&'static Deck> {
    static BUILT_IN: OnceLock<Option<Deck>> = OnceLock::new();
    match current_study_deck() {
        StudyDeck::Added(deck) => Some(&**deck),
        _ => BUILT_IN
            .get_or_init(|| compact::from_bytes(BUILT_IN_STUDY_DECK).ok())
            .as_ref(),
    }
}

/// Whether the current deck is one the learner added.
pub fn is_added() -> bool {
    matches!(current_study_deck(), StudyDeck::Added(_))
}

/// Whether the current deck is an added one whose study copy this version of Vigie cannot
/// read: the Decks page writes it again (until then the study pages show the built-in deck).
pub fn needs_copy() -> bool {
    matches!(current_study_deck(), StudyDeck::NeedsCopy)
}

/// The added deck that is current, read from its file and checked once (the quizzes need the
/// whole deck); `None` for the built-in one, also when the stored deck can no longer be read:
/// the Decks page says why.
fn added() -> Option<&'static Deck> {
    static ADDED: OnceLock<Option<Deck>> = OnceLock::new();
    ADDED
        .get_or_init(|| {
            let library = vigie_session::DeckLibrary::with_visit(LocalStore, Some(VisitStore));
            library.deck(&library.current()?)?.ok()
        })
        .as_ref()
}

/// The current deck with everything quizzes read.
pub fn full_deck() -> Result<&'static Deck, &'static DeckErrors> {
    added().map_or_else(builtin::deck, Ok)
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

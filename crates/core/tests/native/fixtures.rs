//! Test decks shared by the modules: the built-in article gives no fair matching set and no
//! events to order (see `generator::the_built_in_deck_gives_no_unfair_set`), so the items
//! of those kinds are tested on `sets.deck.json`: four dated events and four roles, each
//! set's answers options of one another's questions.

use std::sync::OnceLock;
use vigie_core::deck::Deck;
use vigie_core::generate::{all_items, Item};

const SETS: &str = include_str!("../fixtures/sets.deck.json");
const SETS_ARTICLE: &str = include_str!("../fixtures/sets.txt");

/// The sets deck.
pub fn sets() -> &'static Deck {
    static DECK: OnceLock<Deck> = OnceLock::new();
    DECK.get_or_init(|| match Deck::from_json(SETS, SETS_ARTICLE) {
        Ok(deck) => deck,
        Err(errors) => panic!("{errors}"),
    })
}

/// Every item of the built-in deck and of the sets deck: one of each kind at least.
pub fn items_of_every_kind(builtin: &Deck, seed: u64) -> Vec<Item> {
    let mut items = all_items(builtin, seed);
    items.extend(all_items(sets(), seed));
    items
}

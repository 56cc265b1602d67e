//! The question generator: items of eight kinds, in French and English, from any deck's facts
//! through per-relation templates, deterministic for a deck version, seed and settings.
//!
//! ```
//! use vigie::domain::generate::{generate, Settings, ItemKind};
//! let deck = vigie::domain::builtin::deck().expect("the built-in deck is valid");
//! let settings = Settings { kinds: vec![ItemKind::MultipleChoice], count: Some(5), ..Settings::default() };
//! let quiz = generate(deck, 7, &settings);
//! assert_eq!(quiz.items.len(), 5);
//! assert_eq!(quiz.items, generate(deck, 7, &settings).items);
//! ```

mod cards;
mod choice;
mod cloze;
mod context;
pub mod export;
mod item;
mod phrases;
mod sets;
mod typed;

pub use cloze::BLANK;
pub use item::{Answer, Item, ItemKind};
pub use phrases::{category as category_name, knew as knew_phrase, truth as truth_word};

use crate::domain::deck::{Category, Deck};
use crate::domain::seeded::Stream;
use context::Context;
use std::collections::HashSet;

/// What to generate. Empty lists mean "all".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    pub kinds: Vec<ItemKind>,
    pub categories: Vec<Category>,
    pub topics: Vec<String>,
    /// Difficulties to keep (1, 2, 3).
    pub difficulties: Vec<u8>,
    /// How many items; `None` for all that match.
    pub count: Option<usize>,
}

/// A generated quiz: the items, and how many matched the settings in all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Generated {
    pub items: Vec<Item>,
    /// How many distinct items matched the settings (may be fewer than asked for).
    pub available: usize,
}

impl Generated {
    /// True when fewer items exist than were asked for.
    pub fn is_short_of(&self, settings: &Settings) -> bool {
        settings.count.is_some_and(|c| c > self.items.len())
    }
}

/// The deck's flashcards only (study mode), without building the other kinds.
pub fn flashcards(deck: &Deck) -> Vec<Item> {
    cards::flashcards(&Context::new(deck, 0))
}

/// Every item the deck gives, in a fixed order (by kind, then by fact). The seed chooses
/// distractors, true/false sides and the order of options.
pub fn all_items(deck: &Deck, seed: u64) -> Vec<Item> {
    let cx = Context::new(deck, seed);
    let mut items = cards::flashcards(&cx);
    items.extend(choice::multiple_choice(&cx));
    items.extend(choice::true_false(&cx));
    items.extend(cloze::clozes(&cx));
    items.extend(typed::typed_answers(&cx));
    items.extend(sets::matchings(&cx));
    items.extend(sets::orderings(&cx));
    items.extend(sets::categorizations(&cx));
    items
}

/// A quiz: the items that match `settings`, in an order drawn from `seed`, no prompt twice,
/// at most `settings.count` of them.
pub fn generate(deck: &Deck, seed: u64, settings: &Settings) -> Generated {
    let mut items: Vec<Item> = all_items(deck, seed)
        .into_iter()
        .filter(|item| matches(item, settings))
        .collect();
    Stream::new(seed, "quiz-order").shuffle(&mut items);
    let mut seen = HashSet::new();
    items.retain(|item| seen.insert(item.prompt.fr.clone()));
    let available = items.len();
    if let Some(count) = settings.count {
        items.truncate(count);
    }
    Generated { items, available }
}

fn matches(item: &Item, settings: &Settings) -> bool {
    (settings.kinds.is_empty() || settings.kinds.contains(&item.kind))
        && (settings.categories.is_empty()
            || item
                .categories
                .iter()
                .any(|c| settings.categories.contains(c)))
        && (settings.topics.is_empty() || item.topics.iter().any(|t| settings.topics.contains(t)))
        && (settings.difficulties.is_empty() || settings.difficulties.contains(&item.difficulty))
}

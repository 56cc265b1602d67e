//! The question generator: items of eight kinds, in French and English, from any deck's facts
//! through per-relation templates, deterministic for a deck version, seed and settings.
//!
//! ```
//! use vigie_core::generate::{generate, Settings, ItemKind};
//! let deck = vigie_core::builtin::deck().expect("the built-in deck is valid");
//! let settings = Settings { kinds: vec![ItemKind::MultipleChoice], count: Some(5), ..Settings::default() };
//! let quiz = generate(deck, 7, &settings);
//! assert_eq!(quiz.items.len(), 5);
//! assert_eq!(quiz.items, generate(deck, 7, &settings).items);
//! ```

mod cards;
mod choice;
mod cloze;
mod context;
mod item;
pub mod lint;
mod phrases;
mod plan;
mod sets;
mod typed;

pub use cloze::BLANK;
pub use item::{Answer, Item, ItemKind};
pub use phrases::{
    category as category_name, knew as knew_phrase, true_or_false_prefix, truth as truth_word,
};
pub use typed::accepted_answers;

use crate::deck::{Category, Deck};
use crate::seeded::Stream;
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

/// A generated quiz.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Generated {
    pub items: Vec<Item>,
}

impl Generated {
    /// True when fewer items exist than were asked for.
    pub fn is_short_of(&self, settings: &Settings) -> bool {
        settings.count.is_some_and(|c| c > self.items.len())
    }
}

/// The deck's flashcards only (study mode). Written here by the card writers alone, so that
/// the study page's bundle carries no code of the other kinds.
pub fn flashcards(deck: &Deck) -> Vec<Item> {
    let cx = Context::new(deck, 0);
    plan::flashcard_plans(&cx)
        .iter()
        .filter_map(|plan| match plan {
            plan::Plan::Flashcard { facts } => cards::flashcard(&cx, facts),
            plan::Plan::Reverse(fact) => Some(cards::reverse_card(&cx, fact)),
            _ => None,
        })
        .collect()
}

/// Every item the deck gives, in a fixed order (by kind, then by fact). The seed chooses
/// distractors, true/false sides, sets and the order of options.
/// Items the linter drops are not among them (see [`lint`]).
pub fn all_items(deck: &Deck, seed: u64) -> Vec<Item> {
    lint::written(&Context::new(deck, seed)).kept
}

/// A quiz: items that match `settings`, in an order drawn from `seed`, no prompt twice, no
/// fact twice, and no item whose question shows another's answer (see
/// [`lint::gives_away`]), at most `settings.count` of them. Items are planned, the plans shuffled, and only the items
/// kept are written, so a quiz costs little more than its own items, whatever the deck.
pub fn generate(deck: &Deck, seed: u64, settings: &Settings) -> Generated {
    let cx = Context::new(deck, seed);
    let mut plans: Vec<plan::Plan> = plan::plans(&cx, &settings.kinds)
        .into_iter()
        .filter(|p| p.matches(settings))
        .collect();
    Stream::new(seed, "quiz-order").shuffle(&mut plans);
    let wanted = settings.count.unwrap_or(usize::MAX);
    let mut seen = HashSet::new();
    let mut facts_asked: HashSet<&str> = HashSet::new();
    let mut footprints: Vec<lint::Footprint> = Vec::new();
    let mut items = Vec::new();
    for plan in &plans {
        if items.len() == wanted {
            break;
        }
        let touched = plan.touched(&cx);
        if touched.iter().any(|f| facts_asked.contains(f.id.as_str())) {
            continue;
        }
        if let Some(item) = plan.write(&cx) {
            let footprint = lint::Footprint::of(&item);
            let gives_away = footprints.iter().any(|f| footprint.clashes_with(f));
            if !gives_away && seen.insert(item.prompt.fr.clone()) {
                facts_asked.extend(touched.iter().map(|f| f.id.as_str()));
                footprints.push(footprint);
                items.push(item);
            }
        }
    }
    Generated { items }
}

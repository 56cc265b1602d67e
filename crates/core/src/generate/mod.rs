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
mod passages;
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
    lint::written(&Context::indexed(deck, seed)).kept
}

/// A quiz: items that match `settings`, in an order drawn from `seed`, no prompt twice, no
/// fact twice, and no item whose question shows another's answer (see
/// [`lint::gives_away`]), at most `settings.count` of them. Items are planned, the plans
/// shuffled, and only the items kept are written, so a quiz costs little more than its own
/// items, whatever the deck.
pub fn generate(deck: &Deck, seed: u64, settings: &Settings) -> Generated {
    let cx = Context::indexed(deck, seed);
    let mut plans: Vec<plan::Plan> = plan::plans(&cx, &settings.kinds)
        .into_iter()
        .filter(|p| p.matches(settings))
        .collect();
    Stream::new(seed, QUIZ_ORDER).shuffle(&mut plans);
    let wanted = settings.count.unwrap_or(usize::MAX);
    let mut selection = Selection::default();
    let mut items = Vec::new();
    for plan in &plans {
        if items.len() == wanted {
            break;
        }
        let touched = plan.touched(&cx);
        if selection.asks_again(&touched) {
            continue;
        }
        if let Some(item) = plan.write(&cx) {
            if selection.keep(&touched, &lint::Footprint::of(&item), &item.prompt.fr) {
                items.push(item);
            }
        }
    }
    Generated { items }
}

/// The stream that orders a quiz's plans.
const QUIZ_ORDER: &str = "quiz-order";

/// The rules a quiz keeps items by: no fact asked twice, no prompt twice, no question that
/// shows another's answer.
#[derive(Default)]
struct Selection<'a> {
    prompts: HashSet<String>,
    facts: HashSet<&'a str>,
    footprints: Vec<lint::Footprint>,
}

impl<'a> Selection<'a> {
    /// Whether an item touching these facts would ask one of them again.
    fn asks_again(&self, touched: &[&'a crate::deck::Fact]) -> bool {
        touched.iter().any(|f| self.facts.contains(f.id.as_str()))
    }

    /// Keeps an item unless its question shows another's answer (or theirs its own) or its
    /// prompt is already there; whether it was kept.
    fn keep(
        &mut self,
        touched: &[&'a crate::deck::Fact],
        footprint: &lint::Footprint,
        prompt: &str,
    ) -> bool {
        if self.footprints.iter().any(|f| footprint.clashes_with(f))
            || self.prompts.contains(prompt)
        {
            return false;
        }
        self.prompts.insert(prompt.to_string());
        self.facts.extend(touched.iter().map(|f| f.id.as_str()));
        self.footprints.push(footprint.clone());
        true
    }
}

/// How many items a quiz could have, for any settings, without writing them again: the
/// quiz builder says it at each change of settings. Every item of the deck is written once,
/// here; [`Availability::count`] then replays [`generate`]'s choices (the same order, the
/// same rules) on what was written.
pub struct Availability<'a> {
    seed: u64,
    /// Every plan, in [`plan::plans`]' order, with the facts it touches and, when the linter
    /// keeps its item, the item's footprint and French prompt.
    entries: Vec<Entry<'a>>,
}

struct Entry<'a> {
    plan: plan::Plan<'a>,
    touched: Vec<&'a crate::deck::Fact>,
    written: Option<(lint::Footprint, String)>,
}

impl<'a> Availability<'a> {
    pub fn new(deck: &'a Deck, seed: u64) -> Availability<'a> {
        let cx = Context::indexed(deck, seed);
        let entries = plan::plans(&cx, &[])
            .into_iter()
            .map(|plan| Entry {
                touched: plan.touched(&cx),
                written: plan
                    .write(&cx)
                    .map(|item| (lint::Footprint::of(&item), item.prompt.fr)),
                plan,
            })
            .collect();
        Availability { seed, entries }
    }

    /// Whether the deck gives any item of `kind` (a quiz of that kind alone would not be
    /// empty): the first such item a quiz draws is always kept, so one written is enough.
    pub fn gives(&self, kind: ItemKind) -> bool {
        self.entries
            .iter()
            .any(|e| e.plan.kind() == kind && e.written.is_some())
    }

    /// `generate(deck, seed, settings).items.len()`, without writing an item.
    pub fn count(&self, settings: &Settings) -> usize {
        let mut order: Vec<&Entry> = self
            .entries
            .iter()
            .filter(|e| e.plan.matches(settings))
            .collect();
        // The shuffle depends on the length alone: the plans come out in `generate`'s order.
        Stream::new(self.seed, QUIZ_ORDER).shuffle(&mut order);
        let wanted = settings.count.unwrap_or(usize::MAX);
        let mut selection = Selection::default();
        let mut kept = 0;
        for entry in order {
            if kept == wanted {
                break;
            }
            if selection.asks_again(&entry.touched) {
                continue;
            }
            if let Some((footprint, prompt)) = &entry.written {
                kept += usize::from(selection.keep(&entry.touched, footprint, prompt));
            }
        }
        kept
    }
}

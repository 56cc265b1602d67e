//! Items planned before they are written: which kind, from which facts, and so which
//! categories, topics and difficulty, all without rendering a word. A quiz of 50 questions
//! from a 10,000-fact deck then shuffles the plans and writes only the items it keeps.

use super::context::{harder, Context, OPTIONS};
use super::item::{Item, ItemKind};
use super::{cards, choice, cloze, sets, typed, Settings};
use crate::deck::Fact;

/// One item to write.
#[derive(Clone, Debug)]
pub enum Plan<'a> {
    /// The card of one subject, relation and topic, with every fact it lists.
    Flashcard {
        facts: Vec<&'a Fact>,
    },
    Reverse(&'a Fact),
    MultipleChoice(&'a Fact),
    TrueFalse(&'a Fact),
    /// Written only when key words can be found in the quote (see [`Plan::write`]).
    Cloze(&'a Fact),
    TypedAnswer(&'a Fact),
    Matching(usize, Vec<&'a Fact>),
    Ordering(usize, Vec<&'a Fact>),
    Categorize(usize, Vec<&'a Fact>),
}

impl<'a> Plan<'a> {
    pub fn kind(&self) -> ItemKind {
        match self {
            Plan::Flashcard { .. } | Plan::Reverse(_) => ItemKind::Flashcard,
            Plan::MultipleChoice(_) => ItemKind::MultipleChoice,
            Plan::TrueFalse(_) => ItemKind::TrueFalse,
            Plan::Cloze(_) => ItemKind::Cloze,
            Plan::TypedAnswer(_) => ItemKind::TypedAnswer,
            Plan::Matching(..) => ItemKind::Matching,
            Plan::Ordering(..) => ItemKind::Ordering,
            Plan::Categorize(..) => ItemKind::Categorize,
        }
    }

    pub fn facts(&self) -> &[&'a Fact] {
        match self {
            Plan::Flashcard { facts, .. }
            | Plan::Matching(_, facts)
            | Plan::Ordering(_, facts)
            | Plan::Categorize(_, facts) => facts,
            Plan::Reverse(f)
            | Plan::MultipleChoice(f)
            | Plan::TrueFalse(f)
            | Plan::Cloze(f)
            | Plan::TypedAnswer(f) => std::slice::from_ref(f),
        }
    }

    /// The written item's difficulty: its hardest fact's, a step more for reverse cards and
    /// typed answers, middle for matching and ordering.
    pub fn difficulty(&self) -> u8 {
        let facts = self.facts().iter().map(|f| f.difficulty).max().unwrap_or(1);
        match self {
            Plan::Reverse(_) | Plan::TypedAnswer(_) => harder(facts),
            Plan::Matching(..) | Plan::Ordering(..) => sets::SET_DIFFICULTY,
            _ => facts,
        }
    }

    /// Whether the written item will match `settings` (its kind, categories, topics and
    /// difficulty are the plan's).
    pub fn matches(&self, settings: &Settings) -> bool {
        let facts = self.facts();
        (settings.kinds.is_empty() || settings.kinds.contains(&self.kind()))
            && (settings.categories.is_empty()
                || facts
                    .iter()
                    .any(|f| settings.categories.contains(&f.category)))
            && (settings.topics.is_empty()
                || facts.iter().any(|f| settings.topics.contains(&f.topic)))
            && (settings.difficulties.is_empty()
                || settings.difficulties.contains(&self.difficulty()))
    }

    /// The facts the item asks about or shows: its own, and for a cloze the other facts of
    /// its subject and relation, whose objects its statement lists around the blank. A quiz
    /// touches each fact once, so that no item gives away another's answer.
    pub fn touched(&self, cx: &Context<'a>) -> Vec<&'a Fact> {
        match self {
            Plan::Cloze(fact) => cx.with_siblings(fact),
            _ => self.facts().to_vec(),
        }
    }

    /// The item, in both languages, unless the linter drops it (see [`super::lint`]); a
    /// flashcard is never dropped.
    pub fn write(&self, cx: &Context) -> Option<Item> {
        let item = self.write_unchecked(cx)?;
        let mut normals = super::lint::Normals::default();
        (item.kind == ItemKind::Flashcard
            || super::lint::item_findings(cx, &item, &mut normals).is_empty())
        .then_some(item)
    }

    /// The item as written, before the linter: `None` for a cloze whose object is too long.
    pub fn write_unchecked(&self, cx: &Context) -> Option<Item> {
        match self {
            Plan::Flashcard { facts } => cards::flashcard(cx, facts),
            Plan::Reverse(f) => Some(cards::reverse_card(cx, f)),
            Plan::MultipleChoice(f) => choice::multiple_choice(cx, f),
            Plan::TrueFalse(f) => choice::true_false(cx, f),
            Plan::Cloze(f) => cloze::cloze(cx, f),
            Plan::TypedAnswer(f) => Some(typed::typed_answer(cx, f)),
            Plan::Matching(n, facts) => Some(sets::matching(cx, *n, facts)),
            Plan::Ordering(n, facts) => Some(sets::ordering(cx, *n, facts)),
            Plan::Categorize(n, facts) => Some(sets::categorize(cx, *n, facts)),
        }
    }
}

/// Every item of the kinds in `kinds` (all when empty) the deck gives, in a fixed order: by
/// kind, then by fact.
pub fn plans<'a>(cx: &Context<'a>, kinds: &[ItemKind]) -> Vec<Plan<'a>> {
    let wanted = |kind| kinds.is_empty() || kinds.contains(&kind);
    let facts = &cx.deck.facts;
    let mut plans = Vec::new();
    if wanted(ItemKind::Flashcard) {
        plans.extend(flashcard_plans(cx));
    }
    let with_distractors = |min: usize| {
        facts
            .iter()
            .zip(cx.distractor_counts())
            .filter(move |(_, &n)| n >= min)
            .map(|(f, _)| f)
    };
    if wanted(ItemKind::MultipleChoice) {
        plans.extend(with_distractors(OPTIONS - 1).map(Plan::MultipleChoice));
    }
    if wanted(ItemKind::TrueFalse) {
        plans.extend(with_distractors(1).map(Plan::TrueFalse));
    }
    if wanted(ItemKind::Cloze) {
        plans.extend(
            facts
                .iter()
                .filter(|f| cloze::has_cloze(cx, f))
                .map(Plan::Cloze),
        );
    }
    if wanted(ItemKind::TypedAnswer) {
        plans.extend(
            facts
                .iter()
                .filter(|f| typed::has_typed_answer(cx, f))
                .map(Plan::TypedAnswer),
        );
    }
    if wanted(ItemKind::Matching) {
        let sets = sets::matching_sets(cx).into_iter().enumerate();
        plans.extend(sets.map(|(n, facts)| Plan::Matching(n, facts)));
    }
    if wanted(ItemKind::Ordering) {
        let sets = sets::ordering_sets(cx).into_iter().enumerate();
        plans.extend(sets.map(|(n, facts)| Plan::Ordering(n, facts)));
    }
    if wanted(ItemKind::Categorize) {
        let sets = sets::categorize_sets(cx).into_iter().enumerate();
        plans.extend(sets.map(|(n, facts)| Plan::Categorize(n, facts)));
    }
    plans
}

/// The flashcards: one per subject and relation, then the reverse cards.
pub fn flashcard_plans<'a>(cx: &Context<'a>) -> Vec<Plan<'a>> {
    let facts = &cx.deck.facts;
    // One card per subject and relation, in the order of their first fact: its question asks
    // for every object at once, so no hint is needed to tell cards apart (a topic hint tended
    // to name the answer).
    let mut plans: Vec<Plan<'a>> = cx
        .questions()
        .map(|facts| Plan::Flashcard { facts })
        .collect();
    plans.extend(
        facts
            .iter()
            .filter(|f| cards::has_reverse(cx, f))
            .map(Plan::Reverse),
    );
    plans
}

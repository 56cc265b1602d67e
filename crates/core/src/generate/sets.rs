//! Items over several facts: matching questions to answers, ordering dated events, sorting
//! claims into categories.

use super::context::{is_short, Context};
use super::item::{Answer, Item, ItemKind};
use super::phrases;
use crate::deck::{Category, Date, Fact, Text, Value};

/// How many pairs, events or claims one item shows.
const MATCHING_SIZE: usize = 5;
const MIN_SET: usize = 4;
const MAX_SET: usize = 6;

/// Matching sets of 4 to 6 facts, none of whose answers fits another's question, all of
/// whose answers are of one kind (all dates, all numbers, all places…), and each of whose
/// answers is an option the deck gives for every other question (see `fits_with`): a set
/// mixing a date, a sum and a person, or an authority, a ministry and a parliament asked for
/// by "which authority", "which ministry", "before which institution", could be matched by
/// the kind of answer alone.
pub fn matching_sets<'a>(cx: &Context<'a>) -> Vec<Vec<&'a Fact>> {
    let mut by_kind: Vec<(String, Vec<&Fact>)> = Vec::new();
    for fact in cx
        .deck
        .facts
        .iter()
        .filter(|f| cx.group_of(f).is_some() && is_short(&f.object, 6))
    {
        let kind = answer_kind(cx, &fact.object);
        match by_kind.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, facts)) => facts.push(fact),
            None => by_kind.push((kind, vec![fact])),
        }
    }
    by_kind
        .into_iter()
        .flat_map(|(kind, facts)| sets_of_one_kind(cx, &kind, facts))
        .collect()
}

/// What kind of answer a value is, for matching sets: an entity's type, or the value's own
/// kind (with a number's unit).
fn answer_kind(cx: &Context, value: &Value) -> String {
    match value {
        Value::Entity(id) => cx
            .deck
            .entity(id)
            .map_or("entity".to_string(), |e| e.kind.name().to_string()),
        // "En quelle année" asks for a year, "À quelle date" for a day: one precision a set.
        Value::Date(d) => format!("date {} {}", d.month.is_some(), d.day.is_some()),
        Value::Number { unit, .. } => {
            format!("number {}", unit.as_ref().map_or("", |u| u.en.as_str()))
        }
        Value::Text(_) => "text".to_string(),
    }
}

/// Matching sets from facts whose answers are of one kind.
fn sets_of_one_kind<'a>(
    cx: &Context<'a>,
    kind: &str,
    mut candidates: Vec<&'a Fact>,
) -> Vec<Vec<&'a Fact>> {
    cx.stream(&format!("matching:{kind}"))
        .shuffle(&mut candidates);

    let mut sets: Vec<Vec<&Fact>> = Vec::new();
    let mut current: Vec<&Fact> = Vec::new();
    let mut left_over: Vec<&Fact> = Vec::new();
    for fact in candidates {
        if current.iter().all(|other| fits_with(cx, fact, other)) {
            current.push(fact);
            if current.len() == MATCHING_SIZE {
                sets.push(std::mem::take(&mut current));
            }
        } else {
            left_over.push(fact);
        }
    }
    left_over.extend(current);
    // What is left joins a set with room, or forms its own if large enough.
    let mut rest: Vec<&Fact> = Vec::new();
    for fact in left_over {
        match sets
            .iter_mut()
            .find(|s| s.len() < MAX_SET && s.iter().all(|o| fits_with(cx, fact, o)))
        {
            Some(set) => set.push(fact),
            None if rest.iter().all(|o| fits_with(cx, fact, o)) => rest.push(fact),
            None => {}
        }
    }
    if rest.len() >= MIN_SET {
        sets.push(rest);
    }
    sets
}

/// Two facts can share a matching set when they ask different questions (subject and
/// relation), have different answers, and each answer is a fair wrong option for the other's
/// question, as a multiple choice would offer it (a member of its exclusive group that the
/// article makes false). Answers of one entity type are not enough: « quelle autorité de
/// contrôle », « quelle administration », « devant quelle institution », « à qui » paired four
/// institutions by the kind each question names, without the article.
fn fits_with(cx: &Context, a: &Fact, b: &Fact) -> bool {
    (a.subject != b.subject || a.relation != b.relation)
        && a.object != b.object
        && cx.is_wrong_option_for(a, &b.object)
        && cx.is_wrong_option_for(b, &a.object)
}

/// The `n`-th matching item (from 0): the questions on the left, the answers shuffled.
pub fn matching(cx: &Context, n: usize, facts: &[&Fact]) -> Item {
    let left: Vec<Text> = facts.iter().map(|f| cx.question(f)).collect();
    let mut shown: Vec<usize> = (0..facts.len()).collect();
    cx.stream(&format!("matching:{n}")).shuffle(&mut shown);
    // Answers alike in form: a gloss ("(autorité de contrôle)") would match its question.
    let right = super::choice::uniform(shown.iter().map(|&i| cx.value(&facts[i].object)).collect());
    // left[i] pairs with the right entry that shows fact i.
    let pairs = (0..facts.len())
        .map(|i| shown.iter().position(|&s| s == i).unwrap_or(i))
        .collect();
    let mut item = cx.item(
        format!("matching:{}", n + 1),
        ItemKind::Matching,
        phrases::matching(n + 1),
        Answer::Matching { left, right, pairs },
        facts,
    );
    item.difficulty = SET_DIFFICULTY;
    item
}

/// Matching and ordering items are of middle difficulty, whatever their facts.
pub const SET_DIFFICULTY: u8 = 2;

/// Sets of 4 to 6 dated events to put in order, each in chronological order, of events whose
/// dates the deck gives fair wrong dates for (an exclusive group). The events are
/// cut into disjoint runs: two sets never share an event, so that no item is a near-copy of
/// another.
pub fn ordering_sets<'a>(cx: &Context<'a>) -> Vec<Vec<&'a Fact>> {
    let mut dated: Vec<(Date, &Fact)> = cx
        .deck
        .facts
        .iter()
        .filter_map(|f| match f.object {
            // A date the deck gives no fair wrong dates for is one general knowledge gives
            // (the 2024 Olympics): an event placed by it tells nothing of the article.
            Value::Date(d) if cx.has_event(f) && cx.group_of(f).is_some() => Some((d, f)),
            _ => None,
        })
        .collect();
    crate::sort::sort_by_key(&mut dated, |(d, _)| *d);
    // Events whose dates cannot be told apart (2021 and April 2021) are left out.
    dated.dedup_by(|b, a| overlaps(a.0, b.0));
    if dated.len() < MIN_SET {
        return Vec::new();
    }
    let facts: Vec<&Fact> = dated.into_iter().map(|(_, f)| f).collect();
    // As few sets as hold them all, of sizes as even as can be (never below MIN_SET).
    let count = facts.len().div_ceil(MAX_SET);
    let mut sets: Vec<Vec<&Fact>> = Vec::new();
    let mut rest = facts.as_slice();
    for k in 0..count {
        let size = rest.len() / (count - k);
        let (set, tail) = rest.split_at(size);
        sets.push(set.to_vec());
        rest = tail;
    }
    sets.retain(|s| s.len() >= MIN_SET);
    sets
}

/// The `n`-th ordering item (from 0): `chronological` events, shown shuffled.
pub fn ordering(cx: &Context, n: usize, chronological: &[&Fact]) -> Item {
    let mut shown: Vec<usize> = (0..chronological.len()).collect();
    cx.stream(&format!("ordering:{n}")).shuffle(&mut shown);
    let events = shown
        .iter()
        .map(|&i| cx.event(chronological[i]).unwrap_or_default())
        .collect();
    let order = (0..chronological.len())
        .map(|i| shown.iter().position(|&s| s == i).unwrap_or(0))
        .collect();
    let mut item = cx.item(
        format!("ordering:{}", n + 1),
        ItemKind::Ordering,
        phrases::ordering(n + 1),
        Answer::Ordering { events, order },
        chronological,
    );
    item.difficulty = SET_DIFFICULTY;
    item
}

/// Whether one date could be the other (a year and a month of that year).
fn overlaps(a: Date, b: Date) -> bool {
    a.year == b.year
        && (a.month.is_none()
            || b.month.is_none()
            || (a.month == b.month && (a.day.is_none() || b.day.is_none() || a.day == b.day)))
}

/// The categories a "categorize" item sorts into.
pub const SORTED: [Category; 4] = [
    Category::Proposal,
    Category::Safeguard,
    Category::Concern,
    Category::Objective,
];

/// Sets of up to 6 claims of at least two of the sorted categories, drawn in turn from each,
/// no two from one sentence or of one subject and relation. A claim the deck marks
/// `category_ambiguous` is never to be sorted.
pub fn categorize_sets<'a>(cx: &Context<'a>) -> Vec<Vec<&'a Fact>> {
    let mut queues: Vec<Vec<&Fact>> = SORTED
        .iter()
        .map(|c| {
            let mut q: Vec<&Fact> = cx
                .deck
                .facts
                .iter()
                .filter(|f| f.category == *c && !f.category_ambiguous && !names_its_bin(f))
                .collect();
            cx.stream(&format!("categorize:{}", c.name()))
                .shuffle(&mut q);
            q
        })
        .collect();
    let mut sets = Vec::new();
    loop {
        let remaining: usize = queues.iter().map(Vec::len).sum();
        let non_empty = queues.iter().filter(|q| !q.is_empty()).count();
        if remaining < MIN_SET || non_empty < 2 {
            break;
        }
        let mut set: Vec<&Fact> = Vec::new();
        let start = sets.len();
        'fill: while set.len() < MAX_SET {
            let mut took = false;
            for k in 0..SORTED.len() {
                let queue = &mut queues[(start + k) % SORTED.len()];
                // The last claim of the queue that stands apart from the set's: two claims of
                // one sentence, or of one subject and relation, sort each other.
                let apart = queue.iter().rposition(|f| stands_apart(&set, f));
                if let Some(f) = apart.map(|i| queue.remove(i)) {
                    set.push(f);
                    took = true;
                    if set.len() == MAX_SET {
                        break 'fill;
                    }
                }
            }
            if !took {
                break;
            }
        }
        if set.len() >= MIN_SET {
            sets.push(set);
        }
    }
    sets
}

/// Whether `fact` shares no sentence, and no subject and relation, with the claims of `set`.
fn stands_apart(set: &[&Fact], fact: &Fact) -> bool {
    set.iter().all(|f| {
        (f.subject != fact.subject || f.relation != fact.relation)
            && !f.sentences.iter().any(|s| fact.sentences.contains(s))
    })
}

/// Whether a claim's statement names its own category ("l'objectif de …" to file under
/// Objective): sorting it would test reading, not understanding.
pub fn names_its_bin(fact: &Fact) -> bool {
    let (fr, en) = phrases::category_in_lower_case(fact.category);
    [(&fact.statement.fr, fr), (&fact.statement.en, en)]
        .iter()
        .any(|(statement, bin)| crate::case::lowercase(statement).contains(bin))
}

/// The `n`-th categorize item (from 0): its claims shuffled, each to sort.
pub fn categorize(cx: &Context, n: usize, set: &[&Fact]) -> Item {
    let n = n + 1;
    let mut shown = set.to_vec();
    cx.stream(&format!("categorize:{n}")).shuffle(&mut shown);
    let answer = Answer::Categorize {
        statements: shown.iter().map(|f| f.statement.clone()).collect(),
        categories: SORTED.to_vec(),
        answers: shown
            .iter()
            .map(|f| SORTED.iter().position(|c| *c == f.category).unwrap_or(0))
            .collect(),
    };
    cx.item(
        format!("categorize:{n}"),
        ItemKind::Categorize,
        phrases::categorize(n),
        answer,
        &shown,
    )
}

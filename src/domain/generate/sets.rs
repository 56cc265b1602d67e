//! Items over several facts: matching questions to answers, ordering dated events, sorting
//! claims into categories.

use super::context::{is_short, Context};
use super::item::{Answer, Item, ItemKind};
use super::phrases;
use crate::domain::deck::{Category, Date, Fact, Text, Value};

/// How many pairs, events or claims one item shows.
const MATCHING_SIZE: usize = 5;
const MIN_SET: usize = 4;
const MAX_SET: usize = 6;

pub fn matchings(cx: &Context) -> Vec<Item> {
    let mut candidates: Vec<Candidate> = cx
        .deck
        .facts
        .iter()
        .filter(|f| cx.group_of(f).is_some() && is_short(&f.object, 6))
        .map(|fact| Candidate {
            fact,
            question: cx.question(fact),
            answer: cx.value(&fact.object),
        })
        .collect();
    cx.stream("matching").shuffle(&mut candidates);

    let mut sets: Vec<Vec<Candidate>> = Vec::new();
    let mut current: Vec<Candidate> = Vec::new();
    let mut left_over: Vec<Candidate> = Vec::new();
    for fact in candidates {
        if current.iter().all(|other| fits_with(cx, &fact, other)) {
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
    let mut rest: Vec<Candidate> = Vec::new();
    for fact in left_over {
        match sets
            .iter_mut()
            .find(|s| s.len() < MAX_SET && s.iter().all(|o| fits_with(cx, &fact, o)))
        {
            Some(set) => set.push(fact),
            None if rest.iter().all(|o| fits_with(cx, &fact, o)) => rest.push(fact),
            None => {}
        }
    }
    if rest.len() >= MIN_SET {
        sets.push(rest);
    }

    sets.into_iter()
        .enumerate()
        .map(|(n, set)| {
            let facts: Vec<&Fact> = set.iter().map(|c| c.fact).collect();
            let mut shown: Vec<usize> = (0..facts.len()).collect();
            cx.stream(&format!("matching:{n}")).shuffle(&mut shown);
            let right = shown.iter().map(|&i| set[i].answer.clone()).collect();
            let left: Vec<Text> = set.into_iter().map(|c| c.question).collect();
            // left[i] pairs with the right entry that shows fact i.
            let pairs = (0..facts.len())
                .map(|i| shown.iter().position(|&s| s == i).unwrap_or(i))
                .collect();
            let mut item = cx.item(
                format!("matching:{}", n + 1),
                ItemKind::Matching,
                phrases::matching(n + 1),
                Answer::Matching { left, right, pairs },
                &facts,
            );
            item.difficulty = 2;
            item
        })
        .collect()
}

/// Two facts can share a matching set when their questions and answers differ and neither
/// answer is true for the other's question.
fn fits_with(cx: &Context, a: &Candidate, b: &Candidate) -> bool {
    a.question != b.question
        && a.answer != b.answer
        && !cx.makes_true(a.fact, &b.fact.object)
        && !cx.makes_true(b.fact, &a.fact.object)
}

/// A fact for a matching set, with its question and answer in words (compared often).
struct Candidate<'a> {
    fact: &'a Fact,
    question: Text,
    answer: Text,
}

pub fn orderings(cx: &Context) -> Vec<Item> {
    let mut dated: Vec<(Date, &Fact, Text)> = cx
        .deck
        .facts
        .iter()
        .filter_map(|f| match f.object {
            Value::Date(d) => cx.event(f).map(|e| (d, f, e)),
            _ => None,
        })
        .collect();
    dated.sort_by_key(|(d, _, _)| *d);
    // Events whose dates cannot be told apart (2021 and April 2021) are left out.
    dated.dedup_by(|b, a| overlaps(a.0, b.0));
    if dated.len() < MIN_SET {
        return Vec::new();
    }
    let mut sets: Vec<Vec<usize>> = Vec::new();
    if dated.len() <= MAX_SET {
        sets.push((0..dated.len()).collect());
    }
    if dated.len() > MIN_SET {
        for skip in 0..dated.len() {
            let set: Vec<usize> = (0..dated.len()).filter(|&i| i != skip).collect();
            if set.len() <= MAX_SET {
                sets.push(set);
            }
        }
    }
    sets.into_iter()
        .enumerate()
        .map(|(n, chronological)| {
            let mut shown = chronological.clone();
            cx.stream(&format!("ordering:{n}")).shuffle(&mut shown);
            let events = shown.iter().map(|&i| dated[i].2.clone()).collect();
            let order = chronological
                .iter()
                .map(|i| shown.iter().position(|s| s == i).unwrap_or(0))
                .collect();
            let facts: Vec<&Fact> = chronological.iter().map(|&i| dated[i].1).collect();
            let mut item = cx.item(
                format!("ordering:{}", n + 1),
                ItemKind::Ordering,
                phrases::ordering(n + 1),
                Answer::Ordering { events, order },
                &facts,
            );
            item.difficulty = 2;
            item
        })
        .collect()
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

pub fn categorizations(cx: &Context) -> Vec<Item> {
    let mut queues: Vec<Vec<&Fact>> = SORTED
        .iter()
        .map(|c| {
            let mut q: Vec<&Fact> = cx.deck.facts.iter().filter(|f| f.category == *c).collect();
            cx.stream(&format!("categorize:{}", c.name()))
                .shuffle(&mut q);
            q
        })
        .collect();
    let mut items = Vec::new();
    loop {
        let remaining: usize = queues.iter().map(Vec::len).sum();
        let non_empty = queues.iter().filter(|q| !q.is_empty()).count();
        if remaining < MIN_SET || non_empty < 2 {
            break;
        }
        let mut set: Vec<&Fact> = Vec::new();
        let start = items.len();
        'fill: while set.len() < MAX_SET {
            let mut took = false;
            for k in 0..SORTED.len() {
                let queue = &mut queues[(start + k) % SORTED.len()];
                if let Some(f) = queue.pop() {
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
        let n = items.len() + 1;
        let mut shown = set.clone();
        cx.stream(&format!("categorize:{n}")).shuffle(&mut shown);
        let answer = Answer::Categorize {
            statements: shown.iter().map(|f| f.statement.clone()).collect(),
            categories: SORTED.to_vec(),
            answers: shown
                .iter()
                .map(|f| SORTED.iter().position(|c| *c == f.category).unwrap_or(0))
                .collect(),
        };
        items.push(cx.item(
            format!("categorize:{n}"),
            ItemKind::Categorize,
            phrases::categorize(n),
            answer,
            &shown,
        ));
    }
    items
}

//! Typed answers: a short answer (a name, a date, a number, a few words) typed in, checked by
//! the lenient matcher against every accepted form.

use super::context::{harder, is_short, Context};
use super::item::{Answer, Item, ItemKind};
use crate::deck::{Date, Deck, Fact, Value};
use crate::lang::Lang;
use crate::render;

/// Whether a fact's answer is short enough to type, and provably the only right one.
pub fn has_typed_answer(cx: &Context, fact: &Fact) -> bool {
    cx.group_of(fact).is_some() && is_short(&fact.object, 4)
}

pub fn typed_answer(cx: &Context, fact: &Fact) -> Item {
    let accepted = accepted_answers(cx.deck, fact);
    let answer = Answer::TypedAnswer {
        accepted,
        refused: fact.reject.clone(),
        expected: cx.value(&fact.object),
    };
    let mut item = cx.item(
        format!("typed_answer:{}", fact.id),
        ItemKind::TypedAnswer,
        cx.question(fact),
        answer,
        &[fact],
    );
    item.difficulty = harder(item.difficulty);
    item
}

/// Every answer to a fact's question a teacher would accept: the forms of its object, the
/// article's own words for it ("avril dernier") and the deck's other right answers.
pub fn accepted_answers(deck: &Deck, fact: &Fact) -> Vec<String> {
    let mut accepted = accepted_forms(deck, &fact.object);
    accepted.extend(fact.quote_answer.iter().cloned());
    accepted.extend(fact.accept.iter().cloned());
    accepted
}

/// Every form of a value a learner may reasonably type.
pub fn accepted_forms(deck: &Deck, value: &Value) -> Vec<String> {
    let mut forms: Vec<String> = Vec::new();
    for lang in Lang::ALL {
        forms.push(render::value(deck, value, lang));
    }
    match value {
        Value::Entity(id) => {
            // "LREM (La République en marche)": either part alone is right too.
            for lang in Lang::ALL {
                let name = render::value(deck, value, lang);
                if let Some((before, rest)) = name.split_once(" (") {
                    forms.push(before.to_string());
                    forms.push(rest.trim_end_matches(')').to_string());
                }
            }
            if let Some(entity) = deck.entity(id) {
                forms.extend(entity.aliases.iter().cloned());
            }
        }
        Value::Date(d) => {
            forms.extend(numeric_dates(*d));
            // "en avril dernier": the month alone names a month of the article's time.
            if let (Some(m), None) = (d.month, d.day) {
                forms.extend(Lang::ALL.map(|lang| render::month_name(m, lang).to_string()));
            }
        }
        // "30 milliards" for "près de 30 milliards d'euros"; the figure alone only when the
        // unit is one word ("4 000" for "4 000 entreprises"): "30" is no turnover.
        Value::Number { value, unit, .. } => match unit {
            None => forms.push(value.to_string()),
            Some(unit) => {
                for lang in Lang::ALL {
                    let first = unit.get(lang).split_whitespace().next().unwrap_or_default();
                    forms.push(format!("{} {first}", render::number(*value, lang)));
                }
                if unit.fr.split_whitespace().count() == 1 {
                    forms.push(value.to_string());
                }
            }
        },
        Value::Text(_) => {}
    }
    let mut seen = std::collections::HashSet::new();
    forms.retain(|f| seen.insert(f.clone()));
    forms
}

/// A date as learners also write it: in figures (with a two-digit year too), and with the
/// English month first or shortened ("Sep 9, 2021", "9 Sep 2021", "Apr 2021").
fn numeric_dates(d: Date) -> Vec<String> {
    let y = d.year;
    let yy = y.rem_euclid(100);
    let short = |m: u8| {
        let name = render::month_name(m, Lang::En);
        name.get(..3).unwrap_or(name).to_string()
    };
    match (d.month, d.day) {
        (Some(m), Some(day)) => vec![
            format!("{day}/{m}/{y}"),
            format!("{day:02}/{m:02}/{y}"),
            format!("{day}/{m}/{yy:02}"),
            format!("{y}-{m:02}-{day:02}"),
            format!("{} {day}, {y}", render::month_name(m, Lang::En)),
            format!("{} {day}, {y}", short(m)),
            format!("{day} {} {y}", short(m)),
        ],
        (Some(m), None) => vec![
            format!("{m}/{y}"),
            format!("{m:02}/{y}"),
            format!("{y}-{m:02}"),
            format!("{} {y}", short(m)),
        ],
        _ => Vec::new(),
    }
}

//! The facts: one claim each, quoted from the article. The quote starts as the whole sentence
//! and is cut down to the words that state the fact: by editing it, or by selecting words (in
//! the quote field with Shift and the arrows, or with the mouse in the article) and keeping
//! only the selection.

use super::fields::{select_field, text_field, Field, FACTS};
use super::Writing;
use crate::ui::components::focus_by_id;
use crate::ui::i18n::ClassKey;
use crate::ui::state::tr;
use leptos::prelude::*;
use vigie_core::deck::draft::{
    choices_id, remove_fact, rename_fact, set_wrong_answers, wrong_answers, Draft, DraftFact,
    DraftText, DraftValue,
};
use vigie_core::deck::{Category, Section};
use vigie_core::generate::category_name;
use vigie_core::lang::Lang;
use wasm_bindgen::JsCast;

/// The four kinds of object a fact may have.
const OBJECT_KINDS: [(&str, &str, &str); 4] = [
    ("entity", "une entité", "an entity"),
    ("text", "un texte", "a text"),
    ("date", "une date", "a date"),
    ("number", "un nombre", "a number"),
];

/// Which kind of object `value` is (by the field it fills).
fn kind_of(value: &DraftValue) -> &'static str {
    if value.entity.is_some() {
        "entity"
    } else if value.date.is_some() {
        "date"
    } else if value.number.is_some() {
        "number"
    } else {
        "text"
    }
}

#[component]
pub fn FactsPart(writing: Writing) -> impl IntoView {
    let count = Memo::new(move |_| writing.with(|d| d.facts.len()));
    view! {
        <section class="write-part" aria-labelledby="write-facts">
            <h2 id="write-facts">{tr(ClassKey::WriteFacts)}</h2>
            <p class="note">{tr(ClassKey::WriteFactsHelp)}</p>
            <ol class="write-rows">
                {move || (0..count.get()).map(|i| fact_row(writing, i)).collect_view()}
            </ol>
        </section>
    }
}

fn fact_row(writing: Writing, i: usize) -> impl IntoView {
    let lang = writing.app.lang;
    let field = move |name: &'static str,
                      suffix: &str,
                      label: ClassKey,
                      get: fn(&DraftFact) -> String,
                      set: fn(&mut DraftFact, String)| {
        FACTS.field(writing, i, name, suffix, label, get, set)
    };
    let entities = move || {
        writing.with(|d| {
            d.entities
                .iter()
                .map(|e| {
                    (
                        e.id.clone(),
                        e.name.fr.clone().unwrap_or_else(|| e.id.clone()),
                    )
                })
                .collect()
        })
    };
    let relations = move || {
        writing.with(|d| {
            d.relations
                .iter()
                .map(|r| {
                    (
                        r.id.clone(),
                        format!("{} — {}", r.id, r.statement.fr.clone().unwrap_or_default()),
                    )
                })
                .collect()
        })
    };
    let topics = move || {
        writing.with(|d| {
            d.topics
                .iter()
                .map(|t| {
                    (
                        t.id.clone(),
                        t.name.fr.clone().unwrap_or_else(|| t.id.clone()),
                    )
                })
                .collect()
        })
    };
    let categories = move || {
        let lang = lang.get();
        Category::ALL
            .iter()
            .map(|c| {
                (
                    c.name().to_string(),
                    category_name(*c).get(lang).to_string(),
                )
            })
            .collect()
    };
    let object_kinds = move || {
        let lang = lang.get();
        OBJECT_KINDS
            .iter()
            .map(|(code, fr, en)| {
                (
                    code.to_string(),
                    if lang == Lang::Fr { fr } else { en }.to_string(),
                )
            })
            .collect()
    };
    let kind =
        Memo::new(move |_| writing.with(|d| d.facts.get(i).map_or("text", |f| kind_of(&f.object))));
    let difficulties = || (1..=3).map(|n| (n.to_string(), n.to_string())).collect();
    let object_fields = move || {
        match kind.get() {
        "entity" => select_field(writing, field("object", "object-entity", ClassKey::WriteObjectEntity,
            |f| f.object.entity.clone().unwrap_or_default(), |f, v| f.object.entity = Some(v)), entities).into_any(),
        "date" => text_field(writing, field("object", "object-date", ClassKey::WriteObjectDate,
            |f| f.object.date.clone().unwrap_or_default(), |f, v| f.object.date = Some(v)), 0).into_any(),
        "number" => view! {
            {text_field(writing, field("object", "object-number", ClassKey::WriteObjectNumber,
                |f| f.object.number.map(|n| n.to_string()).unwrap_or_default(),
                // Kept only when it reads as a whole number; the field keeps what is typed.
                |f, v| if let Ok(n) = v.trim().replace([' ', '\u{a0}'], "").parse() { f.object.number = Some(n) }).loose(), 0)}
            {text_field(writing, field("object", "object-unit-fr", ClassKey::WriteUnitFr,
                |f| f.object.unit.as_ref().and_then(|u| u.fr.clone()).unwrap_or_default(),
                |f, v| f.object.unit.get_or_insert_with(DraftText::default).fr = Some(v)), 0)}
            {text_field(writing, field("object", "object-unit-en", ClassKey::WriteUnitEn,
                |f| f.object.unit.as_ref().and_then(|u| u.en.clone()).unwrap_or_default(),
                |f, v| f.object.unit.get_or_insert_with(DraftText::default).en = Some(v)), 0)}
        }.into_any(),
        _ => view! {
            {text_field(writing, field("object", "object-fr", ClassKey::WriteObjectFr,
                |f| f.object.text.as_ref().and_then(|t| t.fr.clone()).unwrap_or_default(),
                |f, v| f.object.text.get_or_insert_with(DraftText::default).fr = Some(v)), 0)}
            {text_field(writing, field("object", "object-en", ClassKey::WriteObjectEn,
                |f| f.object.text.as_ref().and_then(|t| t.en.clone()).unwrap_or_default(),
                |f, v| f.object.text.get_or_insert_with(DraftText::default).en = Some(v)), 0)}
        }.into_any(),
    }
    };
    let keep_selection = move |_| {
        if let Some(words) = selected_words(&format!("fact-{i}-quote")) {
            writing.change(None, |d| {
                if let Some(f) = d.facts.get_mut(i) {
                    f.quote = words;
                }
            });
        }
    };
    let remove = move |_| {
        writing.change(None, |d| remove_fact(d, i));
        writing.previewed.set(None);
    };
    view! {
        <li class="write-row fact-row">
            {text_field(writing, field("quote", "quote", ClassKey::WriteQuote, |f| f.quote.clone(), |f, v| f.quote = v), 2)}
            <p><button type="button" on:click=keep_selection>{tr(ClassKey::WriteKeepSelection)}</button></p>
            <div class="field-grid">
                {text_field(writing, Field::new(format!("fact-{i}-id"), ClassKey::WriteId,
                    move |d| d.facts.get(i).map(|f| f.id.clone()).unwrap_or_default(),
                    move |d, v| rename_fact(d, i, v), FACTS.problems(writing, i, "id")), 0)}
                {select_field(writing, field("subject", "subject", ClassKey::WriteSubject, |f| f.subject.clone(), |f, v| f.subject = v), entities)}
                {select_field(writing, field("relation", "relation", ClassKey::WriteRelation, |f| f.relation.clone(), |f, v| f.relation = v), relations)}
                {select_field(writing, field("object", "object-kind", ClassKey::WriteObjectKind, |f| kind_of(&f.object).to_string(),
                    |f, v| f.object = match v.as_str() {
                        "entity" => DraftValue { entity: Some(String::new()), ..DraftValue::default() },
                        "date" => DraftValue { date: Some(String::new()), ..DraftValue::default() },
                        "number" => DraftValue { number: Some(0), ..DraftValue::default() },
                        _ => DraftValue { text: Some(DraftText::default()), ..DraftValue::default() },
                    }), object_kinds)}
                {object_fields}
                {select_field(writing, field("category", "category", ClassKey::WriteCategory, |f| f.category.clone(), |f, v| f.category = v), categories)}
                {select_field(writing, field("topic", "topic", ClassKey::WriteTopic, |f| f.topic.clone(), |f, v| f.topic = v), topics)}
                {select_field(writing, field("difficulty", "difficulty", ClassKey::WriteDifficulty, |f| f.difficulty.to_string(),
                    |f, v| f.difficulty = v.parse().unwrap_or(0)), difficulties)}
            </div>
            {text_field(writing, Field::new(format!("fact-{i}-wrong"), ClassKey::WriteWrongAnswers,
                move |d| wrong_text(d, i), move |d, v| {
                    let wrong = parse_wrong(d, i, &v);
                    set_wrong_answers(d, i, wrong);
                },
                writing.problems(Section::Group, move |d| d.facts.get(i).map(|f| choices_id(&f.id)).unwrap_or_default(), "members")).loose(), 3)}
            <p class="note">{move || match kind.get() {
                "entity" => tr(ClassKey::WriteWrongEntity)(),
                "date" => tr(ClassKey::WriteWrongDate)(),
                "number" => tr(ClassKey::WriteWrongNumber)(),
                _ => tr(ClassKey::WriteWrongText)(),
            }}</p>
            {text_field(writing, field("statement", "statement-fr", ClassKey::WriteStatementFr,
                |f| f.statement.fr.clone().unwrap_or_default(), |f, v| f.statement.fr = Some(v)), 2)}
            {text_field(writing, field("statement", "statement-en", ClassKey::WriteStatementEn,
                |f| f.statement.en.clone().unwrap_or_default(), |f, v| f.statement.en = Some(v)), 2)}
            <p class="actions">
                <button type="button" on:click=move |_| {
                    writing.previewed.set(Some(i));
                    request_animation_frame(|| focus_by_id("write-preview"));
                }>{tr(ClassKey::WritePreviewFact)}</button>" "
                <button type="button" on:click=remove>{tr(ClassKey::WriteRemove)}</button>
            </p>
        </li>
    }
}

/// The fact's wrong answers, one a line (a text as « français | English »).
fn wrong_text(d: &Draft, i: usize) -> String {
    wrong_answers(d, i)
        .iter()
        .map(|v| {
            if let Some(id) = &v.entity {
                id.clone()
            } else if let Some(date) = &v.date {
                date.clone()
            } else if let Some(n) = v.number {
                n.to_string()
            } else {
                let t = v.text.clone().unwrap_or_default();
                format!(
                    "{} | {}",
                    t.fr.unwrap_or_default(),
                    t.en.unwrap_or_default()
                )
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Reads the wrong answers typed, one a line, as values of the fact's object's kind. A line
/// that is not a number where one is expected is kept as text, which the loader then names
/// (a group of numbers and texts).
fn parse_wrong(d: &Draft, i: usize, typed: &str) -> Vec<DraftValue> {
    let Some(fact) = d.facts.get(i) else {
        return Vec::new();
    };
    let object = &fact.object;
    typed
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|line| match kind_of(object) {
            "entity" => DraftValue {
                entity: Some(line.to_string()),
                ..DraftValue::default()
            },
            "date" => DraftValue {
                date: Some(line.to_string()),
                ..DraftValue::default()
            },
            "number" => match line.replace([' ', '\u{a0}'], "").parse() {
                Ok(n) => DraftValue {
                    number: Some(n),
                    unit: object.unit.clone(),
                    approx: object.approx,
                    ..DraftValue::default()
                },
                Err(_) => DraftValue {
                    text: Some(DraftText {
                        fr: Some(line.to_string()),
                        en: None,
                    }),
                    ..DraftValue::default()
                },
            },
            _ => {
                let (fr, en) = line.split_once('|').unwrap_or((line, ""));
                DraftValue {
                    text: Some(DraftText {
                        fr: Some(fr.trim().to_string()),
                        en: Some(en.trim().to_string()).filter(|e| !e.is_empty()),
                    }),
                    ..DraftValue::default()
                }
            }
        })
        .collect()
}

/// The words selected in the quote field (Shift and the arrows), or else with the mouse
/// anywhere on the page (in the article's sentences); `None` when nothing is selected.
fn selected_words(input_id: &str) -> Option<String> {
    let input = document()
        .get_element_by_id(input_id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
    if let Some(input) = input {
        let start = input.selection_start().ok().flatten().unwrap_or(0) as usize;
        let end = input.selection_end().ok().flatten().unwrap_or(0) as usize;
        // Selection offsets count UTF-16 units.
        let units: Vec<u16> = input.value().encode_utf16().collect();
        if start < end && end <= units.len() {
            let words = String::from_utf16_lossy(&units[start..end]);
            let words = words.trim();
            if !words.is_empty() {
                return Some(words.to_string());
            }
        }
    }
    let selection = window().get_selection().ok().flatten()?;
    let text = String::from(selection.to_string());
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

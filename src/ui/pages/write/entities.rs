//! Who and what the facts speak of (entities), and the kinds of claim (relations): each a row
//! of fields; relations come from a library (the built-in deck's) or are written with a live
//! preview of their sentences.

use super::fields::{select_field, suffix, text_field, ENTITIES, RELATIONS};
use super::Writing;
use crate::ui::components::focus_by_id;
use crate::ui::i18n::ClassKey;
use crate::ui::state::tr;
use leptos::prelude::*;
use vigie_core::builtin;
use vigie_core::deck::draft::{open_file, Draft, DraftEntity, DraftRelation, DraftText};
use vigie_core::lang::Lang;

/// Entity types as the deck file names them, and as the editor shows them.
const ENTITY_TYPES: [(&str, &str, &str); 11] = [
    ("person", "personne", "person"),
    ("institution", "institution", "institution"),
    ("party", "parti", "party"),
    ("place", "lieu", "place"),
    ("event", "événement", "event"),
    ("bill", "projet ou proposition de loi", "bill"),
    ("technology", "technologie", "technology"),
    ("document", "document", "document"),
    ("industry", "secteur", "industry"),
    ("group", "groupe", "group"),
    ("concept", "notion", "concept"),
];

/// A free id like `prefix-3` among the draft's entities and facts.
fn free_id(d: &Draft, prefix: &str) -> String {
    let taken =
        |id: &str| d.facts.iter().any(|f| f.id == id) || d.entities.iter().any(|e| e.id == id);
    (1..)
        .map(|n| format!("{prefix}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_default()
}

#[component]
pub fn EntitiesPart(writing: Writing) -> impl IntoView {
    let count = Memo::new(move |_| writing.with(|d| d.entities.len()));
    let add = move |_| {
        let index = count.get_untracked();
        writing.change(None, |d| {
            let id = free_id(d, "entite");
            d.entities.push(DraftEntity {
                id,
                kind: "person".into(),
                ..DraftEntity::default()
            })
        });
        request_animation_frame(move || focus_by_id(&format!("entity-{index}-id")));
    };
    view! {
        <section class="write-part" aria-labelledby="write-entities">
            <h2 id="write-entities">{tr(ClassKey::WriteEntities)}</h2>
            <p class="note">{tr(ClassKey::WriteEntitiesHelp)}</p>
            <ul class="write-rows">
                {move || (0..count.get()).map(|i| entity_row(writing, i)).collect_view()}
            </ul>
            <p><button type="button" on:click=add>{tr(ClassKey::WriteAddEntity)}</button></p>
        </section>
    }
}

fn entity_row(writing: Writing, i: usize) -> impl IntoView {
    let field = move |name: &'static str,
                      label: ClassKey,
                      get: fn(&DraftEntity) -> String,
                      set: fn(&mut DraftEntity, String)| {
        ENTITIES.field(writing, i, name, &suffix(name, label), label, get, set)
    };
    let id_field = field("id", ClassKey::WriteId, |e| e.id.clone(), |e, v| e.id = v);
    let types = move || {
        let lang = writing.app.lang.get();
        ENTITY_TYPES
            .iter()
            .map(|(code, fr, en)| {
                (
                    code.to_string(),
                    if lang == Lang::Fr { fr } else { en }.to_string(),
                )
            })
            .collect()
    };
    view! {
        <li class="write-row compact">
            {text_field(writing, id_field, 0)}
            {select_field(writing, field("type", ClassKey::WriteEntityType, |e| e.kind.clone(), |e, v| e.kind = v), types)}
            {text_field(writing, field("name", ClassKey::WriteNameFr, |e| e.name.fr.clone().unwrap_or_default(), |e, v| e.name.fr = Some(v)), 0)}
            {text_field(writing, field("name", ClassKey::WriteNameEn, |e| e.name.en.clone().unwrap_or_default(), |e, v| e.name.en = Some(v)), 0)}
            {text_field(writing, field("aliases", ClassKey::WriteAliases, |e| e.aliases.join(", "),
                |e, v| e.aliases = v.split(',').map(str::trim).filter(|a| !a.is_empty()).map(str::to_string).collect()).loose(), 0)}
            <button type="button" on:click=move |_| writing.change(None, |d| { if i < d.entities.len() { d.entities.remove(i); } })>
                {tr(ClassKey::WriteRemove)}
            </button>
        </li>
    }
}

/// A library of tried templates: a few general ones, then the built-in deck's.
fn library() -> Vec<DraftRelation> {
    let relation = |id: &str, question: (&str, &str), statement: (&str, &str)| DraftRelation {
        id: id.into(),
        question: DraftText {
            fr: Some(question.0.into()),
            en: Some(question.1.into()),
        },
        statement: DraftText {
            fr: Some(statement.0.into()),
            en: Some(statement.1.into()),
        },
        ..DraftRelation::default()
    };
    let general = [
        relation(
            "proposes",
            (
                "Que propose {subject}\u{a0}?",
                "What does {subject} propose?",
            ),
            (
                "{subject} propose {object}.",
                "{subject} proposes {object}.",
            ),
        ),
        relation(
            "asks_for",
            (
                "Que réclame {subject}\u{a0}?",
                "What does {subject} call for?",
            ),
            (
                "{subject} réclame {object}.",
                "{subject} calls for {object}.",
            ),
        ),
        relation(
            "takes_place_in",
            (
                "En quelle année a lieu {subject}\u{a0}?",
                "In what year does {subject} take place?",
            ),
            (
                "{subject} a lieu en {object}.",
                "{subject} takes place in {object}.",
            ),
        ),
        relation(
            "located_in",
            ("Où se trouve {subject}\u{a0}?", "Where is {subject}?"),
            (
                "{subject} se trouve à {object}.",
                "{subject} is in {object}.",
            ),
        ),
        relation(
            "led_by",
            ("Qui dirige {subject}\u{a0}?", "Who leads {subject}?"),
            (
                "{subject} est dirigé par {object}.",
                "{subject} is led by {object}.",
            ),
        ),
    ];
    let builtin = vigie_core::deck::pack(builtin::DECK_JSON, builtin::ARTICLE_TEXT)
        .ok()
        .and_then(|file| open_file(file.as_bytes()).ok())
        .map(|d| d.relations)
        .unwrap_or_default();
    general
        .into_iter()
        .chain(
            builtin
                .into_iter()
                .filter(|r| r.id != "asks_for" && r.id != "proposes"),
        )
        .collect()
}

#[component]
pub fn RelationsPart(writing: Writing) -> impl IntoView {
    let count = Memo::new(move |_| writing.with(|d| d.relations.len()));
    let library = StoredValue::new(library());
    let chosen = RwSignal::new(String::new());
    let add = move |relation: DraftRelation| {
        let index = count.get_untracked();
        writing.change(None, |d| d.relations.push(relation));
        request_animation_frame(move || focus_by_id(&format!("relation-{index}-id")));
    };
    let add_chosen = move |_| {
        let id = chosen.get_untracked();
        if let Some(relation) = library.with_value(|l| l.iter().find(|r| r.id == id).cloned()) {
            add(relation);
        }
    };
    let add_new = move |_| {
        let n = count.get_untracked() + 1;
        add(DraftRelation {
            id: format!("relation-{n}"),
            question: DraftText {
                fr: Some("Que … {subject}\u{a0}?".into()),
                en: Some("What does {subject} …?".into()),
            },
            statement: DraftText {
                fr: Some("{subject} … {object}.".into()),
                en: Some("{subject} … {object}.".into()),
            },
            ..DraftRelation::default()
        });
    };
    view! {
        <section class="write-part" aria-labelledby="write-relations">
            <h2 id="write-relations">{tr(ClassKey::WriteRelations)}</h2>
            <p class="note">{tr(ClassKey::WriteRelationsHelp)}</p>
            <p class="field">
                <label for="relation-library">{tr(ClassKey::WriteLibrary)}</label>
                <select id="relation-library" on:change=move |ev| chosen.set(event_target_value(&ev))>
                    <option value="">"—"</option>
                    {library.with_value(|l| l.iter().map(|r| {
                        let text = format!("{} — {}", r.id, r.question.fr.clone().unwrap_or_default());
                        view! { <option value=r.id.clone()>{text}</option> }
                    }).collect_view())}
                </select>
                " "<button type="button" on:click=add_chosen>{tr(ClassKey::WriteAddFromLibrary)}</button>
                " "<button type="button" on:click=add_new>{tr(ClassKey::WriteAddRelation)}</button>
            </p>
            <ul class="write-rows">
                {move || (0..count.get()).map(|i| relation_row(writing, i)).collect_view()}
            </ul>
        </section>
    }
}

fn relation_row(writing: Writing, i: usize) -> impl IntoView {
    let field = move |name: &'static str,
                      label: ClassKey,
                      get: fn(&DraftRelation) -> String,
                      set: fn(&mut DraftRelation, String)| {
        RELATIONS.field(writing, i, name, &suffix(name, label), label, get, set)
    };
    let preview = move |lang: Lang| {
        writing.with(|d| {
            let Some(relation) = d.relations.get(i) else {
                return String::new();
            };
            preview_of(d, relation, lang)
        })
    };
    view! {
        <li class="write-row compact">
            {text_field(writing, field("id", ClassKey::WriteId, |r| r.id.clone(), |r, v| r.id = v), 0)}
            {text_field(writing, field("question", ClassKey::WriteQuestionFr, |r| r.question.fr.clone().unwrap_or_default(), |r, v| r.question.fr = Some(v)), 0)}
            {text_field(writing, field("question", ClassKey::WriteQuestionEn, |r| r.question.en.clone().unwrap_or_default(), |r, v| r.question.en = Some(v)), 0)}
            {text_field(writing, field("statement", ClassKey::WriteStatementFr, |r| r.statement.fr.clone().unwrap_or_default(), |r, v| r.statement.fr = Some(v)), 0)}
            {text_field(writing, field("statement", ClassKey::WriteStatementEn, |r| r.statement.en.clone().unwrap_or_default(), |r, v| r.statement.en = Some(v)), 0)}
            <p class="preview" aria-live="polite">
                <span class="note">{tr(ClassKey::WritePreview)}</span>" "
                <span lang="fr">{move || preview(Lang::Fr)}</span>" / "<span lang="en">{move || preview(Lang::En)}</span>
            </p>
            <button type="button" on:click=move |_| writing.change(None, |d| { if i < d.relations.len() { d.relations.remove(i); } })>
                {tr(ClassKey::WriteRemove)}
            </button>
        </li>
    }
}

/// A relation's statement filled with its first fact's subject and object (or « … »), so the
/// teacher reads the sentence the generator will write.
fn preview_of(d: &Draft, relation: &DraftRelation, lang: Lang) -> String {
    let fact = d.facts.iter().find(|f| f.relation == relation.id);
    let subject = fact
        .and_then(|f| d.entities.iter().find(|e| e.id == f.subject))
        .and_then(|e| match lang {
            Lang::Fr => e.name.fr.clone(),
            Lang::En => e.name.en.clone(),
        })
        .unwrap_or_else(|| "…".into());
    let object = fact
        .and_then(|f| {
            let o = &f.object;
            let text = o.text.as_ref().and_then(|t| match lang {
                Lang::Fr => t.fr.clone(),
                Lang::En => t.en.clone(),
            });
            let entity = o
                .entity
                .as_ref()
                .and_then(|id| d.entities.iter().find(|e| &e.id == id))
                .and_then(|e| match lang {
                    Lang::Fr => e.name.fr.clone(),
                    Lang::En => e.name.en.clone(),
                });
            text.or(entity)
                .or(o.date.clone())
                .or(o.number.map(|n| n.to_string()))
        })
        .unwrap_or_else(|| "…".into());
    let template = match lang {
        Lang::Fr => relation.statement.fr.clone(),
        Lang::En => relation.statement.en.clone(),
    }
    .unwrap_or_default();
    let sentence = template
        .replace("{subject}", &subject)
        .replace("{object}", &object);
    let mut chars = sentence.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

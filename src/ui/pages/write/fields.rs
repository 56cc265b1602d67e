//! The inputs of the Write page: each bound to one field of the draft, labelled, with the
//! problems the loader finds in that field beside it (and named by `aria-describedby`).

use super::Writing;
use crate::ui::i18n::ClassKey;
use crate::ui::state::tr;
use leptos::prelude::*;
use std::sync::Arc;
use vigie_core::deck::draft::{Draft, DraftEntity, DraftFact, DraftRelation, DraftTopic};
use vigie_core::deck::Section;

/// Reads one field of the draft.
pub type Getter = Arc<dyn Fn(&Draft) -> String + Send + Sync>;
/// Writes one field of the draft.
pub type Setter = Arc<dyn Fn(&mut Draft, String) + Send + Sync>;

/// One field: where it is in the page and in the draft.
pub struct Field {
    /// The element id, also the history key (typing in one field is one undo step).
    pub id: String,
    pub label: ClassKey,
    pub get: Getter,
    pub set: Setter,
    pub problems: Signal<Vec<String>>,
    /// Shown in a form of its own (wrong answers as lines): read again only on undo, redo…
    pub loose: bool,
}

impl Field {
    pub fn new(
        id: String,
        label: ClassKey,
        get: impl Fn(&Draft) -> String + Send + Sync + 'static,
        set: impl Fn(&mut Draft, String) + Send + Sync + 'static,
        problems: Signal<Vec<String>>,
    ) -> Field {
        Field {
            id,
            label,
            get: Arc::new(get),
            set: Arc::new(set),
            problems,
            loose: false,
        }
    }

    /// A field whose text is not the draft's value as typed: the page reads it again from the
    /// draft only on undo, redo or another draft, never while it is typed in.
    pub fn loose(self) -> Field {
        Field {
            loose: true,
            ..self
        }
    }
}

/// One list of the draft (topics, entities, relations, facts): where its rows are, how the
/// loader names them, and how their fields' element ids start. Rows are shown by index.
pub struct Rows<T: 'static> {
    pub section: Section,
    /// `fact` gives the element ids `fact-3-quote`…
    pub prefix: &'static str,
    pub list: fn(&Draft) -> &Vec<T>,
    pub list_mut: fn(&mut Draft) -> &mut Vec<T>,
    pub id: fn(&T) -> &str,
}

impl<T> Clone for Rows<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Rows<T> {}

impl<T> Rows<T> {
    /// A field of row `i`: its element id `prefix-i-suffix`, its problems those the loader
    /// names under `name` for the row's (current) id.
    #[allow(clippy::too_many_arguments)]
    pub fn field(
        self,
        writing: Writing,
        i: usize,
        name: &'static str,
        suffix: &str,
        label: ClassKey,
        get: fn(&T) -> String,
        set: fn(&mut T, String),
    ) -> Field {
        let Rows {
            prefix,
            list,
            list_mut,
            ..
        } = self;
        Field::new(
            format!("{prefix}-{i}-{suffix}"),
            label,
            move |d| list(d).get(i).map(get).unwrap_or_default(),
            move |d, v| {
                if let Some(row) = list_mut(d).get_mut(i) {
                    set(row, v)
                }
            },
            self.problems(writing, i, name),
        )
    }

    /// The problems the loader names under `name` for row `i`'s (current) id.
    pub fn problems(self, writing: Writing, i: usize, name: &'static str) -> Signal<Vec<String>> {
        let Rows {
            section, list, id, ..
        } = self;
        writing.problems(
            section,
            move |d| {
                list(d)
                    .get(i)
                    .map(|r| id(r).to_string())
                    .unwrap_or_default()
            },
            name,
        )
    }
}

pub const TOPICS: Rows<DraftTopic> = Rows {
    section: Section::Topic,
    prefix: "topic",
    list: |d| &d.topics,
    list_mut: |d| &mut d.topics,
    id: |t| &t.id,
};
pub const ENTITIES: Rows<DraftEntity> = Rows {
    section: Section::Entity,
    prefix: "entity",
    list: |d| &d.entities,
    list_mut: |d| &mut d.entities,
    id: |e| &e.id,
};
pub const RELATIONS: Rows<DraftRelation> = Rows {
    section: Section::Relation,
    prefix: "relation",
    list: |d| &d.relations,
    list_mut: |d| &mut d.relations,
    id: |r| &r.id,
};
pub const FACTS: Rows<DraftFact> = Rows {
    section: Section::Fact,
    prefix: "fact",
    list: |d| &d.facts,
    list_mut: |d| &mut d.facts,
    id: |f| &f.id,
};

/// The element id's end for a field labelled `label`: `id` for the id field (what the editor
/// focuses when it adds a row), the label's number for the rest.
pub fn suffix(name: &str, label: ClassKey) -> String {
    if name == "id" {
        "id".to_string()
    } else {
        (label as usize).to_string()
    }
}

/// The field's problems, each on a line, under the input that `aria-describedby` names.
fn problems_view(id: &str, problems: Signal<Vec<String>>) -> impl IntoView {
    view! {
        <span class="field-problems" id=format!("{id}-problems")>
            {move || problems.get().into_iter().map(|p| view! { <span class="field-problem">{p}</span> }).collect_view()}
        </span>
    }
}

/// A text field (`rows` = 0: one line; more: a text area), labelled, with its problems.
pub fn text_field(writing: Writing, field: Field, rows: u32) -> impl IntoView {
    let (get, set, problems) = (field.get.clone(), field.set.clone(), field.problems);
    let key = field.id.clone();
    let loose = field.loose;
    let value = move || {
        if loose {
            writing.revision.track();
            writing.editor.with_untracked(|e| get(e.draft()))
        } else {
            writing.with(|d| get(d))
        }
    };
    let invalid = move || (!problems.get().is_empty()).then_some("true");
    let described = format!("{}-problems", field.id);
    let on_input = move |ev| {
        let value = event_target_value(&ev);
        let set = set.clone();
        writing.change(Some(&key), move |d| set(d, value));
    };
    let input = if rows == 0 {
        view! {
            <input id=field.id.clone() type="text" spellcheck="false" autocomplete="off"
                prop:value=value aria-invalid=invalid aria-describedby=described on:input=on_input/>
        }
        .into_any()
    } else {
        view! {
            <textarea id=field.id.clone() rows=rows
                prop:value=value aria-invalid=invalid aria-describedby=described on:input=on_input></textarea>
        }
        .into_any()
    };
    view! {
        <p class="field">
            <label for=field.id.clone()>{tr(field.label)}</label>
            {input}
            {problems_view(&field.id, field.problems)}
        </p>
    }
}

/// A choice among `options` (value, shown text), e.g. an entity of the draft.
pub fn select_field(
    writing: Writing,
    field: Field,
    options: impl Fn() -> Vec<(String, String)> + Send + Sync + 'static,
) -> impl IntoView {
    let (get, set, problems) = (field.get.clone(), field.set.clone(), field.problems);
    let key = field.id.clone();
    let current = get.clone();
    view! {
        <p class="field">
            <label for=field.id.clone()>{tr(field.label)}</label>
            <select id=field.id.clone()
                aria-invalid=move || (!problems.get().is_empty()).then_some("true")
                aria-describedby=format!("{}-problems", field.id)
                prop:value=move || writing.with(|d| current(d))
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    let set = set.clone();
                    writing.change(Some(&key), move |d| set(d, value));
                }>
                <option value="">"—"</option>
                {move || {
                    let chosen = writing.with(|d| get(d));
                    options().into_iter().map(|(value, text)| {
                        let selected = value == chosen;
                        view! { <option value=value selected=selected>{text}</option> }
                    }).collect_view()
                }}
            </select>
            {problems_view(&field.id, field.problems)}
        </p>
    }
}

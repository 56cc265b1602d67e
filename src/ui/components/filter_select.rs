//! The choice of cards: all, one category, one topic (or one sentence of the article), for
//! the study page and the deck's export.

use crate::ui::i18n::{CatalogueKey, Key};
use crate::ui::state::{tr, tr_text};
use leptos::prelude::*;
use vigie_core::deck::{Category, Deck};
use vigie_core::generate::category_name;
use vigie_core::study::Filter;

/// A labelled `<select>` (`#study-filter`) that sets `filter`; `sentence` adds that sentence
/// as a choice, selected.
#[component]
pub fn FilterSelect<K: CatalogueKey>(
    deck: &'static Deck,
    filter: RwSignal<Filter>,
    sentence: Option<usize>,
    label: K,
) -> impl IntoView {
    view! {
        <label for="study-filter">{tr(label)}</label>
        <select id="study-filter" on:change=move |ev| filter.set(Filter::from_code(&event_target_value(&ev)))>
            <option value="all">{tr(Key::StudyFilterAll)}</option>
            {sentence.map(|s| view! {
                <option value=Filter::Sentence(s).code() selected>{tr(Key::StudyFilterSentence)}</option>
            })}
            <optgroup label=tr(Key::StudyFilterCategories)>
                {Category::ALL.iter().map(|&c| {
                    let code = Filter::Category(c).code();
                    view! { <option value=code>{tr_text(category_name(c))}</option> }
                }).collect_view()}
            </optgroup>
            <optgroup label=tr(Key::StudyFilterTopics)>
                {deck.topics.iter().map(|t| {
                    let code = Filter::Topic(t.id.clone()).code();
                    view! { <option value=code>{tr_text(t.name.clone())}</option> }
                }).collect_view()}
            </optgroup>
        </select>
    }
}

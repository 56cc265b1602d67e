//! The article's words behind an item: shown after an answer, on the projector and in
//! results.

use crate::ui::i18n::Key;
use crate::ui::route::Route;
use crate::ui::state::{tr, AppState};
use leptos::prelude::*;
use vigie_core::generate::Item;

/// The article's words behind an item, and a link to its sentence.
pub fn source(app: AppState, item: &Item) -> impl IntoView {
    let sentence = item.sentences.first().copied();
    let explanation = item.explanation.clone();
    view! {
        <figure class="source">
            <figcaption>{tr(Key::SourceLabel)}</figcaption>
            <p class="explanation">{move || explanation.get(app.lang.get()).to_string()}</p>
            {item.quotes.iter().map(|q| view! { <blockquote lang="fr">"« "{q.clone()}" »"</blockquote> }).collect_view()}
            {sentence.map(|s| view! { <a href=Route::Article { sentence: Some(s) }.href()>{tr(Key::SeeInArticle)}</a> })}
        </figure>
    }
}

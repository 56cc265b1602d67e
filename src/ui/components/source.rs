//! The article's words behind an item: shown after an answer, on the projector and in
//! results.

use crate::ui::i18n::Key;
use crate::ui::route::Route;
use crate::ui::state::{tr, tr_text};
use leptos::prelude::*;
use vigie_core::generate::Item;
use vigie_core::lang::Lang;
use vigie_core::typography::quoted;

/// The article's words behind an item, and a link to its sentence.
pub fn source(item: &Item) -> impl IntoView {
    let sentence = item.sentences.first().copied();
    view! {
        <figure class="source">
            <figcaption>{tr(Key::SourceLabel)}</figcaption>
            <p class="explanation">{tr_text(item.explanation.clone())}</p>
            {item.quotes.iter().map(|q| view! { <blockquote lang="fr">{quoted(q, Lang::Fr)}</blockquote> }).collect_view()}
            {sentence.map(|s| view! { <a href=Route::Article { sentence: Some(s) }.href()>{tr(Key::SeeInArticle)}</a> })}
        </figure>
    }
}

//! The deck's cards as a file for a review tool: Anki, Quizlet or a spreadsheet, all of them
//! or one category or topic.

use crate::ui::components::{ExportPanel, FilterSelect, HEADING_ID};
use crate::ui::i18n::{ClassKey, Key};
use crate::ui::state::tr;
use leptos::prelude::*;
use vigie_core::deck::Deck;
use vigie_core::export::{deck_items, Format};
use vigie_core::study::Filter;

#[component]
pub fn ExportPage() -> impl IntoView {
    match crate::ui::decks::full_deck() {
        Ok(deck) => view! { <DeckExport deck/> }.into_any(),
        Err(_) => view! { <p role="alert">{tr(Key::DeckInvalid)}</p> }.into_any(),
    }
}

#[component]
fn DeckExport(deck: &'static Deck) -> impl IntoView {
    let filter = RwSignal::new(Filter::All);
    let items = Signal::derive(move || filter.with(|f| deck_items(deck, f)));
    let stem =
        Signal::derive(move || format!("vigie-{}", filter.with(Filter::code).replace(':', "-")));
    view! {
        <section class="page export-page">
            <h1 id=HEADING_ID tabindex="-1">{tr(Key::ExportTitle)}</h1>
            <p class="note">{tr(ClassKey::ExportDeckIntro)}</p>
            <p class="study-bar"><FilterSelect deck filter sentence=None label=ClassKey::ExportWhich/></p>
            <ExportPanel deck items formats=&Format::FOR_DECK stem/>
        </section>
    }
}

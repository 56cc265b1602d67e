//! The home page leads with what a returning learner needs: the current deck, the cards due
//! now and "Study now", then "Make a quiz"; what Vigie is comes after.

use crate::ui::browser::now_ms;
use crate::ui::components::{next_card_in, queue_at, study_cards, QueueCounts, HEADING_ID};
use crate::ui::decks::{is_added, needs_copy, source_line, study_deck};
use crate::ui::i18n::Key;
use crate::ui::route::Route;
use crate::ui::state::{text_of, tr, use_app, AppState};
use leptos::prelude::*;
use vigie_core::deck::Deck;
use vigie_core::schedule::Queue;
use vigie_core::study::Filter;

#[component]
pub fn HomePage() -> impl IntoView {
    let app = use_app();
    view! {
        <section class="page home">
            <p class="eyebrow">{tr(Key::Tagline)}</p>
            <h1 id=HEADING_ID tabindex="-1">{tr(Key::HomeTitle)}</h1>
            {needs_copy().then(|| view! {
                <p class="notice" role="status">{tr(Key::HomeDeckNeedsCopy)}" "<a href=Route::Decks.href()>{tr(Key::HomeOpenDecks)}</a></p>
            })}
            {study_deck().map(|deck| view! { <Today app deck/> })}
            <h2>{tr(Key::HomeAbout)}</h2>
            <p class="lead">{tr(Key::HomeIntro)}</p>
            {(!is_added()).then(|| view! { <p>{tr(Key::HomeArticleLead)}</p> })}
            <h3>{tr(Key::HomeForWhom)}</h3>
            <ul class="audiences">
                <li>{tr(Key::HomeStudents)}</li>
                <li>{tr(Key::HomeTeachers)}</li>
                <li>{tr(Key::HomeSelfLearners)}</li>
            </ul>
            <p class="privacy">{tr(Key::HomePrivacy)}</p>
        </section>
    }
}

/// The current deck, its cards due now, and the ways in.
#[component]
fn Today(app: AppState, deck: &'static Deck) -> impl IntoView {
    let cards = study_cards(deck);
    let now = now_ms();
    let queue = Memo::new(move |_| queue_at(app, cards, Filter::All, now));
    view! {
        <section class="today" aria-labelledby="today-heading">
            <h2 id="today-heading">{tr(Key::HomeToday)}</h2>
            <p class="deck-article" lang=deck.language.code()>{deck.meta.title.as_str()}</p>
            <p class="note">{text_of(move || source_line(deck, app.lang.get()))}" · "<a href=Route::Decks.href()>{tr(Key::HomeOtherArticle)}</a></p>
            <QueueCounts app queue/>
            <Show when=move || queue.with(Queue::is_empty)>
                <p>{tr(Key::StudyNothingDue)}" "{text_of(move || queue.with(|q| next_card_in(q, now, app.lang.get())).unwrap_or_default())}</p>
            </Show>
            <p class="actions">
                <a class="button" href=Route::Study { sentence: None }.href()>{tr(Key::HomeStudyNow)}</a>
                <a class="button secondary" href=Route::Quiz.href()>{tr(Key::HomeMakeQuiz)}</a>
                <a class="button secondary" href=Route::Article { sentence: None }.href()>{tr(Key::HomeStartReading)}</a>
            </p>
        </section>
    }
}

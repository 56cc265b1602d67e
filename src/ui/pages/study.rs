//! The Study page: flashcards with FSRS spaced repetition, driven by mouse or keyboard alone.

use crate::ui::browser::{measure_to_next_paint, now_ms, tab_tag};
use crate::ui::components::{
    focus_by_id, next_card_in, queue_at, source, study_cards, FilterSelect, QueueCounts, HEADING_ID,
};
use crate::ui::i18n::{messages, Key};
use crate::ui::route::Route;
use crate::ui::state::{text_of, tr, tr_text, view_of};
use crate::ui::state::{use_app, AppState};
use leptos::prelude::*;
use std::time::Duration;
use vigie_core::deck::Deck;
use vigie_core::generate::{Answer, Item};
use vigie_core::progress::{Rating, Review};
use vigie_core::schedule::interval_in_words;
use vigie_core::schedule::{CardState, Queue};
use vigie_core::study::{self, Filter, StudySettings};
use vigie_core::time::MINUTE_MS;
use wasm_bindgen::JsCast;

/// How often the page looks at the clock, so that learning cards come due by themselves.
const TICK: Duration = Duration::from_secs(15);

#[component]
pub fn StudyPage(sentence: Option<usize>) -> impl IntoView {
    match crate::ui::decks::study_deck() {
        Some(deck) => view! { <Study deck sentence/> }.into_any(),
        None => view! {
            <section class="page">
                <h1 id=HEADING_ID tabindex="-1">{tr(Key::StudyTitle)}</h1>
                <p role="alert">{tr(Key::DeckInvalid)}</p>
            </section>
        }
        .into_any(),
    }
}

#[component]
fn Study(deck: &'static Deck, sentence: Option<usize>) -> impl IntoView {
    let app = use_app();
    let cards = study_cards(deck);
    let filter = RwSignal::new(sentence.map_or(Filter::All, Filter::Sentence));
    let now = RwSignal::new(now_ms());
    let session_start = now_ms();
    let revealed = RwSignal::new(false);
    let shown_at = RwSignal::new(now_ms());
    let announce = RwSignal::new(String::new());
    // The card an undo brought back, shown before the queue's next one.
    let forced = RwSignal::new(None::<String>);

    if let Ok(tick) = set_interval_with_handle(move || now.set(now_ms()), TICK) {
        on_cleanup(move || tick.clear());
    }

    let queue = Memo::new(move |_| queue_at(app, cards, filter.get(), now.get()));
    let current = Memo::new(move |_| {
        forced
            .get()
            .or_else(|| queue.with(|q| q.next().map(str::to_string)))
            .and_then(|id| cards.iter().position(|c| c.id == id))
    });

    let reveal = move || {
        if current.get_untracked().is_some() && !revealed.get_untracked() {
            revealed.set(true);
            request_animation_frame(|| focus_by_id("card-answer"));
        }
    };
    let record = move |index: usize, rating: Rating| {
        let at = now_ms();
        app.record(Review {
            at,
            tag: tab_tag().to_string(),
            card: cards[index].id.clone(),
            rating,
            duration_ms: u32::try_from((at - shown_at.get_untracked()).max(0)).unwrap_or(u32::MAX),
            undone: false,
        });
        forced.set(None);
        revealed.set(false);
        shown_at.set(at);
        now.set(at);
        announce.set(app.t(Key::StudyRated).to_string());
        request_animation_frame(|| focus_by_id("show-answer"));
    };
    let rate = move |rating: Rating| {
        let Some(index) = current.get_untracked() else {
            return;
        };
        if !revealed.get_untracked() {
            return;
        }
        measure_to_next_paint("vigie:review-step", || record(index, rating));
    };
    let undo = move || {
        if let Some(review) = app.undo() {
            forced.set(Some(review.card));
            revealed.set(false);
            shown_at.set(now_ms());
            now.set(now_ms());
            announce.set(app.t(Key::StudyUndone).to_string());
        }
    };

    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if !matches!(app.route.get_untracked(), Route::Study { .. }) || is_typing(&ev) {
            return;
        }
        let key = ev.key();
        let modified = ev.ctrl_key() || ev.meta_key();
        if (modified && key.eq_ignore_ascii_case("z"))
            || (!modified && key.eq_ignore_ascii_case("u"))
        {
            ev.prevent_default();
            undo();
            return;
        }
        if modified || ev.alt_key() {
            return;
        }
        match key.as_str() {
            " " | "Enter" if !revealed.get_untracked() && !on_control(&ev) => {
                ev.prevent_default();
                reveal();
            }
            "1" | "2" | "3" | "4" if revealed.get_untracked() => {
                ev.prevent_default();
                if let Some(r) = key.parse().ok().and_then(Rating::from_number) {
                    rate(r);
                }
            }
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());

    view! {
        <section class="page study">
            <h1 id=HEADING_ID tabindex="-1">{tr(Key::StudyTitle)}</h1>
            <p class="note">{tr(Key::StudyIntro)}</p>
            <div class="study-bar">
                <FilterSelect deck filter sentence label=Key::StudyFilterLabel/>
                <QueueCounts app queue/>
            </div>
            <p class="sr-only" role="status" aria-live="polite">{text_of(move || announce.get())}</p>
            {view_of(move || match current.get() {
                Some(index) => card_view(app, &cards[index], queue, revealed, now, reveal, rate).into_any(),
                None => done_view(app, queue, now, session_start, filter.get() != Filter::All).into_any(),
            })}
            <p class="shortcuts">
                {tr(Key::StudyShortcuts)}" "
                <button type="button" class="link-button" on:click=move |_| undo()
                    disabled=move || app.progress.with(|p| p.log.effective().next().is_none())>
                    {tr(Key::StudyUndo)}
                </button>
            </p>
            <SettingsPanel/>
            <p><a href=Route::Export.href()>{tr(Key::StudyExport)}</a></p>
        </section>
    }
}

/// The card, its answer once shown, and the four ratings with their next intervals.
fn card_view(
    app: AppState,
    card: &'static Item,
    queue: Memo<Queue>,
    revealed: RwSignal<bool>,
    now: RwSignal<i64>,
    reveal: impl Fn() + Copy + Send + Sync + 'static,
    rate: impl Fn(Rating) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let back = match &card.answer {
        Answer::Flashcard { back } => back.clone(),
        _ => Vec::new(),
    };
    let next_in = move |rating: Rating| {
        let settings = app.settings.get();
        let now = now.get();
        // Reading the queue brings the card states up to date.
        queue.track();
        let due = settings.scheduler().map(|s| {
            let state = app
                .progress
                .with_untracked(|p| {
                    app.with_card_states(&s, p, |states| states.get(&card.id).copied())
                })
                .flatten()
                .unwrap_or(CardState::NEW);
            s.preview(&state, now)[usize::from(rating.number() - 1)]
        });
        due.map(|d| interval_in_words(d - now, app.lang.get()))
            .unwrap_or_default()
    };
    let rating_button = move |rating: Rating, key: Key| {
        view! {
            <button type="button" class=format!("rating rating-{}", rating.number())
                on:click=move |_| rate(rating)>
                <span class="rating-name">{tr(key)}</span>
                <span class="rating-next">
                    <span class="sr-only">", "{tr(Key::RatingNextIn)}" "</span>
                    {text_of(move || next_in(rating))}
                </span>
                <kbd aria-hidden="true">{rating.number()}</kbd>
            </button>
        }
    };
    view! {
        <article class="card" aria-labelledby="card-front">
            <p class="card-label">{tr(Key::StudyQuestion)}</p>
            <h2 id="card-front" class="card-front">{tr_text(card.prompt.clone())}</h2>
            <Show when=move || !revealed.get()>
                <button type="button" id="show-answer" class="button primary" on:click=move |_| reveal()>
                    {tr(Key::StudyShowAnswer)}
                    <kbd aria-hidden="true">"␣"</kbd>
                </button>
            </Show>
            <Show when=move || revealed.get()>
                <div class="card-back">
                    <h3 id="card-answer" tabindex="-1">{tr(Key::StudyAnswer)}</h3>
                    <ul class="answers">
                        {back.iter().map(|t| view! { <li>{tr_text(t.clone())}</li> }).collect_view()}
                    </ul>
                    {source(card)}
                </div>
                <div class="ratings" role="group" aria-label=tr(Key::StudyHowWell)>
                    {rating_button(Rating::Again, Key::RatingAgain)}
                    {rating_button(Rating::Hard, Key::RatingHard)}
                    {rating_button(Rating::Good, Key::RatingGood)}
                    {rating_button(Rating::Easy, Key::RatingEasy)}
                </div>
            </Show>
        </article>
    }
}

/// Nothing to show: the session's summary, and when the next card is due.
fn done_view(
    app: AppState,
    queue: Memo<Queue>,
    now: RwSignal<i64>,
    since: i64,
    filtered: bool,
) -> impl IntoView {
    let summary = move || {
        app.progress
            .with(|p| study::summary(&p.log, tab_tag(), since))
    };
    let next = move || queue.with(|q| next_card_in(q, now.get(), app.lang.get()));
    let empty_selection = move || filtered && queue.with(|q| q.next_due.is_none());
    view! {
        <div class="done" role="status">
            <Show when=move || { summary().reviewed > 0 }>
                <h2>{tr(Key::StudyDoneTitle)}</h2>
                <p>{text_of(move || {
                    let s = summary();
                    let lang = app.lang.get();
                    let minutes = s.duration_ms.div_ceil(MINUTE_MS as u64) as usize;
                    messages::study_summary(
                        lang,
                        &messages::cards_reviewed(lang, s.reviewed),
                        &messages::remembered(lang, s.remembered),
                        &messages::minutes(lang, minutes),
                    )
                })}</p>
            </Show>
            <p>{text_of(move || if empty_selection() { app.t(Key::StudyNoneInFilter) } else { app.t(Key::StudyNothingDue) }.to_string())}</p>
            <p>{next}</p>
        </div>
    }
}

#[component]
fn SettingsPanel() -> impl IntoView {
    let app = use_app();
    let update = move |change: &dyn Fn(&mut StudySettings)| {
        let mut s = app.settings.get_untracked();
        change(&mut s);
        app.set_settings(s);
    };
    view! {
        <details class="settings">
            <summary>{tr(Key::StudySettings)}</summary>
            <label for="new-per-day">{tr(Key::StudyNewPerDay)}</label>
            <input id="new-per-day" type="number" min="0" max="500" step="1"
                prop:value=text_of(move || app.settings.get().new_per_day.to_string())
                on:change=move |ev| {
                    if let Ok(n) = event_target_value(&ev).trim().parse::<usize>() {
                        update(&|s| s.new_per_day = n);
                    }
                }/>
            <label for="retention">{tr(Key::StudyRetention)}</label>
            <input id="retention" type="number" min="70" max="99" step="1"
                prop:value=text_of(move || app.settings.get().retention_percent.to_string())
                on:change=move |ev| {
                    if let Ok(n) = event_target_value(&ev).trim().parse::<u8>() {
                        update(&|s| s.retention_percent = n.clamp(70, 99));
                    }
                }/>
        </details>
    }
}

/// Keys typed into a field are the learner's, not shortcuts.
fn is_typing(ev: &web_sys::KeyboardEvent) -> bool {
    target_tag(ev).is_some_and(|t| matches!(t.as_str(), "INPUT" | "SELECT" | "TEXTAREA"))
}

/// Space and Enter on a button or link do what that control does.
fn on_control(ev: &web_sys::KeyboardEvent) -> bool {
    target_tag(ev).is_some_and(|t| matches!(t.as_str(), "BUTTON" | "A" | "SUMMARY"))
}

fn target_tag(ev: &web_sys::KeyboardEvent) -> Option<String> {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|e| e.tag_name())
}

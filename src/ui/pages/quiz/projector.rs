//! The projector view: one question at a time in very large type; Space or → reveals the
//! answer with its source, then moves on; ← goes back.

use super::LoadedQuiz;
use crate::ui::components::source;
use crate::ui::components::HEADING_ID;
use crate::ui::i18n::{messages, ClassKey};
use crate::ui::route::Route;
use crate::ui::state::tr;
use crate::ui::state::{use_app, AppState};
use leptos::prelude::*;
use vigie_core::generate::Item;
use vigie_core::quiz::right_answer;
use vigie_core::quiz::shown_choices;

#[component]
pub fn ProjectorPage(quiz: LoadedQuiz) -> impl IntoView {
    let app = use_app();
    let total = quiz.items.len();
    let items = StoredValue::new(quiz.items);
    let index = RwSignal::new(0usize);
    let revealed = RwSignal::new(false);
    let forward = move || {
        if !revealed.get_untracked() {
            revealed.set(true);
        } else if index.get_untracked() + 1 < total {
            index.update(|i| *i += 1);
            revealed.set(false);
        }
    };
    let back = move || {
        if index.get_untracked() > 0 {
            index.update(|i| *i -= 1);
            revealed.set(false);
        }
    };
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if !matches!(app.route.get_untracked(), Route::QuizTake { .. })
            || ev.ctrl_key()
            || ev.alt_key()
            || ev.meta_key()
        {
            return;
        }
        match ev.key().as_str() {
            " " | "ArrowRight" | "PageDown" => {
                ev.prevent_default();
                forward();
            }
            "ArrowLeft" | "PageUp" => {
                ev.prevent_default();
                back();
            }
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());
    let counter = move || messages::question_of(app.lang.get(), index.get() + 1, total);
    let link = crate::ui::components::quiz_link(&quiz.code, app.lang.get_untracked());
    let code_for_qr = quiz.code.clone();
    let qr_label = Signal::derive(move || messages::quiz_qr(app.lang.get(), &code_for_qr));
    let join_code = quiz.code.clone();
    view! {
        <section class="page projector">
            <h1 id=HEADING_ID tabindex="-1" class="projector-code">{tr(ClassKey::QuizProjector)}" · "{quiz.code.clone()}</h1>
            // Before the first question is revealed: the way in, for the room to scan.
            <Show when=move || index.get() == 0 && !revealed.get()>
                <div class="join">
                    <crate::ui::components::QrImage text=link.clone() label=qr_label/>
                    <p class="join-code">{join_code.clone()}</p>
                </div>
            </Show>
            <p class="projector-counter" aria-live="polite">{counter}</p>
            {move || items.with_value(|items| items.get(index.get()).cloned()).map(|item| slide(app, item, revealed))}
            <p class="projector-controls">
                <button type="button" on:click=move |_| back() disabled=move || index.get() == 0>"← "{tr(ClassKey::ProjectorPrevious)}</button>
                " "
                <button type="button" class="button primary" on:click=move |_| forward()>
                    {move || app.t(if revealed.get() { ClassKey::ProjectorNext } else { ClassKey::ProjectorReveal })}" →"
                </button>
            </p>
            <p class="note">{tr(ClassKey::ProjectorHelp)}</p>
        </section>
    }
}

/// A question as shown to the room, and its answer once revealed.
fn slide(app: AppState, item: Item, revealed: RwSignal<bool>) -> impl IntoView {
    let prompt = item.prompt.clone();
    let answer = StoredValue::new(item.clone());
    let lines = shown_choices(&item);
    view! {
        <div class="slide">
            <h2 class="slide-prompt">{move || prompt.get(app.lang.get()).to_string()}</h2>
            <ol class="slide-choices" type="A">
                {lines.into_iter().map(|line| view! { <li>{move || line.get(app.lang.get()).to_string()}</li> }).collect_view()}
            </ol>
            <Show when=move || revealed.get()>
                <div class="slide-answer" role="status">
                    <p class="slide-answer-text">{move || answer.with_value(|a| right_answer(a, app.lang.get()))}</p>
                    {answer.with_value(source)}
                </div>
            </Show>
        </div>
    }
}

//! The projector view: one question at a time in very large type; Space or → reveals the
//! answer with its source, then moves on; ← goes back.

use super::play::source;
use super::LoadedQuiz;
use crate::domain::generate::{category_name, truth_word, Answer, Item};
use crate::domain::quiz::describe::{letter, right_answer};
use crate::ui::i18n::tr;
use crate::ui::i18n::ClassKey;
use crate::ui::pages::HEADING_ID;
use crate::ui::route::Route;
use crate::ui::state::{use_app, AppState};
use leptos::prelude::*;

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
    let counter = move || {
        app.t(ClassKey::QuestionOf)
            .replace("{i}", &(index.get() + 1).to_string())
            .replace("{n}", &total.to_string())
    };
    view! {
        <section class="page projector">
            <h1 id=HEADING_ID tabindex="-1" class="projector-code">{tr(ClassKey::QuizProjector)}" · "{quiz.code.clone()}</h1>
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
                {lines.into_iter().map(|(fr, en)| view! { <li>{move || if app.lang.get() == crate::domain::lang::Lang::Fr { fr.clone() } else { en.clone() }}</li> }).collect_view()}
            </ol>
            <Show when=move || revealed.get()>
                <div class="slide-answer" role="status">
                    <p class="slide-answer-text">{move || answer.with_value(|a| right_answer(a, app.lang.get()))}</p>
                    {answer.with_value(|a| source(app, a))}
                </div>
            </Show>
        </div>
    }
}

/// What the room sees besides the prompt: options, pairs to match, events, claims.
pub fn shown_choices(item: &Item) -> Vec<(String, String)> {
    let both = |t: &crate::domain::deck::Text| (t.fr.clone(), t.en.clone());
    match &item.answer {
        Answer::MultipleChoice { options, .. } => options.iter().map(both).collect(),
        Answer::TrueFalse { .. } => vec![both(&truth_word(true)), both(&truth_word(false))],
        Answer::Matching { left, right, .. } => left
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let r = right.get(i).map(both).unwrap_or_default();
                (
                    format!("{} ⟷ {}. {}", l.fr, letter(i), r.0),
                    format!("{} ⟷ {}. {}", l.en, letter(i), r.1),
                )
            })
            .collect(),
        Answer::Ordering { events, .. } => events.iter().map(both).collect(),
        Answer::Categorize {
            statements,
            categories,
            ..
        } => {
            let names: Vec<_> = categories.iter().map(|c| category_name(*c)).collect();
            let fr = names
                .iter()
                .map(|n| n.fr.clone())
                .collect::<Vec<_>>()
                .join(" · ");
            let en = names
                .iter()
                .map(|n| n.en.clone())
                .collect::<Vec<_>>()
                .join(" · ");
            let mut out: Vec<_> = statements.iter().map(both).collect();
            out.push((fr, en));
            out
        }
        _ => Vec::new(),
    }
}

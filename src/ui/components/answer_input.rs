//! One answer control per kind of item, each usable with the keyboard alone: native radio
//! buttons, text fields and selects, and Move up / Move down buttons for ordering (no
//! drag-and-drop).

use crate::ui::i18n::ClassKey;
use crate::ui::i18n::Key;
use crate::ui::state::tr;
use crate::ui::state::use_app;
use leptos::prelude::*;
use vigie_core::deck::Text;
use vigie_core::generate::{category_name, knew_phrase, truth_word, Answer, Item};
use vigie_core::quiz::letter;
use vigie_core::quiz::Response;

/// A text in the current language, as a reactive closure.
fn txt(text: Text) -> impl Fn() -> String + Send + Sync + 'static {
    let lang = use_app().lang;
    move || text.get(lang.get()).to_string()
}

/// The control for `item`; `locked` once the answer is submitted.
pub fn answer_input(
    item: &Item,
    id: &str,
    draft: RwSignal<Response>,
    locked: Signal<bool>,
) -> AnyView {
    let name = format!("{id}-answer");
    match &item.answer {
        Answer::Flashcard { back } => {
            let shown = RwSignal::new(false);
            let back: Vec<Text> = back.clone();
            view! {
                <div class="flashcard-answer">
                    <Show when=move || !shown.get() fallback=move || view! {
                        <ul class="answers">{back.iter().map(|t| view! { <li>{txt(t.clone())}</li> }).collect_view()}</ul>
                    }>
                        <button type="button" on:click=move |_| shown.set(true)>{tr(Key::StudyShowAnswer)}</button>
                    </Show>
                    {radios(&name, vec![knew_phrase(true), knew_phrase(false)], draft, locked, |i| Response::SelfGraded(i == 0), |r| match r {
                        Response::SelfGraded(k) => Some(usize::from(!k)),
                        _ => None,
                    })}
                </div>
            }
            .into_any()
        }
        Answer::MultipleChoice { options, .. } => {
            let labelled: Vec<Text> = options
                .iter()
                .enumerate()
                .map(|(i, o)| Text {
                    fr: format!("{}. {}", letter(i), o.fr),
                    en: format!("{}. {}", letter(i), o.en),
                })
                .collect();
            radios(
                &name,
                labelled,
                draft,
                locked,
                Response::Choice,
                |r| match r {
                    Response::Choice(c) => Some(*c),
                    _ => None,
                },
            )
        }
        Answer::TrueFalse { .. } => radios(
            &name,
            vec![truth_word(true), truth_word(false)],
            draft,
            locked,
            |i| Response::TrueFalse(i == 0),
            |r| match r {
                Response::TrueFalse(b) => Some(usize::from(!b)),
                _ => None,
            },
        ),
        Answer::Cloze { .. } | Answer::TypedAnswer { .. } => {
            let label = if matches!(item.answer, Answer::Cloze { .. }) {
                ClassKey::QuizBlankHere
            } else {
                ClassKey::QuizTypeHere
            };
            view! {
                <label for=name.clone()>{tr(label)}</label>
                <input id=name type="text" autocomplete="off" spellcheck="false" disabled=move || locked.get()
                    prop:value=move || match draft.get() { Response::Text(t) => t, _ => String::new() }
                    on:input=move |ev| draft.set(Response::Text(event_target_value(&ev)))/>
            }
            .into_any()
        }
        Answer::Matching { left, right, .. } => selects(
            &name,
            left.clone(),
            right
                .iter()
                .enumerate()
                .map(|(i, r)| Text {
                    fr: format!("{}. {}", letter(i), r.fr),
                    en: format!("{}. {}", letter(i), r.en),
                })
                .collect(),
            draft,
            locked,
        ),
        Answer::Categorize {
            statements,
            categories,
            ..
        } => selects(
            &name,
            statements.clone(),
            categories.iter().map(|c| category_name(*c)).collect(),
            draft,
            locked,
        ),
        Answer::Ordering { events, .. } => ordering(events.clone(), draft, locked),
    }
}

/// A group of radio buttons, one per option.
fn radios(
    name: &str,
    options: Vec<Text>,
    draft: RwSignal<Response>,
    locked: Signal<bool>,
    make: impl Fn(usize) -> Response + Copy + Send + Sync + 'static,
    chosen: impl Fn(&Response) -> Option<usize> + Copy + Send + Sync + 'static,
) -> AnyView {
    let name = name.to_string();
    view! {
        <div class="choices" role="radiogroup" aria-labelledby="question-prompt">
            {options.into_iter().enumerate().map(|(i, option)| {
                let id = format!("{name}-{i}");
                view! {
                    <div class="choice">
                        <input type="radio" id=id.clone() name=name.clone() disabled=move || locked.get()
                            prop:checked=move || draft.with(|d| chosen(d) == Some(i))
                            on:change=move |_| draft.set(make(i))/>
                        <label for=id>{txt(option)}</label>
                    </div>
                }
            }).collect_view()}
        </div>
    }
    .into_any()
}

/// One select per row (matching and categorize): each row picks one of `choices`.
fn selects(
    name: &str,
    rows: Vec<Text>,
    choices: Vec<Text>,
    draft: RwSignal<Response>,
    locked: Signal<bool>,
) -> AnyView {
    let name = name.to_string();
    view! {
        <div class="selects">
            {rows.into_iter().enumerate().map(|(row, text)| {
                let id = format!("{name}-{row}");
                let choices = choices.clone();
                view! {
                    <div class="select-row">
                        <label for=id.clone()>{txt(text)}</label>
                        <select id=id disabled=move || locked.get() on:change=move |ev| {
                            let value = event_target_value(&ev).parse::<usize>().ok();
                            draft.update(|d| {
                                if let Response::Indices(v) = d {
                                    if let Some(slot) = v.get_mut(row) {
                                        *slot = value;
                                    }
                                }
                            });
                        }>
                            <option value="">{tr(ClassKey::QuizChoose)}</option>
                            {choices.into_iter().enumerate().map(|(i, c)| view! {
                                <option value=i.to_string()>{txt(c)}</option>
                            }).collect_view()}
                        </select>
                    </div>
                }
            }).collect_view()}
        </div>
    }
    .into_any()
}

/// The events in the learner's current order, each with Move up and Move down.
fn ordering(events: Vec<Text>, draft: RwSignal<Response>, locked: Signal<bool>) -> AnyView {
    let app = use_app();
    let order = move || match draft.get() {
        Response::Indices(v) => v.into_iter().flatten().collect::<Vec<_>>(),
        _ => Vec::new(),
    };
    let shift = move |at: usize, up: bool| {
        draft.update(|d| {
            if let Response::Indices(v) = d {
                let to = if up {
                    at.checked_sub(1)
                } else {
                    Some(at + 1).filter(|&t| t < v.len())
                };
                if let Some(to) = to {
                    v.swap(at, to);
                }
            }
        });
    };
    view! {
        <p class="note">{tr(ClassKey::QuizOrderHelp)}</p>
        <ol class="ordering">
            {move || {
                let order = order();
                let last = order.len().saturating_sub(1);
                order.into_iter().enumerate().map(|(at, event)| {
                    let text = events.get(event).cloned().unwrap_or_default();
                    let (up, down) = (text.clone(), text.clone());
                    view! {
                        <li>
                            <span>{txt(text)}</span>
                            <span class="move">
                                <button type="button" disabled=move || locked.get() || at == 0
                                    aria-label=move || format!("{} — {}", app.t(ClassKey::QuizMoveUp), up.get(app.lang.get()))
                                    on:click=move |_| shift(at, true)>"↑"</button>
                                <button type="button" disabled=move || locked.get() || at == last
                                    aria-label=move || format!("{} — {}", app.t(ClassKey::QuizMoveDown), down.get(app.lang.get()))
                                    on:click=move |_| shift(at, false)>"↓"</button>
                            </span>
                        </li>
                    }
                }).collect_view()
            }}
        </ol>
    }
    .into_any()
}

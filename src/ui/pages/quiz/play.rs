//! Taking a quiz: one question at a time, feedback with the source after each answer, an
//! optional timer, then the results with a result code.

use super::LoadedQuiz;
use crate::ui::browser::now_ms;
use crate::ui::components::{answer_input, source};
use crate::ui::components::{focus_by_id, HEADING_ID};
use crate::ui::i18n::Key;
use crate::ui::i18n::{messages, ClassKey};
use crate::ui::route::{QuizMode, Route};
use crate::ui::state::tr;
use crate::ui::state::{use_app, AppState};
use leptos::prelude::*;
use std::time::Duration;
use vigie_core::generate::Item;
use vigie_core::progress::QuizRecord;
use vigie_core::quiz::{given_answer, right_answer, CodeNumber};
use vigie_core::quiz::{is_correct, Outcome, Response};
use vigie_core::study;

/// One pass through a list of items (the quiz, or a retry of the missed ones).
#[derive(Clone)]
struct Round {
    items: Vec<Item>,
    /// The quiz code, for the first pass only: retries give no result code.
    code: Option<String>,
}

#[component]
pub fn PlayPage(quiz: LoadedQuiz) -> impl IntoView {
    let app = use_app();
    // A practice quiz (no code) gives no result code and no history entry.
    let round = RwSignal::new(Round {
        items: quiz.items.clone(),
        code: Some(quiz.code.clone()).filter(|c| !c.is_empty()),
    });
    let index = RwSignal::new(0usize);
    let responses = RwSignal::new(Vec::<Response>::new());
    let draft = RwSignal::new(Response::Blank);
    let checked = RwSignal::new(false);
    let started = RwSignal::new(now_ms());
    let finished = RwSignal::new(None::<i64>);
    let remaining = RwSignal::new(quiz.spec.time_limit);
    let time_limit = quiz.spec.time_limit;
    let announce = RwSignal::new(String::new());

    let item = move || round.with(|r| r.items.get(index.get()).cloned());
    let reset_question = move || {
        draft.set(
            round
                .with_untracked(|r| r.items.get(index.get_untracked()).map(Response::initial))
                .unwrap_or(Response::Blank),
        );
        checked.set(false);
        remaining.set(time_limit);
    };
    reset_question();

    let submit = move || {
        if checked.get_untracked() || finished.get_untracked().is_some() {
            return;
        }
        let response = draft.get_untracked();
        let right = round.with_untracked(|r| {
            r.items
                .get(index.get_untracked())
                .is_some_and(|i| is_correct(i, &response))
        });
        responses.update(|v| v.push(response));
        checked.set(true);
        announce.set(
            app.t(if right {
                ClassKey::QuizCorrect
            } else {
                ClassKey::QuizIncorrect
            })
            .to_string(),
        );
        request_animation_frame(|| focus_by_id("quiz-next"));
    };
    let next = move || {
        let last = round.with_untracked(|r| index.get_untracked() + 1 >= r.items.len());
        if last {
            let at = now_ms();
            finished.set(Some(at));
            record(
                app,
                &round.get_untracked(),
                &responses.get_untracked(),
                started.get_untracked(),
                at,
            );
            request_animation_frame(|| focus_by_id("results-title"));
        } else {
            index.update(|i| *i += 1);
            reset_question();
            request_animation_frame(|| focus_by_id("question-prompt"));
        }
    };

    if time_limit.is_some() {
        let tick = set_interval_with_handle(
            move || {
                if checked.get_untracked() || finished.get_untracked().is_some() {
                    return;
                }
                match remaining.get_untracked() {
                    Some(s) if s > 1 => remaining.set(Some(s - 1)),
                    Some(_) => {
                        remaining.set(Some(0));
                        announce.set(app.t(ClassKey::QuizTimeUp).to_string());
                        submit();
                    }
                    None => {}
                }
            },
            Duration::from_secs(1),
        );
        if let Ok(tick) = tick {
            on_cleanup(move || tick.clear());
        }
    }

    let retry = move |items: Vec<Item>| {
        round.set(Round { items, code: None });
        index.set(0);
        responses.set(Vec::new());
        finished.set(None);
        started.set(now_ms());
        reset_question();
        request_animation_frame(|| focus_by_id("question-prompt"));
    };
    let total = move || round.with(|r| r.items.len());

    view! {
        <section class="page quiz-play">
            <h1 id=HEADING_ID tabindex="-1">{tr(Key::QuizTitle)}" "<span class="code">{quiz.code.clone()}</span></h1>
            <p class="sr-only" role="status" aria-live="polite">{move || announce.get()}</p>
            {move || match (finished.get(), item()) {
                (None, Some(item)) => question_view(app, item, index, total(), draft, checked, remaining, submit, next).into_any(),
                _ => results_view(app, round.get(), responses.get(), started.get(), finished.get().unwrap_or_else(now_ms), retry).into_any(),
            }}
        </section>
    }
}

#[allow(clippy::too_many_arguments)]
fn question_view(
    app: AppState,
    item: Item,
    index: RwSignal<usize>,
    total: usize,
    draft: RwSignal<Response>,
    checked: RwSignal<bool>,
    remaining: RwSignal<Option<u32>>,
    submit: impl Fn() + Copy + Send + Sync + 'static,
    next: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let counter = move || messages::question_of(app.lang.get(), index.get() + 1, total);
    let prompt = item.prompt.clone();
    let input = answer_input(&item, "q", draft, checked.into());
    let last = index.get_untracked() + 1 >= total;
    let feedback_item = item.clone();
    view! {
        <form class="question card" on:submit=move |ev| { ev.prevent_default(); submit(); }>
            <p class="card-label">{counter}</p>
            {move || remaining.get().map(|s| view! {
                <p class="timer" aria-live="off">{messages::quiz_time_left(app.lang.get(), s)}</p>
            })}
            <h2 id="question-prompt" tabindex="-1">{move || prompt.get(app.lang.get()).to_string()}</h2>
            {input}
            <Show when=move || !checked.get()>
                <p><button type="submit" class="button primary">{tr(ClassKey::QuizSubmit)}</button></p>
            </Show>
            <Show when=move || checked.get()>
                {feedback(app, feedback_item.clone(), draft.get_untracked())}
                <p><button type="button" id="quiz-next" class="button primary" on:click=move |_| next()>
                    {tr(if last { ClassKey::QuizSeeResults } else { ClassKey::QuizNext })}
                </button></p>
            </Show>
        </form>
    }
}

/// Right or wrong, the expected answer, and its source.
fn feedback(app: AppState, item: Item, response: Response) -> impl IntoView {
    let right = is_correct(&item, &response);
    let expected = item.clone();
    view! {
        <div class=if right { "feedback right" } else { "feedback wrong" }>
            <p class="verdict">{tr(if right { ClassKey::QuizCorrect } else { ClassKey::QuizIncorrect })}</p>
            <p><strong>{tr(ClassKey::QuizExpected)}</strong>" "{move || right_answer(&expected, app.lang.get())}</p>
            {source(&item)}
        </div>
    }
}

/// Saves the quiz in the history (first pass only).
fn record(app: AppState, round: &Round, responses: &[Response], started: i64, at: i64) {
    let Some(code) = &round.code else {
        return;
    };
    let outcome = Outcome::grade(&round.items, responses);
    app.change_progress(|p| {
        p.quizzes.push(QuizRecord {
            code: code.clone(),
            at,
            score: outcome.score(),
            total: outcome.total(),
            duration_ms: u64::try_from(at - started).unwrap_or(0),
            result_code: outcome.result_code(code),
        })
    });
}

fn results_view(
    app: AppState,
    round: Round,
    responses: Vec<Response>,
    started: i64,
    finished: i64,
    retry: impl Fn(Vec<Item>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let outcome = Outcome::grade(&round.items, &responses);
    let (score, total) = (outcome.score(), outcome.total());
    let percent = (score * 100).checked_div(total).unwrap_or(0);
    let seconds = (finished - started).max(0) / vigie_core::time::SECOND_MS;
    let missed: Vec<Item> = outcome
        .missed()
        .filter_map(|i| round.items.get(i).cloned())
        .collect();
    let result_code = round.code.as_ref().map(|c| outcome.result_code(c));
    let export = round.code.as_ref().map(|c| {
        Route::QuizTake {
            code: CodeNumber::parse(c),
            mode: QuizMode::Export,
        }
        .href()
    });
    let sent = RwSignal::new(None::<usize>);
    let to_study = missed.clone();
    let send = move |_| sent.set(Some(send_to_study(app, &to_study)));
    let has_missed = !missed.is_empty();
    // The missed questions first (each keeps its number in the quiz), then the right ones.
    let mut order: Vec<usize> = (0..round.items.len()).collect();
    order.sort_by_key(|&n| (outcome.correct[n], n));
    let rows = order
        .into_iter()
        .filter_map(|n| round.items.get(n).map(|item| (n, item)))
        .map(|(n, item)| {
            let response = responses.get(n).cloned().unwrap_or(Response::Blank);
            let right = outcome.correct[n];
            let (given, expected) = (item.clone(), item.clone());
            let prompt = item.prompt.clone();
            // A missed question is open; a right one folds to its prompt, so that the page
            // says first what to look at again.
            view! {
                <li class=if right { "result right" } else { "result wrong" } value=n + 1>
                    <details open=!right>
                        <summary>
                            <span class="result-prompt">{move || prompt.get(app.lang.get()).to_string()}</span>
                            " — "<span class="verdict">{tr(if right { ClassKey::QuizCorrect } else { ClassKey::QuizIncorrect })}</span>
                        </summary>
                        <p><strong>{tr(ClassKey::QuizYours)}</strong>" "{move || given_answer(&given, &response, app.lang.get())}</p>
                        <p><strong>{tr(ClassKey::QuizExpected)}</strong>" "{move || right_answer(&expected, app.lang.get())}</p>
                        {source(item)}
                    </details>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="results">
            <h2 id="results-title" tabindex="-1">{tr(ClassKey::ResultsTitle)}</h2>
            <p class="score" role="status">{move || messages::results_score(app.lang.get(), score, total, percent)}</p>
            <p>{move || messages::results_time(app.lang.get(), seconds / 60, seconds % 60)}</p>
            {result_code.map(|code| {
                let copied = RwSignal::new(false);
                let text = code.clone();
                let code_for_qr = code.clone();
                let copy = move |_| {
                    let _ = window().navigator().clipboard().write_text(&text);
                    copied.set(true);
                };
                view! {
                    <div class="result-code">
                        <p class="show-teacher"><strong>{tr(ClassKey::ResultCodeShow)}</strong></p>
                        <p><span>{tr(ClassKey::ResultCode)}</span>" "<code id="result-code">{code}</code>" "
                            <button type="button" on:click=copy>{tr(ClassKey::ResultCopy)}</button>
                            <span role="status">{move || copied.get().then(|| tr(ClassKey::ResultCopied)())}</span>
                        </p>
                        <crate::ui::components::QrImage text=code_for_qr label=Signal::derive(move || tr(ClassKey::ResultQr)().to_string())/>
                        <p class="note">{tr(ClassKey::ResultCodeHelp)}</p>
                    </div>
                }
            })}
            <p class="actions">
                {has_missed.then(|| view! {
                    <button type="button" class="button" on:click=move |_| retry(missed.clone())>{tr(ClassKey::RetryMissed)}</button>
                    " "
                    <button type="button" on:click=send>{tr(ClassKey::SendMissed)}</button>
                    " "
                })}
                <a href=Route::Quiz.href()>{tr(ClassKey::NewQuiz)}</a>
                {export.map(|href| view! { " " <a href=href>{tr(ClassKey::ExportQuiz)}</a> })}
            </p>
            <p role="status">{move || sent.get().map(|n| messages::sent_to_study(app.lang.get(), n))}</p>
            <ol class="result-list">{rows}</ol>
        </div>
    }
}

/// Flags the study cards that test the missed items' facts; returns how many.
fn send_to_study(app: AppState, missed: &[Item]) -> usize {
    let Ok(deck) = crate::ui::decks::full_deck() else {
        return 0;
    };
    let cards = study::cards_testing(deck, missed);
    let at = now_ms();
    app.change_progress(|p| p.flag(&cards, at));
    cards.len()
}

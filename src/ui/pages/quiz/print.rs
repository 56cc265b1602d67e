//! The printable test: variants A and B (questions and options in another order) and their
//! answer keys, with print CSS that keeps each question on one page.

use super::projector::shown_choices;
use super::LoadedQuiz;
use crate::domain::generate::{Answer, Item};
use crate::domain::lang::Lang;
use crate::domain::quiz::describe::{right_answer, variant};
use crate::ui::i18n::ClassKey;
use crate::ui::i18n::{tr, Key};
use crate::ui::pages::HEADING_ID;
use crate::ui::state::{use_app, AppState};
use leptos::prelude::*;

const VARIANTS: [&str; 2] = ["A", "B"];

#[component]
pub fn PrintPage(quiz: LoadedQuiz) -> impl IntoView {
    let app = use_app();
    let seed = u64::from(quiz.spec.seed);
    let variants: Vec<(&str, Vec<Item>)> = VARIANTS
        .iter()
        .enumerate()
        .map(|(n, name)| (*name, variant(&quiz.items, seed, n)))
        .collect();
    let code = quiz.code.clone();
    let sheets = variants
        .iter()
        .map(|(name, items)| sheet(app, &code, name, items))
        .collect_view();
    let keys = variants
        .iter()
        .map(|(name, items)| answer_key(app, &code, name, items))
        .collect_view();
    view! {
        <section class="page print-page">
            <div class="no-print">
                <h1 id=HEADING_ID tabindex="-1">{tr(ClassKey::PrintTitle)}" · "{quiz.code.clone()}</h1>
                <p>{tr(ClassKey::PrintHelp)}</p>
                <p><button type="button" class="button primary" on:click=move |_| { let _ = window().print(); }>{tr(ClassKey::PrintButton)}</button></p>
            </div>
            {sheets}
            {keys}
        </section>
    }
}

fn sheet(app: AppState, code: &str, name: &'static str, items: &[Item]) -> impl IntoView {
    let title = move || app.t(ClassKey::PrintVariant).replace("{v}", name);
    let questions = items
        .iter()
        .map(|item| {
            let prompt = item.prompt.clone();
            let choices = shown_choices(item);
            let lined = matches!(item.answer, Answer::Cloze { .. } | Answer::TypedAnswer { .. } | Answer::Flashcard { .. });
            view! {
                <li class="print-question">
                    <p>{move || prompt.get(app.lang.get()).to_string()}</p>
                    {(!choices.is_empty()).then(|| view! {
                        <ol type="A" class="print-choices">
                            {choices.into_iter().map(|(fr, en)| view! { <li>"☐ "{move || pick(app, &fr, &en)}</li> }).collect_view()}
                        </ol>
                    })}
                    {lined.then(|| view! { <p class="answer-line">"…………………………………………………………………"</p> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="print-sheet">
            <header class="print-header">
                <h2>{tr(Key::AppName)}" — "{title}<span class="print-code">" · "{code.to_string()}</span></h2>
                <p class="print-fields">
                    <span>{tr(ClassKey::PrintName)}" ____________________"</span>
                    <span>{tr(ClassKey::PrintClass)}" __________"</span>
                    <span>{tr(ClassKey::PrintDate)}" __________"</span>
                </p>
            </header>
            <ol class="print-questions">{questions}</ol>
        </article>
    }
}

fn answer_key(app: AppState, code: &str, name: &'static str, items: &[Item]) -> impl IntoView {
    let title = move || app.t(ClassKey::PrintKey).replace("{v}", name);
    let rows = items
        .iter()
        .map(|item| {
            let item = item.clone();
            view! { <li>{move || right_answer(&item, app.lang.get())}</li> }
        })
        .collect_view();
    view! {
        <article class="print-sheet print-key">
            <h2>{title}<span class="print-code">" · "{code.to_string()}</span></h2>
            <ol>{rows}</ol>
        </article>
    }
}

fn pick(app: AppState, fr: &str, en: &str) -> String {
    match app.lang.get() {
        Lang::Fr => fr.to_string(),
        Lang::En => en.to_string(),
    }
}

//! The printable test: variants A and B (questions and options in another order) and their
//! answer keys, with print CSS that keeps each question on one page.

use super::LoadedQuiz;
use crate::ui::components::HEADING_ID;
use crate::ui::i18n::Key;
use crate::ui::i18n::{messages, ClassKey};
use crate::ui::state::tr;
use crate::ui::state::{use_app, AppState};
use leptos::prelude::*;
use vigie_core::generate::{Answer, Item};
use vigie_core::quiz::shown_choices;
use vigie_core::quiz::{right_answer, variant};

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
    let link = crate::ui::components::quiz_link(&code, app.lang.get_untracked());
    let sheets = variants
        .iter()
        .map(|(name, items)| sheet(app, &code, &link, name, items))
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

fn sheet(
    app: AppState,
    code: &str,
    link: &str,
    name: &'static str,
    items: &[Item],
) -> impl IntoView {
    let qr_code = code.to_string();
    let qr_label = Signal::derive(move || messages::quiz_qr(app.lang.get(), &qr_code));
    let title = move || messages::print_variant(app.lang.get(), name);
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
                            {choices.into_iter().map(|line| view! { <li>"☐ "{move || line.get(app.lang.get()).to_string()}</li> }).collect_view()}
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
                <crate::ui::components::QrImage text=link.to_string() label=qr_label/>
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
    let title = move || messages::print_key(app.lang.get(), name);
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

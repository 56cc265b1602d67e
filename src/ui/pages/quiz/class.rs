//! The class report (`#/class?quiz=CODE`): the students' result codes pasted one a line, each
//! checked alone, then the class's scores and what it missed most, with each question's fact
//! and sentence to re-teach; a CSV for the gradebook and a printable page. The pasted codes
//! are kept for that quiz on this device until the teacher clears them.

use super::scan::Scanned;
use super::{code_error_reason, code_error_text, LoadedQuiz};
use crate::ui::browser::download;
use crate::ui::components::HEADING_ID;
use crate::ui::i18n::{messages, ClassKey, Key};
use crate::ui::route::{query_param, Route};
use crate::ui::state::{current_hash, tr, use_app, AppState};
use crate::LocalStore;
use leptos::prelude::*;
use vigie_core::lang::Lang;
use vigie_core::quiz::{class_csv, class_report, read_lines, ClassLine, ClassReport, LineError};
use vigie_session::KeyValueStore;

/// Where the codes pasted for a quiz are kept.
fn key(quiz: &str) -> String {
    format!("vigie.class.{quiz}.v1")
}

#[component]
pub fn ClassPage() -> impl IntoView {
    let app = use_app();
    let quiz_code = RwSignal::new(query_param(&current_hash(), "quiz").unwrap_or_default());
    let quiz = Memo::new(move |_| {
        let code = quiz_code.get();
        (!code.trim().is_empty())
            .then(|| super::load(vigie_core::quiz::CodeNumber::parse(code.trim())))
    });
    let codes = RwSignal::new(String::new());
    // The codes kept for this quiz come back with it.
    Effect::new(move |_| {
        if let Some(Ok(q)) = quiz.get() {
            codes.set(
                LocalStore
                    .get(&key(&q.code))
                    .ok()
                    .flatten()
                    .unwrap_or_default(),
            );
        }
    });
    let keep = move |text: String| {
        if let Some(Ok(q)) = quiz.get_untracked() {
            let _ = if text.trim().is_empty() {
                LocalStore.remove(&key(&q.code))
            } else {
                LocalStore.set(&key(&q.code), &text)
            };
        }
        codes.set(text);
    };
    let typed = move |ev| keep(event_target_value(&ev));
    // A scanned result code goes on a line of its own, once; anything else is said.
    let scanned = Callback::new(move |code: String| {
        if !vigie_core::quiz::Outcome::is_result_code(&code) {
            return Scanned::NotACode;
        }
        let mut text = codes.get_untracked();
        let listed = text.lines().any(|line| {
            let on_line = line.rsplit_once(':').map_or(line, |(_, c)| c);
            on_line.trim().eq_ignore_ascii_case(&code)
        });
        if listed {
            return Scanned::Already;
        }
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&code);
        text.push('\n');
        keep(text);
        Scanned::Added
    });
    let body = move || match quiz.get() {
        None => ().into_any(),
        Some(Err(e)) => {
            view! { <p role="alert">{move || code_error_text(e, app.lang.get())}</p> }.into_any()
        }
        Some(Ok(q)) => {
            let lines = read_lines(&codes.get(), &q.code, q.items.len());
            let report = class_report(&lines, q.items.len());
            view! {
                {line_errors(app, &lines)}
                {match report {
                    Some(report) => report_view(app, &q, report, codes).into_any(),
                    None => view! { <p>{tr(ClassKey::ClassNone)}</p> }.into_any(),
                }}
            }
            .into_any()
        }
    };
    view! {
        <section class="page class-page">
            <h1 id=HEADING_ID tabindex="-1">{tr(Key::ClassTitle)}</h1>
            <p class="note no-print">{tr(ClassKey::ClassIntro)}</p>
            <div class="field no-print">
                <label for="class-quiz">{tr(ClassKey::QuizCodeLabel)}</label>
                <input id="class-quiz" type="text" autocomplete="off" spellcheck="false" prop:value=move || quiz_code.get()
                    on:change=move |ev| quiz_code.set(event_target_value(&ev))/>
            </div>
            <div class="field no-print">
                <label for="class-codes">{tr(ClassKey::ClassCodes)}</label>
                <textarea id="class-codes" rows="8" spellcheck="false" prop:value=move || codes.get() on:input=typed></textarea>
            </div>
            <super::scan::Scanner on_text=scanned/>
            {body}
        </section>
    }
}

/// Each line that gives no result, and why, in words.
fn line_errors(app: AppState, lines: &[ClassLine]) -> impl IntoView {
    let lang = app.lang.get_untracked();
    let errors: Vec<String> = lines
        .iter()
        .filter_map(|l| {
            Some(match l.result.as_ref().err()? {
                LineError::Malformed(e) => {
                    let reason = code_error_reason(*e, lang);
                    let reason = reason.trim_end_matches('.');
                    messages::class_line_malformed(lang, l.line, reason)
                }
                LineError::OtherQuiz => messages::class_line_other_quiz(lang, l.line),
                LineError::OtherLength { found, expected } => {
                    messages::class_line_other_length(lang, l.line, *found, *expected)
                }
            })
        })
        .collect();
    (!errors.is_empty()).then(|| {
        view! {
            <div class="line-errors no-print" role="status">
                <ul>{errors.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
            </div>
        }
    })
}

/// A score with its half, as the language writes it ("3,5" / "3.5").
fn halves(h: usize, lang: Lang) -> String {
    match (h % 2, lang) {
        (0, _) => (h / 2).to_string(),
        (_, Lang::Fr) => format!("{},5", h / 2),
        (_, Lang::En) => format!("{}.5", h / 2),
    }
}

fn report_view(
    app: AppState,
    quiz: &LoadedQuiz,
    report: ClassReport,
    codes: RwSignal<String>,
) -> impl IntoView {
    let lang = app.lang.get_untracked();
    let total = quiz.items.len();
    let summary = messages::class_summary(
        lang,
        &messages::students(lang, report.students.len()),
        &halves(report.median_halves, lang),
        total,
        report.lowest,
        report.highest,
    );
    let histogram_words = report
        .histogram
        .iter()
        .enumerate()
        .filter(|(_, &n)| n > 0)
        .map(|(score, n)| format!("{score}\u{a0}/\u{a0}{total}\u{a0}: {n}"))
        .collect::<Vec<_>>()
        .join(" · ");
    let tallest = report.histogram.iter().copied().max().unwrap_or(1).max(1);
    let bars = report
        .histogram
        .iter()
        .enumerate()
        .map(|(score, &n)| {
            let height = n * 40 / tallest;
            view! { <rect x=score * 10 + 1 y=40 - height width="8" height=height/> }
        })
        .collect_view();
    let width = (total + 1) * 10;
    let questions = report
        .questions
        .iter()
        .map(|share| {
            let item = quiz.items[share.question].clone();
            let percent = share.right * 100 / share.of.max(1);
            let sentence = item.sentences.first().copied();
            view! {
                <li>
                    <p><strong>{messages::class_share(lang, percent, share.right, share.of)}</strong>
                        " — "{format!("{}. ", share.question + 1)}{item.prompt.get(lang).to_string()}</p>
                    <p class="note">{item.explanation.get(lang).to_string()}
                        {sentence.map(|s| view! { " " <a href=Route::Article { sentence: Some(s) }.href()>{tr(ClassKey::ClassInArticle)}</a> })}
                    </p>
                </li>
            }
        })
        .collect_view();
    let rows = report
        .students
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let name = s.name.clone().unwrap_or_else(|| messages::class_unnamed(lang, i + 1));
            let missed: Vec<String> = s.missed.iter().map(|q| (q + 1).to_string()).collect();
            view! { <tr><td>{name}</td><td>{s.score}" / "{s.total}</td><td>{missed.join(", ")}</td></tr> }
        })
        .collect_view();
    let code = quiz.code.clone();
    let csv_report = report.clone();
    let download_csv = move |_| {
        let lang = app.lang.get_untracked();
        let headers = [
            ClassKey::ClassName,
            ClassKey::ClassScore,
            ClassKey::ClassOutOf,
            ClassKey::ClassMissed,
        ]
        .map(|k| k.text(lang));
        let csv = class_csv(
            &csv_report,
            headers,
            |n| messages::class_unnamed(lang, n),
            lang == Lang::Fr,
        );
        let _ = download(
            &format!("vigie-classe-{code}.csv"),
            "text/csv;charset=utf-8",
            &csv,
        );
    };
    let clear_code = quiz.code.clone();
    view! {
        <section aria-labelledby="class-overview">
            <h2 id="class-overview">{tr(ClassKey::ClassOverview)}</h2>
            <p id="class-summary">{summary}</p>
            <svg class="histogram" role="img" aria-label=messages::class_histogram(lang, &histogram_words)
                viewBox=format!("0 0 {width} 40") preserveAspectRatio="none">{bars}</svg>
            <p class="note">{messages::class_histogram(lang, &histogram_words)}</p>
        </section>
        <section aria-labelledby="class-reteach">
            <h2 id="class-reteach">{tr(ClassKey::ClassReteach)}</h2>
            <ol class="reteach">{questions}</ol>
        </section>
        <section aria-labelledby="class-students">
            <h2 id="class-students">{tr(ClassKey::ClassStudents)}</h2>
            <table>
                <thead><tr><th scope="col">{tr(ClassKey::ClassName)}</th><th scope="col">{tr(ClassKey::ClassScore)}</th><th scope="col">{tr(ClassKey::ClassMissed)}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
        <p class="actions no-print">
            <button type="button" class="button primary" on:click=download_csv>{tr(ClassKey::ClassCsv)}</button>" "
            <button type="button" on:click=move |_| { let _ = window().print(); }>{tr(ClassKey::ClassPrint)}</button>" "
            <button type="button" on:click=move |_| { let _ = LocalStore.remove(&key(&clear_code)); codes.set(String::new()); }>{tr(ClassKey::ClassClear)}</button>
        </p>
    }
}

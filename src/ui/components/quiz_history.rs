//! The quizzes taken on this device: on the quiz builder and on the Progress page.

use crate::ui::i18n::ClassKey;
use crate::ui::state::{tr, use_app};
use leptos::prelude::*;

/// The quizzes taken on this device, newest first.
#[component]
pub fn History() -> impl IntoView {
    let app = use_app();
    let rows = move || {
        app.progress.with(|p| {
            p.quizzes
                .iter()
                .rev()
                .take(20)
                .map(|q| {
                    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(q.at as f64));
                    let locale = app.lang.get().code();
                    let when: String = date
                        .to_locale_date_string(locale, &wasm_bindgen::JsValue::UNDEFINED)
                        .into();
                    format!(
                        "{when} — {} — {}/{} — {}",
                        q.code, q.score, q.total, q.result_code
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Show when=move || app.progress.with(|p| !p.quizzes.is_empty())>
            <h2>{tr(ClassKey::QuizHistory)}</h2>
            <ul class="history">{move || rows().into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
        </Show>
    }
}

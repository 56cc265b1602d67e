//! The teacher's "check a result" page: the quiz code and the student's result code give the
//! score back, or say that they do not match.

use crate::ui::components::HEADING_ID;
use crate::ui::i18n::Key;
use crate::ui::i18n::{messages, ClassKey};
use crate::ui::state::tr;
use crate::ui::state::use_app;
use leptos::prelude::*;
use vigie_core::quiz::{CodeError, Outcome, QuizSpec};

#[component]
pub fn CheckPage() -> impl IntoView {
    let app = use_app();
    let quiz_code = RwSignal::new(String::new());
    let result_code = RwSignal::new(String::new());
    let verdict = RwSignal::new(None::<Result<Outcome, Option<CodeError>>>);
    let check = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let quiz = quiz_code.get_untracked();
        verdict.set(Some(match QuizSpec::decode(&quiz) {
            Err(e) => Err(Some(e)),
            Ok(_) => {
                Outcome::from_result_code(&result_code.get_untracked(), &quiz).map_err(|_| None)
            }
        }));
    };
    let message = move || {
        verdict.get().map(|v| {
            let lang = app.lang.get();
            match v {
                Ok(outcome) => {
                    let mut text = messages::check_valid(lang, outcome.score(), outcome.total());
                    let missed: Vec<String> =
                        outcome.missed().map(|i| (i + 1).to_string()).collect();
                    if !missed.is_empty() {
                        text.push(' ');
                        text.push_str(&messages::check_missed(lang, &missed.join(", ")));
                    }
                    text
                }
                Err(Some(e)) => super::code_error_text(e, lang),
                Err(None) => ClassKey::CheckInvalid.text(lang).to_string(),
            }
        })
    };
    view! {
        <section class="page">
            <h1 id=HEADING_ID tabindex="-1">{tr(Key::CheckTitle)}</h1>
            <p>{tr(ClassKey::CheckIntro)}</p>
            <form class="check-form" on:submit=check>
                <label for="check-quiz">{tr(ClassKey::QuizCodeLabel)}</label>
                <input id="check-quiz" type="text" autocomplete="off" spellcheck="false"
                    on:input=move |ev| quiz_code.set(event_target_value(&ev))/>
                <label for="check-result">{tr(ClassKey::ResultCode)}</label>
                <input id="check-result" type="text" autocomplete="off" spellcheck="false"
                    on:input=move |ev| result_code.set(event_target_value(&ev))/>
                <p><button type="submit" class="button primary">{tr(ClassKey::CheckButton)}</button></p>
            </form>
            <p class="verdict" role="status">{message}</p>
        </section>
    }
}

//! A quiz as a file for the class's tool: Moodle, Pronote, GIFT, Kahoot, CSV or JSON.

use super::LoadedQuiz;
use crate::ui::components::{ExportPanel, HEADING_ID};
use crate::ui::i18n::{ClassKey, Key};
use crate::ui::route::{QuizMode, Route};
use crate::ui::state::tr;
use leptos::prelude::*;
use vigie_core::export::Format;
use vigie_core::quiz::CodeNumber;

#[component]
pub fn QuizExportPage(quiz: LoadedQuiz) -> impl IntoView {
    let Ok(deck) = crate::ui::decks::full_deck() else {
        return view! { <p role="alert">{tr(Key::DeckInvalid)}</p> }.into_any();
    };
    let back = Route::QuizTake {
        code: CodeNumber::parse(&quiz.code),
        mode: QuizMode::Play,
    }
    .href();
    let stem = Signal::stored(format!("vigie-quiz-{}", quiz.code));
    let items = Signal::stored(quiz.items);
    view! {
        <section class="page export-page">
            <h1 id=HEADING_ID tabindex="-1">{tr(Key::ExportTitle)}" · "{quiz.code.clone()}</h1>
            <p class="note">{tr(ClassKey::ExportQuizIntro)}</p>
            <ExportPanel deck items formats=&Format::FOR_QUIZ stem code=quiz.code.clone()/>
            <p><a href=back>{tr(ClassKey::ExportBack)}</a></p>
        </section>
    }
    .into_any()
}

//! Quizzes: the builder, taking a quiz from its code, the projector view, the printable test,
//! and the teacher's result check.

mod builder;
mod check;
mod play;
mod print;
mod projector;
mod widgets;

pub use builder::{History, QuizBuilderPage};
pub use check::CheckPage;

use crate::domain::builtin;
use crate::domain::generate::Item;
use crate::domain::lang::Lang;
use crate::domain::quiz::code::to_code;
use crate::domain::quiz::{self, CodeError, QuizSpec};
use crate::ui::i18n::ClassKey;
use crate::ui::i18n::{tr, Key};
use crate::ui::pages::HEADING_ID;
use crate::ui::route::{CodeRef, QuizMode, Route};
use crate::ui::state::use_app;
use leptos::prelude::*;

/// A quiz ready to take: its code, settings and items.
#[derive(Clone)]
pub struct LoadedQuiz {
    pub code: String,
    pub spec: QuizSpec,
    pub items: Vec<Item>,
}

fn load(code: CodeRef) -> Result<LoadedQuiz, CodeError> {
    let number = code?;
    let code = to_code(number);
    let deck = builtin::deck().map_err(|_| CodeError::OtherDeck)?;
    let (spec, generated) = quiz::from_code(deck, &code)?;
    Ok(LoadedQuiz {
        code,
        spec,
        items: generated.items,
    })
}

/// The page for `#/quiz/CODE[/projector|/print]`.
pub fn quiz_page(code: CodeRef, mode: QuizMode) -> AnyView {
    match load(code) {
        Ok(quiz) => match mode {
            QuizMode::Play => view! { <play::PlayPage quiz/> }.into_any(),
            QuizMode::Projector => view! { <projector::ProjectorPage quiz/> }.into_any(),
            QuizMode::Print => view! { <print::PrintPage quiz/> }.into_any(),
        },
        Err(error) => view! { <BadCode error/> }.into_any(),
    }
}

/// A practice quiz on the facts of one sentence: every item they give, no code, no result.
pub fn sentence_quiz_page(sentence: usize) -> AnyView {
    let Ok(deck) = builtin::deck() else {
        return view! { <BadCode error=CodeError::OtherDeck/> }.into_any();
    };
    let all = crate::domain::generate::Settings::default();
    let items: Vec<Item> =
        crate::domain::generate::generate(deck, u64::from(sentence as u32), &all)
            .items
            .into_iter()
            .filter(|i| i.sentences.contains(&sentence))
            .collect();
    let quiz = LoadedQuiz {
        code: String::new(),
        spec: QuizSpec::new(deck, 0, &all, None),
        items,
    };
    view! { <play::PlayPage quiz/> }.into_any()
}

/// Why a code gives no quiz, in the learner's language.
pub fn code_error_text(error: CodeError, lang: Lang) -> String {
    let reason = match error {
        CodeError::Empty => ClassKey::CodeEmpty.text(lang).to_string(),
        CodeError::BadCharacter(c) => ClassKey::CodeBadChar
            .text(lang)
            .replace("{c}", &c.to_string()),
        CodeError::TooLong => ClassKey::CodeTooLong.text(lang).to_string(),
        CodeError::Checksum => ClassKey::CodeChecksum.text(lang).to_string(),
        CodeError::UnknownFormat => ClassKey::CodeFormat.text(lang).to_string(),
        CodeError::OtherDeck => ClassKey::CodeOtherDeck.text(lang).to_string(),
        CodeError::OtherVersion { made_for, current } => ClassKey::CodeOtherVersion
            .text(lang)
            .replace("{a}", &made_for.to_string())
            .replace("{b}", &current.to_string()),
        CodeError::BadCount(_) => ClassKey::CodeBadCount.text(lang).to_string(),
    };
    format!("{}{reason}", ClassKey::BadCode.text(lang))
}

#[component]
fn BadCode(error: CodeError) -> impl IntoView {
    let app = use_app();
    view! {
        <section class="page">
            <h1 id=HEADING_ID tabindex="-1">{tr(Key::QuizTitle)}</h1>
            <p class="error" role="alert">{move || code_error_text(error, app.lang.get())}</p>
            <p><a href=Route::Quiz.href()>{tr(ClassKey::QuizBuilderTitle)}</a></p>
        </section>
    }
}

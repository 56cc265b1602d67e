//! Quizzes: the builder, taking a quiz from its code, the projector view, the printable test,
//! and the teacher's result check.

mod builder;
mod check;
mod class;
mod export;
mod play;
mod print;
mod projector;
mod scan;

pub use builder::QuizBuilderPage;
pub use check::CheckPage;
pub use class::ClassPage;

use crate::ui::components::HEADING_ID;
use crate::ui::i18n::Key;
use crate::ui::i18n::{messages, ClassKey};
use crate::ui::route::{CodeRef, Route};
use crate::ui::state::tr;
use crate::ui::state::use_app;
use leptos::prelude::*;
use vigie_core::generate::Item;
use vigie_core::lang::Lang;

use vigie_core::quiz::{self, CodeError, QuizSpec};

/// A quiz ready to take: its code, settings and items.
#[derive(Clone, PartialEq)]
pub struct LoadedQuiz {
    pub code: String,
    pub spec: QuizSpec,
    pub items: Vec<Item>,
}

fn load(code: CodeRef) -> Result<LoadedQuiz, CodeError> {
    let number = code?;
    let code = number.text();
    let deck = crate::ui::decks::full_deck().map_err(|_| CodeError::OtherDeck)?;
    // A code made on another deck this device has: that deck's quiz, whichever is studied.
    let (spec, generated) = match quiz::open(deck, &code) {
        Err(CodeError::OtherDeck) => crate::ui::decks::all_decks()
            .into_iter()
            .find_map(|d| quiz::open(d, &code).ok())
            .ok_or(CodeError::OtherDeck)?,
        other => other?,
    };
    Ok(LoadedQuiz {
        code,
        spec,
        items: generated.items,
    })
}

/// The page for `#/quiz/CODE`: a learner answering (the quiz bundle).
pub fn play_page(code: CodeRef) -> AnyView {
    with_quiz(code, |quiz| view! { <play::PlayPage quiz/> }.into_any())
}

/// The page for `#/quiz/CODE/projector` (the classroom bundle).
pub fn projector_page(code: CodeRef) -> AnyView {
    with_quiz(code, |quiz| {
        view! { <projector::ProjectorPage quiz/> }.into_any()
    })
}

/// The page for `#/quiz/CODE/print` (the classroom bundle).
pub fn print_page(code: CodeRef) -> AnyView {
    with_quiz(code, |quiz| view! { <print::PrintPage quiz/> }.into_any())
}

/// The page for `#/quiz/CODE/export` (the classroom bundle).
pub fn export_page(code: CodeRef) -> AnyView {
    with_quiz(code, |quiz| {
        view! { <export::QuizExportPage quiz/> }.into_any()
    })
}

/// The quiz a code gives, shown by `page`; why there is none otherwise. Each mode is its
/// own function, so that a bundle links only the views of the modes it shows.
fn with_quiz(code: CodeRef, page: impl FnOnce(LoadedQuiz) -> AnyView) -> AnyView {
    match load(code) {
        Ok(quiz) => page(quiz),
        Err(error) => view! { <BadCode error/> }.into_any(),
    }
}

/// A practice quiz on the facts of one sentence: every item they give, no code, no result.
pub fn sentence_quiz_page(sentence: usize) -> AnyView {
    let Ok(deck) = crate::ui::decks::full_deck() else {
        return view! { <BadCode error=CodeError::OtherDeck/> }.into_any();
    };
    let (spec, items) = quiz::sentence_practice(deck, sentence);
    let quiz = LoadedQuiz {
        code: String::new(),
        spec,
        items,
    };
    view! { <play::PlayPage quiz/> }.into_any()
}

/// Why a code gives no quiz, in the learner's language.
pub fn code_error_text(error: CodeError, lang: Lang) -> String {
    format!(
        "{}{}",
        ClassKey::BadCode.text(lang),
        code_error_reason(error, lang)
    )
}

/// What is wrong with a code, without saying which kind of code it is.
pub fn code_error_reason(error: CodeError, lang: Lang) -> String {
    match error {
        CodeError::Empty => ClassKey::CodeEmpty.text(lang).to_string(),
        CodeError::BadCharacter(c) => messages::code_bad_char(lang, c),
        CodeError::TooLong => ClassKey::CodeTooLong.text(lang).to_string(),
        CodeError::Checksum => ClassKey::CodeChecksum.text(lang).to_string(),
        CodeError::UnknownFormat => ClassKey::CodeFormat.text(lang).to_string(),
        CodeError::OtherDeck => ClassKey::CodeOtherDeck.text(lang).to_string(),
        CodeError::OtherVersion { made_for, current } => {
            messages::code_other_version(lang, made_for, current)
        }
        CodeError::BadCount(_) => ClassKey::CodeBadCount.text(lang).to_string(),
    }
}

#[component]
fn BadCode(error: CodeError) -> impl IntoView {
    let app = use_app();
    // The deck the link names (`?deck=…&from=…`, set by the builder): untrusted, shown as
    // text, cut to a readable length.
    let named = |name| {
        (error == CodeError::OtherDeck)
            .then(|| crate::ui::route::query_param(&crate::ui::state::current_hash(), name))
            .flatten()
            .filter(|t| !t.trim().is_empty())
            .map(|t| t.chars().take(200).collect::<String>())
    };
    let (deck, source) = (named("deck"), named("from"));
    view! {
        <section class="page">
            <h1 id=HEADING_ID tabindex="-1">{tr(Key::QuizTitle)}</h1>
            <p class="error" role="alert">{move || code_error_text(error, app.lang.get())}</p>
            {(error == CodeError::OtherDeck).then(|| view! {
                <p>
                    {move || match (&deck, &source) {
                        (Some(title), Some(source)) => messages::code_needs_deck_from(app.lang.get(), title, source),
                        (Some(title), None) => messages::code_needs_deck(app.lang.get(), title),
                        _ => String::new(),
                    }}
                    " "{tr(ClassKey::CodeAddDeck)}" "
                    <a href=Route::Decks.href()>{tr(Key::NavDecks)}</a>
                </p>
            })}
            <p><a href=Route::Quiz.href()>{tr(ClassKey::QuizBuilderTitle)}</a></p>
        </section>
    }
}

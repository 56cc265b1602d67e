//! One component per page; [`main_pages`], [`classroom_pages`], [`quiz_pages`] and
//! [`write_pages`] choose them per bundle (a bundle carries only the pages it names).

mod article;
mod decks;
mod export;
mod home;
mod not_found;
mod progress;
mod quiz;
mod study;
mod write;

use super::i18n::Key;
use super::route::{QuizMode, Route};
use leptos::prelude::*;

/// The pages of the main bundle; a classroom page loads the classroom bundle.
pub fn main_pages(route: Route) -> AnyView {
    match route {
        Route::Home => home::HomePage().into_any(),
        Route::Study { sentence } => view! { <study::StudyPage sentence/> }.into_any(),
        Route::Quiz
        | Route::QuizTake { .. }
        | Route::QuizSentence { .. }
        | Route::Check
        | Route::Class
        | Route::Progress
        | Route::Export
        | Route::Decks
        | Route::Write
        | Route::Article { .. } => switch_bundle(route),
        Route::NotFound => not_found::NotFoundPage().into_any(),
    }
}

/// The page of the editor's bundle; any other page loads its own bundle.
pub fn write_pages(route: Route) -> AnyView {
    match route {
        Route::Write => write::WritePage().into_any(),
        other => switch_bundle(other),
    }
}

/// The page of a student's quiz link; any other page loads its own bundle.
pub fn quiz_pages(route: Route) -> AnyView {
    match route {
        Route::QuizTake {
            code,
            mode: QuizMode::Play,
        } => quiz::play_page(code),
        Route::QuizSentence { sentence } => quiz::sentence_quiz_page(sentence),
        other => switch_bundle(other),
    }
}

/// The pages of the classroom bundle; any other page loads its own bundle.
pub fn classroom_pages(route: Route) -> AnyView {
    match route {
        Route::Quiz => quiz::QuizBuilderPage().into_any(),
        Route::QuizTake {
            code,
            mode: QuizMode::Projector,
        } => quiz::projector_page(code),
        Route::QuizTake {
            code,
            mode: QuizMode::Print,
        } => quiz::print_page(code),
        Route::QuizTake {
            code,
            mode: QuizMode::Export,
        } => quiz::export_page(code),
        Route::Check => quiz::CheckPage().into_any(),
        Route::Class => quiz::ClassPage().into_any(),
        Route::Progress => progress::ProgressPage().into_any(),
        Route::Export => export::ExportPage().into_any(),
        Route::Decks => decks::DecksPage().into_any(),
        Route::Article { sentence } => view! { <article::ArticlePage sentence/> }.into_any(),
        other => switch_bundle(other),
    }
}

/// Loads the page that shows `route`, with the URL's hash as typed (even a malformed quiz
/// code, which the other page explains), replacing this history entry so Back still works.
fn switch_bundle(route: Route) -> AnyView {
    let target = format!(
        "{}{}",
        route.bundle().file(),
        crate::ui::state::current_hash()
    );
    let _ = window().location().replace(&target);
    ().into_any()
}

/// The name of a page, for the tab title.
pub fn title(route: Route) -> Key {
    match route {
        Route::Home => Key::NavHome,
        Route::Study { .. } => Key::StudyTitle,
        Route::Quiz | Route::QuizTake { .. } | Route::QuizSentence { .. } => Key::QuizTitle,
        Route::Check => Key::CheckTitle,
        Route::Class => Key::ClassTitle,
        Route::Progress => Key::ProgressTitle,
        Route::Export => Key::ExportTitle,
        Route::Decks => Key::NavDecks,
        Route::Write => Key::NavWrite,
        Route::Article { .. } => Key::NavArticle,
        Route::NotFound => Key::NotFoundTitle,
    }
}

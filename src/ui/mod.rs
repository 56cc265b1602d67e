//! The interface: one app-state context, a shell, and a page per route. Thin by design:
//! what can be computed without a browser lives in `vigie_core` and `vigie_session`.

mod backup;
mod browser;
mod components;
pub mod decks;
pub mod i18n;
mod pages;
pub mod route;
mod shell;
pub mod state;
mod theme;

use leptos::prelude::*;
use route::Route;
use state::{current_hash, AppState};
use wasm_bindgen::JsCast;

/// Mounts the main app (home, study, article) on `<body>`.
pub fn mount() {
    browser::log_panics();
    route::Bundle::Main.set_current();
    leptos::mount::mount_to_body(|| view! { <Root pages=pages::main_pages/> });
    browser::announce_ready();
}

/// Mounts the classroom app (quiz builder, projector, printed tests, result check, class
/// report, article, decks, progress) on `<body>`.
pub fn mount_classroom() {
    browser::log_panics();
    route::Bundle::Classroom.set_current();
    leptos::mount::mount_to_body(|| view! { <Root pages=pages::classroom_pages/> });
    browser::announce_ready();
}

/// Mounts the quiz a student's link opens on `<body>`: the quiz and its results, without
/// the classroom's tools.
pub fn mount_quiz() {
    browser::log_panics();
    route::Bundle::Quiz.set_current();
    leptos::mount::mount_to_body(|| view! { <Root pages=pages::quiz_pages/> });
    browser::announce_ready();
}

/// Mounts the deck editor on `<body>`: a bundle of its own, so that neither a learner's first
/// load nor a student's quiz carries it.
pub fn mount_write() {
    browser::log_panics();
    route::Bundle::Write.set_current();
    leptos::mount::mount_to_body(|| view! { <Root pages=pages::write_pages/> });
    browser::announce_ready();
}

/// The main app, as mounted by [`mount`] (for tests).
#[component]
pub fn App() -> impl IntoView {
    view! { <Root pages=pages::main_pages/> }
}

/// Either app: state, routing, and the shell around the current page.
#[component]
fn Root(pages: fn(Route) -> AnyView) -> impl IntoView {
    let state = AppState::from_browser();
    provide_context(state);

    let route = state.route;
    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(Route::from_hash(&current_hash()));
    });
    on_cleanup(move || on_hash.remove());

    // Another tab saved progress: merge it, so both tabs see every review.
    let on_storage = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() == Some(vigie_session::keys::PROGRESS) {
            if let Some(text) = ev.new_value() {
                state.take_in_stored(&text);
            }
        }
    });
    on_cleanup(move || on_storage.remove());
    // A save waiting for the next frame is written before the page goes away or hides.
    let on_hide = window_event_listener(leptos::ev::pagehide, move |_| state.flush());
    on_cleanup(move || on_hide.remove());
    let on_hidden = window_event_listener(leptos::ev::visibilitychange, move |_| state.flush());
    on_cleanup(move || on_hidden.remove());
    browser::request_persistent_storage();

    // The document speaks the interface language, for screen readers and hyphenation.
    Effect::new(move |_| {
        let code = state.lang.get().code();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", code);
        }
    });

    // The tab title names the page.
    Effect::new(move |_| {
        let title = format!(
            "{} · {}",
            pages::title(route.get()).text(state.lang.get()),
            i18n::Key::AppName.text(state.lang.get())
        );
        document().set_title(&title);
    });

    // After a navigation, focus goes to the new page's heading (or to the sentence asked
    // for), so keyboard and screen-reader users start reading where the page starts.
    Effect::new(move |previous: Option<Route>| {
        let current = route.get();
        let navigated = match previous {
            Some(p) => p != current,
            // A page of the other bundle led here: that is a navigation too.
            None => {
                came_from_this_site() || matches!(current, Route::Article { sentence: Some(_) })
            }
        };
        if navigated {
            request_animation_frame(move || focus_target(current));
        }
        current
    });

    view! { <shell::Shell pages/> }
}

/// Whether the previous page was one of this site's (the other bundle).
fn came_from_this_site() -> bool {
    let referrer = document().referrer();
    let origin = window().location().origin().unwrap_or_default();
    !referrer.is_empty() && !origin.is_empty() && referrer.starts_with(&origin)
}

/// Moves focus to the element a route starts at and scrolls it into view.
fn focus_target(route: Route) {
    let id = match route {
        Route::Article { sentence: Some(s) } => components::sentence_anchor(s),
        _ => components::HEADING_ID.to_string(),
    };
    let Some(element) = document().get_element_by_id(&id) else {
        return;
    };
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let _ = element.focus();
        element.scroll_into_view();
    }
}

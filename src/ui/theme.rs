//! Light and dark themes: the system's by default, or the learner's choice, kept in storage.
//! (index.html applies a saved choice before the app starts, so the page never flashes.)

use super::i18n::Key;
use super::state::use_app;
use super::state::{text_of, tr};
use leptos::prelude::*;
use vigie_session::keys;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    System,
    Light,
    Dark,
}

impl Theme {
    fn code(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    fn from_code(code: &str) -> Theme {
        match code {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::System,
        }
    }

    fn next(self) -> Theme {
        match self {
            Theme::System => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::System,
        }
    }

    fn label(self) -> Key {
        match self {
            Theme::System => Key::ThemeSystem,
            Theme::Light => Key::ThemeLight,
            Theme::Dark => Key::ThemeDark,
        }
    }

    /// Sets `data-theme` on the document (none: follow the system).
    fn apply(self) {
        if let Some(root) = document().document_element() {
            let _ = match self {
                Theme::System => root.remove_attribute("data-theme"),
                other => root.set_attribute("data-theme", other.code()),
            };
        }
    }
}

/// The button that goes through system, light and dark.
#[component]
pub fn ThemeSwitch() -> impl IntoView {
    let app = use_app();
    let saved = app.preference(keys::THEME);
    let theme = RwSignal::new(saved.as_deref().map_or(Theme::System, Theme::from_code));
    let change = move |_| {
        let next = theme.get_untracked().next();
        theme.set(next);
        next.apply();
        app.set_preference(keys::THEME, next.code());
    };
    view! {
        <button type="button" class="theme-switch" on:click=change>
            {tr(Key::ThemeLabel)}" "{text_of(move || app.t(theme.get().label()).to_string())}
        </button>
    }
}

//! The one app-state context: language, current page, and what the browser refused.

use super::i18n::Key;
use super::route::Route;
use crate::domain::lang::Lang;
use crate::storage::{keys, KeyValueStore, LocalStore};
use leptos::prelude::*;

/// Shared by every page through Leptos context. All fields are signals, so it is `Copy`.
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    /// False once the browser refused to store something: the shell then says so.
    pub storage_ok: RwSignal<bool>,
}

impl AppState {
    /// Reads the saved language (or the browser's preference) and the URL.
    pub fn from_browser() -> AppState {
        let saved = LocalStore.get(keys::LANG);
        let storage_ok = saved.is_ok();
        let saved = saved.ok().flatten();
        let preferred = preferred_languages();
        let lang = Lang::initial(saved.as_deref(), preferred.iter().map(String::as_str));
        AppState {
            lang: RwSignal::new(lang),
            route: RwSignal::new(Route::from_hash(&current_hash())),
            storage_ok: RwSignal::new(storage_ok),
        }
    }

    /// The text of `key` in the current language (reactive).
    pub fn t(&self, key: Key) -> &'static str {
        key.text(self.lang.get())
    }

    /// Switches the interface language and remembers the choice.
    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        if LocalStore.set(keys::LANG, lang.code()).is_err() {
            self.storage_ok.set(false);
        }
    }
}

/// The app state provided by [`super::App`].
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// The page's `location.hash`, or empty.
pub fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// `navigator.languages`, most preferred first.
fn preferred_languages() -> Vec<String> {
    let navigator = window().navigator();
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

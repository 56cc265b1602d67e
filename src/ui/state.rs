//! The one app-state context: language, current page, the learner's progress and settings
//! as signals, over the session that stores them.

use super::browser::measured;
use super::i18n::CatalogueKey;
use super::route::Route;
use crate::LocalStore;
use leptos::prelude::*;
use vigie_core::deck::Text;
use vigie_core::lang::Lang;
use vigie_core::progress::{Progress, Review};
use vigie_core::schedule::{CardStates, Scheduler};
use vigie_core::study::StudySettings;
use vigie_session::{keys, Session, Status};

/// Shared by every page through Leptos context (provided by the root of either bundle). The
/// signals are what views read; the session ([`vigie_session::Session`]) decides what is
/// stored and when. All fields are handles, so it is `Copy`.
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    /// False once the browser refused to store a preference (language, theme, settings): the
    /// shell then says that choices will not be remembered. Progress has its own status.
    pub preferences_kept: RwSignal<bool>,
    pub progress: RwSignal<Progress>,
    pub progress_status: RwSignal<Status>,
    pub settings: RwSignal<StudySettings>,
    session: StoredValue<Session<LocalStore>>,
}

impl AppState {
    /// Reads the saved language (or the browser's preference), progress, settings and the URL.
    pub fn from_browser() -> AppState {
        let (session, progress) = Session::open(LocalStore);
        let saved = session.preference(keys::LANG);
        let preferences_kept = saved.is_ok();
        let saved = saved.ok().flatten();
        let preferred = preferred_languages();
        let lang = Lang::initial(saved.as_deref(), preferred.iter().map(String::as_str));
        AppState {
            lang: RwSignal::new(lang),
            route: RwSignal::new(Route::from_hash(&current_hash())),
            preferences_kept: RwSignal::new(preferences_kept),
            progress: RwSignal::new(progress),
            progress_status: RwSignal::new(session.status().clone()),
            settings: RwSignal::new(session.settings()),
            session: StoredValue::new(session),
        }
    }

    /// The text of `key` in the current language (reactive).
    pub fn t<K: CatalogueKey>(&self, key: K) -> &'static str {
        key.text(self.lang.get())
    }

    /// Switches the interface language and remembers the choice.
    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        self.set_preference(keys::LANG, lang.code());
    }

    /// Stores a preference (language, theme); a refusal is said by the shell.
    pub fn set_preference(&self, key: &'static str, value: &str) {
        self.session.update_value(|s| s.set_preference(key, value));
        self.sync();
    }

    /// A stored preference, if the browser kept one.
    pub fn preference(&self, key: &'static str) -> Option<String> {
        self.session
            .with_value(|s| s.preference(key).ok().flatten())
    }

    /// Adds a review and saves it as soon as the next card is on screen.
    pub fn record(&self, review: Review) {
        self.change_progress(|p| p.log.insert(review));
    }

    /// Undoes the last rating; returns it.
    pub fn undo(&self) -> Option<Review> {
        let mut undone = None;
        self.change_progress(|p| undone = p.log.undo_last());
        undone
    }

    /// Changes the progress and saves once the next frame is painted: the learner sees the
    /// next card first, and the save follows within milliseconds. A page that is closed or
    /// hidden first saves at once ([`AppState::flush`], on `pagehide` and `visibilitychange`).
    pub fn change_progress(&self, change: impl FnOnce(&mut Progress)) {
        self.progress.update(change);
        if self.session.try_update_value(|s| s.changed()) == Some(true) {
            let app = *self;
            request_animation_frame(move || {
                set_timeout(move || app.flush(), std::time::Duration::ZERO);
            });
        }
    }

    /// Writes a save that is due, now, then the card states' snapshot if it changed.
    pub fn flush(&self) {
        let flush = || {
            self.progress
                .with_untracked(|p| self.session.try_update_value(|s| s.flush(p)))
                .flatten()
        };
        let merged = if self.session.with_value(Session::save_due) {
            measured("vigie:save", flush)
        } else {
            flush()
        };
        self.adopt(merged);
    }

    /// Replaces the whole progress (import with "replace"), then saves at once.
    pub fn replace_progress(&self, progress: Progress) {
        self.progress.set(progress);
        let merged = self
            .progress
            .with_untracked(|p| self.session.try_update_value(|s| s.save(p)))
            .flatten();
        self.adopt(merged);
    }

    /// Another tab saved progress: take its reviews in.
    pub fn take_in_stored(&self, text: &str) {
        let merged = self
            .progress
            .with_untracked(|p| self.session.with_value(|s| s.take_in(p, text)));
        self.adopt(merged);
    }

    /// Adopts a merge the session made, and mirrors the session's status.
    fn adopt(&self, merged: Option<Progress>) {
        if let Some(merged) = merged {
            self.progress.set(merged);
        }
        self.sync();
    }

    /// Mirrors the session's status into the signals the notices read.
    fn sync(&self) {
        let (status, kept) = self
            .session
            .with_value(|s| (s.status().clone(), s.preferences_kept()));
        if self.progress_status.get_untracked() != status {
            self.progress_status.set(status);
        }
        if self.preferences_kept.get_untracked() != kept {
            self.preferences_kept.set(kept);
        }
    }

    /// Runs `f` on every card's state after `progress`'s log, kept current by the session.
    pub fn with_card_states<T>(
        &self,
        scheduler: &Scheduler,
        progress: &Progress,
        f: impl FnOnce(&CardStates) -> T,
    ) -> Option<T> {
        self.session
            .try_update_value(|s| s.with_card_states(scheduler, progress, f))
    }

    /// Bytes the stored progress takes, when that nears the browser's quota (reactive on the
    /// progress and its status).
    pub fn near_full(&self) -> Option<usize> {
        self.progress.track();
        self.progress_status.track();
        self.session
            .with_value(|s| s.near_full().then(|| s.stored_bytes()))
    }

    /// The damaged progress set aside at load, for download.
    pub fn recovery(&self) -> Option<String> {
        self.session.with_value(Session::recovery)
    }

    /// Stores the study settings (brought into range) and shows them.
    pub fn set_settings(&self, settings: StudySettings) {
        let kept = self
            .session
            .try_update_value(|s| s.set_settings(settings))
            .unwrap_or(settings);
        self.settings.set(kept);
        self.sync();
    }
}

/// The text of `key` in the current language, as a reactive closure for views. One function
/// for every text keeps the wasm small: each `move || …` written in a view is a type of its
/// own, with its own rendering code, where `tr(key)` is always the same type (per catalogue).
pub fn tr<K: CatalogueKey>(key: K) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_app().lang;
    move || key.text(lang.get())
}

/// A deck's text (a prompt, an answer, a name) in the current language, as a reactive closure
/// for views: one type for all of them, as [`tr`] is for the catalogue's.
pub fn tr_text(text: Text) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let lang = use_app().lang;
    text_of(move || text.get(lang.get()).to_string())
}

/// Any reactive text of a view, behind one closure type: the renderer's code for a reactive
/// text then exists once, where each `move || …` written in a view is a type of its own with
/// its own copy (about 300 bytes of gzip each in the first load).
pub fn text_of(
    text: impl Fn() -> String + Send + Sync + 'static,
) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    erased(std::sync::Arc::new(text))
}

/// Any reactive part of a view that is shown or changed whole, behind one closure type, for the
/// same reason as [`text_of`].
pub fn view_of(
    view: impl Fn() -> AnyView + Send + Sync + 'static,
) -> impl Fn() -> AnyView + Clone + Send + Sync + 'static {
    erased(std::sync::Arc::new(view))
}

/// The one closure type per output type that [`text_of`] and [`view_of`] return.
fn erased<T: 'static>(
    f: std::sync::Arc<dyn Fn() -> T + Send + Sync>,
) -> impl Fn() -> T + Clone + Send + Sync + 'static {
    move || f()
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

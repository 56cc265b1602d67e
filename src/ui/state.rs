//! The one app-state context: language, current page, the learner's progress and settings,
//! and how storage stands.

use super::browser::measured;
use super::i18n::Text;
use super::route::Route;
use crate::domain::lang::Lang;
use crate::domain::progress::{decode, Progress, Review};
use crate::domain::schedule::{CardStates, Scheduler};
use crate::domain::study::Settings;
use crate::storage::progress::{SaveError, Saver, Status};
use crate::storage::{keys, KeyValueStore, LocalStore, StorageError};
use leptos::prelude::*;

/// Shared by every page through Leptos context. All fields are signals, so it is `Copy`.
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    /// False once the browser refused to store the language: the shell then says so.
    pub storage_ok: RwSignal<bool>,
    pub progress: RwSignal<Progress>,
    pub progress_status: RwSignal<Status>,
    pub settings: RwSignal<Settings>,
    /// Writes progress after each change, encoding only what is new.
    saver: StoredValue<Saver>,
    /// A save is due (see [`AppState::persist_soon`]).
    save_due: StoredValue<bool>,
    /// The card states changed since their snapshot was last written.
    snapshot_due: StoredValue<bool>,
    /// Every card's state, kept current with the log (see [`AppState::with_card_states`]);
    /// derived when first needed.
    card_states: StoredValue<Option<CardStates>>,
}

impl AppState {
    /// Reads the saved language (or the browser's preference), progress, settings and the URL.
    pub fn from_browser() -> AppState {
        let saved = LocalStore.get(keys::LANG);
        let storage_ok = saved.is_ok();
        let saved = saved.ok().flatten();
        let preferred = preferred_languages();
        let lang = Lang::initial(saved.as_deref(), preferred.iter().map(String::as_str));
        let mut saver = Saver::default();
        let (progress, status) = saver.load(&LocalStore);
        let settings = LocalStore
            .get(keys::SETTINGS)
            .ok()
            .flatten()
            .map(|t| Settings::from_json(&t))
            .unwrap_or_default();
        AppState {
            lang: RwSignal::new(lang),
            route: RwSignal::new(Route::from_hash(&current_hash())),
            storage_ok: RwSignal::new(storage_ok),
            progress: RwSignal::new(progress),
            progress_status: RwSignal::new(status),
            card_states: StoredValue::new(None),
            settings: RwSignal::new(settings),
            saver: StoredValue::new(saver),
            save_due: StoredValue::new(false),
            snapshot_due: StoredValue::new(false),
        }
    }

    /// The text of `key` in the current language (reactive).
    pub fn t<K: Text>(&self, key: K) -> &'static str {
        key.text(self.lang.get())
    }

    /// Switches the interface language and remembers the choice.
    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        if LocalStore.set(keys::LANG, lang.code()).is_err() {
            self.storage_ok.set(false);
        }
    }

    /// Adds a review and saves it as soon as the next card is on screen.
    pub fn record(&self, review: Review) {
        self.progress.update(|p| p.log.insert(review));
        self.persist_soon();
    }

    /// Undoes the last rating; returns it.
    pub fn undo(&self) -> Option<Review> {
        let mut undone = None;
        self.progress.update(|p| undone = p.log.undo_last());
        self.persist_soon();
        undone
    }

    /// Saves once the next frame is painted: the learner sees the next card first, and
    /// the save follows within milliseconds. A page that is closed or hidden first saves at
    /// once ([`AppState::flush`], on `pagehide` and `visibilitychange`).
    pub fn persist_soon(&self) {
        if self.save_due.get_value() {
            return;
        }
        self.save_due.set_value(true);
        let app = *self;
        request_animation_frame(move || {
            set_timeout(move || app.flush(), std::time::Duration::ZERO);
        });
    }

    /// Writes a save that is due, now, then the card states' snapshot if it changed.
    pub fn flush(&self) {
        if self.save_due.get_value() {
            self.save_due.set_value(false);
            measured("vigie:save", || self.persist());
        }
        if self.snapshot_due.get_value() && self.progress_status.get_untracked() == Status::Saved {
            self.snapshot_due.set_value(false);
            let snapshot = self.progress.with_untracked(|p| {
                self.card_states
                    .with_value(|s| s.as_ref().map(|s| s.to_snapshot(&p.log)))
            });
            // A cache: when it cannot be written, the next visit replays the log.
            if let Some(snapshot) = snapshot {
                let _ = LocalStore.set(keys::CARD_STATES, &snapshot);
            }
        }
    }

    /// Replaces the whole progress (import with "replace"), then saves.
    pub fn replace_progress(&self, progress: Progress) {
        self.progress.set(progress);
        self.persist();
    }

    /// Saves progress, merged with what another tab may have saved meanwhile.
    pub fn persist(&self) {
        let status = self.progress_status.get_untracked();
        let saved = self.progress.with_untracked(|current| {
            self.saver
                .try_update_value(|saver| saver.save(&LocalStore, &status, current))
        });
        match saved {
            None => {}
            Some(Ok(merged)) => {
                if let Some(merged) = merged {
                    self.progress.set(merged);
                }
                if status == Status::Full {
                    self.progress_status.set(Status::Saved);
                }
            }
            Some(Err(SaveError::ReadOnly)) => {}
            Some(Err(SaveError::Storage(StorageError::QuotaExceeded))) => {
                self.progress_status.set(Status::Full)
            }
            Some(Err(SaveError::Storage(_))) => self.progress_status.set(Status::Unavailable),
        }
    }

    /// Another tab saved progress: take its reviews in.
    pub fn merge_stored(&self, text: &str) {
        let Ok(other) = decode(text) else {
            return;
        };
        let merged = self.progress.with_untracked(|current| {
            let mut merged = current.clone();
            merged.merge(&other);
            (merged != *current).then_some(merged)
        });
        if let Some(merged) = merged {
            self.progress.set(merged);
        }
    }

    /// Runs `f` on every card's state after `progress`'s log, brought up to date by taking in
    /// the new reviews only. Their snapshot, which spares the next visit a replay of a long
    /// log, is written with the next save ([`AppState::flush`]), not here on the rating's path.
    pub fn with_card_states<T>(
        &self,
        scheduler: &Scheduler,
        progress: &Progress,
        f: impl FnOnce(&CardStates) -> T,
    ) -> T {
        let changed = self
            .card_states
            .try_update_value(|states| match states {
                Some(states) => {
                    let before = states.version();
                    states.sync(scheduler, &progress.log);
                    states.version() != before
                }
                None => {
                    *states = Some(resume_card_states(scheduler, progress));
                    true
                }
            })
            .unwrap_or(false);
        if changed {
            self.snapshot_due.set_value(true);
        }
        self.card_states
            .with_value(|states| f(states.as_ref().unwrap_or(&CardStates::default())))
    }

    /// Bytes the learner's progress takes in the browser's storage.
    pub fn stored_bytes(&self) -> usize {
        self.saver.with_value(Saver::stored_bytes)
    }

    pub fn set_settings(&self, settings: Settings) {
        self.settings.set(settings);
        if LocalStore.set(keys::SETTINGS, &settings.to_json()).is_err() {
            self.storage_ok.set(false);
        }
    }
}

/// The card states from the stored snapshot and the reviews made since.
fn resume_card_states(scheduler: &Scheduler, progress: &Progress) -> CardStates {
    match LocalStore.get(keys::CARD_STATES) {
        Ok(Some(text)) => CardStates::from_snapshot(&text, scheduler, &progress.log),
        _ => CardStates::replay(scheduler, &progress.log),
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

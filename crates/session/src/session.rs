//! One tab's session over a store: what it loaded, when a save is due, and the card states
//! kept current with the log.

use crate::saver::{SaveError, Saver, Status};
use crate::{keys, KeyValueStore, StorageError};
use vigie_core::progress::{decode, Progress};
use vigie_core::schedule::{CardStates, Scheduler};
use vigie_core::study::StudySettings;

/// Stored progress this large gets a notice: 80 % of the 5 MB browsers give a site.
pub const NEAR_FULL_BYTES: usize = 4_000_000;

/// What one tab keeps for the learner, over `store`. The progress itself is the caller's
/// (the interface holds it in a signal); the session is told when it changed and writes it
/// when the caller flushes, merged with what another tab wrote meanwhile.
#[derive(Debug)]
pub struct Session<S> {
    store: S,
    saver: Saver,
    status: Status,
    /// False once the store refused a preference (language, theme, settings).
    preferences_kept: bool,
    /// The progress changed since it was last written.
    save_due: bool,
    /// The card states changed since their snapshot was last written.
    snapshot_due: bool,
    /// Every card's state, kept current with the log; derived when first asked for.
    card_states: Option<CardStates>,
}

impl<S: KeyValueStore> Session<S> {
    /// Opens the session: reads the progress, never failing (what cannot be read is set
    /// aside and said by [`Session::status`]).
    pub fn open(store: S) -> (Session<S>, Progress) {
        let mut saver = Saver::default();
        let (progress, status) = saver.load(&store);
        let session = Session {
            store,
            saver,
            status,
            preferences_kept: true,
            save_due: false,
            snapshot_due: false,
            card_states: None,
        };
        (session, progress)
    }

    /// How stored progress stands.
    pub fn status(&self) -> &Status {
        &self.status
    }

    /// Whether every preference the learner chose (language, theme, settings) was stored.
    pub fn preferences_kept(&self) -> bool {
        self.preferences_kept
    }

    /// A stored preference (`keys::LANG`, `keys::THEME`); `Err` when the store is refused.
    pub fn preference(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.store.get(key)
    }

    /// Stores a preference; a refusal is remembered for [`Session::preferences_kept`].
    pub fn set_preference(&mut self, key: &str, value: &str) {
        if self.store.set(key, value).is_err() {
            self.preferences_kept = false;
        }
    }

    /// The stored study settings, in range (the defaults when none or unreadable).
    pub fn settings(&self) -> StudySettings {
        match self.store.get(keys::SETTINGS) {
            Ok(Some(text)) => StudySettings::from_json(&text),
            _ => StudySettings::default(),
        }
    }

    /// Brings `settings` into range, stores them and returns what was stored.
    pub fn set_settings(&mut self, settings: StudySettings) -> StudySettings {
        let settings = settings.clamped();
        self.set_preference(keys::SETTINGS, &settings.to_json());
        settings
    }

    /// Notes that the progress changed. Returns true when no save was due yet: the caller
    /// then schedules one [`Session::flush`] (after the next paint, in the browser).
    pub fn changed(&mut self) -> bool {
        !std::mem::replace(&mut self.save_due, true)
    }

    /// Whether a change waits to be written.
    pub fn save_due(&self) -> bool {
        self.save_due
    }

    /// Writes a save that is due, then the card states' snapshot if they changed. Returns the
    /// progress merged with another tab's, when that merge added something (the caller adopts
    /// it).
    pub fn flush(&mut self, progress: &Progress) -> Option<Progress> {
        let merged = if std::mem::take(&mut self.save_due) {
            self.save(progress)
        } else {
            None
        };
        if self.snapshot_due && self.status == Status::Saved {
            self.snapshot_due = false;
            let log = &merged.as_ref().unwrap_or(progress).log;
            if let Some(snapshot) = self.card_states.as_ref().map(|s| s.to_snapshot(log)) {
                // A cache: when it cannot be written, the next visit replays the log.
                let _ = self.store.set(keys::CARD_STATES, &snapshot);
            }
        }
        merged
    }

    /// Saves `progress` now, merged with what another tab saved meanwhile; returns the merged
    /// progress when the merge added something. A refusal changes [`Session::status`]: full
    /// storage is said and retried at the next save; no storage leaves the session in memory.
    pub fn save(&mut self, progress: &Progress) -> Option<Progress> {
        self.save_due = false;
        match self.saver.save(&self.store, &self.status, progress) {
            Ok(merged) => {
                if self.status == Status::Full {
                    self.status = Status::Saved;
                }
                merged
            }
            Err(SaveError::ReadOnly) => None,
            Err(SaveError::Storage(StorageError::QuotaExceeded)) => {
                self.status = Status::Full;
                None
            }
            Err(SaveError::Storage(_)) => {
                self.status = Status::Unavailable;
                None
            }
        }
    }

    /// Another tab stored `text`: returns `progress` with its reviews taken in, when that
    /// adds something. Text that cannot be read is ignored (that tab's own session says so).
    pub fn take_in(&self, progress: &Progress, text: &str) -> Option<Progress> {
        let other = decode(text).ok()?;
        let mut merged = progress.clone();
        merged.merge(&other);
        (merged != *progress).then_some(merged)
    }

    /// Runs `f` on every card's state after `progress`'s log, brought up to date by taking in
    /// the new reviews only. The first call resumes from the stored snapshot (or replays the
    /// log); the snapshot is rewritten with the next flush, not here on the rating's path.
    pub fn with_card_states<T>(
        &mut self,
        scheduler: &Scheduler,
        progress: &Progress,
        f: impl FnOnce(&CardStates) -> T,
    ) -> T {
        let changed = match &mut self.card_states {
            Some(states) => {
                let before = states.version();
                states.sync(scheduler, &progress.log);
                states.version() != before
            }
            None => {
                let resumed = match self.store.get(keys::CARD_STATES) {
                    Ok(Some(text)) => CardStates::from_snapshot(&text, scheduler, &progress.log),
                    _ => CardStates::replay(scheduler, &progress.log),
                };
                self.card_states = Some(resumed);
                true
            }
        };
        self.snapshot_due |= changed;
        f(self.card_states.get_or_insert_with(CardStates::default))
    }

    /// Bytes the progress takes in the store.
    pub fn stored_bytes(&self) -> usize {
        self.saver.stored_bytes()
    }

    /// Whether the stored progress nears the browser's quota (see [`NEAR_FULL_BYTES`]).
    pub fn near_full(&self) -> bool {
        self.status == Status::Saved && self.stored_bytes() >= NEAR_FULL_BYTES
    }

    /// The damaged text set aside when the progress could not be read, for download.
    pub fn recovery(&self) -> Option<String> {
        crate::saver::recovery(&self.store)
    }
}

//! Backups: download the progress as a file, import one (merge by default, replace only on an
//! explicit choice, after a preview), and the storage notices every page shows.

use super::browser::{download, now_ms, today_stamp};
use super::i18n::{messages, Key};
use super::state::use_app;
use crate::ui::state::tr;
use leptos::prelude::*;
use vigie_core::progress::{decode_backup, encode_backup, Backup, ImportPreview, LoadError};
use vigie_core::render::megabytes;
use vigie_session::Status;

/// Downloads the progress, with the files of the decks the learner added, and records when.
fn download_backup() -> Result<(), String> {
    let app = use_app();
    let now = now_ms();
    let mut progress = app.progress.get_untracked();
    progress.last_backup = Some(now);
    download(
        &format!("vigie-progression-{}.json", today_stamp()),
        "application/json",
        &encode_backup(&progress, &super::decks::added_files()),
    )?;
    app.change_progress(|p| p.last_backup = Some(now));
    Ok(())
}

/// The storage status, in words, and the backup reminder: shown on every page.
#[component]
pub fn StorageNotices() -> impl IntoView {
    let app = use_app();
    let message = move || match app.progress_status.get() {
        Status::Saved => None,
        Status::Unavailable => Some(Key::ProgressUnavailable),
        Status::Full => Some(Key::ProgressFull),
        Status::Recovered { .. } => Some(Key::ProgressRecovered),
        Status::Damaged { .. } => Some(Key::ProgressDamaged),
        Status::Newer { .. } => Some(Key::ProgressNewer),
    };
    let recovered = move || matches!(app.progress_status.get(), Status::Recovered { .. });
    let near_full = move || {
        app.near_full().map(|bytes| {
            let lang = app.lang.get();
            messages::progress_near_full(lang, &megabytes(bytes, lang))
        })
    };
    let reminder = move || {
        app.progress_status.get() == Status::Saved && app.progress.with(|p| p.backup_due(now_ms()))
    };
    view! {
        {move || message().map(|key| view! {
            <div class="notice" role="alert">
                <p>{tr(key)}</p>
                <Show when=recovered>
                    <button type="button" on:click=move |_| {
                        if let Some(text) = app.recovery() {
                            let _ = download("vigie-donnees-mises-de-cote.json", "application/json", &text);
                        }
                    }>{tr(Key::DownloadRecovered)}</button>
                </Show>
                <Show when=move || !matches!(app.progress_status.get(), Status::Recovered { .. })>
                    <button type="button" on:click=move |_| { let _ = download_backup(); }>
                        {tr(Key::BackupDownload)}
                    </button>
                </Show>
            </div>
        })}
        {move || near_full().map(|text| view! {
            <div class="notice" role="status">
                <p>{text}</p>
                <button type="button" on:click=move |_| { let _ = download_backup(); }>
                    {tr(Key::BackupDownload)}
                </button>
            </div>
        })}
        <Show when=reminder>
            <div class="notice reminder" role="status">
                <p>{tr(Key::BackupReminder)}</p>
                <button type="button" on:click=move |_| { let _ = download_backup(); }>
                    {tr(Key::BackupDownload)}
                </button>
            </div>
        </Show>
    }
}

/// The backup panel of the Progress page.
#[component]
pub fn BackupPanel() -> impl IntoView {
    let app = use_app();
    let pending = RwSignal::new(None::<(Backup, ImportPreview)>);
    let message = RwSignal::new(None::<String>);
    let last = move || match app.progress.with(|p| p.days_since_backup(now_ms())) {
        None => app.t(Key::BackupNever).to_string(),
        Some(0) => app.t(Key::BackupToday).to_string(),
        Some(days) => messages::backup_days_ago(app.lang.get(), days as usize),
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = super::browser::chosen_file(&ev) else {
            return;
        };
        wasm_bindgen_futures::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            match text.ok().and_then(|t| t.as_string()) {
                None => message.set(Some(app.t(Key::BackupReadFailed).to_string())),
                Some(text) => match decode_backup(&text) {
                    Ok(incoming) => {
                        let preview = app
                            .progress
                            .with_untracked(|p| p.import_preview(&incoming.progress));
                        message.set(None);
                        pending.set(Some((incoming, preview)));
                    }
                    Err(LoadError::Newer { .. }) => {
                        message.set(Some(app.t(Key::BackupNewer).to_string()))
                    }
                    Err(LoadError::Corrupt(_)) => {
                        message.set(Some(app.t(Key::BackupUnreadable).to_string()))
                    }
                },
            }
        });
    };
    // Either way, the file's decks this device lacks are added (a deck is never replaced).
    let import = move |replace: bool| {
        let Some((incoming, _)) = pending.get_untracked() else {
            return;
        };
        let (added, refused) = restore_decks(&incoming.decks);
        let done = if replace {
            app.replace_progress(incoming.progress);
            Key::BackupReplaced
        } else {
            app.change_progress(|p| p.merge(&incoming.progress));
            Key::BackupMerged
        };
        pending.set(None);
        let lang = app.lang.get_untracked();
        let mut said = app.t(done).to_string();
        if added > 0 {
            said = format!("{said} {}", messages::backup_decks_added(lang, added));
        }
        if refused > 0 {
            said = format!("{said} {}", messages::backup_decks_refused(lang, refused));
        }
        message.set(Some(said));
    };
    view! {
        <section class="backup" aria-labelledby="backup-title">
            <h2 id="backup-title">{tr(Key::BackupTitle)}</h2>
            <p>{tr(Key::BackupIntro)}</p>
            <p>{last}</p>
            <p>
                <button type="button" class="button" on:click=move |_| {
                    if download_backup().is_err() {
                        message.set(Some(app.t(Key::BackupDownloadFailed).to_string()));
                    }
                }>{tr(Key::BackupDownload)}</button>
            </p>
            <p>
                <label for="backup-file">{tr(Key::BackupImportLabel)}</label>
                <input id="backup-file" type="file" accept="application/json,.json" on:change=on_file/>
            </p>
            {move || pending.get().map(|(backup, preview)| view! {
                <div class="import-preview" role="status">
                    <p>{move || {
                        let lang = app.lang.get();
                        messages::backup_preview(
                            lang,
                            &messages::reviews(lang, preview.in_file),
                            &messages::new_ones(lang, preview.new),
                            &messages::reviews_missing(lang, preview.missing_from_file),
                        )
                    }}</p>
                    {(!backup.decks.is_empty()).then(|| {
                        let n = backup.decks.len();
                        view! { <p>{move || messages::backup_decks_in_file(app.lang.get(), n)}</p> }
                    })}
                    <button type="button" class="button" on:click=move |_| import(false)>{tr(Key::BackupMerge)}</button>
                    " "
                    <button type="button" class="danger" on:click=move |_| import(true)>{tr(Key::BackupReplace)}</button>
                    " "
                    <button type="button" on:click=move |_| pending.set(None)>{tr(Key::BackupCancel)}</button>
                </div>
            })}
            <p class="message" role="status">{move || message.get()}</p>
        </section>
    }
}

/// Adds the decks of a backup that this device lacks: how many were added, and how many were
/// refused (invalid, or another deck has their id). One already here is neither.
fn restore_decks(files: &[String]) -> (usize, usize) {
    use vigie_session::{AddError, DeckLibrary};
    if files.is_empty() {
        return (0, 0);
    }
    let mut library = DeckLibrary::with_visit(crate::LocalStore, Some(crate::VisitStore));
    let mut taken: Vec<String> = super::decks::all_decks()
        .iter()
        .map(|d| d.id.clone())
        .collect();
    let (mut added, mut refused) = (0, 0);
    for file in files {
        match library.add(file.as_bytes(), &taken, now_ms()) {
            Ok((deck, _)) => {
                taken.push(deck.id);
                added += 1;
            }
            Err(AddError::AlreadyThere) => {}
            Err(_) => refused += 1,
        }
    }
    (added, refused)
}

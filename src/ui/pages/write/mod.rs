//! The Write page (`write.html#/write`, a bundle of its own): a teacher turns an article into a checked deck.
//! The draft is the deck file's own fields ([`vigie_core::deck::draft`]); every change is
//! kept at once (a reload, a closed tab, another tab find it), can be undone, and is checked
//! by the same loader as any deck file, each problem beside the field it concerns.
//!
//! The page is in parts, one file each: the article and its source ([`source`]), the
//! entities and relations ([`entities`]), the facts ([`facts`]), and the check with its
//! preview ([`check`]); [`fields`] holds the inputs they share.

mod check;
mod entities;
mod facts;
mod fields;
mod source;

use crate::ui::browser::{download, now_ms};
use crate::ui::components::HEADING_ID;
use crate::ui::i18n::ClassKey;
use crate::ui::route::Route;
use crate::ui::state::{tr, use_app, AppState};
use crate::{LocalStore, VisitStore};
use leptos::prelude::*;
use vigie_core::builtin;
use vigie_core::deck::draft::{self, Draft, Editor};
use vigie_core::deck::{Deck, DeckError, DeckErrors, Section};
use vigie_session::{load_draft, save_draft, DeckLibrary, KeyValueStore};

/// The draft, its history, and what the page says about them: shared by every part.
#[derive(Clone, Copy)]
pub struct Writing {
    pub app: AppState,
    pub editor: RwSignal<Editor>,
    /// The draft as a deck file, written once per change: what is kept and what is checked.
    file: Memo<String>,
    /// The draft checked: the deck, or every problem.
    pub checked: Memo<Result<Deck, DeckErrors>>,
    /// What the last action did (kept, not kept, opened…), said in a status line.
    pub said: RwSignal<Option<String>>,
    /// The fact whose items the preview shows.
    pub previewed: RwSignal<Option<usize>>,
    /// Counts the changes not typed in a field (undo, redo, a draft opened or taken from
    /// another tab): fields that show their text in a form of their own read the draft again
    /// only then, so that typing in them is never rewritten under the caret.
    pub revision: RwSignal<u64>,
}

impl Writing {
    /// Changes the draft (see [`Editor::change`]) and keeps it.
    pub fn change(&self, field: Option<&str>, change: impl FnOnce(&mut Draft)) {
        self.editor.update(|e| {
            e.change(field, |d| {
                change(d);
                draft::sync_choices(d);
            })
        });
        self.keep();
    }

    /// Reads the draft.
    pub fn with<T>(&self, read: impl FnOnce(&Draft) -> T) -> T {
        self.editor.with(|e| read(e.draft()))
    }

    /// Stores the draft; a refusal is said (the draft stays on the page).
    fn keep(&self) {
        let kept = self
            .file
            .with_untracked(|file| save_draft(&LocalStore, file));
        let key = if kept.is_ok() {
            ClassKey::WriteKept
        } else {
            ClassKey::WriteNotKept
        };
        self.said
            .set(Some(key.text(self.app.lang.get_untracked()).to_string()));
    }

    /// The problems the loader finds in one field (`field`) of the entity, fact… whose id
    /// `id` reads from the draft (it changes as the teacher types it), in the interface
    /// language.
    pub fn problems(
        &self,
        section: Section,
        id: impl Fn(&Draft) -> String + Send + Sync + 'static,
        field: &'static str,
    ) -> Signal<Vec<String>> {
        let (checked, lang, editor) = (self.checked, self.app.lang, self.editor);
        Signal::derive(move || {
            let lang = lang.get();
            let id = editor.with(|e| id(e.draft()));
            checked.with(|c| match c {
                Ok(_) => Vec::new(),
                Err(errors) => errors
                    .0
                    .iter()
                    .filter(|e| {
                        matches!(e, DeckError::Invalid { section: s, id: i, field: f, .. }
                        if *s == section && *i == id && f == field)
                    })
                    .map(|e| crate::ui::i18n::deck_error(e, lang))
                    .collect(),
            })
        })
    }
}

#[component]
pub fn WritePage() -> impl IntoView {
    let app = use_app();
    // A kept draft that no longer reads (edited by hand) is offered for download before the
    // first change replaces it.
    let (start, damaged) = match load_draft(&LocalStore) {
        Some(Ok(draft)) => (draft, None),
        Some(Err(_)) => (
            draft::new_draft(),
            LocalStore.get(vigie_session::keys::DRAFT).ok().flatten(),
        ),
        None => (draft::new_draft(), None),
    };
    let editor = RwSignal::new(Editor::new(start));
    let file = Memo::new(move |_| editor.with(|e| draft::to_file(e.draft())));
    let checked = Memo::new(move |_| file.with(|f| Deck::from_file(f.as_bytes())));
    let writing = Writing {
        app,
        editor,
        file,
        checked,
        said: RwSignal::new(None),
        previewed: RwSignal::new(None),
        revision: RwSignal::new(0),
    };
    // Another tab changed the draft: take it, so that the two never undo each other's work
    // unseen.
    let other_tab = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() != Some(vigie_session::keys::DRAFT) {
            return;
        }
        if let Some(Ok(draft)) = load_draft(&LocalStore) {
            if editor.with_untracked(|e| e.draft() != &draft) {
                editor.update(|e| e.change(None, |d| *d = draft));
                writing.revision.update(|r| *r += 1);
                writing
                    .said
                    .set(Some(app.t(ClassKey::WriteOtherTab).to_string()));
            }
        }
    });
    on_cleanup(move || other_tab.remove());

    view! {
        <section class="page write-page">
            <h1 id=HEADING_ID tabindex="-1">{tr(ClassKey::WriteTitle)}</h1>
            <p class="note">{tr(ClassKey::WriteIntro)}</p>
            {damaged.map(|text| view! {
                <div class="notice" role="alert">
                    <p>{tr(ClassKey::WriteDamaged)}</p>
                    <button type="button" on:click=move |_| { let _ = download("brouillon-illisible.json", "application/json", &text); }>
                        {tr(ClassKey::WriteDownloadDamaged)}
                    </button>
                </div>
            })}
            <Toolbar writing/>
            <source::SourcePart writing/>
            <entities::EntitiesPart writing/>
            <entities::RelationsPart writing/>
            <facts::FactsPart writing/>
            <check::CheckPart writing/>
        </section>
    }
}

/// Undo, redo, new, open, download, use: always at hand.
#[component]
fn Toolbar(writing: Writing) -> impl IntoView {
    let Writing {
        app,
        editor,
        file,
        checked,
        said,
        revision,
        ..
    } = writing;
    let undo = move |_| {
        if editor.try_update(Editor::undo) == Some(true) {
            revision.update(|r| *r += 1);
            writing.keep();
        }
    };
    let redo = move |_| {
        if editor.try_update(Editor::redo) == Some(true) {
            revision.update(|r| *r += 1);
            writing.keep();
        }
    };
    let replace = move |draft: Draft| {
        editor.update(|e| e.change(None, |d| *d = draft));
        revision.update(|r| *r += 1);
        writing.keep();
    };
    let open = move |ev: leptos::ev::Event| {
        let Some(file) = crate::ui::browser::chosen_file(&ev) else {
            return;
        };
        wasm_bindgen_futures::spawn_local(async move {
            let bytes = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
            let bytes = bytes
                .map(|b| js_sys::Uint8Array::new(&b).to_vec())
                .unwrap_or_default();
            match draft::open_file(&bytes) {
                Ok(draft) => replace(draft),
                Err(errors) => {
                    let lang = app.lang.get_untracked();
                    let reasons: Vec<String> = errors
                        .0
                        .iter()
                        .map(|e| crate::ui::i18n::deck_error(e, lang))
                        .collect();
                    said.set(Some(format!(
                        "{} {}",
                        app.t(ClassKey::WriteOpenFailed),
                        reasons.join(" ")
                    )));
                }
            }
        });
    };
    let copy_builtin = move |_| {
        if let Ok(file) = vigie_core::deck::pack(builtin::DECK_JSON, builtin::ARTICLE_TEXT) {
            if let Ok(mut draft) = draft::open_file(file.as_bytes()) {
                // A copy: another id, so that it never takes the built-in deck's progress.
                draft.deck.id = format!("{}-copie", draft.deck.id);
                replace(draft);
            }
        }
    };
    let download_file = move |_| {
        let name = editor.with_untracked(|e| format!("{}.vigie.json", e.draft().deck.id));
        let key = match file.with_untracked(|f| download(&name, "application/json", f)) {
            Ok(()) if checked.with_untracked(Result::is_ok) => ClassKey::WriteDownloaded,
            Ok(()) => ClassKey::WriteDownloadedInvalid,
            Err(_) => ClassKey::WriteDownloadFailed,
        };
        said.set(Some(app.t(key).to_string()));
    };
    let use_deck = move |_| match file.with_untracked(|f| use_file(f)) {
        Ok(()) => {
            let target = Route::Study { sentence: None };
            let _ =
                window()
                    .location()
                    .assign(&format!("{}{}", target.bundle().file(), target.hash()));
        }
        Err(()) => said.set(Some(app.t(ClassKey::WriteCannotUse).to_string())),
    };
    let valid = move || checked.with(Result::is_ok);
    view! {
        <div class="write-toolbar" role="toolbar" aria-label=move || tr(ClassKey::WriteTools)()>
            <button type="button" on:click=undo disabled=move || !editor.with(Editor::can_undo)>{tr(ClassKey::WriteUndo)}</button>
            <button type="button" on:click=redo disabled=move || !editor.with(Editor::can_redo)>{tr(ClassKey::WriteRedo)}</button>
            <button type="button" on:click=move |_| replace(draft::new_draft())>{tr(ClassKey::WriteNew)}</button>
            <button type="button" on:click=copy_builtin>{tr(ClassKey::WriteCopyBuiltin)}</button>
            <label class="button-like">
                {tr(ClassKey::WriteOpen)}
                <input id="write-open" type="file" accept=".json,application/json" on:change=open/>
            </label>
            <button type="button" on:click=download_file>{tr(ClassKey::WriteDownload)}</button>
            <button type="button" class="button" on:click=use_deck disabled=move || !valid()>{tr(ClassKey::WriteUse)}</button>
        </div>
        <p class="write-said" role="status">{move || said.get()}</p>
    }
}

/// Adds the deck file to this device's decks, in place of an earlier version of the same
/// deck (same id and same article: its progress carries over), and makes it current. The new
/// file is added first, and the earlier versions go only once it is kept: a refusal, or a
/// deck kept for this visit only, loses nothing.
fn use_file(file: &str) -> Result<(), ()> {
    use vigie_session::{AddError, Added};
    let mut library = DeckLibrary::with_visit(LocalStore, Some(VisitStore));
    let deck = Deck::from_file(file.as_bytes()).map_err(|_| ())?;
    let (id, article) = (deck.id, deck.meta.title);
    let identity = vigie_core::deck::identity(file.as_bytes());
    let taken = [builtin::DECK_ID.to_string()];
    let kept = match library.add(file.as_bytes(), &taken, now_ms()) {
        Ok((_, Added::Kept)) | Err(AddError::AlreadyThere) => true,
        Ok((_, Added::ForThisVisit(_))) => false,
        Err(_) => return Err(()),
    };
    let earlier: Vec<String> = library
        .decks()
        .iter()
        .filter(|d| kept && d.identity != identity)
        .filter(|d| {
            library
                .deck(&d.identity)
                .and_then(Result::ok)
                .is_some_and(|d| d.id == id && d.meta.title == article)
        })
        .map(|d| d.identity.clone())
        .collect();
    for earlier in &earlier {
        // Kept if it cannot be removed: two versions listed is better than one lost.
        let _ = library.remove(earlier);
    }
    library.set_current(Some(&identity)).map_err(|_| ())
}

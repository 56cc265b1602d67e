//! The Decks page (`#/decks`): the built-in deck and the ones the learner added, the current
//! one marked; add one from a file (chosen or dropped), study another, download, remove.
//!
//! Every text of a deck comes from a stranger's file: it is only ever set as text, and its
//! link is shown only when the loader accepted it as an `http(s)` address.

use crate::ui::browser::{download, now_ms};
use crate::ui::components::HEADING_ID;
use crate::ui::i18n::{deck_error, messages, ClassKey, Key};
use crate::ui::route::Route;
use crate::ui::state::{tr, use_app, AppState};
use crate::{LocalStore, VisitStore};
use leptos::prelude::*;
use vigie_core::builtin;
use vigie_core::deck::{Deck, DeckError, DeckErrors, MAX_FILE_BYTES};
use vigie_core::render::megabytes;
use vigie_core::study;
use vigie_session::{AddError, Added, DeckLibrary};

/// The decks kept in localStorage, and for the visit in sessionStorage.
type Library = DeckLibrary<LocalStore, VisitStore>;

/// One row of the page.
#[derive(Clone)]
struct Row {
    /// `None` for the built-in deck.
    identity: Option<String>,
    deck: Result<&'static Deck, DeckErrors>,
    bytes: usize,
    this_visit_only: bool,
}

/// What the last addition said.
#[derive(Clone)]
enum Outcome {
    Added(String, bool),
    Refused(Vec<DeckError>),
    Message(String),
}

#[component]
pub fn DecksPage() -> impl IntoView {
    let app = use_app();
    let library = DeckLibrary::with_visit(LocalStore, Some(VisitStore));
    // Decks added by an older Vigie get the study copy the study pages read (the home page
    // sends the learner here when the current deck has none).
    library.write_compact_copies();
    let library = StoredValue::new(library);
    let rows = RwSignal::new(library.with_value(rows_of));
    let outcome = RwSignal::new(None::<Outcome>);
    let current = library.with_value(|l| l.current());
    let add = move |bytes: Vec<u8>| {
        let taken: Vec<String> = rows.with_untracked(|rows| {
            rows.iter()
                .filter_map(|r| r.deck.as_ref().ok().map(|d| d.id.clone()))
                .collect()
        });
        // The page was left before the file was read: nothing to add it to.
        let Some(result) = library.try_update_value(|l| l.add(&bytes, &taken, now_ms())) else {
            return;
        };
        let lang = app.lang.get_untracked();
        outcome.set(Some(match result {
            Ok((deck, added)) => {
                let title = deck.title.get(lang).to_string();
                Outcome::Added(title, matches!(added, Added::ForThisVisit(_)))
            }
            Err(AddError::Invalid(errors)) => Outcome::Refused(errors.0),
            Err(AddError::AlreadyThere) => {
                Outcome::Message(ClassKey::DecksAlreadyThere.text(lang).to_string())
            }
            Err(AddError::SameId { id }) => Outcome::Message(messages::decks_same_id(lang, &id)),
        }));
        rows.set(library.with_value(rows_of));
    };
    view! {
        <section class="page decks-page">
            <h1 id=HEADING_ID tabindex="-1">{tr(Key::NavDecks)}</h1>
            <p class="note">{tr(ClassKey::DecksIntro)}</p>
            <ul class="decks">
                {move || rows.get().into_iter().map(|row| row_view(app, library, rows, row, current.clone())).collect_view()}
            </ul>
            <FromLink add outcome/>
            <AddDeck add outcome/>
            <p class="write-link"><a class="button secondary" href=Route::Write.href()>{tr(Key::NavWrite)}</a>" "{tr(ClassKey::DecksWriteHint)}</p>
        </section>
    }
}

fn rows_of(library: &Library) -> Vec<Row> {
    let mut out = vec![Row {
        identity: None,
        deck: builtin::deck().map_err(Clone::clone),
        bytes: 0,
        this_visit_only: false,
    }];
    out.extend(library.decks().iter().map(|stored| Row {
        identity: Some(stored.identity.clone()),
        deck: kept(library, &stored.identity),
        bytes: stored.bytes,
        this_visit_only: stored.this_visit_only,
    }));
    out
}

/// An added deck, read and checked once per page load and then kept: the rows are listed
/// again after each addition or removal, the decks themselves are not read again.
fn kept(library: &Library, identity: &str) -> Result<&'static Deck, DeckErrors> {
    static READ: std::sync::Mutex<Vec<(String, &'static Deck)>> = std::sync::Mutex::new(Vec::new());
    let mut read = READ.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((_, deck)) = read.iter().find(|(i, _)| i == identity) {
        return Ok(deck);
    }
    let deck = library
        .deck(identity)
        .unwrap_or_else(|| Err(DeckErrors(vec![DeckError::NotText])))?;
    let deck: &'static Deck = Box::leak(Box::new(deck));
    read.push((identity.to_string(), deck));
    Ok(deck)
}

fn row_view(
    app: AppState,
    library: StoredValue<Library>,
    rows: RwSignal<Vec<Row>>,
    row: Row,
    current: Option<String>,
) -> impl IntoView {
    let is_current = row.identity == current;
    let confirming = RwSignal::new(false);
    // Whether removing also deletes the deck's progress (unchecked: kept, as the page says).
    let forget = RwSignal::new(false);
    let prefix = row.deck.as_ref().ok().and_then(|d| study::card_prefix(d));
    let identity = row.identity.clone();
    let study_this = {
        let identity = identity.clone();
        move |_| {
            let _ = library.try_update_value(|l| l.set_current(identity.as_deref()));
            // The study page reads the current deck once per load: load it again.
            let target = Route::Study { sentence: None };
            let _ =
                window()
                    .location()
                    .assign(&format!("{}{}", target.bundle().file(), target.hash()));
        }
    };
    let remove = {
        let (identity, prefix) = (identity.clone(), prefix.clone());
        move |_| {
            if let Some(identity) = &identity {
                let _ = library.try_update_value(|l| l.remove(identity));
                if let Some(prefix) = prefix.as_deref().filter(|_| forget.get_untracked()) {
                    let mut progress = app.progress.get_untracked();
                    progress.forget_cards(prefix);
                    app.replace_progress(progress);
                }
                rows.set(library.with_value(rows_of));
            }
        }
    };
    let reviews = Signal::derive(move || {
        prefix.as_deref().map_or(0, |prefix| {
            app.progress.with(|p| {
                p.log
                    .all()
                    .iter()
                    .filter(|r| r.card.starts_with(prefix))
                    .count()
            })
        })
    });
    let download_file = {
        let identity = identity.clone();
        move |_| {
            let file = identity
                .as_deref()
                .and_then(|i| library.with_value(|l| l.file(i)))
                .or_else(|| vigie_core::deck::pack(builtin::DECK_JSON, builtin::ARTICLE_TEXT).ok());
            let name = match row_deck_id(rows, identity.as_deref()) {
                Some(id) => format!("{id}.vigie.json"),
                None => "deck.vigie.json".to_string(),
            };
            if let Some(file) = file {
                let _ = download(&name, "application/json", &file);
            }
        }
    };
    let body = match &row.deck {
        Ok(deck) => deck_view(app, deck, &row).into_any(),
        Err(errors) => {
            let problems = errors.0.clone();
            view! {
                <p role="alert">{tr(ClassKey::DecksUnreadable)}</p>
                <ul>{move || problems.iter().map(|e| view! { <li>{deck_error(e, app.lang.get())}</li> }).collect_view()}</ul>
            }
            .into_any()
        }
    };
    let usable = row.deck.is_ok();
    let added = row.identity.is_some();
    view! {
        <li class="card deck" aria-current=is_current.then_some("true")>
            {body}
            <p class="actions">
                {if is_current {
                    view! { <strong class="current-deck">{tr(ClassKey::DecksCurrent)}</strong> }.into_any()
                } else if usable {
                    view! { <button type="button" class="button primary" on:click=study_this>{tr(ClassKey::DecksStudyThis)}</button> }.into_any()
                } else {
                    ().into_any()
                }}
                " "
                {usable.then(|| view! { <button type="button" on:click=download_file>{tr(ClassKey::DecksDownload)}</button> })}
                " "
                {added.then(|| view! {
                    <button type="button" on:click=move |_| confirming.set(true) aria-expanded=move || confirming.get().to_string()>{tr(ClassKey::DecksRemove)}</button>
                })}
            </p>
            <Show when=move || confirming.get()>
                <div class="confirm" role="group">
                    <p>{tr(ClassKey::DecksRemoveConfirm)}</p>
                    <p>
                        <label>
                            <input type="checkbox" prop:checked=move || forget.get()
                                on:change=move |ev| forget.set(event_target_checked(&ev))/>
                            " "{move || messages::decks_forget_progress(app.lang.get(), reviews.get())}
                        </label>
                    </p>
                    <button type="button" class="button danger" on:click=remove.clone()>{tr(ClassKey::DecksRemove)}</button>" "
                    <button type="button" on:click=move |_| confirming.set(false)>{tr(ClassKey::DecksCancel)}</button>
                </div>
            </Show>
        </li>
    }
}

fn row_deck_id(rows: RwSignal<Vec<Row>>, identity: Option<&str>) -> Option<String> {
    rows.with_untracked(|rows| {
        rows.iter()
            .find(|r| r.identity.as_deref() == identity)
            .and_then(|r| r.deck.as_ref().ok().map(|d| d.id.clone()))
    })
}

/// A deck's title, source and figures, all as text.
fn deck_view(app: AppState, deck: &'static Deck, row: &Row) -> impl IntoView {
    let cards = study::cards(deck);
    let card_count = cards.len();
    // One pass over the log (it may hold 100,000 reviews), not one per card.
    let studied = move || {
        app.progress.with(|p| {
            let reviewed: std::collections::HashSet<&str> =
                p.log.effective().map(|r| r.card.as_str()).collect();
            cards
                .iter()
                .filter(|c| reviewed.contains(c.id.as_str()))
                .count()
        })
    };
    let source = move || crate::ui::decks::source_line(deck, app.lang.get());
    let bytes = row.bytes;
    let builtin = row.identity.is_none();
    let this_visit_only = row.this_visit_only;
    view! {
        <h2 lang=deck.language.code()>{move || deck.title.get(app.lang.get()).to_string()}</h2>
        <p class="deck-article" lang=deck.language.code()>{deck.meta.title.clone()}</p>
        <p class="note">{source}</p>
        <p>{move || messages::decks_summary(app.lang.get(), deck.facts.len(), card_count, studied())}</p>
        <p class="note">{move || if builtin { tr(ClassKey::DecksBuiltIn)().to_string() } else { size_text(bytes, app.lang.get()) }}</p>
        {this_visit_only.then(|| view! { <p role="status">{tr(ClassKey::DecksThisVisit)}</p> })}
        {deck.meta.url.clone().map(|url| view! {
            <p><a href=url target="_blank" rel="noopener noreferrer">{tr(ClassKey::DecksOriginal)}</a></p>
        })}
    }
}

/// The file chooser and the drop zone, and what the last addition said.
#[component]
fn AddDeck(
    add: impl Fn(Vec<u8>) + Copy + Send + Sync + 'static,
    outcome: RwSignal<Option<Outcome>>,
) -> impl IntoView {
    let app = use_app();
    let read = move |file: web_sys::File| {
        let lang = app.lang.get_untracked();
        // A file past the limit is refused before it is read: the page never freezes on it.
        if file.size() > MAX_FILE_BYTES as f64 {
            let size = megabytes(file.size() as usize, lang);
            outcome.set(Some(Outcome::Message(messages::decks_too_large(
                lang, &size,
            ))));
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => add(js_sys::Uint8Array::new(&buffer).to_vec()),
                Err(_) => outcome.set(Some(Outcome::Message(
                    Key::BackupReadFailed.text(lang).to_string(),
                ))),
            }
        });
    };
    let chosen = move |ev: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            input.set_value("");
            read(file);
        }
    };
    let dropped = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        match ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            Some(file) => read(file),
            None => outcome.set(Some(Outcome::Message(
                ClassKey::DecksNotFile
                    .text(app.lang.get_untracked())
                    .to_string(),
            ))),
        }
    };
    view! {
        <section class="add-deck" aria-labelledby="add-deck-title">
            <h2 id="add-deck-title">{tr(ClassKey::DecksAdd)}</h2>
            <div class="drop-zone" on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=dropped>
                <label for="deck-file">{tr(ClassKey::DecksChoose)}</label>
                <input id="deck-file" type="file" accept=".json,application/json" on:change=chosen/>
                <p class="note">{tr(ClassKey::DecksDrop)}</p>
            </div>
            {move || outcome.get().map(|o| match o {
                Outcome::Added(title, this_visit) => view! {
                    <p role="status">{messages::decks_added(app.lang.get(), &title)}</p>
                    {this_visit.then(|| view! { <p role="status">{tr(ClassKey::DecksThisVisit)}</p> })}
                }.into_any(),
                Outcome::Refused(errors) => view! {
                    <div role="alert" class="refused">
                        <p>{tr(ClassKey::DecksRefused)}</p>
                        <ul>{errors.iter().map(|e| { let e = e.clone(); view! { <li>{move || deck_error(&e, app.lang.get())}</li> } }).collect_view()}</ul>
                    </div>
                }.into_any(),
                Outcome::Message(text) => view! { <p role="alert">{text}</p> }.into_any(),
            })}
        </section>
    }
}

/// A file's size in the unit that says something: kilobytes below a megabyte.
fn size_text(bytes: usize, lang: vigie_core::lang::Lang) -> String {
    if bytes < 1_000_000 {
        messages::decks_size_kb(lang, bytes.div_ceil(1000))
    } else {
        messages::decks_size(lang, &megabytes(bytes, lang))
    }
}

/// `#/decks/add?url=…`: a deck file offered by a link, fetched from that address only once
/// the learner confirms (the address is shown first, as text).
#[component]
fn FromLink(
    add: impl Fn(Vec<u8>) + Copy + Send + Sync + 'static,
    outcome: RwSignal<Option<Outcome>>,
) -> impl IntoView {
    let app = use_app();
    let hash = crate::ui::state::current_hash();
    let url = hash
        .starts_with("#/decks/add")
        .then(|| crate::ui::route::query_param(&hash, "url"))
        .flatten();
    let open = RwSignal::new(url.is_some());
    let fetching = RwSignal::new(false);
    let url = StoredValue::new(url.unwrap_or_default());
    let fetch = move |_| {
        let address = url.get_value();
        let lang = app.lang.get_untracked();
        if !(address.starts_with("https://") || address.starts_with("http://")) {
            outcome.set(Some(Outcome::Message(
                ClassKey::DecksLinkNotWeb.text(lang).to_string(),
            )));
            open.set(false);
            return;
        }
        fetching.set(true);
        wasm_bindgen_futures::spawn_local(async move {
            let said = fetch_file(&address, lang).await;
            fetching.set(false);
            open.set(false);
            match said {
                Ok(bytes) => add(bytes),
                Err(message) => outcome.set(Some(Outcome::Message(message))),
            }
        });
    };
    view! {
        <Show when=move || open.get()>
            <div class="card from-link" role="group" aria-labelledby="from-link-title">
                <h2 id="from-link-title">{tr(ClassKey::DecksLinkTitle)}</h2>
                <p>{tr(ClassKey::DecksLinkAsk)}</p>
                <p><code class="address">{url.get_value()}</code></p>
                <p class="actions">
                    <button type="button" class="button primary" on:click=fetch disabled=move || fetching.get()>{tr(ClassKey::DecksLinkFetch)}</button>" "
                    <button type="button" on:click=move |_| open.set(false)>{tr(ClassKey::DecksCancel)}</button>
                </p>
            </div>
        </Show>
    }
}

/// The bytes at `address`, or why there are none, in words.
async fn fetch_file(address: &str, lang: vigie_core::lang::Lang) -> Result<Vec<u8>, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let unreachable = || ClassKey::DecksLinkUnreachable.text(lang).to_string();
    let response = JsFuture::from(window().fetch_with_str(address))
        .await
        .map_err(|_| unreachable())?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| unreachable())?;
    if !response.ok() {
        return Err(messages::decks_link_status(lang, response.status()));
    }
    let length = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|l| l.parse::<usize>().ok());
    if let Some(length) = length.filter(|&l| l > MAX_FILE_BYTES) {
        return Err(messages::decks_too_large(lang, &megabytes(length, lang)));
    }
    let buffer = response.array_buffer().map_err(|_| unreachable())?;
    let buffer = JsFuture::from(buffer).await.map_err(|_| unreachable())?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

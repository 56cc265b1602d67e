//! Choose a format, see what it leaves out, download: the export of a deck or of a quiz.
//!
//! The file is written by the core ([`vigie_core::export`]) as the choices change, so the
//! teacher sees before downloading which questions the format cannot hold, and why.

use crate::ui::browser::download_bytes;
use crate::ui::i18n::{format_key, kind_key, messages, ClassKey, Key};
use crate::ui::state::{tr, use_app};
use leptos::prelude::*;
use vigie_core::deck::Deck;
use vigie_core::export::{export, Format, LeftOut, Options, Reason};
use vigie_core::generate::Item;
use vigie_core::lang::Lang;

/// The export form for `items`, in the interface's language.
#[component]
pub fn ExportPanel(
    deck: &'static Deck,
    items: Signal<Vec<Item>>,
    formats: &'static [Format],
    /// The file's name without its ending.
    stem: Signal<String>,
    /// The quiz code, for a quiz.
    #[prop(optional)]
    code: Option<String>,
) -> impl IntoView {
    let app = use_app();
    let format = RwSignal::new(formats[0]);
    let anki_lang = RwSignal::new(app.lang.get_untracked());
    let status = RwSignal::new(None::<String>);
    let file = Memo::new(move |_| {
        items.with(|items| {
            export(
                format.get(),
                items,
                &Options {
                    deck,
                    lang: app.lang.get(),
                    anki_lang: anki_lang.get(),
                    code: code.as_deref(),
                    stem: &stem.get(),
                },
            )
        })
    });
    let kept = move || items.with(Vec::len) - file.with(|f| f.left_out.len());
    let download = move |_| {
        let lang = app.lang.get_untracked();
        status.set(Some(file.with_untracked(|f| {
            match download_bytes(&f.file_name, f.mime, &f.bytes) {
                Ok(()) => messages::export_done(lang, &f.file_name),
                Err(_) => Key::BackupDownloadFailed.text(lang).to_string(),
            }
        })));
    };
    let choices = formats
        .iter()
        .map(|&f| {
            view! {
                <label class="format-choice">
                    <input type="radio" name="export-format" value=f.name()
                        prop:checked=move || format.get() == f
                        on:change=move |_| { format.set(f); status.set(None); }/>
                    <span>{tr(format_key(f))}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <div class="export-panel">
            <fieldset>
                <legend>{tr(ClassKey::ExportFormat)}</legend>
                {choices}
            </fieldset>
            <Show when=move || format.get() == Format::Anki>
                <p>
                    <label for="anki-lang">{tr(ClassKey::ExportAnkiLang)}</label>" "
                    <select id="anki-lang" aria-describedby="anki-lang-help"
                        on:change=move |ev| anki_lang.set(if event_target_value(&ev) == "en" { Lang::En } else { Lang::Fr })>
                        <option value="fr" selected=anki_lang.get_untracked() == Lang::Fr>{tr(ClassKey::ExportAnkiFrench)}</option>
                        <option value="en" selected=anki_lang.get_untracked() == Lang::En>{tr(ClassKey::ExportAnkiEnglish)}</option>
                    </select>
                </p>
                <p class="note" id="anki-lang-help">{tr(ClassKey::ExportAnkiLangHelp)}</p>
            </Show>
            <p>{move || if kept() == 0 { tr(ClassKey::ExportNothing)().to_string() } else { messages::export_count(app.lang.get(), kept()) }}</p>
            {move || left_out_view(file.with(|f| f.left_out.clone()), items)}
            <p>
                <button type="button" class="button primary" on:click=download disabled=move || kept() == 0>
                    {tr(ClassKey::ExportDownload)}" "{move || file.with(|f| f.file_name.clone())}
                </button>
            </p>
            <p role="status">{move || status.get()}</p>
        </div>
    }
}

/// Left-out questions listed open up to this many.
const FOLD_AFTER: usize = 5;

/// The questions a format leaves out, each with its reason.
fn left_out_view(left_out: Vec<LeftOut>, items: Signal<Vec<Item>>) -> Option<impl IntoView> {
    let app = use_app();
    (!left_out.is_empty()).then(|| {
        let count = left_out.len();
        let rows = left_out
            .into_iter()
            .map(|l| {
                let prompt = items.with_untracked(|items| {
                    items
                        .iter()
                        .find(|i| i.id == l.item_id)
                        .map(|i| i.prompt.clone())
                });
                view! {
                    <li>
                        {move || prompt.as_ref().map(|p| p.get(app.lang.get()).to_string()).unwrap_or_default()}
                        " — "
                        <em>{move || reason_text(l.reason, app.lang.get())}</em>
                    </li>
                }
            })
            .collect_view();
        // A long list is folded: its count stays in view.
        view! {
            <details class="left-out" open=count <= FOLD_AFTER>
                <summary>{move || messages::export_left_out(app.lang.get(), count)}</summary>
                <ul>{rows}</ul>
            </details>
        }
    })
}

fn reason_text(reason: Reason, lang: Lang) -> String {
    match reason {
        Reason::Kind(kind) => messages::left_out_kind(lang, kind_key(kind).text(lang)),
        Reason::QuestionTooLong { limit } => messages::left_out_question_long(lang, limit),
        Reason::AnswerTooLong { limit } => messages::left_out_answer_long(lang, limit),
        Reason::TooFewPairs { needed } => messages::left_out_few_pairs(lang, needed),
        Reason::SelfGraded => ClassKey::LeftOutSelfGraded.text(lang).to_string(),
    }
}

//! The check: every problem the loader finds (the same as a learner's device will), and, for
//! the fact being edited, every item the generator makes from it in both languages with what
//! the quality linter says of them.

use super::Writing;
use crate::ui::i18n::{deck_error, kind_key, messages, rule_key, ClassKey};
use crate::ui::state::tr;
use leptos::prelude::*;
use vigie_core::generate::lint::lint;
use vigie_core::lang::Lang;
use vigie_core::quiz::right_answer;

#[component]
pub fn CheckPart(writing: Writing) -> impl IntoView {
    let Writing {
        app,
        checked,
        previewed,
        ..
    } = writing;
    let summary = move || {
        let lang = app.lang.get();
        checked.with(|c| match c {
            Ok(deck) => {
                messages::write_valid(lang, deck.facts.len(), vigie_core::study::cards(deck).len())
            }
            Err(errors) => messages::write_problems(lang, errors.0.len()),
        })
    };
    let problems = move || {
        let lang = app.lang.get();
        checked.with(|c| match c {
            Ok(_) => Vec::new(),
            Err(errors) => errors
                .0
                .iter()
                .map(|e| deck_error(e, lang))
                .collect::<Vec<_>>(),
        })
    };
    // The fact being previewed, by id (the report keys items and findings by fact id).
    let fact_id = move || {
        previewed
            .get()
            .and_then(|i| writing.with(|d| d.facts.get(i).map(|f| f.id.clone())))
    };
    let preview = move || {
        let id = fact_id()?;
        let lang = app.lang.get();
        checked.with(|c| {
            let Ok(deck) = c else {
                return Some(view! { <p>{tr(ClassKey::WritePreviewNeedsValid)}</p> }.into_any());
            };
            let report = lint(deck, 0);
            let items: Vec<_> = report.kept.iter().filter(|item| item.fact_ids.contains(&id)).collect();
            // Each finding: what its rule means, in the reader's language, then the linter's own
            // detail (in English, as `vigie-cli lint` prints it).
            let findings: Vec<(&str, String)> = report
                .dropped
                .iter()
                .chain(&report.findings)
                // Items are named `kind:fact-id…`: the fact's own, not `fait-10`'s for `fait-1`.
                .filter(|f| f.at == id || f.at.split(':').any(|part| part == id))
                .map(|f| (rule_key(f.rule).text(lang), f.detail.clone()))
                .collect();
            let rows = items
                .iter()
                .map(|item| {
                    let side = |l: Lang| {
                        view! {
                            <td lang=l.code()>{item.prompt.get(l).to_string()}<br/><strong>{right_answer(item, l)}</strong></td>
                        }
                    };
                    view! { <tr><th scope="row">{kind_key(item.kind).text(lang)}</th>{side(Lang::Fr)}{side(Lang::En)}</tr> }
                })
                .collect_view();
            Some(view! {
                <p>{messages::write_items_of_fact(lang, &id, &messages::questions(lang, items.len()))}</p>
                <table class="write-preview">
                    <thead><tr><th scope="col">{tr(ClassKey::WriteKind)}</th><th scope="col">"Français"</th><th scope="col">"English"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
                {(!findings.is_empty()).then(|| view! {
                    <h3>{tr(ClassKey::WriteFindings)}</h3>
                    <ul>{findings.into_iter().map(|(rule, detail)| view! {
                        <li>{rule}" "<span class="note" lang="en">"("{detail}")"</span></li>
                    }).collect_view()}</ul>
                })}
            }
            .into_any())
        })
    };
    view! {
        <section class="write-part" aria-labelledby="write-check">
            <h2 id="write-check">{tr(ClassKey::WriteCheck)}</h2>
            <p class="write-summary" role="status">{summary}</p>
            <ul class="write-problems">
                {move || problems().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
            </ul>
            <h3 id="write-preview" tabindex="-1">{tr(ClassKey::WritePreviewTitle)}</h3>
            {move || preview().unwrap_or_else(|| view! { <p class="note">{tr(ClassKey::WritePreviewNone)}</p> }.into_any())}
        </section>
    }
}

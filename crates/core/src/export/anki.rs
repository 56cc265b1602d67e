//! Anki's text import: a header that sets everything (Anki asks nothing), then one note a row.
//!
//! Flashcards and other questions become Basic notes (front, back); cloze items become Cloze
//! notes (`{{c1::…}}`). Anki names its standard note types in the collection's language, and
//! a file naming one the collection lacks imports nothing or loses the back, so the names
//! follow [`Options::anki_lang`]. The file never sends `#columns:` (which renames nothing
//! and, on a French collection, maps fields wrongly), and quotes every field: Anki skips a row
//! that begins with `#`.

use super::text::{html, parts, sources_html};
use super::Options;
use crate::generate::{Answer, Item, BLANK};
use crate::lang::Lang;
use crate::quiz::right_answer;

/// Anki's standard note types in the collection's language: (basic, cloze).
pub(super) fn note_types(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Fr => ("Basique", "Texte à trous"),
        Lang::En => ("Basic", "Cloze"),
    }
}

pub(super) fn write(items: &[Item], options: &Options) -> String {
    let (basic, cloze) = note_types(options.anki_lang);
    let deck = format!(
        "Vigie::{}",
        options.deck.title.get(options.lang).replace("::", ":")
    );
    let mut out = format!(
        "#separator:tab\n#html:true\n#notetype column:1\n#deck:{}\n#tags column:4\n",
        super::text::one_line(&deck)
    );
    for item in items {
        let sources = sources_html(item, options);
        let (note_type, front, back) = match cloze_text(item, options.lang) {
            Some(text) => (cloze, text, sources),
            None => (
                basic,
                front(item, options.lang),
                back(item, options.lang, &sources),
            ),
        };
        let row = [note_type.to_string(), front, back, tags(item)];
        let row: Vec<String> = row.iter().map(|f| field(f)).collect();
        out.push_str(&row.join("\t"));
        out.push('\n');
    }
    out
}

/// The sentence with its blank as Anki's cloze deletion, when the item is a cloze.
fn cloze_text(item: &Item, lang: Lang) -> Option<String> {
    let Answer::Cloze { text, blank, .. } = &item.answer else {
        return None;
    };
    let (before, after) = text.get(lang).split_once(BLANK)?;
    // `::` would start a hint and `}}` end the deletion: written as entities, Anki shows them
    // as typed but its cloze parser does not see them.
    let answer = html(blank.get(lang))
        .replace(':', "&#58;")
        .replace('}', "&#125;");
    Some(format!(
        "{}{{{{c1::{answer}}}}}{}",
        html(before),
        html(after)
    ))
}

fn front(item: &Item, lang: Lang) -> String {
    let mut out = html(item.prompt.get(lang));
    let parts = parts(item, lang);
    if !parts.is_empty() {
        out.push_str("<ul>");
        for part in parts {
            out.push_str(&format!("<li>{}</li>", html(&part)));
        }
        out.push_str("</ul>");
    }
    out
}

fn back(item: &Item, lang: Lang, sources: &str) -> String {
    format!("{}<br><br>{sources}", html(&right_answer(item, lang)))
}

/// `vigie::topic::…` and `vigie::category::…`: Anki's hierarchical tags, all under one
/// `vigie` branch, so that a learner can study one topic and find the deck's tags together.
fn tags(item: &Item) -> String {
    let topics = item
        .topics
        .iter()
        .map(|t| format!("vigie::topic::{}", tag(t)));
    let categories = item
        .categories
        .iter()
        .map(|c| format!("vigie::category::{}", c.name()));
    topics.chain(categories).collect::<Vec<_>>().join(" ")
}

/// A tag has no spaces.
fn tag(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join("_")
}

/// A field in double quotes (inner quotes doubled), on one line: a line break is `<br>`.
fn field(text: &str) -> String {
    let text = text
        .replace("\r\n", "<br>")
        .replace(['\n', '\r'], "<br>")
        .replace('\t', " ");
    format!("\"{}\"", text.replace('"', "\"\""))
}

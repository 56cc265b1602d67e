//! Words every format shares: the question with its parts, the quotes in each language's
//! typography, HTML escaping.

use super::{sources, Options};
use crate::deck::Text;
use crate::generate::{category_name, Answer, Item};
use crate::lang::Lang;
use crate::quiz::letter;
use crate::typography::{enclose, inner, quoted};

/// `&`, `<`, `>` and `"` as HTML entities: deck text is text, never markup.
pub(super) fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// "Source:" in the language's typography.
pub(super) fn source_word(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "Source\u{a0}:",
        Lang::En => "Source:",
    }
}

/// The parts of a question besides its prompt, one a line: the options of a multiple-choice
/// question ("A. …"), the two columns of a matching one, the events to order, the statements
/// and groups to sort. A format with no structure for them shows them as text.
pub(super) fn parts(item: &Item, lang: Lang) -> Vec<String> {
    let texts = |v: &[Text]| {
        v.iter()
            .map(|t| t.get(lang).to_string())
            .collect::<Vec<_>>()
    };
    let lettered = |v: &[Text]| {
        v.iter()
            .enumerate()
            .map(|(i, t)| format!("{}. {}", letter(i), t.get(lang)))
            .collect::<Vec<_>>()
    };
    match &item.answer {
        Answer::MultipleChoice { options, .. } => lettered(options),
        Answer::Matching { left, right, .. } => {
            let mut out = texts(left);
            out.extend(lettered(right));
            out
        }
        Answer::Ordering { events, .. } => lettered(events),
        Answer::Categorize {
            statements,
            categories,
            ..
        } => {
            let mut out = texts(statements);
            out.extend(
                categories
                    .iter()
                    .enumerate()
                    .map(|(i, c)| format!("{}. {}", letter(i), category_name(*c).get(lang))),
            );
            out
        }
        _ => Vec::new(),
    }
}

/// The question and its parts on one line, for formats of one line per card.
pub(super) fn question_line(item: &Item, lang: Lang) -> String {
    let mut out = item.prompt.get(lang).to_string();
    for part in parts(item, lang) {
        out.push_str(" — ");
        out.push_str(&part);
    }
    out
}

/// Every quote of an item and its sentence, as plain text: `Source : « … » (« … »)`.
pub(super) fn sources_line(item: &Item, options: &Options) -> String {
    let lang = options.lang;
    sources(item, options.deck)
        .iter()
        .map(|s| {
            let quotes: Vec<String> = s.quotes.iter().map(|q| quoted(q, lang)).collect();
            let mut line = format!("{} {}", source_word(lang), quotes.join(", "));
            if let Some(sentence) = &s.sentence {
                line.push_str(&format!(" ({})", quoted(sentence, lang)));
            }
            line
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every quote of an item within its sentence, as HTML: the sentence once, each quote in
/// bold where it stands (or after it, when the quote spans sentences).
pub(super) fn sources_html(item: &Item, options: &Options) -> String {
    let lang = options.lang;
    sources(item, options.deck)
        .iter()
        .map(|s| {
            // Typeset before the HTML is built: the marks depend on the text around them.
            let body = match s.sentence.as_deref().map(|s| inner(s, lang)) {
                Some(sentence) => {
                    // Each quote's place in the sentence; overlapping ones make one bold run.
                    let mut runs: Vec<(usize, usize)> = Vec::new();
                    let mut outside = Vec::new();
                    for quote in s.quotes.iter().map(|q| inner(q, lang)) {
                        match sentence.find(quote.as_str()) {
                            Some(at) => runs.push((at, at + quote.len())),
                            None => outside.push(format!("<b>{}</b>", html(&quote))),
                        }
                    }
                    crate::sort::sort(&mut runs);
                    let mut merged: Vec<(usize, usize)> = Vec::new();
                    for (a, b) in runs {
                        match merged.last_mut() {
                            Some(last) if a <= last.1 => last.1 = last.1.max(b),
                            _ => merged.push((a, b)),
                        }
                    }
                    let mut body = String::new();
                    let mut at = 0;
                    for (a, b) in merged {
                        body.push_str(&html(&sentence[at..a]));
                        body.push_str(&format!("<b>{}</b>", html(&sentence[a..b])));
                        at = b;
                    }
                    body.push_str(&html(&sentence[at..]));
                    if outside.is_empty() {
                        body
                    } else {
                        format!("{} ({body})", outside.join(", "))
                    }
                }
                None => s
                    .quotes
                    .iter()
                    .map(|q| format!("<b>{}</b>", html(&inner(q, lang))))
                    .collect::<Vec<_>>()
                    .join(", "),
            };
            format!("{} {}", source_word(lang), enclose(&body, lang))
        })
        .collect::<Vec<_>>()
        .join("<br>")
}

/// Plain text on one line: tabs and line breaks become spaces.
pub(super) fn one_line(text: &str) -> String {
    text.split(['\t', '\n', '\r'])
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first `limit` characters of `text`, with "…" when it was longer: for titles only,
/// never for a question's own text.
pub(super) fn shortened(text: &str, limit: usize) -> String {
    match text.char_indices().nth(limit) {
        Some((at, _)) => format!("{}…", text[..at].trim_end()),
        None => text.to_string(),
    }
}

/// Accepted forms once each, trimmed, compared without case (as Moodle and GIFT compare),
/// each followed by the form a keyboard types: those tools compare characters exactly, and a
/// student types `'` for `’` and a space for a non-breaking one.
pub(super) fn distinct<'a>(forms: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for form in forms {
        for form in [form.trim().to_string(), typeable(form)] {
            let key = form.to_lowercase();
            if !key.is_empty() && !out.iter().any(|o| o.to_lowercase() == key) {
                out.push(form);
            }
        }
    }
    out
}

/// A form as typed on a keyboard: straight apostrophes and quotes, plain spaces, no French
/// quotation marks around it.
fn typeable(form: &str) -> String {
    let plain: String = form
        .chars()
        .map(|c| match c {
            '’' | '‘' => '\'',
            '“' | '”' => '"',
            '\u{a0}' | '\u{202f}' => ' ',
            c => c,
        })
        .collect();
    plain
        .trim_matches(|c: char| c == '«' || c == '»' || c.is_whitespace())
        .to_string()
}

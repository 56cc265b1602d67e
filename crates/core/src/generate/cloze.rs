//! Cloze: the article's words with the key words blanked. The key words are the fact's object
//! where the quote names it, else the most telling word of the object, else of the quote.

use super::context::Context;
use super::item::{Answer, Item, ItemKind};
use super::phrases;
use crate::article::collapse_whitespace;
use crate::case::lowercase;
use crate::deck::{Fact, Value};
use crate::lang::Lang;
use crate::render;

pub const BLANK: &str = "_____";

/// The fact's quote with its key words blanked, when some can be found in it.
pub fn cloze(cx: &Context, fact: &Fact) -> Option<Item> {
    let quote = collapse_whitespace(&fact.quote);
    let blank = key_words(cx, fact, &quote)?;
    let text = blank_out(&with_context(cx, fact, &quote), &blank);
    let answer = Answer::Cloze {
        text: text.clone(),
        blank,
    };
    Some(cx.item(
        format!("cloze:{}", fact.id),
        ItemKind::Cloze,
        phrases::cloze(&text),
        answer,
        &[fact],
    ))
}

/// The words of `quote` to blank.
fn key_words(cx: &Context, fact: &Fact, quote: &str) -> Option<String> {
    let object = render::value(cx.deck, &fact.object, Lang::Fr);
    let mut candidates: Vec<String> = Vec::new();
    match &fact.object {
        Value::Number { value, .. } => {
            candidates.push(render::number(*value, Lang::Fr).replace('\u{a0}', " "));
            candidates.push(value.to_string());
        }
        Value::Date(d) => candidates.push(d.year.to_string()),
        _ => {
            let object = object.trim_matches(['«', '»', '"', '“', '”', '\u{a0}', ' ']);
            candidates.push(strip_article(object).to_string());
            // "LREM (La République en marche)": each part on its own.
            if let Some((name, gloss)) = object.split_once(" (") {
                candidates.push(strip_article(name).to_string());
                candidates.push(strip_article(gloss.trim_end_matches(')')).to_string());
            }
            candidates.extend(longest_words(object, 5, ""));
        }
    }
    let subject = cx
        .deck
        .entity(&fact.subject)
        .map(|e| lowercase(&e.name.fr))
        .unwrap_or_default();
    // Else a name the quote contains (whole, not one of its words), else its longest word.
    let mut names: Vec<String> = cx
        .deck
        .entities
        .iter()
        .filter(|e| e.id != fact.subject)
        .map(|e| strip_article(&e.name.fr).to_string())
        .filter(|n| n.contains(' ') && quote.contains(n.as_str()))
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    candidates.extend(names);
    candidates.extend(longest_words(quote, 6, &subject));
    candidates
        .into_iter()
        .filter(|c| !c.trim().is_empty() && c.split_whitespace().count() <= 6)
        .find_map(|c| find_word(quote, &c).or_else(|| find_word(quote, &render::capitalize(&c))))
}

/// Words of context the quote is shown with when it is short, so that the blank can be
/// worked out from the sentence around it.
const CONTEXT_WORDS: usize = 8;
const SHORT_QUOTE_WORDS: usize = 10;

/// The quote, with up to `CONTEXT_WORDS` of its sentence on each side when it is short.
fn with_context(cx: &Context, fact: &Fact, quote: &str) -> String {
    if quote.split_whitespace().count() >= SHORT_QUOTE_WORDS {
        return quote.to_string();
    }
    let sentences: Vec<&str> = fact
        .sentences
        .iter()
        .filter_map(|&s| cx.deck.article.sentences.get(s).map(String::as_str))
        .collect();
    let text = sentences.join(" ");
    let Some(at) = text.find(quote) else {
        return quote.to_string();
    };
    let before: Vec<&str> = text[..at].split_whitespace().collect();
    let after: Vec<&str> = text[at + quote.len()..].split_whitespace().collect();
    let glued_before = !text[..at].ends_with(char::is_whitespace) && !before.is_empty();
    let glued_after =
        !text[at + quote.len()..].starts_with(char::is_whitespace) && !after.is_empty();
    let mut out = String::new();
    let skip = before.len().saturating_sub(CONTEXT_WORDS);
    if skip > 0 {
        out.push_str("… ");
    }
    out.push_str(&before[skip..].join(" "));
    if !before.is_empty() && !glued_before {
        out.push(' ');
    }
    out.push_str(quote);
    let take = after.len().min(CONTEXT_WORDS);
    if take > 0 && !glued_after {
        out.push(' ');
    }
    out.push_str(&after[..take].join(" "));
    if take < after.len() {
        out.push_str(" …");
    }
    out
}

fn strip_article(text: &str) -> &str {
    for article in [
        "le ", "la ", "les ", "l’", "l'", "un ", "une ", "des ", "d’", "de ",
    ] {
        if let Some(rest) = text.strip_prefix(article) {
            return rest;
        }
    }
    text
}

/// Words of at least `min` letters that `exclude` does not contain, longest first.
fn longest_words(text: &str, min: usize, exclude: &str) -> Vec<String> {
    let mut words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.chars().count() >= min && !exclude.contains(&lowercase(w)))
        .collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    words.into_iter().map(str::to_string).collect()
}

/// `needle` in `haystack` as whole words.
fn find_word(haystack: &str, needle: &str) -> Option<String> {
    if needle.is_empty() {
        return None;
    }
    let mut from = 0;
    while let Some(at) = haystack[from..].find(needle) {
        let start = from + at;
        let end = start + needle.len();
        let before = haystack[..start].chars().last();
        let after = haystack[end..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return Some(needle.to_string());
        }
        from = end;
    }
    None
}

/// Every whole-word occurrence of `words` replaced by the blank.
fn blank_out(quote: &str, words: &str) -> String {
    let mut out = String::new();
    let mut rest = quote;
    while let Some(at) = rest.find(words) {
        let end = at + words.len();
        let before = rest[..at].chars().last().or(out.chars().last());
        let after = rest[end..].chars().next();
        out.push_str(&rest[..at]);
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            out.push_str(BLANK);
        } else {
            out.push_str(words);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

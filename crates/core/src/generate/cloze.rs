//! Cloze: a sentence with the fact's own object blanked, in each language.
//!
//! The blank is always the object of the fact being tested, never a word chosen for its
//! length. In French, the article's own sentence is used when its words state the object —
//! the words the deck names (`quote_answer`: « ce matin », « avril dernier », « trois ») or
//! the object as rendered (an entity's name or alias, a number in figures or in words). In
//! English, and in French when the quote does not state the object, the sentence is the
//! fact's statement with the object blanked: the article is French, and an English cloze
//! must be English.

use super::context::Context;
use super::item::{Answer, Item, ItemKind};
use super::phrases;
use super::typed::accepted_forms;
use crate::answer;
use crate::article::collapse_whitespace;
use crate::deck::{Fact, Text, Value};
use crate::lang::Lang;
use crate::render::{self, strip_article};
use crate::typography;

pub const BLANK: &str = "_____";

/// A blank longer than this is no longer a word to recall but a phrase to reconstruct (the
/// linter drops such clozes).
pub const MAX_BLANK_WORDS: usize = 6;

/// A statement cloze lists the objects of its fact's siblings around the blank; past this
/// many objects the sentence is a list to read, not a claim to complete (the built-in deck's
/// longest has five).
const MAX_LISTED: usize = 8;

/// Whether the fact gets a cloze: not when its deck says the sentence gives the blank away,
/// nor when its sentence would list more than [`MAX_LISTED`] objects. (Decided when items
/// are planned: every plan writes its item.)
pub fn has_cloze(cx: &Context, fact: &Fact) -> bool {
    !fact.no_cloze && cx.siblings(fact) < MAX_LISTED
}

/// The fact's sentence with its object blanked, in both languages. (A blank too long to
/// recall is written all the same: the linter's `bad-blank` rule drops it.)
pub fn cloze(cx: &Context, fact: &Fact) -> Option<Item> {
    let rendered = cx.value(&fact.object);
    let in_quote = if fact.cloze_from_statement {
        None
    } else {
        quote_words(cx, fact)
    };
    let (fr_text, fr_blank, from_article) = match &in_quote {
        Some(words) => (in_article(cx, fact, words), typography::french(words), true),
        None => {
            let (text, blank) = statement_with_blank(cx, fact, &rendered.fr, Lang::Fr)?;
            (text, blank, false)
        }
    };
    let (en_text, en_blank) = match &fact.english_answer {
        Some(words) => (blanked(&fact.statement.en, words), words.clone()),
        None => statement_with_blank(cx, fact, &rendered.en, Lang::En)?,
    };
    let blank = Text {
        fr: fr_blank,
        en: en_blank,
    };
    // The object's own forms when the blank is the whole object; when it is a word of it
    // ("apaisé" in « apaisé » et « inclusif »), the whole phrase is no fill for the blank.
    let whole = accepted_forms(cx.deck, &fact.object);
    let blank_is_object = {
        let forms: Vec<String> = whole.iter().map(|w| answer::normalize(w)).collect();
        [&blank.fr, &blank.en]
            .iter()
            .any(|b| forms.contains(&answer::normalize(b)))
    };
    let mut accepted = if blank_is_object { whole } else { Vec::new() };
    accepted.push(blank.fr.clone());
    accepted.push(blank.en.clone());
    accepted.extend(fact.accept.iter().cloned());
    let mut seen = std::collections::HashSet::new();
    accepted.retain(|a| seen.insert(a.clone()));
    let text = Text {
        fr: fr_text,
        en: en_text,
    };
    let answer = Answer::Cloze {
        text: text.clone(),
        blank,
        accepted,
        refused: fact.reject.clone(),
    };
    Some(cx.item(
        format!("cloze:{}", fact.id),
        ItemKind::Cloze,
        phrases::cloze(&text, from_article),
        answer,
        &[fact],
    ))
}

/// The words of the quote that state the object: those the deck names, else the object as
/// rendered (without its article), an alias, or a count in figures or in words.
fn quote_words(cx: &Context, fact: &Fact) -> Option<String> {
    let quote = collapse_whitespace(&fact.quote);
    if let Some(words) = &fact.quote_answer {
        return Some(words.clone());
    }
    // A year blanked in the article's sentence ("les jeux Olympiques de _____") could as
    // well be a place: a date is blanked in the article only where the deck names its words.
    if matches!(fact.object, Value::Date(_)) {
        return None;
    }
    let mut candidates: Vec<String> = Vec::new();
    let rendered = render::value(cx.deck, &fact.object, Lang::Fr);
    candidates.push(strip_article(&rendered).to_string());
    match &fact.object {
        Value::Entity(id) => {
            if let Some(entity) = cx.deck.entity(id) {
                candidates.extend(entity.aliases.iter().cloned());
            }
        }
        Value::Number { value, .. } => {
            candidates.push(render::count_in_words(*value, Lang::Fr));
            candidates.push(render::number(*value, Lang::Fr).replace('\u{a0}', " "));
            candidates.push(value.to_string());
        }
        Value::Date(_) | Value::Text(_) => {}
    }
    candidates
        .into_iter()
        .filter(|c| !c.trim().is_empty())
        .find(|c| {
            find_words(&quote, c).is_some() || find_words(&quote, &render::capitalize(c)).is_some()
        })
        .map(|c| {
            if find_words(&quote, &c).is_some() {
                c
            } else {
                render::capitalize(&c)
            }
        })
}

/// The quote, with a few words of its sentence around it when it is short, and `words`
/// blanked (once, at their first whole-word occurrence in the quote), in French typography.
fn in_article(cx: &Context, fact: &Fact, words: &str) -> String {
    let quote = collapse_whitespace(&fact.quote);
    typography::french(&with_context(cx, fact, &quote, &blanked(&quote, words)))
}

/// `text` with the first whole-word occurrence of `words` blanked.
fn blanked(text: &str, words: &str) -> String {
    match find_words(text, words) {
        Some(at) => format!("{}{BLANK}{}", &text[..at], &text[at + words.len()..]),
        None => text.to_string(),
    }
}

/// The fact's statement from its relation's template, with the object blanked, and the
/// words of the blank. When other facts share its subject and relation, their objects are
/// listed around the blank ("… répond : la souveraineté, _____ et le débat public"): the
/// sentence then has one answer. A quoted object keeps its quotation marks around the blank
/// (“_____”, like its quoted neighbours), and the blank is the words inside.
fn statement_with_blank(
    cx: &Context,
    fact: &Fact,
    rendered: &str,
    lang: Lang,
) -> Option<(String, String)> {
    let relation = cx.deck.relation(&fact.relation)?;
    let subject = cx
        .deck
        .entity(&fact.subject)
        .map(|e| e.name.get(lang).to_string())
        .unwrap_or_default();
    let (open, words, close) = inside_quotation_marks(rendered);
    let objects: Vec<String> = cx
        .with_siblings(fact)
        .iter()
        .map(|f| {
            if f.id == fact.id {
                format!("{open}{BLANK}{close}")
            } else {
                render::value(cx.deck, &f.object, lang)
            }
        })
        .collect();
    let template = match (&relation.list, objects.len()) {
        (Some(list), 2..) => list,
        _ => &relation.statement,
    };
    let text = render::fill(template.get(lang), &subject, &render::list(&objects, lang));
    Some((text, words.to_string()))
}

/// `text` split into its quotation marks and the words inside, when it is one quotation
/// (“oversight”, « contrôle »); else no marks and the whole text.
fn inside_quotation_marks(text: &str) -> (&str, &str, &str) {
    for (open, close) in [("“", "”"), ("«\u{a0}", "\u{a0}»"), ("« ", " »")] {
        if let Some(inner) = text.strip_prefix(open).and_then(|t| t.strip_suffix(close)) {
            if !inner.contains(['“', '”', '«', '»']) {
                return (open, inner, close);
            }
        }
    }
    ("", text, "")
}

/// Words of context the quote is shown with when it is short, so that the blank can be
/// worked out from the sentence around it.
const CONTEXT_WORDS: usize = 8;
const SHORT_QUOTE_WORDS: usize = 10;
/// At most this many words are added to close a quotation the quote opens.
const MAX_EXTRA_WORDS: usize = 20;

/// `blanked` (the quote with its blank), with up to `CONTEXT_WORDS` of its sentence on each
/// side when the quote is short. The text shown never leaves a quotation open: when the blank
/// sits inside one, the context is widened to its other end (to the next or previous sentence
/// if the quotation runs on). When no context pairs it, the quote is shown alone, and the
/// linter drops what is still unbalanced.
fn with_context(cx: &Context, fact: &Fact, quote: &str, blanked: &str) -> String {
    let (Some(&first), Some(&last)) = (fact.sentences.first(), fact.sentences.last()) else {
        return blanked.to_string();
    };
    let sentences = &cx.deck.article.sentences;
    // A sentence that opens on "elle", "sa réponse", "Et…" needs the one before it.
    let dangling = sentences.get(first).is_some_and(|s| {
        let words_before = s
            .find(quote)
            .map_or(usize::MAX, |at| s[..at].split_whitespace().count());
        words_before <= CONTEXT_WORDS && opens_on_reference(s)
    });
    let short = dangling || quote.split_whitespace().count() < SHORT_QUOTE_WORDS;
    if !short && balanced(blanked) {
        return match sentences.get(first..=last) {
            Some(scope) => elided(&scope.join(" "), quote, blanked),
            None => blanked.to_string(),
        };
    }
    let own = (first, last);
    let wider = (
        first.saturating_sub(1),
        (last + 1).min(sentences.len().saturating_sub(1)),
    );
    let scopes = if dangling { [wider, own] } else { [own, wider] };
    for (from, to) in scopes {
        let Some(scope) = sentences.get(from..=to) else {
            continue;
        };
        let text = scope.join(" ");
        let Some(at) = text.find(quote) else {
            continue;
        };
        let (before_text, after_text) = (&text[..at], &text[at + quote.len()..]);
        let before: Vec<&str> = before_text.split_whitespace().collect();
        let after: Vec<&str> = after_text.split_whitespace().collect();
        let mut skip = if short {
            before.len().saturating_sub(CONTEXT_WORDS)
        } else {
            before.len()
        };
        let mut take = if short {
            after.len().min(CONTEXT_WORDS)
        } else {
            0
        };
        let shown = |skip: usize, take: usize| {
            let mut out = String::new();
            if skip > 0 {
                out.push_str("… ");
            }
            out.push_str(&before[skip..].join(" "));
            if skip < before.len() && before_text.ends_with(char::is_whitespace) {
                out.push(' ');
            }
            out.push_str(blanked);
            if take > 0 && after_text.starts_with(char::is_whitespace) {
                out.push(' ');
            }
            out.push_str(&after[..take].join(" "));
            if take < after.len() {
                out.push_str(" …");
            }
            out
        };
        // The most context that leaves no quotation open: first within the usual window…
        // (the largest windows tried first; of equal ones, the one with fewer words before).
        let window = (0..=(before.len() - skip) + take).rev().find_map(|words| {
            (skip..=before.len()).rev().find_map(|s| {
                let t = words.checked_sub(before.len() - s)?;
                (t <= take && balanced(&shown(s, t))).then_some((s, t))
            })
        });
        if let Some((s, t)) = window {
            return shown(s, t);
        }
        // …else, when the quote itself opens or closes a quotation, the fewest words more
        // that take its partner in.
        for extra in 1..=MAX_EXTRA_WORDS {
            let widened = (0..=extra).find_map(|back| {
                let (s, t) = (skip.checked_sub(back)?, take + extra - back);
                (t <= after.len() && balanced(&shown(s, t))).then_some((s, t))
            });
            if let Some((s, t)) = widened {
                return shown(s, t);
            }
        }
        skip = before.len();
        take = 0;
        if balanced(&shown(skip, take)) {
            return shown(skip, take);
        }
    }
    blanked.to_string()
}

/// A long quote shown alone, marked "…" where it cuts its sentence short: at its start,
/// and at its end unless only the sentence's closing punctuation follows (then kept).
fn elided(sentence: &str, quote: &str, blanked: &str) -> String {
    let Some(at) = sentence.find(quote) else {
        return blanked.to_string();
    };
    let marks_only = |t: &str| t.chars().all(|c| !c.is_alphanumeric());
    let (before, after) = (&sentence[..at], sentence[at + quote.len()..].trim());
    let mut out = String::with_capacity(blanked.len() + 8);
    if !marks_only(before) {
        out.push_str("… ");
    }
    out.push_str(blanked);
    if !marks_only(after) {
        out.push_str(" …");
    } else if balanced(&format!("{before}{out}{after}")) {
        out.push_str(after);
    }
    out
}

/// Whether a sentence opens on a word that refers back to the one before (a pronoun, a
/// possessive, a link): "Opérationnellement, elle permettrait…", "Et sa réponse est…".
fn opens_on_reference(sentence: &str) -> bool {
    const REFERRING: [&str; 16] = [
        "elle", "elles", "il", "ils", "sa", "son", "ses", "leur", "leurs", "cette", "ces", "cela",
        "et", "mais", "they", "it",
    ];
    sentence
        .split_whitespace()
        .take(3)
        .map(|w| crate::case::lowercase(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .any(|w| REFERRING.contains(&w.as_str()))
}

/// Whether every quotation mark of `text` has its partner, in order: “ ” and « », and straight
/// quotes read as opening after a space (or at the start) and closing otherwise.
pub(super) fn balanced(text: &str) -> bool {
    let mut open: Vec<char> = Vec::new();
    let mut previous: Option<char> = None;
    for c in text.chars() {
        let c = match c {
            '"' if previous.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[')) => '“',
            '"' => '”',
            other => other,
        };
        match c {
            '“' | '«' => open.push(c),
            '”' if open.last() == Some(&'“') => {
                open.pop();
            }
            '»' if open.last() == Some(&'«') => {
                open.pop();
            }
            '”' | '»' => return false,
            _ => {}
        }
        previous = Some(c);
    }
    open.is_empty()
}

/// Where `needle` starts in `haystack` as whole words.
fn find_words(haystack: &str, needle: &str) -> Option<usize> {
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
            return Some(start);
        }
        from = end;
    }
    None
}

//! The quality linter: one named rule per kind of defect a teacher would not sign, run over
//! the items the generator writes.
//!
//! Most rules drop the item they find (the generator applies them before an item reaches a
//! learner, and [`Report::dropped`] says what was dropped, and why). What cannot be dropped
//! without losing something is a finding: a flashcard that gives its answer away, a fact left
//! with no question, a kind of item the deck no longer gives. The built-in deck must have no
//! finding (a test), and `vigie-cli lint` prints them for any deck file.

use super::context::Context;
use super::item::{Answer, Item, ItemKind};
use super::BLANK;
use crate::answer::normalize;
use crate::deck::{Deck, Text};
use crate::lang::Lang;
use crate::render;
use crate::seeded::FastMap;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::rc::Rc;

/// A kind of defect.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    /// The prompt (or the visible part of a cloze) shows the answer, or another form of it.
    AnswerInPrompt,
    /// A cloze whose sentence, without the article around it, has more than one right
    /// answer: its subject and relation have other facts.
    AmbiguousCloze,
    /// A typed answer whose question has other right answers (other facts of its subject
    /// and relation).
    AmbiguousQuestion,
    /// A cloze blank too long to recall word for word, or a cloze with no blank.
    BadBlank,
    /// A cloze or typed answer whose answer is one of two (its group has two members):
    /// a coin flip, which a true/false item asks honestly.
    CoinFlip,
    /// A wrong option or false statement dated on the other side of the article's own date
    /// than the right answer: wrong by the calendar, not by the article.
    OutOfTimeDistractor,
    /// A multiple choice whose right option is by far the longest: a cue a test-wise
    /// learner follows without reading the article.
    LengthCue,
    /// A claim to sort whose category the deck marks as ambiguous.
    AmbiguousCategory,
    /// French typography (« », a space before a colon) in an English text.
    FrenchTypographyInEnglish,
    /// A count below ten written in figures in prose ("3 objectifs").
    SmallNumberInFigures,
    /// Two items of one kind with the same prompt: neither has one right answer.
    DuplicatePrompt,
    /// Two set items (matching, ordering, categorize) sharing most of their facts.
    NearCopy,
    /// A fact that gives no flashcard, or no quiz item.
    UncoveredFact,
    /// A kind of item the deck gives none of.
    MissingKind,
}

impl Rule {
    pub const ALL: [Rule; 14] = [
        Rule::AnswerInPrompt,
        Rule::AmbiguousCloze,
        Rule::AmbiguousQuestion,
        Rule::BadBlank,
        Rule::CoinFlip,
        Rule::OutOfTimeDistractor,
        Rule::LengthCue,
        Rule::AmbiguousCategory,
        Rule::FrenchTypographyInEnglish,
        Rule::SmallNumberInFigures,
        Rule::DuplicatePrompt,
        Rule::NearCopy,
        Rule::UncoveredFact,
        Rule::MissingKind,
    ];

    /// Whether a finding of this rule is a defect to fix. A missing kind is a note: a deck
    /// may rightly give no item of a kind (no fair matching set, no events to put in order
    /// that general knowledge does not already order), and no item is wrong for it.
    pub fn is_defect(self) -> bool {
        self != Rule::MissingKind
    }

    /// The rule's name, as `vigie-cli lint` prints it.
    pub fn name(self) -> &'static str {
        match self {
            Rule::AnswerInPrompt => "answer-in-prompt",
            Rule::AmbiguousCloze => "ambiguous-cloze",
            Rule::AmbiguousQuestion => "ambiguous-question",
            Rule::BadBlank => "bad-blank",
            Rule::CoinFlip => "coin-flip",
            Rule::OutOfTimeDistractor => "out-of-time-distractor",
            Rule::LengthCue => "length-cue",
            Rule::AmbiguousCategory => "ambiguous-category",
            Rule::FrenchTypographyInEnglish => "french-typography-in-english",
            Rule::SmallNumberInFigures => "small-number-in-figures",
            Rule::DuplicatePrompt => "duplicate-prompt",
            Rule::NearCopy => "near-copy",
            Rule::UncoveredFact => "uncovered-fact",
            Rule::MissingKind => "missing-kind",
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One defect: which rule, where, and what exactly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    /// The item's id, or the fact's, or the kind's name.
    pub at: String,
    pub detail: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} [{}]: {}", self.at, self.rule, self.detail)
    }
}

/// The items of a deck once linted: those kept, those dropped (with why), and the findings
/// left.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub kept: Vec<Item>,
    pub dropped: Vec<Finding>,
    pub findings: Vec<Finding>,
}

impl Report {
    /// The findings that are defects (see [`Rule::is_defect`]).
    pub fn defects(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.rule.is_defect())
    }

    /// Items dropped per rule, for the README and the CLI.
    pub fn dropped_per_rule(&self) -> Vec<(Rule, usize)> {
        let mut counts: HashMap<Rule, usize> = HashMap::new();
        for f in &self.dropped {
            *counts.entry(f.rule).or_default() += 1;
        }
        let mut out: Vec<_> = counts.into_iter().collect();
        crate::sort::sort(&mut out);
        out
    }
}

/// Every item of `deck` (seed `seed`), linted.
pub fn lint(deck: &Deck, seed: u64) -> Report {
    let cx = Context::indexed(deck, seed);
    let mut report = written(&cx);
    report.findings.extend(coverage(deck, &report.kept));
    report
}

/// The findings on `items` of `deck`: each item alone, then the items together (repeats,
/// coverage). For items made or edited elsewhere (the tests' known-bad examples, a deck
/// editor's preview).
pub fn check(deck: &Deck, items: &[Item]) -> Vec<Finding> {
    let cx = Context::indexed(deck, 0);
    let mut normals = Normals::default();
    let mut out: Vec<Finding> = items
        .iter()
        .flat_map(|i| item_findings(&cx, i, &mut normals))
        .collect();
    let (kept, repeats) = without_repeats(items.to_vec());
    out.extend(repeats);
    out.extend(coverage(deck, &kept));
    out
}

/// Every item the generator writes for `deck`, before any is dropped, each with its own
/// findings (empty for an item it keeps): what a deck editor previews.
pub fn candidates(deck: &Deck, seed: u64) -> Vec<(Item, Vec<Finding>)> {
    let cx = Context::indexed(deck, seed);
    let mut normals = Normals::default();
    super::plan::plans(&cx, &[])
        .iter()
        .filter_map(|p| p.write_unchecked(&cx))
        .map(|item| {
            let found = item_findings(&cx, &item, &mut normals);
            (item, found)
        })
        .collect()
}

/// Every item the deck gives, each linted alone then against the others: what is kept, what
/// is dropped, and the flashcards' findings (a card is never dropped: its fact would go
/// unstudied).
pub(super) fn written(cx: &Context) -> Report {
    let mut report = Report::default();
    let mut normals = Normals::default();
    for item in super::plan::plans(cx, &[])
        .iter()
        .filter_map(|p| p.write_unchecked(cx))
    {
        let found = item_findings(cx, &item, &mut normals);
        if found.is_empty() || item.kind == ItemKind::Flashcard {
            report.findings.extend(found);
            report.kept.push(item);
        } else {
            report.dropped.extend(found);
        }
    }
    let (kept, dropped) = without_repeats(std::mem::take(&mut report.kept));
    report.kept = kept;
    report.dropped.extend(dropped);
    report
}

/// The findings of one item, alone.
pub(super) fn item_findings(cx: &Context, item: &Item, normals: &mut Normals) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut find = |rule: Rule, detail: String| {
        out.push(Finding {
            rule,
            at: item.id.clone(),
            detail,
        })
    };
    for lang in Lang::ALL {
        if let Some(shown) = shown_answer(normals, item, lang) {
            find(
                Rule::AnswerInPrompt,
                format!("{}: the prompt shows “{shown}”", lang.code()),
            );
        }
        for text in item.texts(lang) {
            if lang == Lang::En
                && (text.contains('«') || text.contains(" :") || text.contains("\u{a0}:"))
            {
                find(Rule::FrenchTypographyInEnglish, format!("“{text}”"));
            }
            if let Some(figure) = small_number_in_figures(&text) {
                find(
                    Rule::SmallNumberInFigures,
                    format!("{}: “{figure}” in “{text}”", lang.code()),
                );
            }
        }
    }
    let fact = item.fact_ids.first().and_then(|id| cx.fact(id));
    let siblings = fact.map_or(0, |f| cx.siblings(f));
    if matches!(item.kind, ItemKind::Cloze | ItemKind::TypedAnswer)
        && fact
            .and_then(|f| cx.group_of(f))
            .is_some_and(|g| g.members.len() == 2)
    {
        find(Rule::CoinFlip, "its answer is one of two".to_string());
    }
    match &item.answer {
        Answer::Cloze { text, blank, .. } => {
            for lang in Lang::ALL {
                if !text.get(lang).contains(BLANK) {
                    find(Rule::BadBlank, format!("{}: no blank", lang.code()));
                }
                if !super::cloze::balanced(text.get(lang)) {
                    find(
                        Rule::BadBlank,
                        format!("{}: a quotation left open", lang.code()),
                    );
                }
                // Without a few words around it, a blank has many right answers.
                let around = text
                    .get(lang)
                    .split_whitespace()
                    .filter(|w| !w.contains(BLANK))
                    .count();
                if around < MIN_CONTEXT_WORDS {
                    find(
                        Rule::BadBlank,
                        format!("{}: only {around} word(s) around the blank", lang.code()),
                    );
                }
                let words = blank.get(lang).split_whitespace().count();
                if words > super::cloze::MAX_BLANK_WORDS {
                    find(
                        Rule::BadBlank,
                        format!("{}: a blank of {words} words", lang.code()),
                    );
                }
            }
            // A statement cloze has one answer when it shows every other object of its
            // subject and relation; the article's sentence pins the French blank itself.
            if let Some(f) = fact.filter(|_| siblings > 0) {
                for lang in Lang::ALL {
                    let pinned = match lang {
                        Lang::Fr => from_article(item),
                        Lang::En => f.english_answer.is_some(),
                    };
                    if pinned {
                        continue;
                    }
                    let shown = normalize(text.get(lang));
                    // The first other fact the sentence does not show is reason enough (a
                    // subject and relation may have hundreds).
                    let unlisted = cx.with_siblings(f).into_iter().find(|s| {
                        s.id != f.id
                            && !shown.contains(&normalize(&render::value(cx.deck, &s.object, lang)))
                    });
                    if let Some(other) = unlisted {
                        find(
                            Rule::AmbiguousCloze,
                            format!(
                                "{}: fact {} fits the same sentence too",
                                lang.code(),
                                other.id
                            ),
                        );
                    }
                }
            }
        }
        Answer::TypedAnswer { .. } if siblings > 0 => find(
            Rule::AmbiguousQuestion,
            format!("{siblings} other fact(s) answer the same question"),
        ),
        Answer::MultipleChoice { options, correct } => {
            for lang in Lang::ALL {
                if let Some((right, wrong)) = length_cue(options, *correct, lang) {
                    find(
                        Rule::LengthCue,
                        format!(
                            "{}: the right option has {right} characters, the longest wrong one {wrong}",
                            lang.code()
                        ),
                    );
                }
            }
            if let Some(f) = fact {
                for (i, option) in options.iter().enumerate() {
                    if i == *correct {
                        continue;
                    }
                    let member = cx.group_of(f).and_then(|g| {
                        g.members
                            .iter()
                            .find(|m| render::value(cx.deck, m, Lang::Fr) == option.fr)
                    });
                    if member.is_some_and(|m| !cx.same_side_of_publication(&f.object, m)) {
                        find(Rule::OutOfTimeDistractor, format!("option “{}”", option.fr));
                    }
                }
            }
        }
        Answer::Categorize { .. } => {
            for id in &item.fact_ids {
                if cx.fact(id).is_some_and(|f| f.category_ambiguous) {
                    find(Rule::AmbiguousCategory, format!("fact {id}"));
                }
                if cx.fact(id).is_some_and(super::sets::names_its_bin) {
                    find(
                        Rule::AnswerInPrompt,
                        format!("fact {id}: its statement names its category"),
                    );
                }
            }
        }
        _ => {}
    }
    out
}

/// A cloze shows at least this many words besides its blank.
pub const MIN_CONTEXT_WORDS: usize = 5;

/// Whether `shown`'s question, as the learner sees it before answering (prompt, options, the
/// cloze's sentence, the pairs, events or claims), holds the answer of `asked`: two such items
/// never share a quiz.
pub fn gives_away(shown: &Item, asked: &Item) -> bool {
    Footprint::of(shown).shows_answer_of(&Footprint::of(asked))
}

/// An item's question and answers in normal form, in both languages: computed once per item
/// when a quiz checks every pair.
#[derive(Clone, Debug)]
pub struct Footprint {
    /// " question words " per language (spaces around, for whole-word search).
    questions: [String; 2],
    /// Telling answers in normal form, per language.
    answers: [Vec<String>; 2],
}

impl Footprint {
    pub fn of(item: &Item) -> Footprint {
        let per_lang = |lang: Lang| {
            (
                format!(" {} ", normalize(&question_text(item, lang))),
                answers_of(item, lang)
                    .iter()
                    .map(|a| normalize(a))
                    .filter(|a| telling(a))
                    .map(|a| format!(" {a} "))
                    .collect::<Vec<_>>(),
            )
        };
        let (fr_q, fr_a) = per_lang(Lang::Fr);
        let (en_q, en_a) = per_lang(Lang::En);
        Footprint {
            questions: [fr_q, en_q],
            answers: [fr_a, en_a],
        }
    }

    /// Whether this item's question shows an answer of `other`.
    pub fn shows_answer_of(&self, other: &Footprint) -> bool {
        (0..2).any(|l| {
            other.answers[l]
                .iter()
                .any(|a| self.questions[l].contains(a.as_str()))
        })
    }

    /// Whether either item's question shows the other's answer.
    pub fn clashes_with(&self, other: &Footprint) -> bool {
        self.shows_answer_of(other) || other.shows_answer_of(self)
    }
}

/// What the learner reads before answering.
fn question_text(item: &Item, lang: Lang) -> String {
    let all = |v: &[Text]| {
        v.iter()
            .map(|t| t.get(lang))
            .collect::<Vec<_>>()
            .join(" ; ")
    };
    let mut out = item.prompt.get(lang).to_string();
    match &item.answer {
        Answer::MultipleChoice { options, .. } => out.push_str(&format!(" ; {}", all(options))),
        Answer::Cloze { text, .. } => out.push_str(&format!(" ; {}", text.get(lang))),
        Answer::Matching { left, right, .. } => {
            out.push_str(&format!(" ; {} ; {}", all(left), all(right)))
        }
        Answer::Ordering { events, .. } => out.push_str(&format!(" ; {}", all(events))),
        Answer::Categorize { statements, .. } => out.push_str(&format!(" ; {}", all(statements))),
        Answer::Flashcard { .. } | Answer::TrueFalse { .. } | Answer::TypedAnswer { .. } => {}
    }
    out
}

/// The short answers an item asks for (a set item, or a true/false, asks for none).
fn answers_of(item: &Item, lang: Lang) -> Vec<String> {
    match &item.answer {
        Answer::Flashcard { back } => back.iter().map(|b| b.get(lang).to_string()).collect(),
        Answer::MultipleChoice { options, correct } => options
            .get(*correct)
            .map(|o| o.get(lang).to_string())
            .into_iter()
            .collect(),
        Answer::TypedAnswer { expected, .. } => vec![expected.get(lang).to_string()],
        Answer::Cloze { blank, .. } => vec![blank.get(lang).to_string()],
        _ => Vec::new(),
    }
}

/// Whether a normal-form answer says enough to give something away: a word of four letters
/// or more, or a number.
fn telling(answer: &str) -> bool {
    !answer.is_empty()
        && answer
            .split(' ')
            .any(|w| w.chars().count() >= 4 || w.chars().all(|c| c.is_ascii_digit()))
}

/// The right option's length and the longest wrong one's, in characters, when the right one
/// stands out: longer by 30 % and by 15 characters at least (a few words, not a plural or an
/// article).
fn length_cue(options: &[Text], correct: usize, lang: Lang) -> Option<(usize, usize)> {
    let length = |t: &Text| t.get(lang).chars().count();
    let right = length(options.get(correct)?);
    let wrong = options
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != correct)
        .map(|(_, o)| length(o))
        .max()?;
    (right * 10 >= wrong * 13 && right >= wrong + 15).then_some((right, wrong))
}

/// Whether a cloze is cut from the article (French) rather than from a statement.
fn from_article(item: &Item) -> bool {
    item.prompt
        .fr
        .starts_with("Complétez la phrase de l’article")
}

/// Answers in normal form, by their text: the linter compares the same accepted forms with
/// each item of a fact, in each language, and normalising is its costliest step. (Kept by the
/// linter's callers, not in the generator's context: the study page, which does not lint,
/// carries no code for it.)
#[derive(Default)]
pub(super) struct Normals(FastMap<String, Rc<str>>);

impl Normals {
    /// `text` in the answer matcher's normal form ([`normalize`]), computed once per text.
    fn of(&mut self, text: &str) -> Rc<str> {
        if let Some(known) = self.0.get(text) {
            return Rc::clone(known);
        }
        let normal: Rc<str> = normalize(text).into();
        self.0.insert(text.to_string(), Rc::clone(&normal));
        normal
    }
}

/// The answer (or a form of it) that the prompt shows, if any.
fn shown_answer(normals: &mut Normals, item: &Item, lang: Lang) -> Option<String> {
    let prompt = item.prompt.get(lang);
    let (visible, answers): (&str, Vec<&str>) = match &item.answer {
        Answer::Flashcard { back } if item.id.starts_with("flashcard:") => {
            (prompt, back.iter().map(|b| b.get(lang)).collect())
        }
        Answer::MultipleChoice { options, correct } => (
            prompt,
            options
                .get(*correct)
                .map(|o| o.get(lang))
                .into_iter()
                .collect(),
        ),
        Answer::TypedAnswer { expected, .. } => (prompt, vec![expected.get(lang)]),
        Answer::Cloze { text, accepted, .. } => (
            text.get(lang),
            accepted.iter().map(String::as_str).collect(),
        ),
        _ => return None,
    };
    let visible = normalize(visible);
    // A number is shown only as itself; a name or phrase as its whole normal form.
    answers
        .into_iter()
        .find(|answer| {
            let answer = normals.of(answer);
            telling(&answer) && contains_words(&visible, &answer)
        })
        .map(str::to_string)
}

/// Whether `words` stand in `text` as whole words (both in normal form: single spaces).
fn contains_words(text: &str, words: &str) -> bool {
    let step = words.chars().next().map_or(1, char::len_utf8);
    let mut from = 0;
    // Overlapping matches too: in "xa a a", "a a" stands whole only at its second match.
    while let Some(found) = text.get(from..).and_then(|rest| rest.find(words)) {
        let (at, end) = (from + found, from + found + words.len());
        if (at == 0 || text.as_bytes()[at - 1] == b' ')
            && (end == text.len() || text.as_bytes()[end] == b' ')
        {
            return true;
        }
        from = at + step;
    }
    false
}

/// "3 objectifs": a figure from 2 to 9 standing alone before a word (dates aside).
fn small_number_in_figures(text: &str) -> Option<String> {
    // Most texts hold no such figure: one pass over the bytes says so.
    if !text.bytes().any(|b| (b'2'..=b'9').contains(&b)) {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(2).find_map(|pair| {
        let figure = pair[0];
        // The figure first: most words are not one, and the checks below allocate.
        if figure.len() != 1 || !figure.chars().all(|c| ('2'..='9').contains(&c)) {
            return None;
        }
        let next = crate::case::lowercase(pair[1].trim_matches(|c: char| !c.is_alphanumeric()));
        let is_month = (1..=12).any(|m| {
            Lang::ALL
                .iter()
                .any(|&l| crate::case::lowercase(render::month_name(m, l)) == next)
        });
        // "3 milliards" is how prose writes a sum: a multiplier is no count.
        let is_multiplier = ["milliard", "million", "billion"]
            .iter()
            .any(|m| next.starts_with(m));
        (next.chars().next().is_some_and(char::is_alphabetic) && !is_month && !is_multiplier)
            .then(|| format!("{} {}", pair[0], pair[1]))
    })
}

/// Drops the later of two items of one kind with the same prompt, and the later of two set
/// items sharing more than half their facts.
fn without_repeats(items: Vec<Item>) -> (Vec<Item>, Vec<Finding>) {
    let mut kept: Vec<Item> = Vec::new();
    let mut dropped = Vec::new();
    let mut prompts: HashSet<(ItemKind, String)> = HashSet::new();
    for item in items {
        let set_kind = matches!(
            item.kind,
            ItemKind::Matching | ItemKind::Ordering | ItemKind::Categorize
        );
        if !set_kind && !prompts.insert((item.kind, item.prompt.fr.clone())) {
            dropped.push(Finding {
                rule: Rule::DuplicatePrompt,
                at: item.id.clone(),
                detail: format!("“{}”", item.prompt.fr),
            });
            continue;
        }
        let copy_of = kept.iter().find(|k| {
            set_kind && k.kind == item.kind && {
                let shared = item
                    .fact_ids
                    .iter()
                    .filter(|f| k.fact_ids.contains(f))
                    .count();
                shared * 2 > item.fact_ids.len().min(k.fact_ids.len())
            }
        });
        if let Some(original) = copy_of {
            dropped.push(Finding {
                rule: Rule::NearCopy,
                at: item.id.clone(),
                detail: format!("shares most of its facts with {}", original.id),
            });
            continue;
        }
        kept.push(item);
    }
    (kept, dropped)
}

/// Facts with no flashcard or no quiz item; kinds with no item.
fn coverage(deck: &Deck, items: &[Item]) -> Vec<Finding> {
    let mut out = Vec::new();
    for fact in &deck.facts {
        let mut of_fact = items.iter().filter(|i| i.fact_ids.contains(&fact.id));
        let card = of_fact.clone().any(|i| i.kind == ItemKind::Flashcard);
        let quiz = of_fact.any(|i| i.kind != ItemKind::Flashcard);
        for (missing, what) in [(!card, "no flashcard"), (!quiz, "no quiz item")] {
            if missing {
                out.push(Finding {
                    rule: Rule::UncoveredFact,
                    at: fact.id.clone(),
                    detail: what.to_string(),
                });
            }
        }
    }
    for kind in ItemKind::ALL {
        if !items.iter().any(|i| i.kind == kind) {
            out.push(Finding {
                rule: Rule::MissingKind,
                at: kind.name().to_string(),
                detail: "no item of this kind".to_string(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::contains_words;

    #[test]
    fn words_are_found_whole_even_after_a_partial_match() {
        assert!(contains_words("xa a a", "a a"));
        assert!(contains_words("le depute mis", "mis"));
        assert!(contains_words("mis", "mis"));
        assert!(!contains_words("demission", "mis"));
        assert!(!contains_words("le mission", "mis"));
        assert!(contains_words(
            "reconnaissance faciale",
            "reconnaissance faciale"
        ));
        assert!(!contains_words("elysee", "élysée"));
    }
}

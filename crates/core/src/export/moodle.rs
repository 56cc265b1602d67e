//! Moodle XML, as `question/format/xml/format.php` reads it, and Pronote's variant of it.
//!
//! Every kind has its Moodle type: multiple choice `multichoice` (one answer at 100 %),
//! true/false `truefalse`, typed answers and flashcards `shortanswer` (every accepted form at
//! 100 %), cloze `cloze` (an embedded `SHORTANSWER`), matching `matching`, ordering `ordering`
//! (standard since Moodle 4.4), categorize `matching` (each statement to its group). Texts are
//! HTML-escaped in CDATA; the general feedback is the article's words.

use super::text::{distinct, html, shortened, sources_html};
use super::{flashcard_forms, Options};
use crate::generate::{category_name, Answer, Item, ItemKind, BLANK};
use crate::quiz::right_answer;

pub(super) fn write(items: &[Item], options: &Options, pronote: bool) -> String {
    let lang = options.lang;
    let title = options.deck.title.get(lang);
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
    let category = match options.code {
        Some(code) => format!("$course$/top/Vigie/{title} ({code})"),
        None => format!("$course$/top/Vigie/{title}"),
    };
    out.push_str("  <question type=\"category\">\n");
    out.push_str(&format!(
        "    <category><text>{}</text></category>\n",
        cdata(&category)
    ));
    if pronote {
        // Pronote reads its own details from the first category question.
        out.push_str(&format!(
            "    <infos><name>{}</name><answernumbering>abc</answernumbering><niveau></niveau><matiere></matiere></infos>\n",
            cdata(&shortened(title, 100))
        ));
    }
    out.push_str("  </question>\n");
    // Names sort as numbers do: 001, 002… when there are a hundred questions or more.
    let width = items.len().to_string().len().max(2);
    for (n, item) in items.iter().enumerate() {
        out.push_str(&question(n + 1, width, item, options));
    }
    out.push_str("</quiz>\n");
    out
}

/// Text in a CDATA section; a `]]>` inside is split across two sections.
fn cdata(text: &str) -> String {
    format!("<![CDATA[{}]]>", text.replace("]]>", "]]]]><![CDATA[>"))
}

fn text_element(tag: &str, text: &str) -> String {
    format!(
        "<{tag} format=\"html\"><text>{}</text></{tag}>",
        cdata(text)
    )
}

fn answer(fraction: u32, text: &str, format: &str) -> String {
    format!(
        "    <answer fraction=\"{fraction}\" format=\"{format}\"><text>{}</text><feedback format=\"html\"><text></text></feedback></answer>\n",
        cdata(text)
    )
}

fn question(n: usize, width: usize, item: &Item, options: &Options) -> String {
    let lang = options.lang;
    let prompt = item.prompt.get(lang);
    let flashcard_forms = flashcard_forms(item, options.deck, lang);
    let kind = match item.kind {
        ItemKind::MultipleChoice => "multichoice",
        ItemKind::TrueFalse => "truefalse",
        // A card one grades oneself is shown with its answer, as a study card.
        ItemKind::Flashcard if flashcard_forms.is_none() => "description",
        ItemKind::Flashcard | ItemKind::TypedAnswer => "shortanswer",
        ItemKind::Cloze => "cloze",
        ItemKind::Matching | ItemKind::Categorize => "matching",
        ItemKind::Ordering => "ordering",
    };
    let question_html = match &item.answer {
        Answer::Cloze {
            blank, accepted, ..
        } => embedded(prompt, blank.get(lang), accepted),
        Answer::Flashcard { .. } if flashcard_forms.is_none() => {
            format!(
                "<p>{}</p><p><b>{}</b></p>",
                html(prompt),
                html(&right_answer(item, lang))
            )
        }
        _ => html(prompt),
    };
    let mut out = format!("  <question type=\"{kind}\">\n");
    out.push_str(&format!(
        "    <name><text>{}</text></name>\n",
        cdata(&format!("{n:0width$}. {}", shortened(prompt, 80)))
    ));
    out.push_str(&format!(
        "    {}\n    {}\n",
        text_element("questiontext", &question_html),
        text_element("generalfeedback", &sources_html(item, options))
    ));
    out.push_str(&format!(
        "    <defaultgrade>1</defaultgrade>\n    <penalty>0.3333333</penalty>\n    <hidden>0</hidden>\n    <idnumber>{}</idnumber>\n",
        cdata(&item.id)
    ));
    match &item.answer {
        Answer::MultipleChoice { options, correct } => {
            // The options are in the generator's order (numbers and dates sorted): kept.
            out.push_str("    <single>true</single>\n    <shuffleanswers>false</shuffleanswers>\n    <answernumbering>ABCD</answernumbering>\n");
            for (i, option) in options.iter().enumerate() {
                let fraction = if i == *correct { 100 } else { 0 };
                out.push_str(&answer(fraction, &html(option.get(lang)), "html"));
            }
        }
        Answer::TrueFalse { correct } => {
            let (t, f) = if *correct { (100, 0) } else { (0, 100) };
            out.push_str(&answer(t, "true", "moodle_auto_format"));
            out.push_str(&answer(f, "false", "moodle_auto_format"));
        }
        Answer::Flashcard { .. } => {
            if let Some(forms) = &flashcard_forms {
                out.push_str("    <usecase>0</usecase>\n");
                for form in distinct(forms.iter().map(String::as_str)) {
                    out.push_str(&answer(100, &short_answer(&form), "moodle_auto_format"));
                }
            }
        }
        Answer::TypedAnswer {
            expected, accepted, ..
        } => {
            out.push_str("    <usecase>0</usecase>\n");
            let forms =
                std::iter::once(expected.get(lang)).chain(accepted.iter().map(String::as_str));
            for form in distinct(forms) {
                out.push_str(&answer(100, &short_answer(&form), "moodle_auto_format"));
            }
        }
        Answer::Cloze { .. } => {}
        Answer::Matching { left, right, pairs } => {
            out.push_str("    <shuffleanswers>true</shuffleanswers>\n");
            for (l, &p) in left.iter().zip(pairs) {
                let r = right.get(p).map(|r| r.get(lang)).unwrap_or_default();
                out.push_str(&subquestion(l.get(lang), r));
            }
            // A right-hand answer no left one takes is a distractor: an empty question.
            for (i, r) in right.iter().enumerate() {
                if !pairs.contains(&i) {
                    out.push_str(&subquestion("", r.get(lang)));
                }
            }
        }
        Answer::Categorize {
            statements,
            categories,
            answers,
        } => {
            out.push_str("    <shuffleanswers>true</shuffleanswers>\n");
            let name = |i: usize| {
                categories
                    .get(i)
                    .map(|c| category_name(*c).get(lang).to_string())
                    .unwrap_or_default()
            };
            for (s, &a) in statements.iter().zip(answers) {
                out.push_str(&subquestion(s.get(lang), &name(a)));
            }
            for i in (0..categories.len()).filter(|i| !answers.contains(i)) {
                out.push_str(&subquestion("", &name(i)));
            }
        }
        Answer::Ordering { events, order } => {
            out.push_str("    <layouttype>VERTICAL</layouttype>\n    <selecttype>ALL</selecttype>\n    <selectcount>0</selectcount>\n    <gradingtype>ABSOLUTE_POSITION</gradingtype>\n    <showgrading>SHOW</showgrading>\n    <numberingstyle>none</numberingstyle>\n");
            // Moodle's ordering reads the answers in the right order.
            for (rank, &i) in order.iter().enumerate() {
                let event = events.get(i).map(|e| e.get(lang)).unwrap_or_default();
                out.push_str(&answer(rank as u32 + 1, &html(event), "html"));
            }
        }
    }
    out.push_str("  </question>\n");
    out
}

fn subquestion(text: &str, answer: &str) -> String {
    format!(
        "    <subquestion format=\"html\"><text>{}</text><answer><text>{}</text></answer></subquestion>\n",
        cdata(&html(text)),
        cdata(answer)
    )
}

/// A short answer as Moodle compares it: `*` is its wildcard, so a literal one is escaped.
fn short_answer(text: &str) -> String {
    text.replace('*', "\\*")
}

/// The prompt with its blank as an embedded answer (`{1:SHORTANSWER:=…~=…}`), every
/// accepted form at 100 %.
fn embedded(prompt: &str, blank: &str, accepted: &[String]) -> String {
    let forms = std::iter::once(blank).chain(accepted.iter().map(String::as_str));
    let answers: Vec<String> = distinct(forms)
        .into_iter()
        .map(|f| format!("={}", embedded_escape(&html(&f))))
        .collect();
    let field = format!("{{1:SHORTANSWER:{}}}", answers.join("~"));
    match prompt.split_once(BLANK) {
        Some((before, after)) => format!("{}{field}{}", html(before), html(after)),
        None => format!("{} {field}", html(prompt)),
    }
}

/// Characters with a meaning inside an embedded answer, escaped as Moodle's parser expects.
fn embedded_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '}' | '#' | '~' | '/' | '"' | '\\' | '*') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

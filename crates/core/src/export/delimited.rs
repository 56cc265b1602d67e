//! One card or question a line: Quizlet's paste-in text and CSV for spreadsheets.

use super::text::{one_line, question_line, sources_line};
use super::Options;
use crate::generate::{Answer, Item};
use crate::lang::Lang;
use crate::quiz::right_answer;
use crate::render::csv_cell;

/// Quizlet's import: term, tab, definition, one card a line (no tab or line break inside).
pub(super) fn quizlet(items: &[Item], options: &Options) -> String {
    let mut out = String::new();
    for item in items {
        let term = one_line(&question_line(item, options.lang));
        let definition = one_line(&right_answer(item, options.lang));
        out.push_str(&format!("{term}\t{definition}\n"));
    }
    out
}

/// A table with a header row, UTF-8 with a byte-order mark (so Excel reads the accents),
/// `;` between fields in French (where `,` is the decimal mark) and `,` in English.
pub(super) fn csv(items: &[Item], options: &Options) -> String {
    let lang = options.lang;
    let separator = match lang {
        Lang::Fr => ";",
        Lang::En => ",",
    };
    let header: &[&str] = match lang {
        Lang::Fr => &[
            "Identifiant",
            "Type",
            "Question",
            "Choix A",
            "Choix B",
            "Choix C",
            "Choix D",
            "Réponse",
            "Autres réponses acceptées",
            "Source",
            "Thèmes",
        ],
        Lang::En => &[
            "Id",
            "Type",
            "Question",
            "Choice A",
            "Choice B",
            "Choice C",
            "Choice D",
            "Answer",
            "Other accepted answers",
            "Source",
            "Topics",
        ],
    };
    let mut out = String::from("\u{feff}");
    let mut push_row = |cells: Vec<String>| {
        let cells: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&cells.join(separator));
        out.push_str("\r\n");
    };
    push_row(header.iter().map(|h| h.to_string()).collect());
    for item in items {
        let mut choices = vec![String::new(); 4];
        let question = if let Answer::MultipleChoice { options, .. } = &item.answer {
            for (slot, option) in choices.iter_mut().zip(options) {
                *slot = option.get(lang).to_string();
            }
            item.prompt.get(lang).to_string()
        } else {
            question_line(item, lang)
        };
        let accepted = match &item.answer {
            Answer::Cloze { accepted, .. } | Answer::TypedAnswer { accepted, .. } => {
                accepted.join(" | ")
            }
            _ => String::new(),
        };
        let mut row = vec![item.id.clone(), item.kind.name().to_string(), question];
        row.extend(choices);
        row.extend([
            right_answer(item, lang),
            accepted,
            sources_line(item, options),
            item.topics.join(", "),
        ]);
        push_row(row);
    }
    out
}

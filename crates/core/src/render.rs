//! Values and templates in words, per language: "9 septembre 2021" / "9 September 2021",
//! "4 000 entreprises" / "4,000 companies", `{subject} a remis…` filled in.

use super::deck::{Date, Deck, Value};
use super::lang::Lang;

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The name of a month (1–12), or empty.
pub fn month_name(month: u8, lang: Lang) -> &'static str {
    let names = match lang {
        Lang::Fr => &MONTHS_FR,
        Lang::En => &MONTHS_EN,
    };
    usize::from(month)
        .checked_sub(1)
        .and_then(|i| names.get(i))
        .copied()
        .unwrap_or("")
}

/// "9 septembre 2021", "avril 2021", "2023" / "9 September 2021", "April 2021", "2023".
pub fn date(d: Date, lang: Lang) -> String {
    match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{day} {} {}", month_name(m, lang), d.year),
        (Some(m), None) => format!("{} {}", month_name(m, lang), d.year),
        _ => d.year.to_string(),
    }
}

/// Thousands grouped: "4 000" (no-break space) in French, "4,000" in English.
pub fn number(value: i64, lang: Lang) -> String {
    let digits = value.unsigned_abs().to_string();
    let separator = match lang {
        Lang::Fr => '\u{a0}',
        Lang::En => ',',
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    if value < 0 {
        out.insert(0, '-');
    }
    out
}

/// A size in megabytes with one decimal, rounded down, in the language's notation
/// ("4,2" / "4.2"): for the storage notices.
pub fn megabytes(bytes: usize, lang: Lang) -> String {
    let whole = number((bytes / 1_000_000) as i64, lang);
    let tenth = bytes % 1_000_000 / 100_000;
    match lang {
        Lang::Fr => format!("{whole},{tenth}"),
        Lang::En => format!("{whole}.{tenth}"),
    }
}

/// `text` without a final gloss in parentheses: "Bercy (le ministère…)" -> "Bercy".
pub fn without_gloss(text: &str) -> &str {
    match text.rfind(" (") {
        Some(at) if at > 0 && text.ends_with(')') => &text[..at],
        _ => text,
    }
}

/// "A, B et C" / "A, B and C".
pub fn list(items: &[String], lang: Lang) -> String {
    let and = match lang {
        Lang::Fr => " et ",
        Lang::En => " and ",
    };
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{}{and}{last}", init.join(", ")),
    }
}

/// `text` without its leading French article ("la Cnil" -> "Cnil", "l’IA" -> "IA").
pub fn strip_article(text: &str) -> &str {
    for article in [
        "le ", "la ", "les ", "l’", "l'", "un ", "une ", "des ", "d’", "de ",
    ] {
        if let Some(rest) = text.strip_prefix(article) {
            return rest;
        }
    }
    text
}

/// Number words from zero to nine, French then English: for counts in prose, and for the
/// answer matcher, which reads them as digits.
pub const SMALL_NUMBERS: [(&str, &str); 10] = [
    ("zéro", "zero"),
    ("un", "one"),
    ("deux", "two"),
    ("trois", "three"),
    ("quatre", "four"),
    ("cinq", "five"),
    ("six", "six"),
    ("sept", "seven"),
    ("huit", "eight"),
    ("neuf", "nine"),
];

/// Whether a unit starts with a multiplier word (milliards d'euros, million, billion).
fn is_multiplier(unit: &str) -> bool {
    ["milliard", "million", "billion", "mille", "thousand"]
        .iter()
        .any(|m| unit.starts_with(m))
}

/// A count as prose writes it: in words below ten, in figures from ten.
pub fn count_in_words(value: i64, lang: Lang) -> String {
    match usize::try_from(value)
        .ok()
        .and_then(|v| SMALL_NUMBERS.get(v))
    {
        Some((fr, en)) => match lang {
            Lang::Fr => fr.to_string(),
            Lang::En => en.to_string(),
        },
        None => number(value, lang),
    }
}

/// A fact's object (or any value) in words.
pub fn value(deck: &Deck, value: &Value, lang: Lang) -> String {
    match value {
        Value::Entity(id) => deck
            .entity(id)
            .map(|e| e.name.get(lang).to_string())
            .unwrap_or_else(|| id.clone()),
        Value::Date(d) => date(*d, lang),
        Value::Number {
            value,
            unit,
            approx,
        } => {
            let figure = match unit {
                // Prose writes a count below ten in words ("trois objectifs", "three
                // objectives"), but not a multiplier ("3 milliards", like "30 milliards").
                Some(u) if is_multiplier(u.get(lang)) => {
                    format!("{} {}", number(*value, lang), u.get(lang))
                }
                Some(u) => format!("{} {}", count_in_words(*value, lang), u.get(lang)),
                None => number(*value, lang),
            };
            match (approx, lang) {
                (false, _) => figure,
                (true, Lang::Fr) => format!("près de {figure}"),
                (true, Lang::En) => format!("nearly {figure}"),
            }
        }
        Value::Text(t) => t.get(lang).to_string(),
    }
}

/// Fills `{subject}` and `{object}` in a template; the sentence starts with a capital.
pub fn fill(template: &str, subject: &str, object: &str) -> String {
    capitalize(
        &template
            .replace("{subject}", subject)
            .replace("{object}", object),
    )
}

/// The first letter in upper case.
pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => std::iter::once(super::case::upper(first))
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}

/// A CSV field: in double quotes (inner ones doubled); text a spreadsheet would run as a
/// formula (`=`, `+`, `-`, `@`, a tab or a return first) starts with `'`, since names and
/// deck texts come from other people. One rule for the exports and the class report.
pub fn csv_cell(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    format!("\"{}\"", guarded.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_both_languages() {
        let d = Date {
            year: 2021,
            month: Some(9),
            day: Some(9),
        };
        assert_eq!(date(d, Lang::Fr), "9 septembre 2021");
        assert_eq!(date(d, Lang::En), "9 September 2021");
        let m = Date {
            year: 2021,
            month: Some(4),
            day: None,
        };
        assert_eq!(date(m, Lang::Fr), "avril 2021");
        let y = Date {
            year: 2024,
            month: None,
            day: None,
        };
        assert_eq!(date(y, Lang::En), "2024");
    }

    #[test]
    fn numbers_grouped_per_language() {
        assert_eq!(number(4000, Lang::Fr), "4\u{a0}000");
        assert_eq!(number(4000, Lang::En), "4,000");
        assert_eq!(number(30, Lang::Fr), "30");
        assert_eq!(number(-1_234_567, Lang::En), "-1,234,567");
    }

    #[test]
    fn megabytes_with_one_decimal_per_language() {
        assert_eq!(megabytes(4_250_000, Lang::Fr), "4,2");
        assert_eq!(megabytes(4_250_000, Lang::En), "4.2");
        assert_eq!(megabytes(999_999, Lang::En), "0.9");
    }

    #[test]
    fn templates_are_filled_and_capitalized() {
        assert_eq!(
            fill(
                "{subject} a été remis le {object}.",
                "le rapport",
                "9 septembre 2021"
            ),
            "Le rapport a été remis le 9 septembre 2021."
        );
        assert_eq!(capitalize("éclairer"), "Éclairer");
    }
}

//! The article's words as a reader expects them printed: the article (as web text often is)
//! uses straight quotes, straight apostrophes and plain spaces before « ? » and « : »; a
//! teacher's question uses « guillemets », ’ and no-break spaces, as the rest of the app does.
//!
//! Only how the words are printed changes, never the words: quotes are still looked up in the
//! article as written, and answers are still compared leniently.

use crate::lang::Lang;

const NBSP: char = '\u{a0}';

/// A French sentence cut from the article, in French typography: quotations in « » with
/// no-break spaces inside, ’ for apostrophes, a no-break space before ? ! ; and :.
///
/// ```
/// use vigie_core::typography::french;
/// assert_eq!(
///     french(r#"Jean-Michel Mis répond "souveraineté" : l'objectif ?"#),
///     "Jean-Michel Mis répond «\u{a0}souveraineté\u{a0}»\u{a0}: l’objectif\u{a0}?"
/// );
/// ```
pub fn french(text: &str) -> String {
    with_marks(text, Marks::GUILLEMETS)
}

/// A quote of the article shown as a source, in the language's quotation marks: « … » in
/// French, “ … ” in English; the quotations inside it take the inner marks (“ ” in French,
/// ‘ ’ in English). The words are French either way, so they keep French spacing.
///
/// ```
/// use vigie_core::{lang::Lang, typography::quoted};
/// assert_eq!(quoted(r#"un cadre "apaisé""#, Lang::Fr), "«\u{a0}un cadre “apaisé”\u{a0}»");
/// assert_eq!(quoted(r#"un cadre "apaisé""#, Lang::En), "“un cadre ‘apaisé’”");
/// ```
pub fn quoted(quote: &str, lang: Lang) -> String {
    enclose(&inner(quote, lang), lang)
}

/// The article's words in French typography, their quotations in the marks used inside a
/// quotation in `lang` (to be put in [`enclose`] afterwards: HTML is built in between).
pub fn inner(text: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => with_marks(text, Marks::FRENCH_INNER),
        Lang::En => with_marks(text, Marks::ENGLISH_INNER),
    }
}

/// `text` in the language's outer quotation marks.
pub fn enclose(text: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("«{NBSP}{text}{NBSP}»"),
        Lang::En => format!("“{text}”"),
    }
}

/// The opening and closing marks a quotation inside the text takes, and whether they are
/// spaced (French guillemets take a no-break space inside).
#[derive(Clone, Copy)]
struct Marks {
    open: char,
    close: char,
    spaced: bool,
}

impl Marks {
    const GUILLEMETS: Marks = Marks {
        open: '«',
        close: '»',
        spaced: true,
    };
    const FRENCH_INNER: Marks = Marks {
        open: '“',
        close: '”',
        spaced: false,
    };
    const ENGLISH_INNER: Marks = Marks {
        open: '‘',
        close: '’',
        spaced: false,
    };
}

fn with_marks(text: &str, marks: Marks) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    // The spaces inside a quotation's marks are dropped: guillemets bring their own.
    let mut after_open = false;
    // How many quotations are open: a fragment cut from the article may hold one
    // mark of a pair ("par “le manque d’information"), whose partner is then put where the
    // fragment is cut, with "…", rather than the mark left dangling or the quoted words run
    // into the words around them.
    let mut open = 0usize;
    while let Some(c) = chars.next() {
        let previous = out.chars().last();
        let opens = match c {
            '"' => Some(previous.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '['))),
            '“' | '«' => Some(true),
            '”' | '»' => Some(false),
            _ => None,
        };
        if c.is_whitespace() && after_open {
            continue;
        }
        after_open = false;
        match opens {
            Some(true) => {
                open += 1;
                out.push(marks.open);
                if marks.spaced {
                    out.push(NBSP);
                }
                after_open = true;
            }
            // A closing mark with no opening one: the fragment starts inside a quotation,
            // whose words are marked from the start, cut ("…"), rather than run into the
            // words around them (« … 2024 », estime le député).
            Some(false) if open == 0 => {
                let mut start = String::from(marks.open);
                if marks.spaced {
                    start.push(NBSP);
                }
                // A cloze's context already opens on the cut.
                if !out.starts_with('…') {
                    start.push_str("… ");
                }
                out.insert_str(0, &start);
                out.truncate(out.trim_end().len());
                if marks.spaced {
                    out.push(NBSP);
                }
                out.push(marks.close);
            }
            Some(false) => {
                open -= 1;
                out.truncate(out.trim_end().len());
                if marks.spaced {
                    out.push(NBSP);
                }
                out.push(marks.close);
            }
            None if c == '\'' => out.push('’'),
            None if c == ' '
                && chars
                    .peek()
                    .is_some_and(|n| matches!(n, '?' | '!' | ';' | ':')) =>
            {
                out.push(NBSP)
            }
            // "4 000": a number's groups of three digits stay on one line.
            None if c == ' ' && previous.is_some_and(|p| p.is_ascii_digit()) && {
                let mut next = chars.clone();
                next.by_ref().take(3).filter(char::is_ascii_digit).count() == 3
                    && !next.next().is_some_and(|n| n.is_ascii_digit())
            } =>
            {
                out.push(NBSP)
            }
            None => out.push(c),
        }
    }
    // An opening mark with no closing one: the fragment ends inside a quotation, which is
    // closed where it is cut.
    for _ in 0..open {
        out.truncate(out.trim_end().len());
        if !out.ends_with('…') {
            out.push('…');
        }
        if marks.spaced {
            out.push(NBSP);
        }
        out.push(marks.close);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn straight_and_english_quotes_become_guillemets() {
        assert_eq!(
            french(r#"un "usage responsable et _____ par la société""#),
            "un «\u{a0}usage responsable et _____ par la société\u{a0}»"
        );
        assert_eq!(
            french("le “contrôle” et “la transparence”."),
            "le «\u{a0}contrôle\u{a0}» et «\u{a0}la transparence\u{a0}»."
        );
        // Guillemets already there get their no-break spaces, once.
        assert_eq!(french("« apaisé »"), "«\u{a0}apaisé\u{a0}»");
        assert_eq!(french("«\u{a0}apaisé\u{a0}»"), "«\u{a0}apaisé\u{a0}»");
    }

    #[test]
    fn a_quote_at_the_start_or_after_a_bracket_opens() {
        assert_eq!(french(r#""a", "b""#), "«\u{a0}a\u{a0}», «\u{a0}b\u{a0}»");
        assert_eq!(french(r#"("a")"#), "(«\u{a0}a\u{a0}»)");
    }

    #[test]
    fn spaces_before_high_punctuation_become_no_break_and_times_are_untouched() {
        assert_eq!(
            french("L'objectif ? détecter : vite ! ici ; 15:08"),
            "L’objectif\u{a0}? détecter\u{a0}: vite\u{a0}! ici\u{a0}; 15:08"
        );
    }

    #[test]
    fn a_number_s_groups_of_digits_are_joined_by_a_no_break_space() {
        assert_eq!(
            french("forte de 4 000 entreprises"),
            "forte de 4\u{a0}000 entreprises"
        );
        assert_eq!(french("1 200 000 euros"), "1\u{a0}200\u{a0}000 euros");
        // Two numbers side by side are not one.
        assert_eq!(
            french("en 2019 2 fois, en 2019 2021"),
            "en 2019 2 fois, en 2019 2021"
        );
    }

    #[test]
    fn sources_nest_their_quotations_inside_the_outer_marks() {
        assert_eq!(
            quoted(r#"le projet de loi "Responsabilité pénale", qui"#, Lang::Fr),
            "«\u{a0}le projet de loi “Responsabilité pénale”, qui\u{a0}»"
        );
        assert_eq!(quoted("un « cadre »", Lang::Fr), "«\u{a0}un “cadre”\u{a0}»");
        assert_eq!(
            quoted("d'une surveillance de masse ?", Lang::En),
            "“d’une surveillance de masse\u{a0}?”"
        );
    }

    #[test]
    fn a_fragment_cut_inside_a_quotation_marks_its_words_as_quoted_and_cut() {
        assert_eq!(
            quoted(
                "s’explique selon lui par “le manque d’information",
                Lang::Fr
            ),
            "«\u{a0}s’explique selon lui par “le manque d’information…”\u{a0}»"
        );
        assert_eq!(
            quoted(
                "ou d’une attaque de type terroriste”, illustre le député",
                Lang::En
            ),
            "“‘… ou d’une attaque de type terroriste’, illustre le député”"
        );
        assert_eq!(french("par « le manque"), "par «\u{a0}le manque…\u{a0}»");
        // A cloze's context that opens on its cut keeps one ellipsis.
        assert_eq!(
            french("… définir les usages prioritaires\"."),
            "«\u{a0}… définir les usages prioritaires\u{a0}»."
        );
        // A pair, and a pair after a lone closing mark, stay.
        assert_eq!(
            quoted(r#"terroriste", illustre "le député""#, Lang::Fr),
            "«\u{a0}“… terroriste”, illustre “le député”\u{a0}»"
        );
    }

    #[test]
    fn text_without_marks_is_unchanged() {
        let plain = "Le député Jean-Michel Mis a remis ce matin au Premier ministre son rapport";
        assert_eq!(french(plain), plain);
    }
}

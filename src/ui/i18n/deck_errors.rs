//! Why a deck file is refused, in the interface's language: which part of the file, which
//! field, what is wrong and what was expected (the core's own words are English).

use vigie_core::deck::{DeckError, Problem, Section};
use vigie_core::lang::Lang;

/// One problem of a deck file, as a sentence.
pub fn deck_error(error: &DeckError, lang: Lang) -> String {
    let fr = lang == Lang::Fr;
    match error {
        DeckError::Syntax { line, column, .. } => match fr {
            true => format!("Le fichier n’est pas du JSON valide (ligne {line}, colonne {column})."),
            false => format!("The file is not valid JSON (line {line}, column {column})."),
        },
        DeckError::TooLarge { bytes, limit } => {
            let (size, max) = (megabytes(*bytes, lang), megabytes(*limit, lang));
            match fr {
                true => format!("Le fichier fait {size}\u{a0}Mo\u{a0}; un jeu de cartes en fait {max} au plus."),
                false => format!("The file is {size} MB; a deck file may be {max} MB at most."),
            }
        }
        DeckError::NotText => match fr {
            true => "Le fichier n’est pas du texte (UTF-8)\u{a0}: ce n’est pas un jeu de cartes.".into(),
            false => "The file is not text (UTF-8): it is not a deck file.".into(),
        },
        DeckError::NotADeck { .. } => match fr {
            true => "Le fichier est du JSON, mais pas un jeu de cartes Vigie.".into(),
            false => "The file is JSON, but not a Vigie deck.".into(),
        },
        DeckError::UnsupportedFormat { found, supported } if found > supported => match fr {
            true => format!("Ce jeu de cartes vient d’une version plus récente de Vigie (format {found}, celle-ci lit le format {supported})\u{a0}: rechargez Vigie pour la mettre à jour."),
            false => format!("This deck comes from a newer Vigie (format {found}; this one reads format {supported}): reload Vigie to update it."),
        },
        DeckError::UnsupportedFormat { found, supported } => match fr {
            true => format!("Ce fichier utilise le format {found}, que Vigie ne lit pas (format attendu\u{a0}: {supported})."),
            false => format!("This file uses format {found}, which Vigie does not read (expected: {supported})."),
        },
        DeckError::Invalid {
            section,
            id,
            field,
            problem,
        } => {
            let what = problem_text(problem, lang);
            match fr {
                true => format!("{} «\u{a0}{id}\u{a0}», champ «\u{a0}{field}\u{a0}»\u{a0}: {what}.", section_name(*section, lang)),
                false => format!("{} “{id}”, field “{field}”: {what}.", section_name(*section, lang)),
            }
        }
    }
}

fn megabytes(bytes: usize, lang: Lang) -> String {
    vigie_core::render::megabytes(bytes, lang)
}

fn section_name(section: Section, lang: Lang) -> &'static str {
    match (section, lang) {
        (Section::Deck, Lang::Fr) => "Jeu de cartes",
        (Section::Deck, Lang::En) => "Deck",
        (Section::Article, Lang::Fr) => "Article",
        (Section::Article, Lang::En) => "Article",
        (Section::Topic, Lang::Fr) => "Thème",
        (Section::Topic, Lang::En) => "Topic",
        (Section::Entity, Lang::Fr) => "Entité",
        (Section::Entity, Lang::En) => "Entity",
        (Section::Relation, Lang::Fr) => "Relation",
        (Section::Relation, Lang::En) => "Relation",
        (Section::Fact, Lang::Fr) => "Fait",
        (Section::Fact, Lang::En) => "Fact",
        (Section::Group, Lang::Fr) => "Groupe exclusif",
        (Section::Group, Lang::En) => "Exclusive group",
    }
}

fn problem_text(problem: &Problem, lang: Lang) -> String {
    let fr = lang == Lang::Fr;
    let q = |s: &str| match fr {
        true => format!("«\u{a0}{s}\u{a0}»"),
        false => format!("“{s}”"),
    };
    match problem {
        Problem::Empty => if fr { "il est vide" } else { "it is empty" }.into(),
        Problem::MissingLanguage(language) => match (fr, *language) {
            (true, "French") => "il manque le texte en français".into(),
            (true, _) => "il manque le texte en anglais".into(),
            (false, language) => format!("it has no {language} text"),
        },
        Problem::BadId(id) => match fr {
            true => format!("{} n’est pas un identifiant valide (attendu\u{a0}: lettres minuscules, chiffres, « - » et « _ », sans « - » au début ni à la fin)", q(id)),
            false => format!("{} is not a valid id (expected: lower-case letters, digits, “-” and “_”, with no “-” first or last)", q(id)),
        },
        Problem::DuplicateId(id) => match fr {
            true => format!("{} est employé deux fois (un identifiant est unique)", q(id)),
            false => format!("{} is used twice (an id is unique)", q(id)),
        },
        Problem::UnknownReference { kind, id } => match fr {
            true => format!("il renvoie à {} {}, que le fichier ne définit pas", section_name(*kind, lang).to_lowercase(), q(id)),
            false => format!("it names {} {}, which the file does not define", section_name(*kind, lang).to_lowercase(), q(id)),
        },
        Problem::QuoteNotInArticle(quote) => match fr {
            true => format!("la citation {} ne se trouve pas dans l’article", q(quote)),
            false => format!("the quote {} is not in the article", q(quote)),
        },
        Problem::NotInQuote(words) => match fr {
            true => format!("{} ne figure pas dans la citation du fait", q(words)),
            false => format!("{} is not words of the fact’s quote", q(words)),
        },
        Problem::NotInStatement(words) => match fr {
            true => format!("{} ne figure pas dans l’énoncé anglais du fait", q(words)),
            false => format!("{} is not words of the fact’s English statement", q(words)),
        },
        Problem::RejectedAndAccepted(answer) => match fr {
            true => format!("{} est à la fois une réponse acceptée et une réponse refusée", q(answer)),
            false => format!("{} is both an accepted and a rejected answer", q(answer)),
        },
        Problem::UnknownCategory(c) => match fr {
            true => format!("{} n’est pas une catégorie (attendu\u{a0}: actor, proposal, event, safeguard, objective, concern, figure ou context)", q(c)),
            false => format!("{} is not a category (expected: actor, proposal, event, safeguard, objective, concern, figure or context)", q(c)),
        },
        Problem::UnknownEntityType(t) => match fr {
            true => format!("{} n’est pas un type d’entité (attendu\u{a0}: person, institution, party, place, event, bill, technology, document, industry, group ou concept)", q(t)),
            false => format!("{} is not an entity type (expected: person, institution, party, place, event, bill, technology, document, industry, group or concept)", q(t)),
        },
        Problem::UnknownLanguage(l) => match fr {
            true => format!("{} n’est pas une langue de Vigie (attendu\u{a0}: fr ou en)", q(l)),
            false => format!("{} is not a language Vigie speaks (expected: fr or en)", q(l)),
        },
        Problem::BadDate(d) => match fr {
            true => format!("{} n’est pas une date (attendu\u{a0}: AAAA, AAAA-MM ou AAAA-MM-JJ)", q(d)),
            false => format!("{} is not a date (expected: YYYY, YYYY-MM or YYYY-MM-DD)", q(d)),
        },
        Problem::BadDifficulty(n) => match fr {
            true => format!("la difficulté vaut 1, 2 ou 3, pas {n}"),
            false => format!("the difficulty is 1, 2 or 3, not {n}"),
        },
        Problem::BadVersion => if fr { "la version vaut au moins 1" } else { "the version is at least 1" }.into(),
        Problem::MissingPlaceholder(p) => match fr {
            true => format!("il doit contenir {p}"),
            false => format!("it must contain {p}"),
        },
        Problem::BadValue => match fr {
            true => "il faut exactement l’un de «\u{a0}entity\u{a0}», «\u{a0}date\u{a0}», «\u{a0}number\u{a0}» ou «\u{a0}text\u{a0}»".into(),
            false => "it needs exactly one of “entity”, “date”, “number” or “text”".into(),
        },
        Problem::MixedGroup { first, other } => match fr {
            true => format!("il mêle {first} et {other}"),
            false => format!("it mixes {first} with {other}"),
        },
        Problem::TooFewMembers(n) => match fr {
            true => format!("il a {n}\u{a0}membre(s)\u{a0}; un groupe en demande au moins 2"),
            false => format!("it has {n} member(s); a group needs at least 2"),
        },
        Problem::DuplicateMember => if fr { "il cite deux fois la même valeur" } else { "it lists the same value twice" }.into(),
        Problem::ObjectNotInGroup(fact) => match fr {
            true => format!("l’objet du fait {} n’est pas parmi les membres du groupe", q(fact)),
            false => format!("the object of fact {} is not among the group’s members", q(fact)),
        },
        Problem::NotWebAddress(url) => match fr {
            true => format!("{} n’est pas une adresse web (attendu\u{a0}: http:// ou https://)", q(url)),
            false => format!("{} is not a web address (expected: http:// or https://)", q(url)),
        },
        Problem::TitleMismatch { found, headline } => match fr {
            true => format!("{} ne correspond pas au titre de l’article {}", q(found), q(headline)),
            false => format!("{} does not match the article’s headline {}", q(found), q(headline)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_problem_is_said_in_both_languages() {
        let errors = [
            DeckError::Syntax {
                message: String::new(),
                line: 3,
                column: 7,
            },
            DeckError::TooLarge {
                bytes: 3_100_000,
                limit: 2_000_000,
            },
            DeckError::NotText,
            DeckError::NotADeck {
                message: String::new(),
            },
            DeckError::UnsupportedFormat {
                found: 9,
                supported: 1,
            },
            DeckError::Invalid {
                section: Section::Fact,
                id: "f1".into(),
                field: "quote".into(),
                problem: Problem::QuoteNotInArticle("abc".into()),
            },
        ];
        for error in &errors {
            let fr = deck_error(error, Lang::Fr);
            let en = deck_error(error, Lang::En);
            assert!(!fr.is_empty() && !en.is_empty() && fr != en, "{fr} / {en}");
            assert!(
                !fr.contains(" :") && !fr.contains(" ;"),
                "French spaces before : and ; are non-breaking: {fr}"
            );
        }
        assert!(deck_error(&errors[0], Lang::Fr).contains("ligne 3, colonne 7"));
        assert!(deck_error(&errors[4], Lang::En).contains("newer Vigie"));
        assert!(deck_error(&errors[5], Lang::Fr)
            .starts_with("Fait «\u{a0}f1\u{a0}», champ «\u{a0}quote\u{a0}»"));
    }
}

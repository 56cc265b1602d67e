//! The generator's own words (instructions, category names), in both languages, in one place.

use crate::deck::{Category, Text};
use crate::lang::Lang;
use crate::render::capitalize;

fn text(fr: &str, en: &str) -> Text {
    Text {
        fr: fr.to_string(),
        en: en.to_string(),
    }
}

/// "Nice : que dit l’article ?" for reverse flashcards.
pub fn about(value: &Text) -> Text {
    Text {
        fr: format!("{}\u{a0}: que dit l’article\u{a0}?", capitalize(&value.fr)),
        en: format!("{}: what does the article say?", capitalize(&value.en)),
    }
}

/// "Vrai ou faux ? …"
pub fn true_or_false(statement: &Text) -> Text {
    Text {
        fr: format!("{}{}", true_or_false_prefix(Lang::Fr), statement.fr),
        en: format!("{}{}", true_or_false_prefix(Lang::En), statement.en),
    }
}

/// What a true/false prompt starts with (a tool with its own true/false needs only the rest).
pub fn true_or_false_prefix(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "Vrai ou faux\u{a0}? ",
        Lang::En => "True or false? ",
    }
}

/// The cloze's instruction: in the article's words (French, when the article states the
/// object) or in a statement of the fact.
pub fn cloze(text: &Text, from_article: bool) -> Text {
    let fr = if from_article {
        "Complétez la phrase de l’article"
    } else {
        "Complétez"
    };
    Text {
        fr: format!("{fr}\u{a0}: {}", text.fr),
        en: format!("Fill in the blank: {}", text.en),
    }
}

pub fn matching(set: usize) -> Text {
    Text {
        fr: format!("Associez chaque question à sa réponse (série {set})."),
        en: format!("Match each question with its answer (set {set})."),
    }
}

pub fn ordering(set: usize) -> Text {
    Text {
        fr: format!("Remettez ces événements dans l’ordre chronologique, du plus ancien au plus récent (série {set})."),
        en: format!("Put these events in time order, from earliest to latest (set {set})."),
    }
}

/// The instruction of a categorize item, with the rule of each bin: a measure the report
/// recommends that limits or controls these technologies is a safeguard, not a proposal, so
/// that each claim has one defensible bin.
pub fn categorize(set: usize) -> Text {
    Text {
        fr: format!("Classez chaque affirmation de l’article (série {set})\u{a0}: proposition (une mesure recommandée qui n’est pas un garde-fou), garde-fou (une limite ou un contrôle de l’usage d’une technologie, qu’il soit recommandé ou non), inquiétude (une crainte ou un risque rapporté) ou objectif (un but que l’on se fixe)."),
        en: format!("Sort each claim of the article (set {set}): proposal (a recommended measure that is not a safeguard), safeguard (a limit on or control of the use of a technology, whether recommended or not), concern (a reported fear or risk) or objective (an aim someone sets themselves)."),
    }
}

/// A category's name.
pub fn category(category: Category) -> Text {
    match category {
        Category::Actor => text("Acteur", "Actor"),
        Category::Proposal => text("Proposition", "Proposal"),
        Category::Event => text("Événement", "Event"),
        Category::Safeguard => text("Garde-fou", "Safeguard"),
        Category::Objective => text("Objectif", "Objective"),
        Category::Concern => text("Inquiétude", "Concern"),
        Category::Figure => text("Chiffre", "Figure"),
        Category::Context => text("Contexte", "Context"),
    }
}

/// [`category`]'s names in lower case, as [`crate::case::lowercase`] gives them (French,
/// English): what a claim's statement is searched for (the linter asks of every claim).
pub fn category_in_lower_case(category: Category) -> (&'static str, &'static str) {
    match category {
        Category::Actor => ("acteur", "actor"),
        Category::Proposal => ("proposition", "proposal"),
        Category::Event => ("événement", "event"),
        Category::Safeguard => ("garde-fou", "safeguard"),
        Category::Objective => ("objectif", "objective"),
        Category::Concern => ("inquiétude", "concern"),
        Category::Figure => ("chiffre", "figure"),
        Category::Context => ("contexte", "context"),
    }
}

/// "Vrai" / "True", "Faux" / "False".
pub fn truth(value: bool) -> Text {
    if value {
        text("Vrai", "True")
    } else {
        text("Faux", "False")
    }
}

/// A flashcard graded by the learner in a quiz.
pub fn knew(value: bool) -> Text {
    if value {
        text("Je savais", "I knew it")
    } else {
        text("Je ne savais pas", "I did not know")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lower_case_names_are_the_names_in_lower_case() {
        for &c in Category::ALL {
            let name = category(c);
            let lower = category_in_lower_case(c);
            assert_eq!(
                (
                    crate::case::lowercase(&name.fr),
                    crate::case::lowercase(&name.en)
                ),
                (lower.0.to_string(), lower.1.to_string())
            );
        }
    }
}

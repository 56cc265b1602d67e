//! Items as JSON or Markdown in one language: what `vigie-cli items` prints.

use crate::answer::normalize;
use crate::deck::Text;
use crate::generate::{category_name, Answer, Item};
use crate::lang::Lang;
use crate::quiz::{letter, right_answer};
use crate::typography::quoted;
use serde_json::{json, Map, Value};

/// One item as a JSON object: `id`, `kind`, `prompt`, `fact_ids`, `quotes`, and the fields
/// of its kind (`options` and `answer` for multiple choice, `answer` for true/false, …).
pub fn to_json(item: &Item, lang: Lang) -> Value {
    let texts = |v: &[Text]| {
        v.iter()
            .map(|t| t.get(lang).to_string())
            .collect::<Vec<_>>()
    };
    let mut out = Map::new();
    out.insert("id".into(), json!(item.id));
    out.insert("kind".into(), json!(item.kind.name()));
    out.insert("prompt".into(), json!(item.prompt.get(lang)));
    let extra = match &item.answer {
        Answer::Flashcard { back } => json!({ "back": texts(back) }),
        Answer::MultipleChoice { options, correct } => {
            json!({ "options": texts(options), "answer": correct })
        }
        Answer::TrueFalse { correct } => json!({ "answer": correct }),
        Answer::Cloze {
            text,
            blank,
            accepted,
            refused,
        } => {
            json!({ "text": text.get(lang), "answer": blank.get(lang), "accepted": accepted, "refused": refused })
        }
        Answer::TypedAnswer {
            expected,
            accepted,
            refused,
        } => {
            json!({ "answer": expected.get(lang), "accepted": accepted, "refused": refused })
        }
        Answer::Matching { left, right, pairs } => {
            json!({ "left": texts(left), "right": texts(right), "answer": pairs })
        }
        Answer::Ordering { events, order } => json!({ "events": texts(events), "answer": order }),
        Answer::Categorize {
            statements,
            categories,
            answers,
        } => json!({
            "statements": texts(statements),
            // "bins", not "categories": that key is the item's own categories, below.
            "bins": categories.iter().map(|c| category_name(*c).get(lang).to_string()).collect::<Vec<_>>(),
            "answer": answers,
        }),
    };
    if let Value::Object(extra) = extra {
        out.extend(extra);
    }
    out.insert("fact_ids".into(), json!(item.fact_ids));
    out.insert("quotes".into(), json!(item.quotes));
    out.insert("sentences".into(), json!(item.sentences));
    out.insert("explanation".into(), json!(item.explanation.get(lang)));
    out.insert(
        "categories".into(),
        json!(item.categories.iter().map(|c| c.name()).collect::<Vec<_>>()),
    );
    out.insert("topics".into(), json!(item.topics));
    out.insert("difficulty".into(), json!(item.difficulty));
    Value::Object(out)
}

/// Items for a person to read: question, choices, answer, and the article's words.
pub fn to_markdown(items: &[Item], lang: Lang) -> String {
    // Each language's typography: « : » and guillemets in French, ": " and quotes in English
    // (the quotes are the article's French words either way).
    let (answer_word, also_word, source_word) = match lang {
        Lang::Fr => (
            "Réponse\u{a0}:",
            "Autres réponses acceptées\u{a0}:",
            "Source\u{a0}:",
        ),
        Lang::En => ("Answer:", "Also accepted:", "Source:"),
    };
    // The matcher's leniency, once: without it, "Also accepted" reads as the only forms.
    let mut out = match lang {
        Lang::Fr => {
            "*Les réponses tapées sont comparées avec indulgence\u{a0}: majuscules, accents, \
            ponctuation, articles et mots qui encadrent la réponse («\u{a0}la ville de\u{a0}», \
            «\u{a0}près de\u{a0}», «\u{a0}environ\u{a0}») ne comptent pas\u{a0}; un nombre \
            s’écrit en chiffres, avec ou sans séparateur (4\u{a0}000, 4000), ou en lettres\u{a0}; \
            une faute de frappe par six lettres environ est pardonnée, et une réponse juste en \
            anglais est acceptée aussi. «\u{a0}Autres réponses \
            acceptées\u{a0}» ne liste que les formes qui diffèrent encore après cela.*\n\n"
        }
        Lang::En => {
            "*Typed answers are matched leniently: case, accents, punctuation, articles \
            and the words that frame an answer (“the city of”, “about”, “nearly”) do not count; \
            a number may be written in figures, with or without separators (4,000, 4000), or in \
            words; about one typo in six letters is forgiven, and a right answer in French is \
            accepted too. “Also accepted” lists only the \
            forms that still differ after that.*\n\n"
        }
    }
    .to_string();
    for (n, item) in items.iter().enumerate() {
        out.push_str(&format!("## {}. {}\n\n", n + 1, item.prompt.get(lang)));
        out.push_str(&format!("*{}* · `{}`\n\n", item.kind.name(), item.id));
        if let Answer::MultipleChoice { options, .. } = &item.answer {
            for (i, o) in options.iter().enumerate() {
                out.push_str(&format!("{}. {}\n", letter(i), o.get(lang)));
            }
            out.push('\n');
        }
        let answer = right_answer(item, lang);
        out.push_str(&format!("**{answer_word}** {answer}\n\n"));
        // What the matcher takes besides the answer shown: a teacher grading by hand, or
        // checking that a fair synonym is not refused, needs it.
        if let Answer::Cloze { accepted, .. } | Answer::TypedAnswer { accepted, .. } = &item.answer
        {
            let shown = normalize(&answer);
            let others: Vec<&str> = accepted
                .iter()
                .map(String::as_str)
                .filter(|a| normalize(a) != shown)
                .collect();
            if !others.is_empty() {
                out.push_str(&format!("*{also_word}* {}\n\n", others.join(" · ")));
            }
        }
        for quote in &item.quotes {
            out.push_str(&format!("> {source_word} {}\n", quoted(quote, lang)));
        }
        out.push('\n');
    }
    out
}

/// The items as a JSON array, as `vigie-cli items` prints them.
pub(super) fn json_file(items: &[Item], lang: Lang) -> String {
    let items: Vec<Value> = items.iter().map(|i| to_json(i, lang)).collect();
    // Serialising plain JSON values cannot fail.
    serde_json::to_string_pretty(&Value::Array(items)).unwrap_or_default()
}

//! A seed deck (fact data + the article's text file) as one self-contained deck file.

use super::error::{DeckError, DeckErrors};
use serde_json::Value;

/// The seed deck's JSON with the article's text inside (`article.text`) instead of its file
/// name: the `*.vigie.json` a teacher shares and a learner adds.
pub fn pack(seed_json: &str, article_text: &str) -> Result<String, DeckErrors> {
    let syntax = |e: serde_json::Error| {
        DeckErrors(vec![DeckError::Syntax {
            message: crate::json::fault(&e),
            line: e.line(),
            column: e.column(),
        }])
    };
    let mut value: Value = serde_json::from_str(seed_json).map_err(syntax)?;
    let Some(article) = value.get_mut("article").and_then(Value::as_object_mut) else {
        return Err(DeckErrors(vec![DeckError::NotADeck {
            message: "it has no `article` object".into(),
        }]));
    };
    article.remove("file");
    article.insert("text".into(), Value::String(article_text.to_string()));
    serde_json::to_string_pretty(&value).map_err(syntax)
}

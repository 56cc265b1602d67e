//! The deck file as written, before any check: every field optional, so that a missing one
//! is reported by name (with its fact or entity id) instead of as a bare JSON error. The deck
//! editor edits these as they are (a draft may be invalid), and writes them back as a file.

use serde::{Deserialize, Serialize};

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default)]
pub struct RawDeck {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<i64>,
    pub deck: RawDeckMeta,
    pub article: RawArticle,
    pub topics: Vec<RawTopic>,
    pub entities: Vec<RawEntity>,
    pub relations: Vec<RawRelation>,
    pub facts: Vec<RawFact>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub exclusive_groups: Vec<RawGroup>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default)]
pub struct RawDeckMeta {
    pub id: String,
    pub version: i64,
    pub language: String,
    pub title: RawText,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default)]
pub struct RawArticle {
    /// The article's text file, beside a seed deck.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub file: String,
    /// The article's text itself, in a self-contained deck file (`*.vigie.json`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    pub title: String,
    pub author: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub published: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default)]
pub struct RawText {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fr: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default)]
pub struct RawTopic {
    pub id: String,
    pub name: RawText,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default)]
pub struct RawEntity {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub name: RawText,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default)]
pub struct RawRelation {
    pub id: String,
    pub question: RawText,
    pub statement: RawText,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<RawText>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub list: Option<RawText>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default)]
pub struct RawValue {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<RawText>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approx: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<RawText>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default)]
pub struct RawFact {
    pub id: String,
    pub subject: String,
    pub relation: String,
    pub object: RawValue,
    pub category: String,
    pub topic: String,
    pub difficulty: i64,
    pub statement: RawText,
    pub quote: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote_answer: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub english_answer: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub accept: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub reject: Vec<String>,
    #[serde(skip_serializing_if = "is_false")]
    pub cloze_from_statement: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub no_cloze: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub category_ambiguous: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default)]
pub struct RawGroup {
    pub id: String,
    pub about: RawText,
    pub facts: Vec<String>,
    pub members: Vec<RawValue>,
}

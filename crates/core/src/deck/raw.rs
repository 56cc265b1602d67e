//! The deck file as written, before any check: every field optional, so that a missing one
//! is reported by name (with its fact or entity id) instead of as a bare JSON error.

use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawDeck {
    pub format: Option<i64>,
    pub deck: RawDeckMeta,
    pub article: RawArticle,
    pub topics: Vec<RawTopic>,
    pub entities: Vec<RawEntity>,
    pub relations: Vec<RawRelation>,
    pub facts: Vec<RawFact>,
    pub exclusive_groups: Vec<RawGroup>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawDeckMeta {
    pub id: String,
    pub version: i64,
    pub language: String,
    pub title: RawText,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawArticle {
    /// The article's text file, beside a seed deck.
    pub file: String,
    /// The article's text itself, in a self-contained deck file (`*.vigie.json`).
    pub text: Option<String>,
    pub title: String,
    pub author: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: String,
    pub updated: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawText {
    pub fr: Option<String>,
    pub en: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawTopic {
    pub id: String,
    pub name: RawText,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawEntity {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub name: RawText,
    pub aliases: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawRelation {
    pub id: String,
    pub question: RawText,
    pub statement: RawText,
    pub event: Option<RawText>,
    pub list: Option<RawText>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawValue {
    pub entity: Option<String>,
    pub date: Option<String>,
    pub number: Option<i64>,
    pub unit: Option<RawText>,
    pub approx: Option<bool>,
    pub text: Option<RawText>,
}

#[derive(Debug, Default, Deserialize)]
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
    pub quote_answer: Option<String>,
    pub english_answer: Option<String>,
    pub accept: Vec<String>,
    pub cloze_from_statement: bool,
    pub category_ambiguous: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawGroup {
    pub id: String,
    pub about: RawText,
    pub facts: Vec<String>,
    pub members: Vec<RawValue>,
}

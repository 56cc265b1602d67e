//! Embeds the built-in deck minified: the whitespace between JSON tokens is dropped
//! (strings are copied verbatim), so the browser build carries ~30 % fewer bytes. A second
//! copy, for the study pages (the first load), leaves out what only quizzes read: the facts'
//! `accept` lists of other right answers, the words clozes blank and how, and the categorize
//! flag (about 2.5 KB gzip). (The relations' `list` templates stay: flashcards explain with them.)

use std::{env, fs, path::Path};

const DECK: &str = "../../seeds/mis-rapport-technologies-securite-2021.deck.json";

fn main() {
    println!("cargo:rerun-if-changed={DECK}");
    let json = fs::read_to_string(DECK).expect("read the seed deck");
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if !c.is_ascii_whitespace() {
            in_string = c == '"';
            out.push(c);
        }
    }
    let dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut study: serde_json::Value = serde_json::from_str(&out).expect("the seed deck is JSON");
    const QUIZ_ONLY_FACT_FIELDS: [&str; 5] = [
        "accept",
        "quote_answer",
        "english_answer",
        "cloze_from_statement",
        "category_ambiguous",
    ];
    if let Some(facts) = study["facts"].as_array_mut() {
        for fact in facts.iter_mut().filter_map(|f| f.as_object_mut()) {
            for field in QUIZ_ONLY_FACT_FIELDS {
                fact.remove(field);
            }
        }
    }
    fs::write(Path::new(&dir).join("deck.min.json"), out).expect("write the minified deck");
    fs::write(
        Path::new(&dir).join("deck.study.min.json"),
        serde_json::to_string(&study).expect("JSON"),
    )
    .expect("write the study deck");
}

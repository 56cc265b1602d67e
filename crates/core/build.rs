//! Embeds the built-in deck minified: the whitespace between JSON tokens is dropped
//! (strings are copied verbatim), so the browser build carries ~30 % fewer bytes.

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
    fs::write(Path::new(&dir).join("deck.min.json"), out).expect("write the minified deck");
}

//! Writes the built-in deck's study copy in its compact form (`vigie_core::deck::compact`),
//! checked here, at build time, so that the first load carries neither the deck's JSON nor the
//! JSON parser and the checks: it reads the deck with a few lines of postcard instead.

use std::{env, fs, path::Path};

fn main() {
    let deck = match vigie_core::builtin::study_deck() {
        Ok(deck) => deck,
        Err(errors) => panic!("the built-in deck is invalid:\n{errors}"),
    };
    let dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(
        Path::new(&dir).join("study-deck.bin"),
        vigie_core::deck::compact::to_bytes(deck),
    )
    .expect("write the built-in deck's compact copy");
    println!("cargo:rerun-if-changed=build.rs");
}

//! A checked deck in a compact binary form, which the study pages read without a JSON parser
//! and without checking the deck again: the built-in deck is written in it at build time, an
//! added deck when it is added (checked then, once).
//!
//! The form is `VIGIE-DECK/<version>`, the payload's FNV-1a hash (8 bytes, little end first),
//! then the [`Deck`] in [postcard](https://postcard.jamesmunns.com/)'s encoding. The version
//! changes whenever the deck model does, so that a copy written by an older Vigie is refused
//! (and written again from its file) rather than read wrongly; the hash refuses a copy damaged
//! or edited by hand, which could otherwise name a sentence the article does not have.
//!
//! ```
//! use vigie_core::deck::{compact, Deck};
//! let deck = vigie_core::builtin::deck().expect("valid");
//! let bytes = compact::to_bytes(deck);
//! assert_eq!(&compact::from_bytes(&bytes).expect("readable"), deck);
//! assert!(compact::from_bytes(&bytes[..bytes.len() - 1]).is_err());
//! ```

use super::model::Deck;
use crate::seeded::fnv1a;
use thiserror::Error;

/// Written first; the number changes with the deck model.
const MAGIC: &[u8] = b"VIGIE-DECK/1";

/// Why a compact deck could not be read. The deck's file is kept beside it, so either way
/// the copy can be written again.
#[derive(Clone, Copy, Debug, Error, PartialEq, Eq)]
pub enum CompactError {
    /// Written by another version of Vigie.
    #[error("the deck's compact copy was written by another version of Vigie")]
    OtherVersion,
    /// Cut short, damaged or edited.
    #[error("the deck's compact copy is damaged")]
    Damaged,
}

/// The compact form of a checked deck.
pub fn to_bytes(deck: &Deck) -> Vec<u8> {
    // A deck of plain strings, numbers and vectors always encodes.
    let payload = postcard::to_allocvec(deck).unwrap_or_default();
    let mut out = Vec::with_capacity(MAGIC.len() + 8 + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&fnv1a(&payload).to_le_bytes());
    out.extend_from_slice(&payload);
    out
}

/// The deck a compact form holds.
pub fn from_bytes(bytes: &[u8]) -> Result<Deck, CompactError> {
    let rest = bytes
        .strip_prefix(MAGIC)
        .ok_or(CompactError::OtherVersion)?;
    let (hash, payload) = rest.split_at_checked(8).ok_or(CompactError::Damaged)?;
    if hash != fnv1a(payload).to_le_bytes() {
        return Err(CompactError::Damaged);
    }
    postcard::from_bytes(payload).map_err(|_| CompactError::Damaged)
}

/// The compact form as text, for a store of strings (localStorage): one character per byte,
/// U+0000 to U+00FF.
pub fn to_text(deck: &Deck) -> String {
    to_bytes(deck).into_iter().map(char::from).collect()
}

/// The deck that [`to_text`] wrote.
pub fn from_text(text: &str) -> Result<Deck, CompactError> {
    let bytes = text
        .chars()
        .map(|c| u8::try_from(c).map_err(|_| CompactError::Damaged))
        .collect::<Result<Vec<u8>, _>>()?;
    from_bytes(&bytes)
}

//! A checked deck in a compact binary form, which the study pages read without a JSON parser
//! and without checking the deck again: the built-in deck is written in it at build time, an
//! added deck when it is added (checked then, once).
//!
//! The form is `VIGIE-DECK/<version>`, the payload's FNV-1a hash (8 bytes, little end first),
//! then the [`Deck`] in [postcard](https://postcard.jamesmunns.com/)'s encoding, written by
//! postcard and read back by the few lines of [`Reader`] (serde's generic visitors for the
//! deck's types were 14 kB of the first load; this reader is a fraction of that). The version
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

use super::model::*;
use crate::article::{Article, Block};
use crate::lang::Lang;
use crate::seeded::fnv1a;
use thiserror::Error;

/// Written first; the number changes with the deck model.
const MAGIC: &[u8] = b"VIGIE-DECK/2";

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
    let mut reader = Reader { bytes: payload };
    match reader.deck() {
        Some(deck) if reader.bytes.is_empty() => Ok(deck),
        _ => Err(CompactError::Damaged),
    }
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

/// Reads postcard's encoding of a [`Deck`]: fields in their order of declaration, unsigned
/// integers (but `u8`) as LEB128 varints, `i64` zigzagged, strings and vectors after their
/// length, options and booleans as one byte, enum variants by their index. `None` for
/// anything else, and never more memory than the bytes could describe.
struct Reader<'a> {
    bytes: &'a [u8],
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let (&first, rest) = self.bytes.split_first()?;
        self.bytes = rest;
        Some(first)
    }

    fn varint(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for shift in (0..70).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f).checked_shl(shift)?;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }

    fn usize(&mut self) -> Option<usize> {
        usize::try_from(self.varint()?).ok()
    }

    fn bool(&mut self) -> Option<bool> {
        match self.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }

    fn string(&mut self) -> Option<String> {
        let len = self.usize()?;
        let (text, rest) = self.bytes.split_at_checked(len)?;
        self.bytes = rest;
        String::from_utf8(text.to_vec()).ok()
    }

    fn option<T>(&mut self, read: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        match self.bool()? {
            false => Some(None),
            true => read(self).map(Some),
        }
    }

    fn vec<T>(&mut self, mut read: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let len = self.usize()?;
        // Each item takes a byte at least: a damaged length cannot ask for more.
        let mut items = Vec::with_capacity(len.min(self.bytes.len()));
        for _ in 0..len {
            items.push(read(self)?);
        }
        Some(items)
    }

    fn strings(&mut self) -> Option<Vec<String>> {
        self.vec(Self::string)
    }

    fn variant<T: Copy>(&mut self, all: &[T]) -> Option<T> {
        all.get(self.usize()?).copied()
    }

    fn text(&mut self) -> Option<Text> {
        Some(Text {
            fr: self.string()?,
            en: self.string()?,
        })
    }

    fn value(&mut self) -> Option<Value> {
        Some(match self.varint()? {
            0 => Value::Entity(self.string()?),
            1 => Value::Date(Date {
                year: u16::try_from(self.varint()?).ok()?,
                month: self.option(Self::byte)?,
                day: self.option(Self::byte)?,
            }),
            2 => Value::Number {
                value: {
                    let n = self.varint()?;
                    ((n >> 1) as i64) ^ -((n & 1) as i64)
                },
                unit: self.option(Self::text)?,
                approx: self.bool()?,
            },
            3 => Value::Text(self.text()?),
            _ => return None,
        })
    }

    fn block(&mut self) -> Option<Block> {
        Some(match self.varint()? {
            0 => Block::Byline(self.string()?),
            1 => Block::Dateline(self.string()?),
            2 => Block::Title(self.vec(Self::usize)?),
            3 => Block::Heading(self.string()?),
            4 => Block::Related(self.string()?),
            5 => Block::Paragraph(self.vec(Self::usize)?),
            _ => return None,
        })
    }

    fn fact(&mut self) -> Option<Fact> {
        Some(Fact {
            id: self.string()?,
            subject: self.string()?,
            relation: self.string()?,
            object: self.value()?,
            category: self.variant(Category::ALL)?,
            topic: self.string()?,
            difficulty: self.byte()?,
            statement: self.text()?,
            quote: self.string()?,
            quote_answer: self.option(Self::string)?,
            english_answer: self.option(Self::string)?,
            accept: self.strings()?,
            reject: self.strings()?,
            cloze_from_statement: self.bool()?,
            no_cloze: self.bool()?,
            category_ambiguous: self.bool()?,
            sentences: self.vec(Self::usize)?,
        })
    }

    fn deck(&mut self) -> Option<Deck> {
        Some(Deck {
            id: self.string()?,
            version: u32::try_from(self.varint()?).ok()?,
            language: self.variant(&Lang::ALL)?,
            title: self.text()?,
            meta: ArticleMeta {
                file: self.string()?,
                title: self.string()?,
                author: self.string()?,
                outlet: self.option(Self::string)?,
                url: self.option(Self::string)?,
                published: self.string()?,
                updated: self.option(Self::string)?,
            },
            article: {
                let blocks = self.vec(Self::block)?;
                Article::from_parts(blocks, self.strings()?)
            },
            topics: self.vec(|r| {
                Some(Topic {
                    id: r.string()?,
                    name: r.text()?,
                })
            })?,
            entities: self.vec(|r| {
                Some(Entity {
                    id: r.string()?,
                    kind: r.variant(EntityType::ALL)?,
                    name: r.text()?,
                    aliases: r.strings()?,
                })
            })?,
            relations: self.vec(|r| {
                Some(Relation {
                    id: r.string()?,
                    question: r.text()?,
                    statement: r.text()?,
                    event: r.option(Self::text)?,
                    list: r.option(Self::text)?,
                })
            })?,
            facts: self.vec(Self::fact)?,
            groups: self.vec(|r| {
                Some(ExclusiveGroup {
                    id: r.string()?,
                    about: r.text()?,
                    facts: r.strings()?,
                    members: r.vec(Self::value)?,
                })
            })?,
        })
    }
}

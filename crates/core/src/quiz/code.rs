//! Quiz codes: a short code, readable aloud, that gives the same quiz on every device. It
//! carries the deck (a tag of its id, and its version), the seed and the settings.
//!
//! The alphabet leaves out 0/O and 1/I/L, and the code ends with a checksum, so that a
//! misread character is caught rather than giving another quiz.

use crate::deck::{Category, Deck};
use crate::generate::{ItemKind, Settings};
use crate::seeded::fnv1a;
use thiserror::Error;

/// 31 symbols: digits 2–9 and capitals without I, L, O.
const ALPHABET: &[u8; 31] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const FORMAT: u128 = 1;
const CHECK_BITS: u32 = 10;
pub const MIN_QUESTIONS: usize = 5;
pub const MAX_QUESTIONS: usize = 50;
/// Time limits are whole multiples of this many seconds (at most 15 of them).
pub const TIMER_STEP_SECONDS: u32 = 10;
pub const MAX_TIMER_SECONDS: u32 = 15 * TIMER_STEP_SECONDS;

/// Everything that makes a quiz: what to draw from which deck, and with which seed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuizSpec {
    pub deck_tag: u8,
    pub deck_version: u8,
    /// 20 bits.
    pub seed: u32,
    pub count: usize,
    /// Seconds per question; `None` for no timer.
    pub time_limit: Option<u32>,
    pub kinds: Vec<ItemKind>,
    pub categories: Vec<Category>,
    /// Indices into the deck's topics.
    pub topics: Vec<usize>,
    pub difficulties: Vec<u8>,
}

/// Why a code gives no quiz.
#[derive(Clone, Copy, Debug, Error, PartialEq, Eq)]
pub enum CodeError {
    #[error("the code is empty")]
    Empty,
    #[error("the code has a character that quiz codes never use: {0}")]
    BadCharacter(char),
    #[error("the code is too long")]
    TooLong,
    #[error("the code is mistyped (its check does not match)")]
    Checksum,
    #[error("the code comes from a newer version of Vigie")]
    UnknownFormat,
    #[error("the code was made for another deck")]
    OtherDeck,
    #[error("the code was made for version {made_for} of this deck; this is version {current}")]
    OtherVersion { made_for: u8, current: u8 },
    #[error("the code asks for {0} questions; quizzes have 5 to 50")]
    BadCount(usize),
}

/// A deck's one-byte tag, from its id.
pub fn deck_tag(deck: &Deck) -> u8 {
    (fnv1a(deck.id.as_bytes()) & 0xff) as u8
}

impl QuizSpec {
    /// A quiz of `deck` with these settings.
    pub fn new(deck: &Deck, seed: u32, settings: &Settings, time_limit: Option<u32>) -> QuizSpec {
        QuizSpec {
            deck_tag: deck_tag(deck),
            deck_version: (deck.version & 0xff) as u8,
            seed: seed & 0xf_ffff,
            count: settings
                .count
                .unwrap_or(20)
                .clamp(MIN_QUESTIONS, MAX_QUESTIONS),
            time_limit: time_limit
                .filter(|&s| s > 0)
                .map(|s| s.div_ceil(TIMER_STEP_SECONDS).clamp(1, 15) * TIMER_STEP_SECONDS),
            kinds: settings.kinds.clone(),
            categories: settings.categories.clone(),
            topics: settings
                .topics
                .iter()
                .filter_map(|t| deck.topics.iter().position(|d| &d.id == t))
                .filter(|&i| i < 16)
                .collect(),
            difficulties: settings.difficulties.clone(),
        }
    }

    /// The generator's settings for this quiz on `deck`.
    pub fn settings(&self, deck: &Deck) -> Settings {
        Settings {
            kinds: self.kinds.clone(),
            categories: self.categories.clone(),
            topics: self
                .topics
                .iter()
                .filter_map(|&i| deck.topics.get(i).map(|t| t.id.clone()))
                .collect(),
            difficulties: self.difficulties.clone(),
            count: Some(self.count),
        }
    }

    /// Checks that the code fits `deck` as it is now.
    pub fn check_deck(&self, deck: &Deck) -> Result<(), CodeError> {
        if self.deck_tag != deck_tag(deck) {
            return Err(CodeError::OtherDeck);
        }
        let current = (deck.version & 0xff) as u8;
        if self.deck_version != current {
            return Err(CodeError::OtherVersion {
                made_for: self.deck_version,
                current,
            });
        }
        Ok(())
    }

    /// The code, in groups of four: `K7QM-4XRT-9BCD`.
    pub fn encode(&self) -> String {
        let mut bits = Bits::default();
        bits.push(FORMAT, 2);
        bits.push(self.deck_tag.into(), 8);
        bits.push(self.deck_version.into(), 8);
        bits.push(self.seed.into(), 20);
        bits.push(self.count as u128, 6);
        bits.push(
            self.time_limit.map_or(0, |s| s / TIMER_STEP_SECONDS).into(),
            4,
        );
        let flags = [
            !self.kinds.is_empty(),
            !self.categories.is_empty(),
            !self.topics.is_empty(),
            !self.difficulties.is_empty(),
        ];
        for f in flags {
            bits.push(u128::from(f), 1);
        }
        if flags[0] {
            bits.push(
                mask(
                    self.kinds
                        .iter()
                        .map(|k| ItemKind::ALL.iter().position(|x| x == k)),
                ),
                8,
            );
        }
        if flags[1] {
            bits.push(
                mask(
                    self.categories
                        .iter()
                        .map(|c| Category::ALL.iter().position(|x| x == c)),
                ),
                8,
            );
        }
        if flags[2] {
            bits.push(mask(self.topics.iter().map(|&t| Some(t))), 16);
        }
        if flags[3] {
            bits.push(
                mask(
                    self.difficulties
                        .iter()
                        .map(|&d| usize::from(d).checked_sub(1)),
                ),
                3,
            );
        }
        CodeNumber::from_sealed(bits.seal()).text()
    }

    /// Reads a code (any case, with or without dashes and spaces).
    pub fn decode(code: &str) -> Result<QuizSpec, CodeError> {
        let mut bits = Bits::open(CodeNumber::parse(code)?.sealed())?;
        if bits.take(2) != FORMAT {
            return Err(CodeError::UnknownFormat);
        }
        let deck_tag = bits.take(8) as u8;
        let deck_version = bits.take(8) as u8;
        let seed = bits.take(20) as u32;
        let count = bits.take(6) as usize;
        if !(MIN_QUESTIONS..=MAX_QUESTIONS).contains(&count) {
            return Err(CodeError::BadCount(count));
        }
        let timer = bits.take(4) as u32;
        let flags: Vec<bool> = (0..4).map(|_| bits.take(1) == 1).collect();
        let pick = |mask: u128, n: usize| (0..n).filter(move |i| mask >> i & 1 == 1);
        let kinds = if flags[0] {
            pick(bits.take(8), 8).map(|i| ItemKind::ALL[i]).collect()
        } else {
            Vec::new()
        };
        let categories = if flags[1] {
            pick(bits.take(8), 8).map(|i| Category::ALL[i]).collect()
        } else {
            Vec::new()
        };
        let topics = if flags[2] {
            pick(bits.take(16), 16).collect()
        } else {
            Vec::new()
        };
        let difficulties = if flags[3] {
            pick(bits.take(3), 3).map(|i| i as u8 + 1).collect()
        } else {
            Vec::new()
        };
        Ok(QuizSpec {
            deck_tag,
            deck_version,
            seed,
            count,
            time_limit: (timer > 0).then_some(timer * TIMER_STEP_SECONDS),
            kinds,
            categories,
            topics,
            difficulties,
        })
    }
}

fn mask(indices: impl Iterator<Item = Option<usize>>) -> u128 {
    indices.flatten().fold(0, |m, i| m | 1 << i)
}

/// Bits packed from the lowest up, with a checksum in the lowest `CHECK_BITS`.
#[derive(Default)]
pub(crate) struct Bits {
    value: u128,
    len: u32,
}

impl Bits {
    pub(crate) fn push(&mut self, value: u128, width: u32) {
        self.value |= (value & ((1 << width) - 1)) << self.len;
        self.len += width;
    }

    /// The payload with its checksum below it.
    pub(crate) fn seal(&self) -> u128 {
        (self.value << CHECK_BITS) | checksum(self.value)
    }

    pub(crate) fn open(sealed: u128) -> Result<Bits, CodeError> {
        let value = sealed >> CHECK_BITS;
        if sealed & ((1 << CHECK_BITS) - 1) != checksum(value) {
            return Err(CodeError::Checksum);
        }
        Ok(Bits { value, len: 0 })
    }

    pub(crate) fn take(&mut self, width: u32) -> u128 {
        let v = (self.value >> self.len) & ((1 << width) - 1);
        self.len += width;
        v
    }
}

fn checksum(value: u128) -> u128 {
    u128::from(fnv1a(&value.to_le_bytes()) & ((1 << CHECK_BITS) - 1))
}

/// A code's number: what its text spells in the code alphabet. Quiz codes and result codes
/// are both read through it; what the number holds is checked by [`QuizSpec::decode`] and
/// [`crate::quiz::Outcome::from_result_code`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CodeNumber(u128);

impl CodeNumber {
    /// Reads a code's text; look-alikes (O for 0, I or L for 1) are refused, not guessed.
    pub fn parse(text: &str) -> Result<CodeNumber, CodeError> {
        from_text(text).map(CodeNumber)
    }

    /// The code's text, grouped by four (`K7QM-4XRT-9BCD`).
    pub fn text(self) -> String {
        to_text(self.0)
    }

    pub(crate) fn from_sealed(sealed: u128) -> CodeNumber {
        CodeNumber(sealed)
    }

    pub(crate) fn sealed(self) -> u128 {
        self.0
    }
}

/// A number in the code alphabet, grouped by four.
fn to_text(mut n: u128) -> String {
    let mut digits = Vec::new();
    while n > 0 || digits.is_empty() {
        digits.push(ALPHABET[(n % 31) as usize]);
        n /= 31;
    }
    digits.reverse();
    let mut out = String::new();
    for (i, d) in digits.iter().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        out.push(char::from(*d));
    }
    out
}

/// Reads a number back from its text in the code alphabet.
fn from_text(code: &str) -> Result<u128, CodeError> {
    let mut n: u128 = 0;
    let mut any = false;
    for c in code.chars().filter(|c| !matches!(c, '-' | ' ' | '\u{a0}')) {
        let upper = c.to_ascii_uppercase();
        let digit = ALPHABET
            .iter()
            .position(|&a| char::from(a) == upper)
            .ok_or(CodeError::BadCharacter(c))?;
        n = n
            .checked_mul(31)
            .and_then(|n| n.checked_add(digit as u128))
            .ok_or(CodeError::TooLong)?;
        any = true;
    }
    if any {
        Ok(n)
    } else {
        Err(CodeError::Empty)
    }
}

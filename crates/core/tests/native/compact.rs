//! The compact form of checked decks: what the study pages read instead of JSON.

use vigie_core::builtin;
use vigie_core::deck::compact::{self, CompactError};

#[test]
fn a_deck_comes_back_whole_from_its_compact_form_and_its_text() {
    for deck in [builtin::deck(), builtin::study_deck()] {
        let deck = deck.expect("valid");
        assert_eq!(
            &compact::from_bytes(&compact::to_bytes(deck)).unwrap(),
            deck
        );
        let text = compact::to_text(deck);
        assert!(text.chars().all(|c| u32::from(c) <= 0xff));
        assert_eq!(&compact::from_text(&text).unwrap(), deck);
        // Quotes are still found in the article it comes back with.
        let back = compact::from_text(&text).unwrap();
        let fact = &back.facts[0];
        assert_eq!(
            back.article.locate(&fact.quote),
            Some(fact.sentences.clone())
        );
    }
}

#[test]
fn the_compact_form_is_smaller_than_the_json_it_was_checked_from() {
    let bytes = compact::to_bytes(builtin::deck().unwrap());
    assert!(bytes.len() < builtin::DECK_JSON.len() + builtin::ARTICLE_TEXT.len());
}

#[test]
fn a_copy_of_another_version_cut_short_or_edited_is_refused_without_panicking() {
    let bytes = compact::to_bytes(builtin::study_deck().unwrap());
    let mut other_version = bytes.clone();
    other_version[11] = b'0';
    assert_eq!(
        compact::from_bytes(&other_version),
        Err(CompactError::OtherVersion)
    );
    assert_eq!(compact::from_bytes(b""), Err(CompactError::OtherVersion));
    for cut in [12, 15, 20, bytes.len() / 2, bytes.len() - 1] {
        assert_eq!(
            compact::from_bytes(&bytes[..cut]),
            Err(CompactError::Damaged),
            "cut at {cut}"
        );
    }
    let mut edited = bytes.clone();
    let last = edited.len() - 1;
    edited[last] ^= 1;
    assert_eq!(compact::from_bytes(&edited), Err(CompactError::Damaged));
    assert_eq!(
        compact::from_text("VIGIE-DECK/1\u{100}"),
        Err(CompactError::Damaged)
    );
}

#[test]
fn a_payload_with_a_matching_hash_but_no_deck_in_it_is_refused() {
    // Someone who recomputes the hash still cannot make the reader panic or allocate wildly.
    let mut state = 7u64;
    for len in [0usize, 1, 5, 64, 4096] {
        let payload: Vec<u8> = (0..len)
            .map(|_| {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1);
                (state >> 56) as u8
            })
            .collect();
        let mut bytes = b"VIGIE-DECK/1".to_vec();
        bytes.extend_from_slice(&vigie_core::seeded::fnv1a(&payload).to_le_bytes());
        bytes.extend_from_slice(&payload);
        assert_eq!(compact::from_bytes(&bytes), Err(CompactError::Damaged));
    }
}

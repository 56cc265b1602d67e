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
        compact::from_text("VIGIE-DECK/2\u{100}"),
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
        let mut bytes = b"VIGIE-DECK/2".to_vec();
        bytes.extend_from_slice(&vigie_core::seeded::fnv1a(&payload).to_le_bytes());
        bytes.extend_from_slice(&payload);
        assert_eq!(compact::from_bytes(&bytes), Err(CompactError::Damaged));
    }
}

#[test]
fn every_variant_reads_back_as_postcard_itself_reads_it() {
    use vigie_core::article::Block;
    use vigie_core::deck::{Date, Text, Value};
    let mut deck = builtin::deck().unwrap().clone();
    let text = |s: &str| Text {
        fr: format!("{s} é"),
        en: s.to_string(),
    };
    let values = [
        Value::Entity("cnil".into()),
        Value::Date(Date {
            year: 2024,
            month: None,
            day: None,
        }),
        Value::Date(Date {
            year: 65_535,
            month: Some(12),
            day: Some(31),
        }),
        Value::Number {
            value: i64::MIN,
            unit: Some(text("euros")),
            approx: true,
        },
        Value::Number {
            value: -3,
            unit: None,
            approx: false,
        },
        Value::Number {
            value: i64::MAX,
            unit: None,
            approx: false,
        },
        Value::Text(text("x")),
    ];
    for (fact, value) in deck.facts.iter_mut().zip(values.iter().cycle()) {
        fact.object = value.clone();
        fact.quote_answer = Some("qa".into());
        fact.english_answer = None;
        fact.cloze_from_statement = true;
        fact.sentences.push(usize::MAX >> 1);
    }
    deck.groups[0].members = values.to_vec();
    deck.relations[0].event = Some(text("event"));
    deck.relations[0].list = None;
    deck.meta.url = None;
    deck.meta.updated = Some("2021-09-10".into());
    deck.version = u32::MAX;
    let mut blocks = deck.article.blocks.clone();
    blocks.push(Block::Related("À lire aussi".into()));
    blocks.push(Block::Heading(String::new()));
    deck.article = postcard::from_bytes(
        &postcard::to_allocvec(&(blocks, deck.article.sentences.clone())).unwrap(),
    )
    .unwrap();
    let bytes = compact::to_bytes(&deck);
    let ours = compact::from_bytes(&bytes).expect("readable");
    let theirs: vigie_core::deck::Deck = postcard::from_bytes(&bytes[20..]).expect("postcard");
    assert_eq!(ours, theirs);
    assert_eq!(ours, deck);
}

#[test]
fn a_valid_copy_with_any_byte_changed_and_its_hash_made_again_never_panics() {
    let valid = compact::to_bytes(builtin::study_deck().unwrap());
    let payload = &valid[20..];
    for at in (0..payload.len()).step_by(211) {
        for new in [0u8, 0x7f, 0x80, 0xff] {
            let mut changed = payload.to_vec();
            changed[at] = new;
            let mut bytes = b"VIGIE-DECK/2".to_vec();
            bytes.extend_from_slice(&vigie_core::seeded::fnv1a(&changed).to_le_bytes());
            bytes.extend_from_slice(&changed);
            let _ = compact::from_bytes(&bytes);
        }
    }
}

#[test]
fn the_compact_form_changes_only_with_its_version() {
    // A copy written by another Vigie must be refused, not read wrongly: when this hash
    // changes because the deck model did (a field added, moved or retyped), bump the version
    // in `compact.rs`'s MAGIC, then pin the new hash. (It also changes with the mini deck.)
    let mini = vigie_core::deck::Deck::from_json(
        include_str!("../fixtures/mini.deck.json"),
        include_str!("../fixtures/mini.txt"),
    )
    .expect("valid");
    let bytes = compact::to_bytes(&mini);
    assert!(bytes.starts_with(b"VIGIE-DECK/2"));
    assert_eq!(
        format!("{:016x}", vigie_core::seeded::fnv1a(&bytes)),
        "06e56e50160fcf3b"
    );
}

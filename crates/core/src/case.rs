//! Case mapping for the scripts Vigie's decks are written in (Latin, Greek, Cyrillic).
//! `str::to_lowercase` and `char::to_uppercase` would embed core's whole Unicode case tables
//! (~28 KB raw, ~8 KB gzipped) in the browser build; other characters are kept as they are.

/// `c` in lower case (one character; İ gives i).
pub fn lower(c: char) -> char {
    let u = c as u32;
    let odd = !u.is_multiple_of(2);
    let l = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 0x20, // Latin
        0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => u + 0x20, // Greek, Cyrillic
        0x130 => 0x69,
        0x100..=0x137 | 0x14A..=0x177 if !odd => u + 1,
        0x139..=0x148 | 0x179..=0x17E if odd => u + 1,
        0x178 => 0xFF,
        0x400..=0x40F => u + 0x50,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// `c` in upper case (one character; ß and ı are kept).
pub fn upper(c: char) -> char {
    let u = c as u32;
    let odd = !u.is_multiple_of(2);
    let up = match u {
        0x61..=0x7A | 0xE0..=0xF6 | 0xF8..=0xFE => u - 0x20, // Latin
        0x3B1..=0x3C1 | 0x3C3..=0x3CB | 0x430..=0x44F => u - 0x20, // Greek, Cyrillic
        0x3C2 => 0x3A3,
        0xB5 => 0x39C,
        0x17F => 0x53,
        0xFF => 0x178,
        0x131 => u,
        0x101..=0x137 | 0x14B..=0x177 if odd => u - 1,
        0x13A..=0x148 | 0x17A..=0x17E if !odd => u - 1,
        0x450..=0x45F => u - 0x50,
        _ => u,
    };
    char::from_u32(up).unwrap_or(c)
}

/// `text` in lower case.
pub fn lowercase(text: &str) -> String {
    // Lower case is almost always as long: one allocation. Runs of ASCII go a byte at a
    // time, the rest a character at a time (a quiz over a deck of thousands of sentences
    // lowercases them all).
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let start = out.len();
        out.push_str(&rest[..ascii]);
        out[start..].make_ascii_lowercase();
        rest = &rest[ascii..];
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            out.push(lower(c));
            rest = chars.as_str();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_std_where_std_maps_one_character_to_one() {
        let ranges = [0x20..0x250u32, 0x386..0x3D0, 0x400..0x460];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let std_lower: Vec<char> = c.to_lowercase().collect();
            let checked = (c as u32) < 0x180 || !c.is_alphabetic() || lower(c) != c;
            if std_lower.len() == 1 && c != '\u{130}' && checked {
                assert_eq!(lower(c), std_lower[0], "lower {c:?}");
            }
            let std_upper: Vec<char> = c.to_uppercase().collect();
            if std_upper.len() == 1 && c != '\u{131}' && (c as u32) < 0x180 {
                assert_eq!(upper(c), std_upper[0], "upper {c:?}");
            }
        }
        assert_eq!(lowercase("ÉLYSÉE Œuvre ÀÇÏ"), "élysée œuvre àçï");
        assert_eq!(upper('é'), 'É');
    }
}

//! Intervals in words, as Anki shows them under the rating buttons: "10 min", "3 j" / "3 d".

use crate::lang::Lang;
use crate::time::{DAY_MS as DAY, HOUR_MS as HOUR, MINUTE_MS as MINUTE};

/// A duration (ms) rounded to one unit: min, h, d (j), mo (mois), y (an).
pub fn interval_in_words(ms: i64, lang: Lang) -> String {
    let ms = ms.max(0);
    let (value, fr, en) = if ms < HOUR {
        ((ms + MINUTE / 2) / MINUTE, "min", "min")
    } else if ms < DAY {
        ((ms + HOUR / 2) / HOUR, "h", "h")
    } else if ms < 30 * DAY {
        ((ms + DAY / 2) / DAY, "j", "d")
    } else if ms < 365 * DAY {
        ((ms + 15 * DAY) / (30 * DAY), "mois", "mo")
    } else {
        ((ms + 182 * DAY) / (365 * DAY), "an", "y")
    };
    let value = value.max(1);
    match lang {
        Lang::Fr if fr == "an" && value > 1 => format!("{value}\u{a0}ans"),
        Lang::Fr => format!("{value}\u{a0}{fr}"),
        Lang::En => format!("{value}\u{a0}{en}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals_read_like_anki() {
        assert_eq!(interval_in_words(MINUTE, Lang::Fr), "1\u{a0}min");
        assert_eq!(interval_in_words(10 * MINUTE, Lang::En), "10\u{a0}min");
        assert_eq!(interval_in_words(5 * HOUR, Lang::Fr), "5\u{a0}h");
        assert_eq!(interval_in_words(3 * DAY, Lang::Fr), "3\u{a0}j");
        assert_eq!(interval_in_words(3 * DAY, Lang::En), "3\u{a0}d");
        assert_eq!(interval_in_words(60 * DAY, Lang::Fr), "2\u{a0}mois");
        assert_eq!(interval_in_words(400 * DAY, Lang::Fr), "1\u{a0}an");
        assert_eq!(interval_in_words(800 * DAY, Lang::Fr), "2\u{a0}ans");
        assert_eq!(interval_in_words(800 * DAY, Lang::En), "2\u{a0}y");
        assert_eq!(interval_in_words(0, Lang::En), "1\u{a0}min");
    }
}

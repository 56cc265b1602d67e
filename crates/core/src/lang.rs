//! The two languages of the interface and of every fact.

use serde::{Deserialize, Serialize};

/// A language the app speaks. French comes first: it is the article's language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The BCP 47 code, as used in `lang` attributes and in storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// Reads a code such as `fr`, `en-GB` or `FR-ca`; `None` for any other language.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language to start in: a saved choice wins; else the first of the browser's
    /// preferred languages that the app speaks; else French.
    pub fn initial<'a>(saved: Option<&str>, preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        saved
            .and_then(Lang::from_code)
            .or_else(|| preferred.into_iter().find_map(Lang::from_code))
            .unwrap_or_default()
    }

    /// The other language: what the switch offers.
    pub fn other(self) -> Lang {
        match self {
            Lang::Fr => Lang::En,
            Lang::En => Lang::Fr,
        }
    }
}

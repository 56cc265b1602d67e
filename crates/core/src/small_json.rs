//! A small JSON reader and writer for Vigie's own stored data: progress, backups and study
//! settings. The first load carries it instead of serde_json, which with its generic
//! deserializers was about 40 kB of the study page's WebAssembly; only deck files, read
//! outside the first load, still need serde_json's typed errors.
//!
//! It reads any JSON text (RFC 8259) nested at most [`MAX_DEPTH`] deep and says where a text
//! breaks, in the words of [`crate::json::fault`]. Numbers are kept as written and read as
//! whole numbers by the fields that need them. What it writes is what serde_json writes for
//! the same data (a test compares them), so files go both ways between Vigie versions.
//!
//! ```ignore
//! let value = small_json::parse(r#"{"a":[1,"x"]}"#)?;
//! assert_eq!(value.get("a").and_then(Json::as_array).map(<[Json]>::len), Some(2));
//! ```

use std::fmt;

/// How deep arrays and objects may nest (serde_json's limit is 128; Vigie's data is 3 deep).
pub(crate) const MAX_DEPTH: usize = 64;

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Json {
    Null,
    Bool(bool),
    /// As written, checked against JSON's number grammar.
    Number(String),
    String(String),
    Array(Vec<Json>),
    /// In the order written.
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The value of `key` in an object (its first one).
    pub(crate) fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub(crate) fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    /// A whole number that fits an `i64`.
    pub(crate) fn as_i64(&self) -> Option<i64> {
        match self {
            Json::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    /// A whole number from 0 that fits a `u64`.
    pub(crate) fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(n) => n.parse().ok(),
            _ => None,
        }
    }
}

/// Where and why a text is not JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Fault {
    pub(crate) ends_too_soon: bool,
    pub(crate) line: usize,
    pub(crate) column: usize,
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = if self.ends_too_soon {
            "the text ends too soon"
        } else {
            "not valid JSON"
        };
        write!(f, "{what} (line {}, column {})", self.line, self.column)
    }
}

/// Reads a JSON text: one value, white space around it.
pub(crate) fn parse(text: &str) -> Result<Json, Fault> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = parser.value(0)?;
    parser.skip_space();
    if parser.at < parser.bytes.len() {
        return Err(parser.fault());
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    /// The fault at the current byte: line and column counted as serde_json does (the column
    /// in bytes, the offending byte's from 1; at the end, the last byte's).
    fn fault(&self) -> Fault {
        let at = self.at.min(self.bytes.len());
        let ends_too_soon = at == self.bytes.len();
        let before = &self.bytes[..at];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        Fault {
            ends_too_soon,
            line,
            column: at - line_start + usize::from(!ends_too_soon),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn expect(&mut self, word: &[u8]) -> Result<(), Fault> {
        for &b in word {
            if self.peek() != Some(b) {
                return Err(self.fault());
            }
            self.at += 1;
        }
        Ok(())
    }

    fn value(&mut self, depth: usize) -> Result<Json, Fault> {
        self.skip_space();
        match self.peek() {
            Some(b'n') => self.expect(b"null").map(|()| Json::Null),
            Some(b't') => self.expect(b"true").map(|()| Json::Bool(true)),
            Some(b'f') => self.expect(b"false").map(|()| Json::Bool(false)),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[') if depth < MAX_DEPTH => {
                self.at += 1;
                let mut items = Vec::new();
                if self.close(b']') {
                    return Ok(Json::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    if self.separator(b']')? {
                        return Ok(Json::Array(items));
                    }
                }
            }
            Some(b'{') if depth < MAX_DEPTH => {
                self.at += 1;
                let mut fields = Vec::new();
                if self.close(b'}') {
                    return Ok(Json::Object(fields));
                }
                loop {
                    self.skip_space();
                    if self.peek() != Some(b'"') {
                        return Err(self.fault());
                    }
                    let key = self.string()?;
                    self.skip_space();
                    self.expect(b":")?;
                    fields.push((key, self.value(depth + 1)?));
                    if self.separator(b'}')? {
                        return Ok(Json::Object(fields));
                    }
                }
            }
            _ => Err(self.fault()),
        }
    }

    /// Whether the next token closes the array or object (and steps over it).
    fn close(&mut self, end: u8) -> bool {
        self.skip_space();
        let closes = self.peek() == Some(end);
        self.at += usize::from(closes);
        closes
    }

    /// After an item: `true` at the end, `false` after a comma.
    fn separator(&mut self, end: u8) -> Result<bool, Fault> {
        self.skip_space();
        match self.peek() {
            Some(b',') => {
                self.at += 1;
                Ok(false)
            }
            Some(b) if b == end => {
                self.at += 1;
                Ok(true)
            }
            _ => Err(self.fault()),
        }
    }

    fn number(&mut self) -> Result<Json, Fault> {
        let start = self.at;
        let digits = |p: &mut Self| {
            let from = p.at;
            while matches!(p.peek(), Some(b'0'..=b'9')) {
                p.at += 1;
            }
            if p.at == from {
                Err(p.fault())
            } else {
                Ok(())
            }
        };
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        if self.peek() == Some(b'0') {
            self.at += 1;
        } else {
            digits(self)?;
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            digits(self)?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            digits(self)?;
        }
        Ok(Json::Number(self.text[start..self.at].to_string()))
    }

    fn string(&mut self) -> Result<String, Fault> {
        self.at += 1; // the opening quote
        let mut out = String::new();
        loop {
            let run = self.at;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            // Runs end at ASCII bytes, so they are whole characters.
            out.push_str(&self.text[run..self.at]);
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.at += 1;
                            out.push(self.unicode_escape()?);
                            continue;
                        }
                        _ => return Err(self.fault()),
                    };
                    self.at += 1;
                    out.push(escaped);
                }
                // A control character, or the end of the text.
                _ => return Err(self.fault()),
            }
        }
    }

    /// After `\u`: four hex digits, and a second escape for a character beyond U+FFFF.
    fn unicode_escape(&mut self) -> Result<char, Fault> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            self.expect(b"\\u")?;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.fault());
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.fault())
    }

    fn hex4(&mut self) -> Result<u32, Fault> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self
                .peek()
                .and_then(|b| char::from(b).to_digit(16))
                .ok_or_else(|| self.fault())?;
            code = code * 16 + digit;
            self.at += 1;
        }
        Ok(code)
    }
}

/// Writes `text` as a JSON string, escaped as serde_json escapes it. Runs of characters
/// that need no escape are copied whole (a stored log is one 1.5 MB string).
pub(crate) fn write_str(out: &mut String, text: &str) {
    out.reserve(text.len() + 2);
    out.push('"');
    let mut run = 0;
    for (at, byte) in text.bytes().enumerate() {
        let escaped = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        // Every byte matched above is ASCII, so the run ends on a character boundary.
        out.push_str(&text[run..at]);
        run = at + 1;
        if escaped.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 15)]));
        } else {
            out.push_str(escaped);
        }
    }
    out.push_str(&text[run..]);
    out.push('"');
}

/// Writes an array of strings.
pub(crate) fn write_strs(out: &mut String, items: &[String]) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_str(out, item);
    }
    out.push(']');
}

#[cfg(test)]
mod tests {
    use super::*;

    /// serde_json's reading of the same text, as a `Json`.
    fn from_serde(value: serde_json::Value) -> Json {
        match value {
            serde_json::Value::Null => Json::Null,
            serde_json::Value::Bool(b) => Json::Bool(b),
            serde_json::Value::Number(n) => Json::Number(n.to_string()),
            serde_json::Value::String(s) => Json::String(s),
            serde_json::Value::Array(a) => Json::Array(a.into_iter().map(from_serde).collect()),
            serde_json::Value::Object(o) => {
                let mut fields: Vec<_> = o.into_iter().map(|(k, v)| (k, from_serde(v))).collect();
                fields.sort_by(|a, b| a.0.cmp(&b.0));
                Json::Object(fields)
            }
        }
    }

    fn sorted(value: Json) -> Json {
        match value {
            Json::Array(a) => Json::Array(a.into_iter().map(sorted).collect()),
            Json::Object(o) => {
                let mut fields: Vec<_> = o.into_iter().map(|(k, v)| (k, sorted(v))).collect();
                fields.sort_by(|a, b| a.0.cmp(&b.0));
                Json::Object(fields)
            }
            other => other,
        }
    }

    #[test]
    fn it_reads_what_serde_json_reads_and_refuses_what_it_refuses() {
        let texts = [
            r#"{"app":"vigie","schema":1,"cards":["a","b\"c"],"n":null,"t":true,"f":false}"#,
            " [ 1 , -2, 0 , 30 , \"\\u00e9\\ud83d\\ude00\\n\\t\\/\\\\\" ] ",
            "\"\u{e9}t\u{e9} \u{1f600}\"",
            "{}",
            "[]",
            "[[[]]]",
            "0",
            "-0",
            "12345678901234567890",
            "{\"a\":{\"b\":[{}]}}",
            // Refused by both.
            "",
            " ",
            "{",
            "[1,]",
            "{\"a\":1,}",
            "{a:1}",
            "[01]",
            "[1.]",
            "[.5]",
            "[-]",
            "[1e]",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"\\udc00\"",
            "\"a\nb\"",
            "nul",
            "truex",
            "[1] [2]",
            "{\"a\" 1}",
        ];
        for text in texts {
            let ours = parse(text).map(sorted).ok();
            let theirs = serde_json::from_str::<serde_json::Value>(text)
                .ok()
                .map(from_serde);
            // serde_json prints numbers beyond i64 in its own way: compare whether both read it.
            if text.contains("1234567890") || text == "-0" {
                assert_eq!(ours.is_some(), theirs.is_some(), "{text:?}");
            } else {
                assert_eq!(ours, theirs, "{text:?}");
            }
        }
    }

    #[test]
    fn it_says_where_a_text_breaks_as_serde_json_does() {
        for text in ["{\"a\":1,\n  x}", "[1,\n2,\n", "{\"a\": tru}", "\n\n  ]"] {
            let ours = parse(text).unwrap_err();
            let theirs = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
            assert_eq!(
                (ours.line, ours.column),
                (theirs.line(), theirs.column()),
                "{text:?}"
            );
            assert_eq!(ours.ends_too_soon, theirs.is_eof(), "{text:?}");
            assert_eq!(ours.to_string(), crate::json::fault(&theirs), "{text:?}");
        }
    }

    #[test]
    fn deep_nesting_is_refused_without_exhausting_the_stack() {
        let deep = "[".repeat(100_000);
        assert!(parse(&deep).is_err());
        let fine = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&fine).is_ok());
    }

    #[test]
    fn strings_are_written_as_serde_json_writes_them() {
        let all_controls: String = (0u8..0x20).map(char::from).collect();
        for text in [
            "",
            "plain",
            "quote \" backslash \\ slash /",
            "été 😀 \u{7f}",
            &all_controls,
        ] {
            let mut ours = String::new();
            write_str(&mut ours, text);
            assert_eq!(ours, serde_json::to_string(text).unwrap());
            assert_eq!(parse(&ours), Ok(Json::String(text.to_string())));
        }
        let items = ["a".to_string(), "b\"".to_string()];
        let mut ours = String::new();
        write_strs(&mut ours, &items);
        assert_eq!(ours, serde_json::to_string(&items).unwrap());
    }
}

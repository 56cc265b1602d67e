//! The article as the app reads it: blocks (byline, date line, title, headings, paragraphs,
//! links to other articles) and numbered sentences, so that every fact can point at the
//! sentence that supports it and every "source" link can land on it.
//!
//! The rules are documented in `docs/deck-format.md`; they are kept simple so that a teacher
//! can predict how a new article will be read.

/// One part of the article, in reading order.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Block {
    /// "PAR …": who wrote it (metadata, not a claim).
    Byline(String),
    /// Publication and update times as printed (metadata, not a claim).
    Dateline(String),
    /// The headline; its sentences are claims.
    Title(Vec<SentenceId>),
    /// A section heading (not a claim).
    Heading(String),
    /// "À lire aussi : …", a link to another article (not a claim).
    Related(String),
    /// A paragraph; its sentences are claims.
    Paragraph(Vec<SentenceId>),
}

/// Index of a sentence in [`Article::sentences`].
pub type SentenceId = usize;

/// A parsed article: its blocks and the sentences they contain. (Its compact form keeps the
/// blocks and sentences only: the search text is made again from them.)
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(from = "Parts")]
pub struct Article {
    pub blocks: Vec<Block>,
    /// Every sentence of the title and paragraphs, in order, markup removed.
    pub sentences: Vec<String>,
    /// The sentences joined by one space: the text quotes are looked up in.
    #[serde(skip)]
    searchable: String,
    /// Byte offset in `searchable` where each sentence starts.
    #[serde(skip)]
    starts: Vec<usize>,
}

/// What an article's compact form holds.
#[derive(serde::Deserialize)]
struct Parts {
    blocks: Vec<Block>,
    sentences: Vec<String>,
}

impl From<Parts> for Article {
    fn from(parts: Parts) -> Article {
        Article::from_parts(parts.blocks, parts.sentences)
    }
}

impl Article {
    /// Reads an article's text. Never fails: any text gives some blocks.
    pub fn parse(raw: &str) -> Article {
        let blocks = join_broken_paragraphs(split_blocks(raw));
        let mut sentences = Vec::new();
        let mut out = Vec::with_capacity(blocks.len());
        for (index, block) in blocks.iter().enumerate() {
            let text = clean(block);
            let mut numbered = |text: &str| {
                split_sentences(text)
                    .into_iter()
                    .map(|s| {
                        sentences.push(s);
                        sentences.len() - 1
                    })
                    .collect::<Vec<_>>()
            };
            let kind = match index {
                0 => Block::Byline(text),
                1 => Block::Dateline(text),
                2 => Block::Title(numbered(&text)),
                _ if text.starts_with("À lire aussi") => Block::Related(text),
                _ if is_heading(block, &text) => Block::Heading(text),
                _ => Block::Paragraph(numbered(&text)),
            };
            out.push(kind);
        }
        Article::from_parts(out, sentences)
    }

    pub(crate) fn from_parts(blocks: Vec<Block>, sentences: Vec<String>) -> Article {
        let mut searchable = String::new();
        let mut starts = Vec::with_capacity(sentences.len());
        for s in &sentences {
            if !searchable.is_empty() {
                searchable.push(' ');
            }
            starts.push(searchable.len());
            searchable.push_str(s);
        }
        Article {
            blocks,
            sentences,
            searchable,
            starts,
        }
    }

    /// The headline, markup removed.
    pub fn title(&self) -> String {
        self.blocks
            .iter()
            .find_map(|b| match b {
                Block::Title(ids) => Some(
                    ids.iter()
                        .map(|&i| self.sentences[i].as_str())
                        .collect::<Vec<_>>()
                        .join(" "),
                ),
                _ => None,
            })
            .unwrap_or_default()
    }

    /// The date line as printed ("9 septembre 2021, 15:08, mis à jour le …"), if any.
    pub fn dateline(&self) -> Option<&str> {
        self.blocks.iter().find_map(|b| match b {
            Block::Dateline(line) => Some(line.as_str()),
            _ => None,
        })
    }

    /// The sentences a quote comes from, or `None` when the quote is not in the article.
    /// White space in the quote is normalised the same way as in the article.
    pub fn locate(&self, quote: &str) -> Option<Vec<SentenceId>> {
        let quote = collapse_whitespace(quote);
        if quote.is_empty() {
            return None;
        }
        let start = self.searchable.find(&quote)?;
        let end = start + quote.len();
        let ids = (0..self.sentences.len())
            .filter(|&i| {
                let s = self.starts[i];
                let e = s + self.sentences[i].len();
                s < end && start < e
            })
            .collect();
        Some(ids)
    }
}

/// Blocks of text separated by blank lines, each with its lines kept.
fn split_blocks(raw: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in raw.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                blocks.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line.trim_end());
        }
    }
    if !current.is_empty() {
        blocks.push(current.join("\n"));
    }
    blocks
}

/// A paragraph broken in the middle of a sentence (no end mark, next block in lower case)
/// is one paragraph.
fn join_broken_paragraphs(blocks: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for block in blocks {
        let starts_lower = block.chars().next().is_some_and(char::is_lowercase);
        match out.last_mut() {
            Some(prev) if starts_lower && !ends_sentence(prev) && out_len_ok(prev) => {
                prev.push(' ');
                prev.push_str(&block);
            }
            _ => out.push(block),
        }
    }
    out
}

/// Byline and date line are never joined with what follows.
fn out_len_ok(prev: &str) -> bool {
    !prev.starts_with("PAR ")
}

fn ends_sentence(text: &str) -> bool {
    let cleaned = clean(text);
    cleaned
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '.' | '?' | '!' | '"' | '”' | '»' | '…'))
}

/// A heading: one short line that is one sentence at most and does not end like a
/// statement (a question mark is allowed: "Vers une surveillance d’Internet ?").
fn is_heading(raw_block: &str, text: &str) -> bool {
    !raw_block.contains('\n')
        && text.chars().count() <= 80
        && !text.ends_with(['.', '!', '"', '”', '»', '…'])
        && split_sentences(text).len() == 1
}

/// Removes the article's markup (`**bold**`, `*italic*`, `[text](#)`) and collapses white space.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        match after.find("](") {
            Some(close) => match after[close + 2..].find(')') {
                Some(end) => {
                    out.push_str(&rest[..open]);
                    out.push_str(&after[..close]);
                    rest = &after[close + 2 + end + 1..];
                }
                None => break,
            },
            None => break,
        }
    }
    out.push_str(rest);
    collapse_whitespace(&out.replace('*', ""))
}

/// Every run of white space becomes one space; no space at either end.
pub fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Splits after `.`, `?`, `!` (and closing quote marks) followed by a space and an upper-case
/// letter or an opening quote mark.
fn split_sentences(text: &str) -> Vec<String> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        if matches!(c, '.' | '?' | '!') {
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '"' | '”' | '»' | '.') {
                j += 1;
            }
            let next_starts = j + 1 < chars.len()
                && chars[j].1 == ' '
                && (chars[j + 1].1.is_uppercase() || matches!(chars[j + 1].1, '"' | '“' | '«'));
            if next_starts {
                let end = chars[j].0;
                sentences.push(text[start..end].to_string());
                start = chars[j + 1].0;
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    if start < text.len() {
        sentences.push(text[start..].to_string());
    }
    sentences
}

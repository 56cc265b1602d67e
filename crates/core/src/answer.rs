//! The lenient matcher for typed answers and cloze blanks: what a teacher would accept.
//!
//! Case, accents, apostrophes (’ and '), spacing and punctuation are ignored, and so are the
//! words that frame an answer without changing it: leading articles and prepositions (le, la,
//! l’, au, en, the, in, to…), approximations (près de, environ, nearly, about…) and generic
//! heads (la ville de, le projet de loi, the city of, … bill). Numbers may be written in
//! figures, with or without thousands separators, or in words ("trois" = "three" = "3",
//! "quatre mille" = "4 000"), but a number itself must be exact.
//!
//! Typos are forgiven word by word, as a teacher reads: one in a word of five to twelve
//! letters, two in a longer one, none in a shorter one or in a word's first letter (besides
//! a swap of the first two), and about one per six letters in all; plural and feminine
//! endings are no typos (« mûrs » for « mûres », "technology" for "technologies"). A typo
//! never turns one word into another: "vocale" is not "faciale", "billion" not "million",
//! "unaware" not "aware", "Écologie" not "Économie"; and the near misses a deck lists as
//! refused ([`refuses`]) are wrong wherever they stand. Small framing words (de, the, of,
//! and, or, French…) may be added or left out; any other word added or missing ("not fully
//! automated") makes another answer.

/// Whether `input` is an acceptable form of one of the `accepted` answers.
pub fn matches<S: AsRef<str>>(input: &str, accepted: &[S]) -> bool {
    let given = normalize(input);
    if given.is_empty() {
        return false;
    }
    accepted.iter().any(|a| {
        let a = a.as_ref();
        close_enough(&given, &normalize(a))
            || swapped(a).is_some_and(|s| close_enough(&given, &normalize(&s)))
    })
}

/// Whether `input` holds one of the `refused` answers: its words, in order, once normalised
/// (« davantage de prévision » holds « prévision »). A refused form is a word a typo away
/// from a right one, so its own typos are not forgiven.
pub fn refuses<S: AsRef<str>>(input: &str, refused: &[S]) -> bool {
    let given = content(&normalize(input));
    let given: Vec<&str> = given.split(' ').collect();
    refused.iter().any(|r| {
        let r = content(&normalize(r.as_ref()));
        let r: Vec<&str> = r.split(' ').collect();
        !r.is_empty() && given.windows(r.len()).any(|w| w == r.as_slice())
    })
}

/// "a posteriori ou en temps réel" for "en temps réel ou a posteriori": a two-part answer
/// joined by and/or/et/ou is right in either order, and so is a name with its gloss in
/// brackets ("La République en marche (LREM)" for "LREM (La République en marche)").
fn swapped(expected: &str) -> Option<String> {
    if let Some((name, gloss)) = expected
        .split_once(" (")
        .and_then(|(name, rest)| Some((name, rest.strip_suffix(')')?)))
        .filter(|(_, gloss)| !gloss.contains('('))
    {
        return Some(format!("{gloss} ({name})"));
    }
    [" ou ", " et ", " or ", " and "].iter().find_map(|joint| {
        let (a, b) = expected.split_once(joint)?;
        (!b.contains(joint)).then(|| format!("{b}{joint}{a}"))
    })
}

fn close_enough(given: &str, expected: &str) -> bool {
    if expected.is_empty() {
        return false;
    }
    if digit_runs(given) != digit_runs(expected) {
        return false;
    }
    let letters = expected.chars().filter(|c| c.is_alphabetic()).count();
    // The typos in all, counted on the words that carry the answer.
    words_align(given, expected) && distance(&content(given), &content(expected)) <= letters / 6
}

/// The words of a normal form that are not framing words (the whole form if all are),
/// without their plural or feminine endings.
fn content(text: &str) -> String {
    let words: Vec<&str> = text
        .split(' ')
        .filter(|w| !is_filler(w))
        .map(base)
        .collect();
    if words.is_empty() {
        text.to_string()
    } else {
        words.join(" ")
    }
}

/// Whether `given`'s words are `expected`'s in order, each within its own typos, give or take
/// small framing words; or exactly the same letters with the spaces elsewhere ("tempshomme").
fn words_align(given: &str, expected: &str) -> bool {
    let given_words: Vec<&str> = given.split(' ').collect();
    let expected_words: Vec<&str> = expected.split(' ').collect();
    let (g, e) = (given_words.len(), expected_words.len());
    // reach[i * (e + 1) + j]: the first i given words align with the first j expected ones.
    let mut reach = vec![false; (g + 1) * (e + 1)];
    reach[0] = true;
    for i in 0..=g {
        for j in 0..=e {
            if !reach[i * (e + 1) + j] {
                continue;
            }
            if i < g && j < e && word_close(given_words[i], expected_words[j]) {
                reach[(i + 1) * (e + 1) + j + 1] = true;
            }
            if i < g && is_filler(given_words[i]) {
                reach[(i + 1) * (e + 1) + j] = true;
            }
            if j < e && is_filler(expected_words[j]) {
                reach[i * (e + 1) + j + 1] = true;
            }
        }
    }
    reach[(g + 1) * (e + 1) - 1] || given.replace(' ', "") == expected.replace(' ', "")
}

/// Whether `given` is `expected` with the typos a word of its length forgives.
fn word_close(given: &str, expected: &str) -> bool {
    if given == expected || base(given) == base(expected) {
        return true;
    }
    let allowed = match expected.chars().count() {
        0..=4 => 0,
        5..=12 => 1,
        _ => 2,
    };
    // Typos are counted on the base forms: « artificiel » for « artificielle » is one.
    allowed > 0
        && !expected.bytes().any(|b| b.is_ascii_digit())
        && same_start(given, expected)
        && distance(base(given), base(expected)) <= allowed
}

/// A word without its plural or its feminine ending: "technologies" and "technology",
/// « mûres » and « mûr » are one word to a teacher reading an answer.
fn base(word: &str) -> &str {
    if word.len() <= 3 {
        return word;
    }
    let word = match word.strip_suffix("ies") {
        Some(stem) => return stem,
        None => word.strip_suffix(['s', 'x']).unwrap_or(word),
    };
    match word.strip_suffix("y") {
        Some(stem) if stem.len() > 2 => stem,
        _ => word
            .strip_suffix('e')
            .filter(|w| w.len() > 2)
            .unwrap_or(word),
    }
}

/// The same first letter, or the first two swapped: a word is rarely mistyped at its start,
/// and a different start makes another word ("billion", "unaware", "depolarisation").
fn same_start(given: &str, expected: &str) -> bool {
    let mut g = given.chars();
    let mut e = expected.chars();
    match (g.next(), e.next()) {
        (Some(a), Some(b)) if a == b => true,
        (Some(a), Some(b)) => g.next() == Some(b) && e.next() == Some(a),
        _ => false,
    }
}

/// Words an answer may add or leave out without changing it: articles, prepositions, "and"
/// and "or" (a two-part answer reads either way), the "s" of a possessive ("forces' needs"),
/// and France, which every answer of a French article is about ("the French Prime Minister").
fn is_filler(word: &str) -> bool {
    LEADING.contains(&word)
        || matches!(
            word,
            "of" | "et"
                | "and"
                | "ou"
                | "or"
                | "s"
                | "french"
                | "france"
                | "francais"
                | "francaise"
        )
}

/// Lower case, no accents, no punctuation, single spaces, no leading article, digits joined.
pub fn normalize(text: &str) -> String {
    // The folded letters in one buffer and the words as ranges of it: the linter normalises
    // every text of every item, and a string per word was a third of its time.
    let mut folded = String::with_capacity(text.len());
    let mut bounds: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for c in text.chars() {
        // Most characters are ASCII letters and digits: no case table, no accent to fold.
        if c.is_ascii_alphanumeric() {
            folded.push(c.to_ascii_lowercase());
            continue;
        }
        let c = super::case::lower(c);
        match fold_accent(c) {
            Some(letters) => folded.push_str(letters),
            None if c.is_alphanumeric() => folded.push(c),
            // Apostrophes end a word, so that "l’Assemblée" gives "l" + "assemblee".
            None => {
                if folded.len() > start {
                    bounds.push((start, folded.len()));
                }
                start = folded.len();
            }
        }
    }
    if folded.len() > start {
        bounds.push((start, folded.len()));
    }
    let words: Vec<&str> = bounds.iter().map(|&(a, b)| &folded[a..b]).collect();
    let mut out = Joined::with_capacity(folded.len() + words.len());
    numbers_in_figures(strip_framing(&words), &mut out);
    out.text
}

/// Words joined by single spaces, except that "4 000" and "4000" are one number: three
/// digits after a number join it.
struct Joined {
    text: String,
    /// Where the last word starts.
    last: usize,
}

impl Joined {
    fn with_capacity(capacity: usize) -> Joined {
        Joined {
            text: String::with_capacity(capacity),
            last: 0,
        }
    }

    fn push(&mut self, word: &str) {
        let digits = |w: &str| w.bytes().all(|b| b.is_ascii_digit());
        if self.text.is_empty() {
            self.text.push_str(word);
            return;
        }
        if word.len() == 3 && digits(word) && digits(&self.text[self.last..]) {
            self.text.push_str(word);
            return;
        }
        self.text.push(' ');
        self.last = self.text.len();
        self.text.push_str(word);
    }
}

/// Words that may open an answer without changing it: articles and prepositions.
const LEADING: [&str; 19] = [
    "le", "la", "les", "l", "un", "une", "des", "the", "a", "an", "d", "au", "aux", "en", "de",
    "du", "in", "to", "on",
];

/// Word sequences that frame an answer without changing it (accents already folded):
/// approximations and generic heads, at the start; "bill" at the end.
const FRAMING: [&[&str]; 15] = [
    &["pres", "de"],
    &["presque"],
    &["quasiment"],
    &["environ"],
    &["quelque"],
    &["nearly"],
    &["about"],
    &["around"],
    &["almost"],
    &["approximately"],
    &["ville", "de"],
    &["city", "of"],
    &["projet", "de", "loi"],
    &["loi"],
    &["parti"],
];

/// Drops the framing words at the start (repeatedly: "la ville de Nice") and a final "bill",
/// keeping at least one word.
fn strip_framing<'a, 'w>(mut words: &'a [&'w str]) -> &'a [&'w str] {
    loop {
        if words.len() > 1 && LEADING.contains(&words[0]) {
            words = &words[1..];
            continue;
        }
        let frame = FRAMING
            .iter()
            .find(|f| words.len() > f.len() && f.iter().zip(words).all(|(a, b)| a == b));
        match frame {
            Some(f) => words = &words[f.len()..],
            None => break,
        }
    }
    // "the … bill", "the LREM party": a final generic head.
    match words {
        [rest @ .., "bill" | "party"] if !rest.is_empty() => rest,
        _ => words,
    }
}

/// Number words (French and English, accents folded) and their values, in alphabetical
/// order (searched by halves: this runs on every word of every text the linter reads).
/// "cent", "mille" and their English forms multiply what comes before them, and "et" joins
/// ("vingt et un"). No "sept": it is also September's abbreviation ("9 Sept 2021" is no
/// "9 7 2021").
const NUMBER_WORDS: [(&str, u64); 45] = [
    ("cent", 100),
    ("cinq", 5),
    ("cinquante", 50),
    ("deux", 2),
    ("dix", 10),
    ("douze", 12),
    ("eight", 8),
    ("eleven", 11),
    ("et", 0),
    ("fifteen", 15),
    ("fifty", 50),
    ("five", 5),
    ("forty", 40),
    ("four", 4),
    ("fourteen", 14),
    ("huit", 8),
    ("hundred", 100),
    ("mille", 1000),
    ("neuf", 9),
    ("nine", 9),
    ("one", 1),
    ("onze", 11),
    ("quarante", 40),
    ("quatorze", 14),
    ("quatre", 4),
    ("quinze", 15),
    ("seize", 16),
    ("seven", 7),
    ("six", 6),
    ("sixteen", 16),
    ("sixty", 60),
    ("soixante", 60),
    ("ten", 10),
    ("thirteen", 13),
    ("thirty", 30),
    ("thousand", 1000),
    ("three", 3),
    ("treize", 13),
    ("trente", 30),
    ("trois", 3),
    ("twelve", 12),
    ("twenty", 20),
    ("two", 2),
    ("vingt", 20),
    ("zero", 0),
];

fn number_value(word: &str) -> Option<u64> {
    NUMBER_WORDS
        .binary_search_by(|(w, _)| w.cmp(&word))
        .ok()
        .map(|i| NUMBER_WORDS[i].1)
}

/// Number words in figures: "quatre mille" -> "4000", "three" -> "3". ("un" and "a" stay
/// words: they are articles far more often than counts. "et" joins only inside a number.)
fn numbers_in_figures(words: &[&str], out: &mut Joined) {
    let mut run: Option<(u64, u64)> = None; // (total, current group)
    let flush = |run: &mut Option<(u64, u64)>, out: &mut Joined| {
        if let Some((total, group)) = run.take() {
            out.push(&(total + group).to_string());
        }
    };
    for &word in words {
        // "9th", "1st", "1er", "2e": the number itself; "09" (a day or a month) is 9.
        let word = ordinal_number(word).unwrap_or(word);
        let word = match word.as_bytes() {
            [b'0', d] if d.is_ascii_digit() => &word[1..],
            _ => word,
        };
        match (number_value(word), word) {
            (Some(_), "et") if run.is_none() => out.push(word),
            (Some(_), "et") => {}
            (None, "un" | "une") if run.is_some() => {
                run = run.map(|(total, group)| (total, group + 1));
            }
            (Some(v), _) if v == 100 || v == 1000 => {
                let (total, group) = run.unwrap_or((0, 0));
                let group = group.max(1) * v;
                run = Some(if v == 1000 {
                    (total + group, 0)
                } else {
                    (total, group)
                });
            }
            (Some(v), _) => {
                let (total, group) = run.unwrap_or((0, 0));
                run = Some((total, group + v));
            }
            (None, _) => {
                flush(&mut run, out);
                out.push(word);
            }
        }
    }
    flush(&mut run, out);
}

/// The digits of an ordinal written in figures ("9th", "21st", "1er", "2e").
fn ordinal_number(word: &str) -> Option<&str> {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = &word[digits..];
    (digits > 0 && matches!(suffix, "st" | "nd" | "rd" | "th" | "er" | "re" | "e"))
        .then(|| &word[..digits])
}

fn fold_accent(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'â' | 'ä' | 'á' | 'ã' => "a",
        'é' | 'è' | 'ê' | 'ë' => "e",
        'î' | 'ï' | 'í' => "i",
        'ô' | 'ö' | 'ó' => "o",
        'ù' | 'û' | 'ü' | 'ú' => "u",
        'ÿ' => "y",
        'ç' => "c",
        'ñ' => "n",
        'œ' => "oe",
        'æ' => "ae",
        _ => return None,
    })
}

fn digit_runs(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Damerau–Levenshtein distance (optimal string alignment): a swap of two letters is one typo.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    #[test]
    fn number_words_are_in_order_for_the_search() {
        assert!(super::NUMBER_WORDS.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(super::number_value("quatre"), Some(4));
        assert_eq!(super::number_value("thousand"), Some(1000));
        assert_eq!(super::number_value("sept"), None);
    }
}

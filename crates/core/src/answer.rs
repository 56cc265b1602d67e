//! The lenient matcher for typed answers and cloze blanks: what a teacher would accept.
//!
//! Case, accents, apostrophes (’ and '), leading articles (le, la, les, l’, un, une, des, the,
//! a, an), spacing and punctuation are ignored; about one typo per six letters is forgiven;
//! numbers may be written with or without thousands separators ("4 000" = "4000"), but a
//! number itself must be exact.

/// Whether `input` is an acceptable form of one of the `accepted` answers.
pub fn matches<S: AsRef<str>>(input: &str, accepted: &[S]) -> bool {
    let given = normalize(input);
    if given.is_empty() {
        return false;
    }
    accepted
        .iter()
        .any(|a| close_enough(&given, &normalize(a.as_ref())))
}

fn close_enough(given: &str, expected: &str) -> bool {
    if expected.is_empty() {
        return false;
    }
    if digit_runs(given) != digit_runs(expected) {
        return false;
    }
    let letters = expected.chars().filter(|c| c.is_alphabetic()).count();
    distance(given, expected) <= letters / 6
}

/// Lower case, no accents, no punctuation, single spaces, no leading article, digits joined.
pub fn normalize(text: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    for c in text.chars().map(super::case::lower) {
        match fold_accent(c) {
            Some(folded) => current.push_str(folded),
            None if c.is_alphanumeric() => current.push(c),
            // Apostrophes end a word, so that "l’Assemblée" gives "l" + "assemblee".
            None => {
                if !current.is_empty() {
                    words.push(std::mem::take(&mut current));
                }
            }
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    while words.len() > 1 && ARTICLES.contains(&words[0].as_str()) {
        words.remove(0);
    }
    // "4 000" and "4000" are one number.
    let mut joined: Vec<String> = Vec::new();
    for word in words {
        match joined.last_mut() {
            Some(prev)
                if word.len() == 3
                    && word.chars().all(|c| c.is_ascii_digit())
                    && prev.chars().all(|c| c.is_ascii_digit()) =>
            {
                prev.push_str(&word)
            }
            _ => joined.push(word),
        }
    }
    joined.join(" ")
}

const ARTICLES: [&str; 11] = [
    "le", "la", "les", "l", "un", "une", "des", "the", "a", "an", "d",
];

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

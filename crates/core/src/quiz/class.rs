//! A class's results for one quiz, from the result codes the students show: each line read
//! and checked alone (a bad line is said, the others kept), then the scores, their median and
//! spread, and each question's share of right answers, the most missed first.

use super::grade::Outcome;
use super::CodeError;

/// One line of what the teacher pasted: `Léa: 7K2M-…`, or a code alone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassLine {
    /// From 1, as the teacher sees the lines.
    pub line: usize,
    pub name: Option<String>,
    pub result: Result<Outcome, LineError>,
}

/// Why a line gives no result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LineError {
    /// Not a result code (mistyped, a character codes never use…).
    Malformed(CodeError),
    /// A valid code, but sealed for another quiz (or for other answers).
    OtherQuiz,
    /// A code for a quiz of another length.
    OtherLength { found: usize, expected: usize },
}

/// Reads every non-blank line of `text` against the quiz `quiz_code` of `questions` questions.
pub fn read_lines(text: &str, quiz_code: &str, questions: usize) -> Vec<ClassLine> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            // "Name: CODE" (a code has no ':'), or the code alone.
            let (name, code) = match l.rsplit_once(':') {
                Some((name, code)) if !name.trim().is_empty() => {
                    (Some(name.trim().to_string()), code.trim())
                }
                _ => (None, l.trim().trim_start_matches(':').trim()),
            };
            let result = match Outcome::from_result_code(code, quiz_code) {
                Ok(outcome) if outcome.total() != questions => Err(LineError::OtherLength {
                    found: outcome.total(),
                    expected: questions,
                }),
                Ok(outcome) => Ok(outcome),
                Err(CodeError::Checksum) if Outcome::is_result_code(code) => {
                    Err(LineError::OtherQuiz)
                }
                Err(e) => Err(LineError::Malformed(e)),
            };
            ClassLine {
                line: i + 1,
                name,
                result,
            }
        })
        .collect()
}

/// One student's score.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StudentScore {
    /// The name given, or `None` (the page says "student N").
    pub name: Option<String>,
    pub line: usize,
    pub score: usize,
    pub total: usize,
    /// Which questions (from 0) were missed.
    pub missed: Vec<usize>,
}

/// One question across the class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuestionShare {
    /// From 0, in the quiz's order.
    pub question: usize,
    pub right: usize,
    pub of: usize,
}

/// The class's results.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassReport {
    pub students: Vec<StudentScore>,
    /// The median score (a half when the count is even: in halves of a point).
    pub median_halves: usize,
    pub lowest: usize,
    pub highest: usize,
    /// How many students got each score, from 0 to the number of questions.
    pub histogram: Vec<usize>,
    /// Every question, the most missed first (ties in the quiz's order).
    pub questions: Vec<QuestionShare>,
}

/// The report of the lines that gave a result; `None` when none did.
pub fn report(lines: &[ClassLine], questions: usize) -> Option<ClassReport> {
    let students: Vec<StudentScore> = lines
        .iter()
        .filter_map(|l| {
            let outcome = l.result.as_ref().ok()?;
            Some(StudentScore {
                name: l.name.clone(),
                line: l.line,
                score: outcome.score(),
                total: outcome.total(),
                missed: outcome.missed().collect(),
            })
        })
        .collect();
    if students.is_empty() {
        return None;
    }
    let mut scores: Vec<usize> = students.iter().map(|s| s.score).collect();
    crate::sort::sort(&mut scores);
    let n = scores.len();
    let median_halves = if n % 2 == 1 {
        scores[n / 2] * 2
    } else {
        scores[n / 2 - 1] + scores[n / 2]
    };
    let mut histogram = vec![0; questions + 1];
    for &s in &scores {
        if let Some(slot) = histogram.get_mut(s) {
            *slot += 1;
        }
    }
    let mut shares: Vec<QuestionShare> = (0..questions)
        .map(|q| QuestionShare {
            question: q,
            right: students.iter().filter(|s| !s.missed.contains(&q)).count(),
            of: n,
        })
        .collect();
    crate::sort::sort_by_key(&mut shares, |s| (s.right, s.question));
    Some(ClassReport {
        median_halves,
        lowest: scores[0],
        highest: scores[n - 1],
        histogram,
        questions: shares,
        students,
    })
}

/// The scores as a CSV file for a gradebook: UTF-8 with a byte-order mark, `;` between
/// fields when `semicolon` (French spreadsheets), `,` otherwise. `headers` are the column
/// names (name, score, out of, missed questions) and `unnamed` words a student with no name.
pub fn csv(
    report: &ClassReport,
    headers: [&str; 4],
    unnamed: impl Fn(usize) -> String,
    semicolon: bool,
) -> String {
    let separator = if semicolon { ";" } else { "," };
    let cell = |text: &str| crate::render::csv_cell(text);
    let mut out = String::from("\u{feff}");
    out.push_str(&headers.map(cell).join(separator));
    out.push_str("\r\n");
    for (i, s) in report.students.iter().enumerate() {
        let name = s.name.clone().unwrap_or_else(|| unnamed(i + 1));
        let missed: Vec<String> = s.missed.iter().map(|q| (q + 1).to_string()).collect();
        let row = [
            cell(&name),
            s.score.to_string(),
            s.total.to_string(),
            cell(&missed.join(" ")),
        ];
        out.push_str(&row.join(separator));
        out.push_str("\r\n");
    }
    out
}

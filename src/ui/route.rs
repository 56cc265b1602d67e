//! Hash routes (`#/study`, `#/article?s=12`): real, shareable URLs that work on any static
//! host and offline, with back/forward from the browser's own history. A router of our own
//! over the `hashchange` event costs a few KB where leptos_router costs about 60 KB gzip.

use vigie_core::quiz::CodeError;
use vigie_core::quiz::CodeNumber;

/// A quiz code as read from the URL: its number, or why it is not one.
pub type CodeRef = Result<CodeNumber, CodeError>;

/// How a quiz is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuizMode {
    /// One learner answering.
    Play,
    /// One question at a time in very large type, for a classroom.
    Projector,
    /// A printable test, variants A and B, with the answer key.
    Print,
    /// The quiz as a file for another tool (Moodle, Pronote, Kahoot…).
    Export,
}

/// The four bundles of the app, each its own WebAssembly file. The classroom (quiz builder,
/// projector, printed tests, result check) is apart so that a learner's first load does not
/// carry it; a quiz taken from its link is apart from the classroom, so that a student's
/// phone loads the quiz without the teacher's tools; the deck editor is apart from both.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bundle {
    /// `index.html`: home, study, article: what a learner opens every day.
    Main,
    /// `classroom.html`: the quiz builder and the classroom tools, the article, the decks and
    /// the progress dashboard.
    Classroom,
    /// `quiz.html`: a quiz taken from its code or link, and a sentence's practice quiz.
    Quiz,
    /// `write.html`: the deck editor.
    Write,
}

impl Bundle {
    pub fn file(self) -> &'static str {
        match self {
            Bundle::Main => "index.html",
            Bundle::Classroom => "classroom.html",
            Bundle::Quiz => "quiz.html",
            Bundle::Write => "write.html",
        }
    }

    /// The bundle this page runs in, set once at start.
    pub fn current() -> Bundle {
        CURRENT.get().copied().unwrap_or(Bundle::Main)
    }

    pub fn set_current(self) {
        let _ = CURRENT.set(self);
    }
}

static CURRENT: std::sync::OnceLock<Bundle> = std::sync::OnceLock::new();

/// A page of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    /// Study, optionally only the cards of one sentence of the article.
    Study {
        sentence: Option<usize>,
    },
    /// The quiz builder.
    Quiz,
    /// A quiz from its code.
    QuizTake {
        code: CodeRef,
        mode: QuizMode,
    },
    /// A practice quiz on the facts of one sentence of the article (no code).
    QuizSentence {
        sentence: usize,
    },
    /// The teacher's "check a result" page.
    Check,
    /// The class report: every student's result code for one quiz (`#/class?quiz=CODE`).
    Class,
    Progress,
    /// The deck's cards as a file for another tool (Anki, Quizlet, a spreadsheet).
    Export,
    /// The decks: the built-in one and those the learner added; add, choose, remove.
    Decks,
    /// The deck editor: a teacher turns an article into a deck.
    Write,
    /// The article, optionally with one sentence to show highlighted.
    Article {
        sentence: Option<usize>,
    },
    NotFound,
}

impl Route {
    /// Reads a `location.hash` such as `#/quiz` or `#/article?s=4`. An empty hash is home.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#');
        let (path, query) = path.split_once('?').unwrap_or((path, ""));
        match path.trim_end_matches('/') {
            "" => Route::Home,
            "/study" => Route::Study {
                sentence: sentence_param(query),
            },
            "/quiz" => Route::Quiz,
            "/check" => Route::Check,
            "/class" => Route::Class,
            quiz if quiz.starts_with("/quiz/sentence/") => {
                match quiz.trim_start_matches("/quiz/sentence/").parse() {
                    Ok(sentence) => Route::QuizSentence { sentence },
                    Err(_) => Route::NotFound,
                }
            }
            quiz if quiz.starts_with("/quiz/") => {
                let rest = quiz.trim_start_matches("/quiz/");
                let (code, mode) = match rest.rsplit_once('/') {
                    Some((code, "projector")) => (code, QuizMode::Projector),
                    Some((code, "print")) => (code, QuizMode::Print),
                    Some((code, "export")) => (code, QuizMode::Export),
                    _ => (rest, QuizMode::Play),
                };
                let code = percent_decode(code);
                Route::QuizTake {
                    code: CodeNumber::parse(&code),
                    mode,
                }
            }
            "/progress" => Route::Progress,
            "/export" => Route::Export,
            // `#/decks/add?url=…`: the Decks page, offering to fetch that file.
            "/decks" | "/decks/add" => Route::Decks,
            "/write" => Route::Write,
            "/article" => Route::Article {
                sentence: sentence_param(query),
            },
            _ => Route::NotFound,
        }
    }

    /// The bundle that shows this page.
    pub fn bundle(self) -> Bundle {
        match self {
            Route::QuizTake {
                mode: QuizMode::Play,
                ..
            }
            | Route::QuizSentence { .. } => Bundle::Quiz,
            Route::Quiz
            | Route::QuizTake { .. }
            | Route::Check
            | Route::Class
            | Route::Progress
            | Route::Export
            | Route::Decks
            | Route::Article { .. } => Bundle::Classroom,
            Route::Write => Bundle::Write,
            _ => Bundle::Main,
        }
    }

    /// The `href` that leads here: the hash alone within a bundle, the other bundle's page
    /// and the hash across.
    pub fn href(self) -> String {
        if self.bundle() == Bundle::current() {
            self.hash()
        } else {
            format!("{}{}", self.bundle().file(), self.hash())
        }
    }

    /// The `#/…` part of the URL.
    pub fn hash(self) -> String {
        match self {
            Route::Home | Route::NotFound => "#/".to_string(),
            Route::Study { sentence: None } => "#/study".to_string(),
            Route::Study { sentence: Some(s) } => format!("#/study?s={s}"),
            Route::Quiz | Route::QuizTake { code: Err(_), .. } => "#/quiz".to_string(),
            Route::QuizTake { code: Ok(n), mode } => {
                let suffix = match mode {
                    QuizMode::Play => "",
                    QuizMode::Projector => "/projector",
                    QuizMode::Print => "/print",
                    QuizMode::Export => "/export",
                };
                format!("#/quiz/{}{suffix}", n.text())
            }
            Route::Check => "#/check".to_string(),
            Route::Class => "#/class".to_string(),
            Route::QuizSentence { sentence } => format!("#/quiz/sentence/{sentence}"),
            Route::Progress => "#/progress".to_string(),
            Route::Export => "#/export".to_string(),
            Route::Decks => "#/decks".to_string(),
            Route::Write => "#/write".to_string(),
            Route::Article { sentence: None } => "#/article".to_string(),
            Route::Article { sentence: Some(s) } => format!("#/article?s={s}"),
        }
    }

    /// Whether a navigation link to `self` is the current page.
    pub fn is_section_of(self, current: Route) -> bool {
        match (self, current) {
            (Route::Article { .. }, Route::Article { .. }) => true,
            (Route::Decks, Route::Write) => true,
            (Route::Study { .. }, Route::Study { .. }) => true,
            (
                Route::Quiz,
                Route::QuizTake { .. } | Route::QuizSentence { .. } | Route::Check | Route::Class,
            ) => true,
            _ => self == current,
        }
    }
}

/// The `s=N` of a query string.
fn sentence_param(query: &str) -> Option<usize> {
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix("s="))
        .and_then(|s| s.parse().ok())
}

/// The value of `name=` in the query of a hash (`#/quiz/CODE?deck=…`), percent-decoded.
pub fn query_param(hash: &str, name: &str) -> Option<String> {
    let (_, query) = hash.split_once('?')?;
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
        .map(|v| percent_decode(&v.replace('+', " ")))
}

/// `%20` and the like, as a browser may write them in a typed URL.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).and_then(|&b| hex(b)),
            bytes.get(i + 2).and_then(|&b| hex(b)),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_reads_back_from_its_href() {
        for route in [
            Route::Home,
            Route::Study { sentence: None },
            Route::Study { sentence: Some(3) },
            Route::Quiz,
            Route::Progress,
            Route::Export,
            Route::Decks,
            Route::Write,
            Route::Article { sentence: None },
            Route::Article { sentence: Some(12) },
            Route::Check,
            Route::Class,
            Route::QuizSentence { sentence: 4 },
            Route::QuizTake {
                code: CodeNumber::parse("3Z8W-ZGTU"),
                mode: QuizMode::Play,
            },
            Route::QuizTake {
                code: CodeNumber::parse("2B"),
                mode: QuizMode::Projector,
            },
            Route::QuizTake {
                code: CodeNumber::parse("9"),
                mode: QuizMode::Print,
            },
            Route::QuizTake {
                code: CodeNumber::parse("3Z8W-ZGTU"),
                mode: QuizMode::Export,
            },
        ] {
            assert_eq!(Route::from_hash(&route.hash()), route);
        }
    }

    #[test]
    fn a_student_quiz_opens_in_the_quiz_bundle_and_the_teacher_tools_in_the_classroom() {
        let code = || CodeNumber::parse("3Z8W-ZGTU");
        let take = |mode| Route::QuizTake { code: code(), mode };
        assert_eq!(take(QuizMode::Play).bundle(), Bundle::Quiz);
        assert_eq!(Route::QuizSentence { sentence: 4 }.bundle(), Bundle::Quiz);
        for mode in [QuizMode::Projector, QuizMode::Print, QuizMode::Export] {
            assert_eq!(take(mode).bundle(), Bundle::Classroom, "{mode:?}");
        }
        assert_eq!(Route::Quiz.bundle(), Bundle::Classroom);
        assert_eq!(Route::Study { sentence: None }.bundle(), Bundle::Main);
        // From another bundle, a link names the page; within its own, the hash alone.
        assert_eq!(take(QuizMode::Play).href(), "quiz.html#/quiz/3Z8W-ZGTU");
    }

    #[test]
    fn a_query_parameter_is_read_decoded() {
        assert_eq!(
            query_param(
                "#/quiz/K7QM?deck=Le%20rapport%20%C2%AB%20Mis%20%C2%BB&x=1",
                "deck"
            )
            .as_deref(),
            Some("Le rapport « Mis »")
        );
        assert_eq!(query_param("#/quiz/K7QM", "deck"), None);
        assert_eq!(query_param("#/quiz/K7QM?decks=1", "deck"), None);
    }

    #[test]
    fn empty_or_unknown_hashes() {
        assert_eq!(Route::from_hash(""), Route::Home);
        assert_eq!(Route::from_hash("#"), Route::Home);
        assert_eq!(Route::from_hash("#/quiz/"), Route::Quiz);
        assert_eq!(Route::from_hash("#/nowhere"), Route::NotFound);
        assert_eq!(
            Route::from_hash("#/quiz/k7qm%204xrt"),
            Route::QuizTake {
                code: CodeNumber::parse("K7QM-4XRT"),
                mode: QuizMode::Play
            }
        );
        assert_eq!(
            Route::from_hash("#/quiz/K7QM-0XRT"),
            Route::QuizTake {
                code: Err(CodeError::BadCharacter('0')),
                mode: QuizMode::Play
            }
        );
        assert_eq!(
            Route::from_hash("#/article?s=abc"),
            Route::Article { sentence: None }
        );
    }
}

//! `vigie-cli`: the generator from the command line, for teachers and for checking decks.
//!
//! ```text
//! vigie-cli items [--lang fr|en] [--seed N] [--format json|markdown]
//! vigie-cli quiz [--seed N] [--count N] [--lang fr|en] [--format json|markdown]
//! vigie-cli quiz --code CODE [--lang fr|en] [--format json|markdown]
//! vigie-cli lint [DECK_FILE] [--seed N]
//! vigie-cli grade --item ID --answer TEXT [--lang fr|en] [--seed N]
//! vigie-cli replay < logs.json
//! vigie-cli progress [--reviews N] [--end MS] [--seed N]
//! vigie-cli fuzz [--count N] [--seed N] [--from N]
//! vigie-cli pack [--output FILE]
//! vigie-cli check DECK_FILE
//! vigie-cli export --format FORMAT [--code CODE | --all] [--lang fr|en] [--anki-lang fr|en] [--output FILE]
//! ```

mod fuzz;

use std::process::ExitCode;
use vigie_core::builtin;
use vigie_core::deck::Deck;
use vigie_core::export;
use vigie_core::generate::{all_items, lint, Item, ItemKind, Settings};
use vigie_core::lang::Lang;
use vigie_core::quiz::{self, QuizSpec, MAX_QUESTIONS, MIN_QUESTIONS};
use vigie_core::study::Filter;

const USAGE: &str = r#"usage: vigie-cli items [--deck DECK_FILE] [--lang fr|en] [--seed N] [--format json|markdown]
       vigie-cli quiz [--deck DECK_FILE] [--seed N] [--count N] [--lang fr|en] [--format json|markdown]
       vigie-cli quiz [--deck DECK_FILE] --code CODE [--lang fr|en] [--format json|markdown]
       vigie-cli lint [DECK_FILE] [--seed N]
       vigie-cli grade [--deck DECK_FILE] --item ID --answer TEXT [--lang fr|en] [--seed N]
       vigie-cli replay < logs.json
       vigie-cli progress [--reviews N] [--end MS] [--seed N]
       vigie-cli fuzz [--count N] [--seed N] [--from N]
       vigie-cli pack [--output FILE]
       vigie-cli check DECK_FILE
       vigie-cli export [--deck DECK_FILE] --format FORMAT [--code CODE | --all] [--topic ID | --category NAME]
                        [--lang fr|en] [--anki-lang fr|en] [--output FILE]

  items    print every item the built-in deck gives (JSON array by default)
  quiz     print a quiz and its code as {"code": ..., "items": [...]}; with --code, the
           quiz of that code: the same items in the same order on every device
  lint     check a deck file (the built-in deck without one): the loader's errors, then
           the linter's findings and the items it drops per rule; exits 1 on any error
           or finding (a kind of item the deck gives none of is a note, not a finding)
  grade    check an answer to a typed-answer or cloze item with the app's own matcher:
           prints {"correct": bool, "expected": ...}
  replay   read review logs ([[[ms, rating], ...], ...]) on standard input and print FSRS
           stability and difficulty after each review, learning steps off (to compare with
           the reference implementation)
  progress print stored progress (as the app keeps it in localStorage) holding a synthetic
           log of reviews of the built-in deck's cards, for the benchmarks
  fuzz     feed N mutated deck files (default 100000; byte flips, truncations, deep nesting,
           structure-aware edits of a small deck and of the built-in one) to the loader:
           exits 1 on a panic, 3 on a hang, naming the input to replay
  pack     write the built-in deck as one self-contained deck file (*.vigie.json)
  check    read a self-contained deck file as the app does when a learner adds it: its
           problems, or its title, identity and counts; exits 1 when it is refused
  export   write the deck's flashcards and clozes (with --code, that quiz; with --all, every
           item of the deck, a question bank) for another tool; FORMAT is anki, moodle, pronote, gift, kahoot, quizlet, csv or json. Items
           the format cannot hold are listed on standard error.
  --deck     a deck file (its article file beside it, as `lint` reads it) instead of the
             built-in deck, for items, quiz, grade and export
  --lang     language of the texts (default fr)
  --anki-lang  language of the learner's Anki, which names its note types (default --lang)
  --topic, --category  only the deck's cards of that topic or category (export without --code)
  --output   file to write (default standard output)
  --seed     seed for the quiz and its distractors (default 0; quiz codes keep 20 bits)
  --count    questions in a quiz, 5 to 50 (default 20)
  --code     a quiz code, such as K7QM-4XRT-9BCD
  --item     an item id, such as typed_answer:mis-party-lrem (see `items`)
  --answer   the answer to grade, as a learner would type it
  --format   json (default) or markdown; for export, the tool's format
  --reviews  reviews in the synthetic log (default 100000)
  --end      time of its last review, ms since 1970 (default now)"#;

#[derive(Debug, PartialEq)]
enum Format {
    Json,
    Markdown,
}

#[derive(Debug, PartialEq)]
enum Command {
    Items,
    Quiz,
    Replay,
    Progress,
    Lint,
    Grade,
    Export,
    Pack,
    Check,
    Fuzz,
}

struct Options {
    command: Command,
    lang: Lang,
    seed: u64,
    count: usize,
    code: Option<String>,
    format: Format,
    reviews: usize,
    end: Option<i64>,
    file: Option<String>,
    item: Option<String>,
    answer: Option<String>,
    export: Option<export::Format>,
    anki_lang: Option<Lang>,
    filter: Filter,
    output: Option<String>,
    all: bool,
    from: u64,
    inputs: u64,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut rest = args.iter();
    let command = match rest.next().map(String::as_str) {
        Some("items") => Command::Items,
        Some("quiz") => Command::Quiz,
        Some("replay") => Command::Replay,
        Some("progress") => Command::Progress,
        Some("lint") => Command::Lint,
        Some("grade") => Command::Grade,
        Some("export") => Command::Export,
        Some("pack") => Command::Pack,
        Some("fuzz") => Command::Fuzz,
        Some("check") => Command::Check,
        Some(other) => return Err(format!("unknown command `{other}`")),
        None => return Err("no command given".into()),
    };
    let mut options = Options {
        command,
        lang: Lang::Fr,
        seed: 0,
        count: 20,
        code: None,
        format: Format::Json,
        reviews: 100_000,
        end: None,
        file: None,
        item: None,
        answer: None,
        export: None,
        anki_lang: None,
        filter: Filter::All,
        output: None,
        all: false,
        from: 0,
        inputs: 100_000,
    };
    while let Some(flag) = rest.next() {
        let mut value = || rest.next().ok_or_else(|| format!("`{flag}` needs a value"));
        match flag.as_str() {
            "--lang" => options.lang = language(flag, value()?)?,
            "--anki-lang" if options.command == Command::Export => {
                options.anki_lang = Some(language(flag, value()?)?)
            }
            "--format" if options.command == Command::Export => {
                let v = value()?;
                options.export = Some(export::Format::from_name(v).ok_or_else(|| {
                    format!("`--format {v}`: use anki, moodle, pronote, gift, kahoot, quizlet, csv or json")
                })?);
            }
            "--topic" if options.command == Command::Export => {
                options.filter = Filter::Topic(value()?.clone())
            }
            "--category" if options.command == Command::Export => {
                let v = value()?;
                options.filter = Filter::from_code(&format!("category:{v}"));
                if options.filter == Filter::All {
                    return Err(format!("`--category {v}`: no such category"));
                }
            }
            "--all" if options.command == Command::Export => options.all = true,
            "--output" if matches!(options.command, Command::Export | Command::Pack) => {
                options.output = Some(value()?.clone())
            }
            "--seed" => {
                let v = value()?;
                options.seed = v.parse().map_err(|_| {
                    format!("`--seed {v}`: use a whole number from 0 to 18446744073709551615")
                })?;
            }
            "--count" if options.command == Command::Fuzz => {
                let v = value()?;
                options.inputs = v
                    .parse()
                    .map_err(|_| format!("`--count {v}`: use a whole number"))?;
            }
            "--from" if options.command == Command::Fuzz => {
                let v = value()?;
                options.from = v
                    .parse()
                    .map_err(|_| format!("`--from {v}`: use a whole number"))?;
            }
            "--count" if options.command == Command::Quiz => {
                let v = value()?;
                options.count = v
                    .parse()
                    .ok()
                    .filter(|n| (MIN_QUESTIONS..=MAX_QUESTIONS).contains(n))
                    .ok_or_else(|| format!("`--count {v}`: a quiz has 5 to 50 questions"))?;
            }
            "--code" if matches!(options.command, Command::Quiz | Command::Export) => {
                options.code = Some(value()?.clone())
            }
            "--format" => {
                let v = value()?;
                options.format = match v.as_str() {
                    "json" => Format::Json,
                    "markdown" | "md" => Format::Markdown,
                    _ => return Err(format!("`--format {v}`: use json or markdown")),
                };
            }
            "--reviews" if options.command == Command::Progress => {
                let v = value()?;
                options.reviews = v
                    .parse()
                    .map_err(|_| format!("`--reviews {v}`: use a whole number"))?;
            }
            "--end" if options.command == Command::Progress => {
                let v = value()?;
                options.end = Some(v.parse().map_err(|_| {
                    format!("`--end {v}`: use milliseconds since 1970, such as 1795867200000")
                })?);
            }
            "--deck"
                if matches!(
                    options.command,
                    Command::Items | Command::Quiz | Command::Grade | Command::Export
                ) =>
            {
                options.file = Some(value()?.clone())
            }
            "--item" if options.command == Command::Grade => options.item = Some(value()?.clone()),
            "--answer" if options.command == Command::Grade => {
                options.answer = Some(value()?.clone())
            }
            file if matches!(options.command, Command::Lint | Command::Check)
                && options.file.is_none()
                && !file.starts_with("--") =>
            {
                options.file = Some(file.to_string())
            }
            other => return Err(format!("unknown option `{other}`")),
        }
    }
    if options.command == Command::Export && options.export.is_none() {
        return Err("export needs `--format FORMAT`".into());
    }
    Ok(options)
}

fn language(flag: &str, v: &str) -> Result<Lang, String> {
    Lang::from_code(v)
        .filter(|l| l.code() == v)
        .ok_or_else(|| format!("`{flag} {v}`: use fr or en"))
}

/// Items as JSON or Markdown, with the quiz code first for a quiz.
fn render(items: &[Item], code: Option<&str>, options: &Options) -> Result<String, String> {
    match options.format {
        Format::Markdown => {
            let mut out = code.map(|c| format!("# Quiz {c}\n\n")).unwrap_or_default();
            out.push_str(&export::to_markdown(items, options.lang));
            Ok(out)
        }
        Format::Json => {
            let items: Vec<_> = items
                .iter()
                .map(|i| export::to_json(i, options.lang))
                .collect();
            let value = match code {
                Some(code) => serde_json::json!({ "code": code, "items": items }),
                None => serde_json::Value::Array(items),
            };
            serde_json::to_string_pretty(&value).map_err(|e| e.to_string())
        }
    }
}

fn quiz(deck: &Deck, options: &Options) -> Result<String, String> {
    let code = match &options.code {
        Some(code) => code.clone(),
        None => {
            let settings = Settings {
                count: Some(options.count),
                ..Settings::default()
            };
            QuizSpec::new(deck, (options.seed & 0xf_ffff) as u32, &settings, None).encode()
        }
    };
    let (_, generated) = quiz::open(deck, &code).map_err(|e| format!("quiz code `{code}`: {e}"))?;
    render(&generated.items, Some(&code), options)
}

/// `replay`: FSRS memory after each review of each log, with no learning steps.
fn replay() -> Result<String, String> {
    use vigie_core::progress::Rating;
    use vigie_core::schedule::{CardState, Config, Scheduler};
    let mut input = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut input).map_err(|e| e.to_string())?;
    let logs: Vec<Vec<(i64, u8)>> = serde_json::from_str(&input)
        .map_err(|e| format!("replay reads [[[ms, rating], ...], ...]: {e}"))?;
    let config = Config {
        learning_steps: Vec::new(),
        relearning_steps: Vec::new(),
        ..Config::default()
    };
    let scheduler = Scheduler::new(config).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for log in logs {
        let mut card = CardState::NEW;
        let mut states = Vec::new();
        for (at, rating) in log {
            let rating =
                Rating::from_number(rating).ok_or(format!("rating {rating} is not 1 to 4"))?;
            card = scheduler.review(&card, rating, at);
            let memory = card.memory.ok_or("no memory state")?;
            states.push(serde_json::json!([memory.stability, memory.difficulty]));
        }
        out.push(states);
    }
    serde_json::to_string(&out).map_err(|e| e.to_string())
}

fn run(options: &Options) -> Result<String, String> {
    if options.command == Command::Replay {
        return replay();
    }
    let loaded = options.file.as_deref().map(read_deck).transpose()?;
    let deck = deck_of(loaded.as_ref())?;
    match options.command {
        Command::Items => render(&all_items(deck, options.seed), None, options),
        Command::Progress => Ok(synthetic_progress(deck, options)),
        Command::Grade => grade(deck, options),
        _ => quiz(deck, options),
    }
}

/// `grade`: the app's own verdict on an answer to one typed-answer or cloze item.
fn grade(deck: &Deck, options: &Options) -> Result<String, String> {
    let id = options.item.as_deref().ok_or("grade needs `--item ID`")?;
    let answer = options
        .answer
        .as_deref()
        .ok_or("grade needs `--answer TEXT`")?;
    let items = all_items(deck, options.seed);
    let item = items
        .iter()
        .find(|i| i.id == id)
        .ok_or_else(|| format!("no item `{id}` (see `vigie-cli items`)"))?;
    if !matches!(item.kind, ItemKind::TypedAnswer | ItemKind::Cloze) {
        return Err(format!(
            "`{id}` is a {} item: grade takes typed-answer and cloze items",
            item.kind.name()
        ));
    }
    let correct = quiz::is_correct(item, &quiz::Response::Text(answer.to_string()));
    let expected = quiz::right_answer(item, options.lang);
    serde_json::to_string(&serde_json::json!({ "correct": correct, "expected": expected }))
        .map_err(|e| e.to_string())
}

/// `lint`: the loader's errors, or the linter's findings and drops; `Ok(false)` when there is
/// anything to fix.
fn lint(options: &Options) -> Result<(String, bool), String> {
    let loaded = options.file.as_deref().map(read_deck).transpose()?;
    let deck = match loaded {
        Some(Err(invalid)) => return Ok((invalid, false)),
        _ => deck_of(loaded.as_ref())?,
    };
    let report = lint::lint(deck, options.seed);
    let mut out = String::new();
    for finding in &report.findings {
        let label = if finding.rule.is_defect() {
            "finding"
        } else {
            "note"
        };
        out.push_str(&format!("{label}: {finding}\n"));
    }
    out.push_str(&format!(
        "{} items kept, {} dropped",
        report.kept.len(),
        report.dropped.len()
    ));
    for (rule, n) in report.dropped_per_rule() {
        out.push_str(&format!("\n  dropped by {rule}: {n}"));
    }
    for dropped in &report.dropped {
        out.push_str(&format!("\n    {dropped}"));
    }
    let defects = report.defects().count();
    out.push_str(&format!(
        "\n{defects} finding(s), {} note(s)",
        report.findings.len() - defects
    ));
    Ok((out, defects == 0))
}

/// Stored progress with a synthetic log of the deck's study cards.
fn synthetic_progress(deck: &Deck, options: &Options) -> String {
    let cards = vigie_core::study::cards(deck);
    let ids: Vec<&str> = cards.iter().map(|c| c.id.as_str()).collect();
    let end = options.end.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as i64)
    });
    let progress = vigie_core::progress::Progress {
        log: vigie_core::synthetic::review_log(options.seed, options.reviews, &ids, end),
        ..Default::default()
    };
    vigie_core::progress::encode(&progress)
}

/// `export`: the file's bytes, and the items left out, in words.
fn export_file(options: &Options) -> Result<(Vec<u8>, Vec<String>), String> {
    let loaded = options.file.as_deref().map(read_deck).transpose()?;
    let deck = deck_of(loaded.as_ref())?;
    let format = options.export.ok_or("export needs `--format FORMAT`")?;
    let (items, stem) = match &options.code {
        Some(code) => {
            let (_, generated) =
                quiz::open(deck, code).map_err(|e| format!("quiz code `{code}`: {e}"))?;
            (generated.items, format!("vigie-{code}"))
        }
        None if options.all => (
            all_items(deck, options.seed)
                .into_iter()
                .filter(|i| options.filter.accepts(i))
                .collect(),
            "vigie-all".to_string(),
        ),
        None => (
            export::deck_items(deck, &options.filter),
            "vigie".to_string(),
        ),
    };
    let file = export::export(
        format,
        &items,
        &export::Options {
            deck,
            lang: options.lang,
            anki_lang: options.anki_lang.unwrap_or(options.lang),
            code: options.code.as_deref(),
            stem: &stem,
        },
    );
    let notes = file
        .left_out
        .iter()
        .map(|l| format!("left out {}: {}", l.item_id, l.reason))
        .collect();
    Ok((file.bytes, notes))
}

/// `check`: a deck file read as the app reads it.
fn check_file(options: &Options) -> Result<String, String> {
    let path = options.file.as_deref().ok_or("check needs a DECK_FILE")?;
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    let deck = Deck::from_file(&bytes).map_err(|errors| format!("{path}: refused\n{errors}"))?;
    Ok(format!(
        "{path}: {} (id {}, version {}), {} facts, {} cards; identity {}",
        deck.title.get(Lang::En),
        deck.id,
        deck.version,
        deck.facts.len(),
        vigie_core::study::cards(&deck).len(),
        vigie_core::deck::identity(&bytes)
    ))
}

/// `pack`: the built-in deck as one self-contained file.
fn pack() -> Result<String, String> {
    vigie_core::deck::pack(builtin::DECK_JSON, builtin::ARTICLE_TEXT).map_err(|e| e.to_string())
}

/// Prints `text` and a line break. A reader that stops early (`vigie-cli items | head`) is
/// not an error: the rest is not wanted.
fn print_out(text: &str) -> Result<(), String> {
    use std::io::Write;
    match writeln!(std::io::stdout().lock(), "{text}") {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.to_string()),
        _ => Ok(()),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let options = match parse(&args) {
        Ok(o) => o,
        Err(message) => {
            eprintln!("vigie-cli: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if options.command == Command::Export {
        let written = export_file(&options).and_then(|(bytes, notes)| {
            for note in notes {
                eprintln!("vigie-cli: {note}");
            }
            match &options.output {
                Some(path) => std::fs::write(path, &bytes).map_err(|e| format!("{path}: {e}")),
                None => std::io::Write::write_all(&mut std::io::stdout(), &bytes)
                    .map_err(|e| e.to_string()),
            }
        });
        return match written {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("vigie-cli: {message}");
                ExitCode::FAILURE
            }
        };
    }
    if options.command == Command::Fuzz {
        return match fuzz::run(options.seed, options.from, options.inputs) {
            Ok(r) => {
                println!(
                    "{} mutated deck files read ({} accepted, the rest refused in words), no panic, no hang; slowest {:.1} ms; {:.1} s",
                    r.inputs,
                    r.accepted,
                    r.slowest.as_secs_f64() * 1000.0,
                    r.elapsed.as_secs_f64()
                );
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("vigie-cli fuzz: {message}");
                ExitCode::FAILURE
            }
        };
    }
    if matches!(options.command, Command::Pack | Command::Check) {
        let result = if options.command == Command::Pack {
            pack().and_then(|text| match &options.output {
                Some(path) => std::fs::write(path, text)
                    .map(|()| format!("wrote {path}"))
                    .map_err(|e| format!("{path}: {e}")),
                None => Ok(text),
            })
        } else {
            check_file(&options)
        };
        return match result {
            Ok(text) => {
                println!("{text}");
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("vigie-cli: {message}");
                ExitCode::FAILURE
            }
        };
    }
    if options.command == Command::Lint {
        return match lint(&options) {
            Ok((report, clean)) => {
                println!("{report}");
                if clean {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::FAILURE
                }
            }
            Err(message) => {
                eprintln!("vigie-cli: {message}");
                ExitCode::FAILURE
            }
        };
    }
    match run(&options).and_then(|output| print_out(&output)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("vigie-cli: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The deck a command works on: the one read from `--deck` (or `lint`'s DECK_FILE), or the
/// built-in deck.
fn deck_of(loaded: Option<&Result<Deck, String>>) -> Result<&Deck, String> {
    match loaded {
        Some(Ok(deck)) => Ok(deck),
        Some(Err(invalid)) => Err(invalid.clone()),
        None => builtin::deck().map_err(|errors| format!("the built-in deck is invalid\n{errors}")),
    }
}

/// A deck file and the article file its `article.file` names, beside it: `Err` when a file
/// cannot be read, `Ok(Err)` with the loader's errors when the deck is invalid.
fn read_deck(path: &str) -> Result<Result<Deck, String>, String> {
    let json = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let article_file = serde_json::from_str::<serde_json::Value>(&json)
        .ok()
        .and_then(|v| v["article"]["file"].as_str().map(str::to_string))
        .unwrap_or_default();
    let article_path = std::path::Path::new(path)
        .parent()
        .unwrap_or(std::path::Path::new("."))
        .join(&article_file);
    let article = std::fs::read_to_string(&article_path)
        .map_err(|e| format!("{}: {e}", article_path.display()))?;
    Ok(Deck::from_json(&json, &article)
        .map_err(|errors| format!("{path}: the deck is invalid\n{errors}")))
}

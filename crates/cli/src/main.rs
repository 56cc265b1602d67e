//! `vigie-cli`: the generator from the command line, for teachers and for checking decks.
//!
//! ```text
//! vigie-cli items [--lang fr|en] [--seed N] [--format json|markdown]
//! vigie-cli quiz [--seed N] [--count N] [--lang fr|en] [--format json|markdown]
//! vigie-cli quiz --code CODE [--lang fr|en] [--format json|markdown]
//! vigie-cli replay < logs.json
//! vigie-cli progress [--reviews N] [--end MS] [--seed N]
//! ```

use std::process::ExitCode;
use vigie_core::builtin;
use vigie_core::deck::Deck;
use vigie_core::export;
use vigie_core::generate::{all_items, Item, Settings};
use vigie_core::lang::Lang;
use vigie_core::quiz::{self, QuizSpec, MAX_QUESTIONS, MIN_QUESTIONS};

const USAGE: &str = r#"usage: vigie-cli items [--lang fr|en] [--seed N] [--format json|markdown]
       vigie-cli quiz [--seed N] [--count N] [--lang fr|en] [--format json|markdown]
       vigie-cli quiz --code CODE [--lang fr|en] [--format json|markdown]
       vigie-cli replay < logs.json
       vigie-cli progress [--reviews N] [--end MS] [--seed N]

  items    print every item the built-in deck gives (JSON array by default)
  quiz     print a quiz and its code as {"code": ..., "items": [...]}; with --code, the
           quiz of that code: the same items in the same order on every device
  replay   read review logs ([[[ms, rating], ...], ...]) on standard input and print FSRS
           stability and difficulty after each review, learning steps off (to compare with
           the reference implementation)
  progress print stored progress (as the app keeps it in localStorage) holding a synthetic
           log of reviews of the built-in deck's cards, for the benchmarks
  --lang     language of the texts (default fr)
  --seed     seed for the quiz and its distractors (default 0; quiz codes keep 20 bits)
  --count    questions in a quiz, 5 to 50 (default 20)
  --code     a quiz code, such as K7QM-4XRT-9BCD
  --format   json (default) or markdown
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
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut rest = args.iter();
    let command = match rest.next().map(String::as_str) {
        Some("items") => Command::Items,
        Some("quiz") => Command::Quiz,
        Some("replay") => Command::Replay,
        Some("progress") => Command::Progress,
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
    };
    while let Some(flag) = rest.next() {
        let mut value = || rest.next().ok_or_else(|| format!("`{flag}` needs a value"));
        match flag.as_str() {
            "--lang" => {
                let v = value()?;
                options.lang = Lang::from_code(v)
                    .filter(|l| l.code() == v)
                    .ok_or_else(|| format!("`--lang {v}`: use fr or en"))?;
            }
            "--seed" => {
                let v = value()?;
                options.seed = v.parse().map_err(|_| {
                    format!("`--seed {v}`: use a whole number from 0 to 18446744073709551615")
                })?;
            }
            "--count" if options.command == Command::Quiz => {
                let v = value()?;
                options.count = v
                    .parse()
                    .ok()
                    .filter(|n| (MIN_QUESTIONS..=MAX_QUESTIONS).contains(n))
                    .ok_or_else(|| format!("`--count {v}`: a quiz has 5 to 50 questions"))?;
            }
            "--code" if options.command == Command::Quiz => options.code = Some(value()?.clone()),
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
            other => return Err(format!("unknown option `{other}`")),
        }
    }
    Ok(options)
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
    let deck =
        builtin::deck().map_err(|errors| format!("the built-in deck is invalid\n{errors}"))?;
    match options.command {
        Command::Items => render(&all_items(deck, options.seed), None, options),
        Command::Progress => Ok(synthetic_progress(deck, options)),
        _ => quiz(deck, options),
    }
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

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let options = match parse(&args) {
        Ok(o) => o,
        Err(message) => {
            eprintln!("vigie-cli: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&options) {
        Ok(output) => {
            println!("{output}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("vigie-cli: {message}");
            ExitCode::FAILURE
        }
    }
}

//! `vigie-cli`: the generator from the command line, for teachers and for checking decks.
//!
//! ```text
//! vigie-cli items [--lang fr|en] [--seed N] [--format json|markdown]
//! vigie-cli replay < logs.json
//! ```

use std::process::ExitCode;
use vigie::domain::builtin;
use vigie::domain::generate::{all_items, export};
use vigie::domain::lang::Lang;

const USAGE: &str = "usage: vigie-cli items [--lang fr|en] [--seed N] [--format json|markdown]
       vigie-cli replay < logs.json

  items   print every item the built-in deck gives (JSON array by default)
  replay  read review logs ([[[ms, rating], ...], ...]) on standard input and print FSRS
          stability and difficulty after each review, learning steps off (to compare with
          the reference implementation)
  --lang     language of the texts (default fr)
  --seed     seed for distractors and option order (default 0)
  --format   json (default) or markdown";

#[derive(Debug, PartialEq)]
enum Format {
    Json,
    Markdown,
}

struct Options {
    lang: Lang,
    seed: u64,
    format: Format,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        lang: Lang::Fr,
        seed: 0,
        format: Format::Json,
    };
    let mut rest = args.iter();
    match rest.next().map(String::as_str) {
        Some("items") => {}
        Some(other) => return Err(format!("unknown command `{other}`")),
        None => return Err("no command given".into()),
    }
    while let Some(flag) = rest.next() {
        let mut value = || rest.next().ok_or_else(|| format!("`{flag}` needs a value"));
        match flag.as_str() {
            "--lang" => {
                let v = value()?;
                options.lang = match v.as_str() {
                    "fr" => Lang::Fr,
                    "en" => Lang::En,
                    _ => return Err(format!("`--lang {v}`: use fr or en")),
                };
            }
            "--seed" => {
                let v = value()?;
                options.seed = v.parse().map_err(|_| {
                    format!("`--seed {v}`: use a whole number from 0 to 18446744073709551615")
                })?;
            }
            "--format" => {
                let v = value()?;
                options.format = match v.as_str() {
                    "json" => Format::Json,
                    "markdown" | "md" => Format::Markdown,
                    _ => return Err(format!("`--format {v}`: use json or markdown")),
                };
            }
            other => return Err(format!("unknown option `{other}`")),
        }
    }
    Ok(options)
}

/// `replay`: FSRS memory after each review of each log, with no learning steps.
fn replay() -> Result<String, String> {
    use vigie::domain::progress::Rating;
    use vigie::domain::schedule::{CardState, Config, Scheduler};
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

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("replay") {
        return match replay() {
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
    let options = match parse(&args) {
        Ok(o) => o,
        Err(message) => {
            eprintln!("vigie-cli: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let deck = match builtin::deck() {
        Ok(deck) => deck,
        Err(errors) => {
            eprintln!("vigie-cli: the built-in deck is invalid\n{errors}");
            return ExitCode::FAILURE;
        }
    };
    let items = all_items(deck, options.seed);
    let output = match options.format {
        Format::Json => {
            let json: Vec<_> = items
                .iter()
                .map(|i| export::to_json(i, options.lang))
                .collect();
            match serde_json::to_string_pretty(&json) {
                Ok(text) => text,
                Err(e) => {
                    eprintln!("vigie-cli: {e}");
                    return ExitCode::FAILURE;
                }
            }
        }
        Format::Markdown => export::to_markdown(&items, options.lang),
    };
    println!("{output}");
    ExitCode::SUCCESS
}

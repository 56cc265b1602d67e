//! `vigie-cli`: the generator from the command line, for teachers and for checking decks.
//!
//! ```text
//! vigie-cli items [--lang fr|en] [--seed N] [--format json|markdown]
//! ```

use std::process::ExitCode;
use vigie::domain::builtin;
use vigie::domain::generate::{all_items, export};
use vigie::domain::lang::Lang;

const USAGE: &str = "usage: vigie-cli items [--lang fr|en] [--seed N] [--format json|markdown]

  items   print every item the built-in deck gives (JSON array by default)
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

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
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

//! `vigie-cli fuzz`: mutated deck files fed to the loader, as a learner's browser would get
//! them from a stranger. The loader must answer every one — a deck or its problems — without
//! a panic and without hanging.
//!
//! Input `i` of a run depends only on the seed and `i`, so a failure names the input that
//! caused it and `--seed S --from i --count 1` replays it. Nine inputs in ten mutate a small
//! deck (fast, so a million fit in minutes); one in ten mutates the real built-in deck.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};
use vigie_core::deck::Deck;
use vigie_core::seeded::Stream;

/// The input being read, for the panic hook and the watchdog.
static CURRENT: AtomicU64 = AtomicU64::new(u64::MAX);
/// Longer than this for one input is a hang.
const HANG: Duration = Duration::from_secs(10);

const SMALL_DECK: &str = include_str!("../../core/tests/fixtures/mini.deck.json");
const SMALL_ARTICLE: &str = include_str!("../../core/tests/fixtures/mini.txt");

/// Strings a hostile deck would carry.
const PAYLOADS: [&str; 8] = [
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "</script><script>alert(1)</script>",
    "\u{202e}gnp.exe",
    "\u{0}",
    "{{c1::x}}]]>#~=:{}",
    "=HYPERLINK(\"http://x\")",
    "%s%n%x",
];

pub struct Report {
    pub inputs: u64,
    pub accepted: u64,
    pub slowest: Duration,
    pub elapsed: Duration,
}

/// Feeds `count` mutated files from input `from` on; returns what happened, or the input
/// that panicked (the panic hook also prints it).
pub fn run(seed: u64, from: u64, count: u64) -> Result<Report, String> {
    let small = vigie_core::deck::pack(SMALL_DECK, SMALL_ARTICLE).map_err(|e| e.to_string())?;
    let real = vigie_core::deck::pack(
        vigie_core::builtin::DECK_JSON,
        vigie_core::builtin::ARTICLE_TEXT,
    )
    .map_err(|e| e.to_string())?;
    let small_value: serde_json::Value = serde_json::from_str(&small).map_err(|e| e.to_string())?;
    let real_value: serde_json::Value = serde_json::from_str(&real).map_err(|e| e.to_string())?;
    std::panic::set_hook(Box::new(move |info| {
        let i = CURRENT.load(Ordering::SeqCst);
        eprintln!("vigie-cli fuzz: the loader panicked on input {i}: {info}\nreplay: vigie-cli fuzz --seed {seed} --from {i} --count 1");
    }));
    watchdog(seed);
    let start = Instant::now();
    let mut report = Report {
        inputs: 0,
        accepted: 0,
        slowest: Duration::ZERO,
        elapsed: Duration::ZERO,
    };
    for i in from..from + count {
        let mut rng = Stream::new(seed ^ i.wrapping_mul(0x9e37_79b9_7f4a_7c15), "fuzz");
        let (text, value) = if i % 10 == 9 {
            (&real, &real_value)
        } else {
            (&small, &small_value)
        };
        let input = mutate(&mut rng, text.as_bytes(), value);
        CURRENT.store(i, Ordering::SeqCst);
        let t = Instant::now();
        let result = std::panic::catch_unwind(|| Deck::from_file(&input));
        report.slowest = report.slowest.max(t.elapsed());
        match result {
            Ok(Ok(_)) => report.accepted += 1,
            Ok(Err(errors)) if errors.0.is_empty() => {
                return Err(format!("input {i}: refused with no problem named"))
            }
            Ok(Err(_)) => {}
            Err(_) => return Err(format!("input {i}: the loader panicked (seed {seed})")),
        }
        report.inputs += 1;
    }
    CURRENT.store(u64::MAX, Ordering::SeqCst);
    report.elapsed = start.elapsed();
    Ok(report)
}

/// Ends the process when one input takes longer than [`HANG`].
fn watchdog(seed: u64) {
    std::thread::spawn(move || {
        let mut last = u64::MAX;
        let mut since = Instant::now();
        loop {
            std::thread::sleep(Duration::from_millis(500));
            let now = CURRENT.load(Ordering::SeqCst);
            if now != last || now == u64::MAX {
                last = now;
                since = Instant::now();
            } else if since.elapsed() > HANG {
                eprintln!("vigie-cli fuzz: input {now} has run for more than {HANG:?}: a hang\nreplay: vigie-cli fuzz --seed {seed} --from {now} --count 1");
                std::process::exit(3);
            }
        }
    });
}

/// One mutated file: byte-level damage or a structure-aware edit of the deck.
fn mutate(rng: &mut Stream, bytes: &[u8], value: &serde_json::Value) -> Vec<u8> {
    let mut out = bytes.to_vec();
    match rng.below(8) {
        0 => {
            // Flip a few bits.
            for _ in 0..1 + rng.below(8) {
                let at = rng.below(out.len());
                out[at] ^= 1 << rng.below(8);
            }
        }
        1 => out.truncate(rng.below(out.len())),
        2 => {
            // Insert random bytes (JSON's own punctuation often).
            let at = rng.below(out.len());
            let junk: Vec<u8> = (0..1 + rng.below(16))
                .map(|_| b"{}[]\",:\\0123456789e-nultrfa\xff\xc3"[rng.below(29)])
                .collect();
            out.splice(at..at, junk);
        }
        3 => {
            // Repeat or delete a slice.
            let a = rng.below(out.len());
            let b = (a + rng.below(4096)).min(out.len());
            if rng.coin() {
                let slice = out[a..b].to_vec();
                out.splice(a..a, slice);
            } else {
                out.drain(a..b);
            }
        }
        4 => {
            // Deep nesting, past any sane depth.
            let depth = 64 + rng.below(100_000);
            let mut deep = vec![b'['; depth];
            deep.extend(std::iter::repeat_n(b']', rng.below(depth + 1)));
            out = deep;
        }
        _ => {
            let mut v = value.clone();
            for _ in 0..1 + rng.below(4) {
                edit(rng, &mut v, 0);
            }
            out = serde_json::to_vec(&v).unwrap_or_default();
        }
    }
    out
}

/// A structure-aware edit somewhere in `v`: a field removed, a value of another type, a
/// hostile or huge string, an array element repeated, a number out of range.
fn edit(rng: &mut Stream, v: &mut serde_json::Value, depth: usize) {
    use serde_json::Value;
    let descend = depth < 6 && rng.below(4) != 0;
    match v {
        Value::Object(map) if !map.is_empty() => {
            let keys: Vec<String> = map.keys().cloned().collect();
            let key = &keys[rng.below(keys.len())];
            if descend {
                if let Some(child) = map.get_mut(key) {
                    edit(rng, child, depth + 1);
                }
            } else if rng.coin() {
                map.remove(key);
            } else if let Some(child) = map.get_mut(key) {
                *child = replacement(rng);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            let at = rng.below(items.len());
            if descend {
                edit(rng, &mut items[at], depth + 1);
            } else {
                match rng.below(3) {
                    0 => {
                        let copy = items[at].clone();
                        items.push(copy);
                    }
                    1 => {
                        items.remove(at);
                    }
                    _ => items[at] = replacement(rng),
                }
            }
        }
        _ => *v = replacement(rng),
    }
}

fn replacement(rng: &mut Stream) -> serde_json::Value {
    use serde_json::{json, Value};
    match rng.below(9) {
        0 => Value::Null,
        1 => json!(PAYLOADS[rng.below(PAYLOADS.len())]),
        2 => json!("x".repeat(rng.below(200_000))),
        3 => json!(i64::MAX),
        4 => json!(-1),
        5 => json!(1.5e308),
        6 => json!([]),
        7 => json!({ "fr": PAYLOADS[rng.below(PAYLOADS.len())], "en": "" }),
        _ => json!(""),
    }
}

use vigie_core::builtin::{ARTICLE_TEXT, DECK_JSON};
use vigie_core::deck::{compact, Deck};
fn main() {
    let n = 200;
    let t = std::time::Instant::now();
    let mut d = None;
    for _ in 0..n {
        d = Some(Deck::from_json(DECK_JSON, ARTICLE_TEXT).expect("ok"));
    }
    println!(
        "from_json+check: {:.3} ms",
        t.elapsed().as_secs_f64() * 1000.0 / n as f64
    );
    let bytes = compact::to_bytes(d.as_ref().unwrap());
    let t = std::time::Instant::now();
    for _ in 0..n {
        let _ = compact::from_bytes(&bytes).expect("ok");
    }
    println!(
        "compact: {:.3} ms ({} bytes vs json {})",
        t.elapsed().as_secs_f64() * 1000.0 / n as f64,
        bytes.len(),
        DECK_JSON.len()
    );
}

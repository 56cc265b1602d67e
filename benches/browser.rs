//! The workloads of `benches/native.rs`, compiled to wasm32 and timed in headless Chromium.
//! Run with `scripts/bench.sh`, or `cargo bench --target wasm32-unknown-unknown --bench browser`
//! (with `WASM_BINDGEN_TEST_TIMEOUT=900`).
//!
//! Timed here with `performance.now()` rather than wasm-bindgen-test's criterion: that one
//! keeps the page busy for a whole benchmark, and ChromeDriver gives up on a page busy for
//! 30 s. This loop yields to the browser between runs.

#![cfg(target_arch = "wasm32")]

mod workloads;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::{console_log, wasm_bindgen_bench, wasm_bindgen_test_configure, Criterion};
use workloads::Workload;

wasm_bindgen_test_configure!(run_in_browser);

/// Runs per workload, after two warm-up runs, within about this many milliseconds.
const RUNS: usize = 30;
const BUDGET_MS: f64 = 4_000.0;

#[wasm_bindgen_bench]
async fn generator(_: &mut Criterion) {
    time_all("generator", workloads::generator()).await;
}

#[wasm_bindgen_bench]
async fn storage(_: &mut Criterion) {
    let (bytes, work) = workloads::storage();
    console_log!("storage: 100,000 reviews are {bytes} bytes stored");
    time_all("storage", work).await;
}

async fn time_all(group: &str, work: Vec<Workload>) {
    let performance = web_sys::window()
        .and_then(|w| w.performance())
        .expect("a browser page has performance.now()");
    for (name, mut run) in work {
        run();
        run();
        let mut times = Vec::new();
        let start = performance.now();
        while times.len() < RUNS && (times.len() < 5 || performance.now() - start < BUDGET_MS) {
            yield_to_browser().await;
            let t = performance.now();
            run();
            times.push(performance.now() - t);
        }
        times.sort_by(f64::total_cmp);
        let at =
            |q: f64| times[((times.len() as f64 * q).ceil() as usize).clamp(1, times.len()) - 1];
        console_log!(
            "wasm32 {group}/{name}: median {:.3} ms, p95 {:.3} ms ({} runs)",
            at(0.5),
            at(0.95),
            times.len()
        );
    }
}

/// Lets the browser run its own tasks (and ChromeDriver see the page) between runs.
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(resolve.unchecked_ref());
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

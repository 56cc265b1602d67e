//! The workloads of `benches/native.rs`, compiled to wasm32 and timed in headless Chromium
//! by wasm-bindgen-test's own criterion. Run with `scripts/bench.sh`, or
//! `cargo bench --target wasm32-unknown-unknown --bench browser`.

#![cfg(target_arch = "wasm32")]

mod workloads;

use wasm_bindgen_test::{console_log, wasm_bindgen_bench, wasm_bindgen_test_configure, Criterion};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_bench]
fn generator(c: &mut Criterion) {
    for (name, mut run) in workloads::generator() {
        c.bench_function(&format!("generator/{name}"), |b| b.iter(&mut run));
    }
}

#[wasm_bindgen_bench]
fn storage(c: &mut Criterion) {
    let (bytes, work) = workloads::storage();
    console_log!("storage: 100,000 reviews are {bytes} bytes stored");
    for (name, mut run) in work {
        c.bench_function(&format!("storage/{name}"), |b| b.iter(&mut run));
    }
}

//! Native benchmarks (criterion) of the core work behind the issue #8 targets: the built-in
//! deck's items, a 50-question quiz from a 10,000-fact deck, and a 100,000-review log.
//! `benches/browser.rs` times the same workloads compiled to wasm32 in headless Chromium.
//!
//! Run with `scripts/bench.sh` (every figure), or `cargo bench --bench native`.

#[cfg(not(target_arch = "wasm32"))]
mod workloads;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use criterion::Criterion;
    use std::time::Duration;
    let mut c = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    let (bytes, storage) = workloads::storage();
    println!("storage: 100,000 reviews are {bytes} bytes stored");
    for (group, work) in [("generator", workloads::generator()), ("storage", storage)] {
        let mut g = c.benchmark_group(group);
        for (name, mut run) in work {
            g.bench_function(name, |b| b.iter(&mut run));
        }
        g.finish();
    }
    c.final_summary();
}

#[cfg(target_arch = "wasm32")]
fn main() {}

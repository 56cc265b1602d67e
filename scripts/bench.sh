#!/usr/bin/env bash
# Measures Vigie against its performance budgets (issue #8; figures in BENCHMARKS.md), beside
# a bare Leptos 0.8 counter built with the same profile and tools. Prints every figure; takes
# about 10 minutes. Timings are figures to read, never pass/fail tests.
#   1. first-load bytes, cold load to interactive (on loopback, and phone-like: CPU 4x slower,
#      150 ms round trip, 1.6 Mbps), review step                  (bench/browser.mjs)
#   2. generator and storage natively                              (criterion: benches/native.rs)
#   3. the same in the browser, compiled to wasm32                 (benches/browser.rs)
#   4. Lighthouse (mobile profile) on the home and study pages     (bench/lighthouse.mjs)
#   5. where the wasm bytes go, by crate                           (twiggy)
set -euo pipefail
source "$(dirname "$0")/setup.sh"
cd "$ROOT"
setup_build
setup_browser
TWIGGY_VERSION="0.8.0"
if twiggy --version 2>/dev/null | grep -q " $TWIGGY_VERSION$"; then
  say "twiggy $TWIGGY_VERSION: present"
else
  say "twiggy $TWIGGY_VERSION: installing with cargo (about 2 minutes, once)"
  quietly cargo install twiggy --version "$TWIGGY_VERSION" --locked
fi
OUT="$ROOT/target/bench"
mkdir -p "$OUT"

say "machine"
echo "  $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo);" \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(chromium --version 2>/dev/null); $(rustc --version)"

say "release builds: Vigie (scripts/build.sh) and the Leptos counter (bench/counter)"
scripts/build.sh >"$OUT/build.log" 2>&1 || { tail -n 30 "$OUT/build.log"; exit 1; }
(cd bench/counter && trunk build --release --dist "$OUT/counter-dist") >"$OUT/counter.log" 2>&1 ||
  { tail -n 30 "$OUT/counter.log"; exit 1; }
# The counter served as Vigie is: Brotli and gzip copies beside its files.
node scripts/compress.mjs "$OUT/counter-dist" >>"$OUT/counter.log"
cargo build --release --locked -p vigie-cli >"$OUT/cli.log" 2>&1 || { tail -n 30 "$OUT/cli.log"; exit 1; }
target/release/vigie-cli progress --reviews 100000 >"$OUT/progress-100k.json"

say "browser: first load, cold load to interactive, review step (bench/browser.mjs)"
node bench/browser.mjs dist "$OUT/counter-dist" "$OUT/progress-100k.json"

say "generator and storage, native (criterion)"
cargo bench --locked --bench native 2>&1 | grep -E '^(generator|storage)|time:' | sed 's/^/  /'

say "generator and storage, wasm32 in headless Chromium"
export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT=900
cargo bench --locked --target wasm32-unknown-unknown --bench browser 2>&1 |
  grep -E 'wasm32 |bytes stored' | sed 's/^/  /'

LIGHTHOUSE_VERSION="12.8.2"
LIGHTHOUSE="$ROOT/target/lighthouse/node_modules/.bin/lighthouse"
if [ -x "$LIGHTHOUSE" ] && "$LIGHTHOUSE" --version 2>/dev/null | grep -q "^$LIGHTHOUSE_VERSION$"; then
  say "Lighthouse $LIGHTHOUSE_VERSION: present"
else
  say "Lighthouse $LIGHTHOUSE_VERSION: installing with npm under target/lighthouse (once)"
  quietly npm install --prefix "$ROOT/target/lighthouse" --no-audit --no-fund "lighthouse@$LIGHTHOUSE_VERSION"
fi
say "Lighthouse, mobile profile, on #/ and #/study as the serve command serves them (bench/lighthouse.mjs)"
node bench/lighthouse.mjs dist "$LIGHTHOUSE"

say "where the main bundle's bytes go (twiggy, by crate; the release wasm rebuilt with names)"
cargo build --release --locked --target wasm32-unknown-unknown --bin vigie >"$OUT/named.log" 2>&1
wasm-bindgen --target web --keep-debug --out-dir "$OUT/named" target/wasm32-unknown-unknown/release/vigie.wasm
wasm-opt -Oz -g --low-memory-unused --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$OUT/named/vigie_bg.wasm" -o "$OUT/named/vigie.opt.wasm"
twiggy top -n 100000 --format csv "$OUT/named/vigie.opt.wasm" >"$OUT/twiggy.csv"
node bench/twiggy-by-crate.mjs "$OUT/twiggy.csv"

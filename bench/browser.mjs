// Browser benchmarks of issue #8, Vigie beside a bare Leptos 0.8 counter built the same way:
// first-load bytes, cold load to interactive, and the review step. Prints a table and writes
// target/bench/browser.json. Called by scripts/bench.sh:
//   node bench/browser.mjs DIST COUNTER_DIST PROGRESS_100K_FILE
import { readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { serveDist, launchChromium } from '../e2e/support.mjs';

const [vigieDist, counterDist, progressFile] = process.argv.slice(2);
const LOADS = 10;
const RATINGS = 200;

/** Nearest-rank quantile of numbers. */
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length))) - 1];
}
const ms = (x) => `${x.toFixed(1)} ms`;
const kb = (x) => `${(x / 1000).toFixed(1)} kB`;
const TARGET_GZIP = 150000; // 150 kB, decimal (the stricter reading)

/** The files a page loads first: the html and the js, wasm and css it names. */
function firstLoad(dir, page) {
  const html = readFileSync(join(dir, page), 'utf8');
  const names = new Set([page]);
  // Attributes quoted or not (the build's HTML is minified): every script, style and preload.
  for (const m of html.matchAll(/(?:href|src)="?\.?\/?([\w.-]+\.(?:js|wasm|css))/g)) names.add(m[1]);
  const files = [...names].map((name) => {
    const body = readFileSync(join(dir, name));
    return {
      name,
      kind: name.split('.').pop(),
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const total = (k) => files.reduce((s, f) => s + f[k], 0);
  return { files, raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') };
}

/** A phone on mobile data, as Lighthouse's mobile profile: CPU 4x slower, 150 ms round
 * trip, 1.6 Mbps down, 750 kbps up. */
const PHONE = { cpu: 4, latency: 150, down: (1.6 * 1024 * 1024) / 8, up: (750 * 1024) / 8 };

/** Milliseconds from navigation start until `selector` is in the page (its handler attached);
 * `phone`: under [`PHONE`]'s throttling. */
async function coldLoad(browser, url, selector, press, phone = false) {
  const context = await browser.newContext(); // a fresh profile: no cache, no storage
  const page = await context.newPage();
  if (phone) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: PHONE.latency, downloadThroughput: PHONE.down, uploadThroughput: PHONE.up,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  }
  await page.addInitScript((sel) => {
    const check = () => {
      if (window.__interactive === undefined && document.querySelector(sel)) {
        window.__interactive = performance.now();
      }
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true });
  }, selector);
  await page.goto(url);
  await page.waitForFunction(() => window.__interactive !== undefined, null, { timeout: 30000 });
  const at = await page.evaluate(() => window.__interactive);
  await press(page); // it can really be pressed
  await context.close();
  return at;
}

/** A quiz code of the built-in deck (10 questions), from the release CLI the benchmark built. */
function quizCode() {
  const out = execFileSync('target/release/vigie-cli', ['quiz', '--count', '10', '--seed', '7']);
  return JSON.parse(out.toString()).code;
}

/** Measures every key press from the page's outside, the same way in any app: from the
 * keydown to the task after the next animation frame (the frame is painted by then). */
const keyToPaint = () => addEventListener('keydown', () => {
  const start = performance.now();
  requestAnimationFrame(() => setTimeout(() => performance.measure('bench:key-to-paint', { start }), 0));
}, true);
const readKeyToPaint = (page) => page.evaluate(() =>
  performance.getEntriesByName('bench:key-to-paint').map((e) => e.duration));

/** The same for the counter: `RATINGS` presses of Enter on its button. */
async function counterKeys(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(keyToPaint);
  await page.goto(url);
  await page.focus('#increment');
  for (let i = 1; i <= RATINGS; i++) {
    await page.keyboard.press('Enter');
    await page.getByText(`Count: ${i}`, { exact: true }).waitFor();
  }
  await page.waitForTimeout(200);
  const all = await readKeyToPaint(page);
  await context.close();
  return { p50: quantile(all, 0.5), p95: quantile(all, 0.95), presses: all.length };
}

/** p50/p95 of the review step over `RATINGS` ratings, with `progress` stored beforehand. */
async function reviewSteps(browser, url, progress) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(keyToPaint);
  await page.goto(url);
  await page.evaluate((p) => {
    localStorage.setItem('vigie.settings.v1', JSON.stringify({ new_per_day: 500, retention_percent: 90 }));
    if (p) localStorage.setItem('vigie.progress.v1', p);
  }, progress);
  await page.goto(`${url}#/study`);
  await page.reload();
  // Mostly Again and Hard, so that cards stay in learning and keep coming back.
  const pattern = ['1', '2', '1', '3', '1', '2', '1', '1', '2', '4'];
  let done = 0;
  for (; done < RATINGS; done++) {
    const shown = await page.locator('#show-answer').waitFor({ timeout: 5000 }).then(() => true, () => false);
    if (!shown) break;
    await page.keyboard.press('Space');
    await page.locator('.ratings').waitFor();
    await page.keyboard.press(pattern[done % pattern.length]);
  }
  await page.waitForTimeout(200);
  const [steps, works, saves] = await page.evaluate(() =>
    ['vigie:review-step', 'vigie:review-step:work', 'vigie:save'].map((name) =>
      performance.getEntriesByName(name).map((e) => e.duration)));
  // Every key press is measured from outside; the rating keys are every other one.
  const outside = (await readKeyToPaint(page)).filter((_, i) => i % 2 === 1);
  const stored = await page.evaluate(() => (localStorage.getItem('vigie.progress.v1') ?? '').length);
  await context.close();
  return { ratings: done, measured: steps.length, p50: quantile(steps, 0.5), p95: quantile(steps, 0.95),
    work: { p50: quantile(works, 0.5), p95: quantile(works, 0.95) },
    outside: { p50: quantile(outside, 0.5), p95: quantile(outside, 0.95) },
    save: { p50: quantile(saves, 0.5), p95: quantile(saves, 0.95) }, stored };
}

const vigieServer = await serveDist(vigieDist);
const counterServer = await serveDist(counterDist);
const browser = await launchChromium();
const results = {};
try {
  results.size = { vigie: firstLoad(vigieDist, 'index.html'), counter: firstLoad(counterDist, 'index.html'),
    quiz: firstLoad(vigieDist, 'quiz.html'), classroom: firstLoad(vigieDist, 'classroom.html'),
    write: firstLoad(vigieDist, 'write.html') };
  // The built-in deck's study copy in its compact form (article included), as build.rs
  // wrote it for the release build: the newest copy.
  const builds = 'target/wasm32-unknown-unknown/release/build';
  const copies = readdirSync(builds)
    .filter((d) => d.startsWith('vigie-') && existsSync(join(builds, d, 'out', 'study-deck.bin')))
    .map((d) => join(builds, d, 'out', 'study-deck.bin'))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  const compact = copies.length ? readFileSync(copies[0]) : Buffer.alloc(0);
  results.size.embedded = { raw: compact.length, gzip: gzipSync(compact, { level: 9 }).length };

  const apps = {
    vigie: { url: `${vigieServer.url}index.html#/study`, selector: '#show-answer',
      press: async (page) => { await page.click('#show-answer'); await page.locator('.ratings').waitFor(); } },
    counter: { url: `${counterServer.url}index.html`, selector: '#increment',
      press: async (page) => { await page.click('#increment'); await page.getByText('Count: 1').waitFor(); } },
    // A student's quiz link (quiz.html): a 10-question quiz of the built-in deck, until its
    // first question's form is in the page.
    quiz: { url: `${vigieServer.url}quiz.html#/quiz/${quizCode()}`, selector: 'form.question',
      press: async (page) => { await page.locator('#question-prompt').waitFor(); } },
  };
  const loads = { vigie: [], counter: [], quiz: [] };
  for (const name of Object.keys(apps)) await coldLoad(browser, apps[name].url, apps[name].selector, apps[name].press);
  for (let i = 0; i < LOADS; i++) {
    for (const name of Object.keys(apps)) {
      const app = apps[name];
      loads[name].push(await coldLoad(browser, app.url, app.selector, app.press));
    }
  }
  results.load = Object.fromEntries(Object.entries(loads).map(([k, v]) =>
    [k, { runs: v, median: quantile(v, 0.5), p90: quantile(v, 0.9) }]));
  // The same on a phone-like device and network, the files served Brotli-compressed.
  const phone = { vigie: [], counter: [], quiz: [] };
  for (let i = 0; i < LOADS; i++) {
    for (const name of Object.keys(apps)) {
      const app = apps[name];
      phone[name].push(await coldLoad(browser, app.url, app.selector, app.press, true));
    }
  }
  results.phone = Object.fromEntries(Object.entries(phone).map(([k, v]) =>
    [k, { runs: v, median: quantile(v, 0.5), p90: quantile(v, 0.9) }]));

  results.review = {
    fresh: await reviewSteps(browser, vigieServer.url, null),
    log100k: await reviewSteps(browser, vigieServer.url, readFileSync(progressFile, 'utf8')),
    counter: await counterKeys(browser, `${counterServer.url}index.html`),
  };
} finally {
  await browser.close();
  await vigieServer.close();
  await counterServer.close();
}

const s = results.size;
console.log('\nFirst load (release build; gzip -9, brotli -q 11)');
console.log('  page                       raw        gzip      brotli');
for (const [label, r] of [['Vigie index.html', s.vigie], ['Leptos counter', s.counter], ['Vigie quiz.html', s.quiz], ['Vigie classroom.html', s.classroom], ['Vigie write.html', s.write]]) {
  console.log(`  ${label.padEnd(22)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)} ${kb(r.brotli).padStart(10)}`);
  for (const f of r.files) console.log(`    ${f.kind.padEnd(20)} ${kb(f.raw).padStart(10)} ${kb(f.gzip).padStart(10)} ${kb(f.brotli).padStart(10)}`);
}
console.log(`  embedded deck + article   ${kb(s.embedded.raw).padStart(10)} ${kb(s.embedded.gzip).padStart(10)}   (the study copy in compact form, inside the wasm)`);
console.log(`  ratio Vigie / counter: ${(s.vigie.gzip / s.counter.gzip).toFixed(2)}x gzip; target <= 150 kB gzip: ${s.vigie.gzip <= TARGET_GZIP ? 'met' : `missed by ${kb(s.vigie.gzip - TARGET_GZIP)}`}`);
const l = results.load;
console.log(`\nCold load to interactive (${LOADS} fresh profiles each, loopback)`);
console.log(`  Vigie (first study card's button)  median ${ms(l.vigie.median)}  p90 ${ms(l.vigie.p90)}`);
console.log(`  Leptos counter (its button)        median ${ms(l.counter.median)}  p90 ${ms(l.counter.p90)}`);
console.log(`  ratio: ${(l.vigie.median / l.counter.median).toFixed(2)}x; target median <= 200 ms: ${l.vigie.median <= 200 ? 'met' : 'missed'}`);
console.log(`  Vigie quiz link (first question)   median ${ms(l.quiz.median)}  p90 ${ms(l.quiz.p90)}`);
const p = results.phone;
console.log(`\nPhone-like cold load (${LOADS} fresh profiles each: CPU ${PHONE.cpu}x slower, ${PHONE.latency} ms round trip, 1.6 Mbps down; Brotli as served)`);
console.log(`  Vigie (first study card's button)  median ${ms(p.vigie.median)}  p90 ${ms(p.vigie.p90)}`);
console.log(`  Leptos counter (its button)        median ${ms(p.counter.median)}  p90 ${ms(p.counter.p90)}`);
console.log(`  Vigie quiz link (first question)   median ${ms(p.quiz.median)}  p90 ${ms(p.quiz.p90)}`);
console.log(`  ratio: ${(p.vigie.median / p.counter.median).toFixed(2)}x; goals median <= 1500 ms: ${p.vigie.median <= 1500 ? 'met' : `missed by ${ms(p.vigie.median - 1500)}`}, <= 1.5x the counter: ${p.vigie.median <= 1.5 * p.counter.median ? 'met' : 'missed'}`);
console.log('\nReview step (rating key to next card painted)');
for (const [label, r] of [['fresh profile', results.review.fresh], ['100,000-review log', results.review.log100k]]) {
  console.log(`  ${label.padEnd(20)} p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  (${r.measured} of ${r.ratings} ratings; ${r.stored} B stored)`);
  console.log(`  ${''.padEnd(20)} of which the work (page updated):  p50 ${ms(r.work.p50)}  p95 ${ms(r.work.p95)}`);
  console.log(`  ${''.padEnd(20)} measured from outside the app:     p50 ${ms(r.outside.p50)}  p95 ${ms(r.outside.p95)}`);
  console.log(`  ${''.padEnd(20)} then the save, after the paint:    p50 ${ms(r.save.p50)}  p95 ${ms(r.save.p95)}`);
}
const c = results.review.counter;
console.log(`  Leptos counter, Enter on its button, from outside: p50 ${ms(c.p50)}  p95 ${ms(c.p95)}  (${c.presses} presses)`);
mkdirSync('target/bench', { recursive: true });
writeFileSync('target/bench/browser.json', JSON.stringify(results, null, 2));

// Lighthouse (mobile profile, its default: a mid-range phone on slow 4G) on the pages a
// learner opens, as the README's serve command serves them (Brotli). Prints each category's
// score and the Largest Contentful Paint; writes target/bench/lighthouse-*.json.
//   node bench/lighthouse.mjs DIST LIGHTHOUSE_BIN
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { serveStatic } from '../scripts/static-server.mjs';

const [dist, lighthouse] = process.argv.slice(2);
const server = await serveStatic(dist, 0);
const pages = [['home', '#/'], ['study', '#/study']];
try {
  console.log('  page     performance  accessibility  best practices  SEO    LCP      FCP      TBT      bytes');
  for (const [name, hash] of pages) {
    const out = `target/bench/lighthouse-${name}.json`;
    // Asynchronously: the server answering Lighthouse runs in this process.
    await promisify(execFile)(lighthouse, [`${server.url}${hash}`, '--output=json', `--output-path=${out}`, '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu'], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' } });
    const r = JSON.parse(readFileSync(out, 'utf8'));
    const c = r.categories;
    const a = (id) => r.audits[id].displayValue.replace(/\s/g, ' ');
    console.log(`  ${name.padEnd(8)} ${String(c.performance.score).padEnd(12)} ${String(c.accessibility.score).padEnd(14)} ${String(c['best-practices'].score).padEnd(15)} ${String(c.seo.score).padEnd(6)} ${a('largest-contentful-paint').padEnd(8)} ${a('first-contentful-paint').padEnd(8)} ${a('total-blocking-time').padEnd(8)} ${Math.round(r.audits['total-byte-weight'].numericValue / 1024)} KiB`);
  }
} finally {
  await server.close();
}

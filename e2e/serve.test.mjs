// The build as a static host serves it: each file's Brotli or gzip copy when the browser
// accepts it (the README's serve command and every e2e test use this server), the right
// types and caching, and a service worker that lists the files themselves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { useVigie } from './support.mjs';

const env = useVigie();
const dist = join(fileURLToPath(new URL('..', import.meta.url)), 'dist');

function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

test('every file is served Brotli, gzip or plain as the request accepts, and decodes to itself', async () => {
  const files = readdirSync(dist).filter((f) => /\.(html|js|wasm|css|svg|webmanifest)$/.test(f));
  assert.ok(files.some((f) => f.endsWith('.wasm')) && files.length >= 8, files.join(' '));
  for (const file of files) {
    const original = readFileSync(join(dist, file));
    const br = await get(env.server.url + file, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    assert.equal(br.headers['content-encoding'], 'br', file);
    assert.equal(br.headers.vary, 'accept-encoding');
    assert.ok(brotliDecompressSync(br.body).equals(original), `${file}: Brotli decodes to the file`);
    assert.ok(br.body.length < original.length, `${file}: smaller`);
    const gz = await get(env.server.url + file, { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip', file);
    assert.ok(gunzipSync(gz.body).equals(original), `${file}: gzip decodes to the file`);
    const plain = await get(env.server.url + file, { 'accept-encoding': 'br;q=0, identity' });
    assert.equal(plain.headers['content-encoding'], undefined, file);
    assert.ok(plain.body.equals(original));
  }
  for (const wasm of files.filter((f) => f.endsWith('_bg.wasm'))) {
    const head = await get(env.server.url + wasm);
    assert.equal(head.headers['content-type'], 'application/wasm');
    assert.equal(head.headers['cache-control'], 'public, max-age=31536000, immutable', wasm);
  }
  assert.equal((await get(env.server.url + 'index.html')).headers['cache-control'], 'no-cache');
  assert.equal((await get(env.server.url + 'nowhere.js')).status, 404);
  // The service worker caches the files, not their compressed copies.
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  assert.doesNotMatch(sw, /\.(br|gz)"/);
  assert.match(sw, /_bg\.wasm"/);
});

test('the browser gets the Brotli copies and runs the app from them', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const encodings = new Map();
  page.on('response', (res) => encodings.set(new URL(res.url()).pathname, res.headers()['content-encoding']));
  try {
    await page.goto(`${env.server.url}#/study`);
    await page.locator('#card-front').waitFor();
    const wasm = [...encodings.keys()].find((p) => p.endsWith('_bg.wasm'));
    assert.equal(encodings.get(wasm), 'br', 'the WebAssembly came Brotli-compressed');
    assert.equal(encodings.get('/'), 'br');
  } finally {
    await context.close();
  }
});

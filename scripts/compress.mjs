// Writes a Brotli (`.br`) and a gzip (`.gz`) copy beside each text and WebAssembly file of a
// build, as a static host serves them (scripts/static-server.mjs picks one by the request's
// Accept-Encoding). Node's own zlib: nothing to install. Usage: node scripts/compress.mjs dist
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.svg', '.json', '.webmanifest', '.txt']);
const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/compress.mjs DIR');
  process.exit(2);
}
let files = 0;
let raw = 0;
let br = 0;
for (const name of readdirSync(dir)) {
  const path = join(dir, name);
  if (!statSync(path).isFile() || !COMPRESSIBLE.has(extname(name))) continue;
  const body = readFileSync(path);
  const brotli = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      [constants.BROTLI_PARAM_MODE]: extname(name) === '.wasm' ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
    },
  });
  const gzip = gzipSync(body, { level: 9 });
  // A copy no smaller than the file is not worth a header.
  if (brotli.length < body.length) writeFileSync(`${path}.br`, brotli);
  if (gzip.length < body.length) writeFileSync(`${path}.gz`, gzip);
  files += 1;
  raw += body.length;
  br += Math.min(brotli.length, body.length);
}
console.log(`${dir}: ${files} files compressed (.br and .gz beside each): ${raw} B raw, ${br} B Brotli`);

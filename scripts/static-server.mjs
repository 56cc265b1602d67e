// Serves a build directory as a static host would: the `.br` or `.gz` copy written by
// scripts/compress.mjs when the browser accepts it (Content-Encoding, Vary), the right MIME
// types (WebAssembly included), hashed files cached for a year and the rest revalidated.
// Used by the README's serve command, the end-to-end tests and the benchmarks.
//   node scripts/static-server.mjs DIR [PORT]      (127.0.0.1, PORT 8080 by default)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** The encodings a request accepts, by the names of the copies beside a file. */
function accepted(header = '') {
  const names = header.split(',').map((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q && Number(q.slice(2)) === 0 ? null : name;
  });
  return [['br', '.br'], ['gzip', '.gz']].filter(([name]) => names.includes(name));
}

/** Serves `dir` on 127.0.0.1 (`port` 0: a free one); resolves to { url, close }. */
export async function serveStatic(dir, port = 0) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = join(dir, path.endsWith('/') ? join(path, 'index.html') : path);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Names with a content hash (trunk's `name-0123456789abcdef.ext`, leading zeros dropped)
    // never change.
    const cache = /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
    for (const [encoding, suffix] of [...accepted(req.headers['accept-encoding']), [null, '']]) {
      let body;
      try {
        body = await readFile(file + suffix);
      } catch {
        continue;
      }
      const headers = { 'content-type': type, 'content-length': body.length, 'cache-control': cache, vary: 'accept-encoding' };
      if (encoding) headers['content-encoding'] = encoding;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${address.port}/`, close: () => new Promise((r) => server.close(r)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await serveStatic(dir, Number(port));
  console.log(`serving ${dir} at ${url}, compressed as a static host would (Ctrl+C stops)`);
}

// Sums twiggy's per-item sizes (CSV from `twiggy top --format csv`) by crate, largest first.
// The "function names" section exists only because the build kept names for twiggy: left out.
import { readFileSync } from 'node:fs';

/** The cells of one CSV line ("" is a quote inside a quoted cell). */
function cells(line) {
  const out = [];
  for (const m of line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)) {
    const cell = m[1];
    out.push(cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell);
  }
  return out;
}

const byCrate = new Map();
let total = 0;
for (const line of readFileSync(process.argv[2], 'utf8').trim().split('\n').slice(1)) {
  const [name, shallow] = cells(line);
  const size = Number(shallow);
  if (!Number.isFinite(size) || name.includes('function names')) continue;
  total += size;
  let crate = 'other: tables, types, wasm-bindgen glue';
  if (name.startsWith('data segment')) crate = 'data: the deck, the article, texts';
  else {
    // The first path in the name: `core[…]::fmt`, `<T as tachys::view::…>` (the trait's crate).
    const m = name.match(/([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
    if (m) crate = m[1];
  }
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + size);
}
console.log(`  ${'crate'.padEnd(40)} ${'bytes'.padStart(9)}  share`);
for (const [crate, size] of [...byCrate].sort((a, b) => b[1] - a[1]).filter(([, size]) => size >= 500)) {
  console.log(`  ${crate.padEnd(40)} ${String(size).padStart(9)}  ${((100 * size) / total).toFixed(1)}%`);
}
console.log(`  ${'total (raw, before gzip)'.padEnd(40)} ${String(total).padStart(9)}`);

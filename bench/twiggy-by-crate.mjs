// Sums twiggy's per-item sizes (CSV from `twiggy top --format csv`) by crate, largest first.
import { readFileSync } from 'node:fs';

const rows = readFileSync(process.argv[2], 'utf8').trim().split('\n').slice(1);
const byCrate = new Map();
let total = 0;
for (const row of rows) {
  // Name,ShallowSize,ShallowSizePercent: the name may hold commas, so read from the end.
  const cells = row.split(',');
  const size = Number(cells[cells.length - 2]);
  const name = cells.slice(0, -2).join(',').replace(/^"|"$/g, '');
  if (!Number.isFinite(size)) continue;
  total += size;
  let crate = 'other (tables, wasm-bindgen glue)';
  if (name.startsWith('data[')) crate = 'data: strings, the deck, the article';
  else {
    const m = name.match(/(?:<|^|\s|&)(?:<?impl )?([a-z_][a-z0-9_]*)::/);
    if (m) crate = m[1];
  }
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + size);
}
console.log(`  ${'crate'.padEnd(40)} ${'bytes'.padStart(9)}  share`);
for (const [crate, size] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
  console.log(`  ${crate.padEnd(40)} ${String(size).padStart(9)}  ${((100 * size) / total).toFixed(1)}%`);
}
console.log(`  ${'total (before gzip)'.padEnd(40)} ${String(total).padStart(9)}`);

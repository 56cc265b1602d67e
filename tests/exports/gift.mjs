// Parses a GIFT file with gift-pegjs (the parser Moodle-compatible tools use) and prints its
// questions as JSON, comments and categories left out; exits 1 with the parser's message
// (line and column) when it refuses the file.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const { parse } = require('gift-pegjs');

try {
  const questions = parse(readFileSync(process.argv[2], 'utf8'));
  const real = questions.filter((q) => q.type !== 'Category' && q.type !== 'Description');
  process.stdout.write(JSON.stringify(real));
} catch (e) {
  const where = e.location ? ` at line ${e.location.start.line}, column ${e.location.start.column}` : '';
  process.stderr.write(`${e.message}${where}\n`);
  process.exit(1);
}

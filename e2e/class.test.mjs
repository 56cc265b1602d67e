// The class report: three students take one quiz with different answers; their result codes
// pasted into the report give the right scores, shares and most-missed question; a
// malformed line and a code from another quiz are said and left out; the CSV opens with the
// right rows; the pasted codes survive a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { useVigie, VigiePage } from './support.mjs';

const require = createRequire(import.meta.url);
const jsQR = require('jsqr');
const { PNG } = require('pngjs');

/** The text of the QR code in a PNG screenshot. */
function readQr(png) {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

const env = useVigie();
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'target', 'debug', 'vigie-cli');
/** Text as the test writes it: no-break spaces as spaces. */
const plain = (text) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Takes the quiz answering "Vrai" where `pattern[i]` is true, "Faux" otherwise. */
async function take(code, pattern) {
  const vigie = await VigiePage.open(env.browser, env.server.url, { hash: `classroom.html#/quiz/${code}` });
  const { page } = vigie;
  try {
    for (const answer of pattern) {
      await page.locator('#question-prompt').waitFor();
      await page.getByRole('radio', { name: answer ? 'Vrai' : 'Faux' }).check();
      await page.getByRole('button', { name: 'Valider' }).click();
      await page.locator('#quiz-next').click();
    }
    const result = (await page.locator('#result-code').innerText()).trim();
    assert.equal(readQr(await page.getByRole('img', { name: 'Code QR du code de résultat' }).screenshot()), result,
      'the result code as a QR code, for the teacher to scan');
    await page.getByText('Montrez ce code à votre enseignant.').waitFor();
    return result;
  } finally {
    await vigie.close();
  }
}

async function makeQuiz(count, seedHint) {
  const vigie = await VigiePage.open(env.browser, env.server.url, { hash: 'classroom.html#/quiz' });
  try {
    await vigie.page.locator('#kind-true_false').check();
    await vigie.page.locator('#quiz-count').fill(String(count));
    await vigie.page.locator('#quiz-count').dispatchEvent('change');
    await vigie.page.getByRole('button', { name: 'Créer le quiz' }).click();
    return (await vigie.page.locator('#quiz-code').innerText()).trim();
  } finally {
    await vigie.close();
  }
}

test('three students, one report: scores, shares, most missed, bad lines said, CSV, kept on reload', async () => {
  const code = await makeQuiz(5);
  const items = JSON.parse(execFileSync(cli, ['quiz', '--code', code])).items;
  const truth = items.map((i) => i.answer);
  const patterns = [
    truth.slice(),                                  // all right
    truth.map((t, i) => (i === 0 ? !t : t)),        // misses question 1
    truth.map((t, i) => (i <= 1 ? !t : t)),         // misses questions 1 and 2
  ];
  const codes = [];
  for (const p of patterns) codes.push(await take(code, p));
  const other = await take(await makeQuiz(5), [true, true, true, true, true]);

  const vigie = await VigiePage.open(env.browser, env.server.url, { hash: `classroom.html#/class?quiz=${code}` });
  const { page } = vigie;
  try {
    await vigie.waitForHeading(/Résultats de la classe/);
    await page.getByLabel('Codes de résultat, un par ligne').fill(
      `Ana: ${codes[0]}\n${codes[1]}\nBob : ${codes[2]}\nn'importe quoi\nZoé: ${other}\n`);
    await page.locator('#class-summary').waitFor();
    assert.equal(plain(await page.locator('#class-summary').innerText()), '3 élèves · médiane 4 / 5 · de 3 à 5');
    const errors = (await page.locator('.line-errors li').allInnerTexts()).map(plain);
    assert.equal(errors.length, 2, errors.join('\n'));
    assert.match(errors[0], /^Ligne 4 : ce n’est pas un code de résultat/);
    assert.match(errors[1], /^Ligne 5 : ce code de résultat vient d’un autre quiz/);
    const reteach = (await page.locator('.reteach > li').allInnerTexts()).map(plain);
    assert.match(reteach[0], /^33 % de réussite \(1 sur 3\) — 1\./, 'question 1, missed by two');
    assert.match(reteach[1], /^66 % de réussite \(2 sur 3\) — 2\./, 'then question 2, missed by one');
    assert.match(reteach[2], /^100 % de réussite \(3 sur 3\) — 3\./);
    const students = (await page.locator('tbody tr').allInnerTexts()).map(plain);
    assert.deepEqual(students.map((r) => r.split('\t').slice(0, 2).join(' ')), ['Ana 5 / 5', 'Élève 2 4 / 5', 'Bob 3 / 5']);
    assert.deepEqual(await vigie.axeViolations(), [], 'axe on the class report');
    await vigie.screenshot('fr-class-report');
    // The other language and the dark theme pass axe too.
    await vigie.languageSwitch.click();
    await page.getByRole('heading', { name: 'Class results' }).waitFor();
    assert.deepEqual(await vigie.axeViolations(), [], 'axe on the class report (en)');
    await page.evaluate(() => localStorage.setItem('vigie.theme.v1', 'dark'));
    await page.reload();
    await page.locator('#class-summary').waitFor();
    assert.deepEqual(await vigie.axeViolations(), [], 'axe on the class report (en, dark)');
    await vigie.languageSwitch.click();
    await page.getByRole('heading', { name: 'Résultats de la classe' }).waitFor();
    assert.deepEqual(await vigie.axeViolations(), [], 'axe on the class report (fr, dark)');

    const [download] = await Promise.all([page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger le CSV (tableur)' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    assert.ok(csv.startsWith('\ufeff'));
    assert.deepEqual(csv.slice(1).trim().split('\r\n'), [
      '"Élève";"Score";"Sur";"Questions manquées"', '"Ana";5;5;""', '"Élève 2";4;5;"1"', '"Bob";3;5;"1 2"']);

    await page.reload();
    await page.locator('#class-summary').waitFor();
    assert.match(await page.getByLabel('Codes de résultat, un par ligne').inputValue(), /^Ana: /);
    await page.getByRole('button', { name: 'Effacer les codes' }).click();
    assert.equal(await page.getByLabel('Codes de résultat, un par ligne').inputValue(), '');
    assert.deepEqual(vigie.problems, []);
  } finally {
    await vigie.close();
  }
});

test('join by scanning: the builder and the projector show a QR code of the quiz link', async () => {
  const vigie = await VigiePage.open(env.browser, env.server.url, { hash: 'classroom.html#/quiz' });
  const { page } = vigie;
  try {
    await page.locator('#quiz-count').fill('5');
    await page.locator('#quiz-count').dispatchEvent('change');
    await page.getByRole('button', { name: 'Créer le quiz' }).click();
    const code = (await page.locator('#quiz-code').innerText()).trim();
    const link = await page.locator('#quiz-link').inputValue();
    const qr = page.getByRole('img', { name: `Code QR du lien du quiz ${code}` });
    assert.equal(readQr(await qr.screenshot()), link);
    // The link opens the quiz.
    await page.goto(link);
    await page.locator('#question-prompt').waitFor();

    await vigie.goto(`classroom.html#/quiz/${code}/projector`);
    const big = page.getByRole('img', { name: `Code QR du lien du quiz ${code}` });
    const box = await big.boundingBox();
    assert.ok(box.width >= 250, `large enough to scan from the back of a room: ${box.width}px`);
    assert.equal(readQr(await big.screenshot()), link);
    await vigie.screenshot('fr-projector-join');
    await vigie.goto(`classroom.html#/quiz/${code}/print`);
    const printed = page.getByRole('img', { name: `Code QR du lien du quiz ${code}` }).first();
    // Printed at about 4 cm; read here at screen size, larger than its 9rem.
    await printed.evaluate((el) => { el.style.width = '24rem'; el.style.float = 'none'; });
    assert.equal(readQr(await printed.screenshot()), link, 'the printed test carries it too');
    assert.deepEqual(await vigie.axeViolations(), [], 'axe on the projector with its QR code');
    assert.deepEqual(vigie.problems, []);
  } finally {
    await vigie.close();
  }
});

// The class report: three students take one quiz with different answers; their result codes
// pasted into the report give the right scores, shares and most-missed question; a
// malformed line and a code from another quiz are said and left out; the CSV opens with the
// right rows; the pasted codes survive a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { useVigie, VigiePage } from './support.mjs';

const require = createRequire(import.meta.url);
const jsQR = require('jsqr');
const { PNG } = require('pngjs');
const { chromium } = require('playwright-core');

/** The text of the QR code in a PNG screenshot. */
function readQr(png) {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

const env = useVigie();
/** The QR code each student's results screen showed (a PNG), by result code. */
const qrShots = new Map();
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'target', 'debug', 'vigie-cli');
/** Text as the test writes it: no-break spaces as spaces. */
const plain = (text) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Takes the quiz answering "Vrai" where `pattern[i]` is true, "Faux" otherwise. */
async function take(code, pattern) {
  const vigie = await VigiePage.open(env.browser, env.server.url, { hash: `quiz.html#/quiz/${code}` });
  const { page } = vigie;
  try {
    for (const answer of pattern) {
      await page.locator('#question-prompt').waitFor();
      await page.getByRole('radio', { name: answer ? 'Vrai' : 'Faux' }).check();
      await page.getByRole('button', { name: 'Valider' }).click();
      await page.locator('#quiz-next').click();
    }
    const result = (await page.locator('#result-code').innerText()).trim();
    const shot = await page.getByRole('img', { name: 'Code QR du code de résultat' }).screenshot();
    assert.equal(readQr(shot), result, 'the result code as a QR code, for the teacher to scan');
    qrShots.set(result, shot);
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

/** A camera's video of `png` held up in front of it: a Y4M file for Chromium's fake camera. */
function cameraVideo(png) {
  const image = PNG.sync.read(png);
  const [width, height, zoom] = [640, 480, 2];
  const luma = Buffer.alloc(width * height, 140);
  const left = Math.floor((width - image.width * zoom) / 2);
  const top = Math.floor((height - image.height * zoom) / 2);
  for (let y = 0; y < image.height * zoom; y++) {
    for (let x = 0; x < image.width * zoom; x++) {
      const i = (Math.floor(y / zoom) * image.width + Math.floor(x / zoom)) * 4;
      const [r, g, b] = [image.data[i], image.data[i + 1], image.data[i + 2]];
      luma[(top + y) * width + left + x] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const path = join(mkdtempSync(join(tmpdir(), 'vigie-camera-')), 'camera.y4m');
  writeFileSync(path, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]));
  return path;
}

test('the teacher scans the result codes with the camera, or reads them from a photo; typing stays', async () => {
  const code = await makeQuiz(5);
  const [first, second] = [await take(code, [true, true, true, true, true]), await take(code, [false, false, false, false, false])];

  // A device whose camera sees the first student's screen.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${cameraVideo(qrShots.get(first))}`],
  });
  try {
    const context = await browser.newContext({ locale: 'fr-FR' });
    await context.grantPermissions(['camera'], { origin: env.server.url.replace(/\/$/, '') });
    const vigie = new VigiePage(await context.newPage(), env.server.url);
    const { page } = vigie;
    await vigie.goto(`classroom.html#/class?quiz=${code}`);
    await page.getByRole('button', { name: 'Scanner les codes avec la caméra' }).click();
    const status = page.locator('.scan-status');
    await status.getByText(`Code ajouté : ${first}`).waitFor({ timeout: 15000 });
    assert.equal(plain(await page.locator('#class-codes').inputValue()), `${first}\n`);
    // The camera still sees it for a while: listed once, and not said again.
    await page.waitForTimeout(1500);
    assert.equal(plain(await page.locator('#class-codes').inputValue()), `${first}\n`);
    await status.getByText(`Code ajouté : ${first}`).waitFor();
    await page.getByText(/^1\s*élève/).first().waitFor();
    assert.deepEqual(await vigie.axeViolations(), [], 'axe with the camera on');
    await vigie.screenshot('fr-class-scan');
    // One button starts and stops the camera: pressed by keyboard, the focus stays on it.
    await page.getByRole('button', { name: 'Arrêter la caméra' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Scanner les codes avec la caméra' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Scanner les codes avec la caméra');
    assert.equal(await page.locator('video').count(), 0, 'the camera is off');

    // A photo of the second student's screen.
    await page.getByLabel('… ou lire le code sur une photo').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: qrShots.get(second) });
    await status.getByText(`Code ajouté : ${second}`).waitFor();
    assert.equal(plain(await page.locator('#class-codes').inputValue()), `${first}\n${second}\n`);
    // A code already listed is said, not added twice.
    await page.getByLabel('… ou lire le code sur une photo').setInputFiles({ name: 'again.png', mimeType: 'image/png', buffer: qrShots.get(first) });
    await status.getByText(`Déjà dans la liste : ${first}`).waitFor();
    assert.equal(plain(await page.locator('#class-codes').inputValue()), `${first}\n${second}\n`);
    // The quiz link's QR code (from the projector) is not a result code: said, not listed.
    const projector = await context.newPage();
    await projector.goto(`${env.server.url}classroom.html#/quiz/${code}/projector`);
    const link = await projector.getByRole('img', { name: `Code QR du lien du quiz ${code}` }).screenshot();
    await projector.close();
    await page.getByLabel('… ou lire le code sur une photo').setInputFiles({ name: 'link.png', mimeType: 'image/png', buffer: link });
    await status.getByText(/^Ce code QR n’est pas un code de résultat\s*:\s*http/).waitFor();
    assert.equal(plain(await page.locator('#class-codes').inputValue()), `${first}\n${second}\n`);
    // A photo with no code in it is said; nothing is added.
    await page.getByLabel('… ou lire le code sur une photo').setInputFiles({ name: 'blank.png', mimeType: 'image/png', buffer: await page.locator('h1').screenshot() });
    await status.getByText('Aucun code QR lisible sur cette photo : essayez-en une plus nette, ou tapez le code.').waitFor();
    // Kept for the quiz like typed codes: a reload loses nothing.
    await page.reload();
    await page.locator('#class-codes').waitFor();
    await page.waitForFunction(() => document.querySelector('#class-codes').value.split('\n').filter(Boolean).length === 2);
    assert.deepEqual(vigie.problems, []);
  } finally {
    await browser.close();
  }

  // A device with no camera: said in words, and typing still works.
  const vigie = await VigiePage.open(env.browser, env.server.url, { locale: 'en-GB', hash: `classroom.html#/class?quiz=${code}` });
  try {
    await vigie.page.getByRole('button', { name: 'Scan the codes with the camera' }).click();
    await vigie.page.locator('.scan-status').getByText(/type or paste the codes above, or read them from a photo/).waitFor();
    await vigie.page.locator('#class-codes').fill(`Léa: ${first}`);
    await vigie.page.getByText(/^1\s*student/).first().waitFor();
  } finally {
    await vigie.close();
  }
});

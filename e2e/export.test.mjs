// Exports from the browser: each file the teacher or learner downloads is handed to the
// target tool's own parser (tests/exports/check.py: Anki's engine, lxml, openpyxl,
// gift-pegjs) and compared with the items the CLI gives for the same quiz or cards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useVigie, VigiePage } from './support.mjs';

const env = useVigie();
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'target', 'debug', 'vigie-cli');
const python = join(root, 'target', 'reference-venv', 'bin', 'python');
const work = mkdtempSync(join(tmpdir(), 'vigie-exports-'));

/** The items the CLI gives for these export arguments, as a JSON file. */
function itemsFile(name, args) {
  const path = join(work, `${name}.items.json`);
  execFileSync(cli, ['export', '--format', 'json', '--output', path, ...args]);
  return path;
}

/** Chooses `format` (its radio's name starts with it), downloads, and checks the file. */
async function downloadAndCheck(page, format, radioName, items, { lang, ankiLang } = {}) {
  await page.getByRole('radio', { name: radioName }).check();
  const button = page.getByRole('button', { name: /^(Télécharger|Download) / });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = join(work, download.suggestedFilename());
  await download.saveAs(path);
  await page.getByRole('status').filter({ hasText: download.suggestedFilename() }).waitFor();
  const args = ['tests/exports/check.py', format, path, items, '--lang', lang, '--anki-lang', ankiLang ?? lang];
  const run = spawnSync(python, args, { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, `${format}: ${run.stdout}${run.stderr}`);
  return download.suggestedFilename();
}

test('a quiz exported from the browser to Moodle, Pronote, GIFT, Kahoot, CSV and JSON reads back in each tool', async () => {
  const vigie = await VigiePage.open(env.browser, env.server.url, { hash: '#/quiz' });
  const { page } = vigie;
  try {
    for (const kind of ['multiple_choice', 'true_false', 'typed_answer', 'cloze', 'categorize']) {
      await page.locator(`#kind-${kind}`).check();
    }
    // The built-in article gives no fair matching set and no events to put in order: those
    // kinds are disabled, and say so (their exports are proved on the sets deck by check.py).
    for (const kind of ['matching', 'ordering']) {
      assert.ok(await page.locator(`#kind-${kind}`).isDisabled(), kind);
      assert.match(await page.locator(`label[for="kind-${kind}"]`).innerText(), /\(aucune dans ce jeu de cartes\)/);
    }
    await page.locator('#quiz-count').fill('30');
    await page.locator('#quiz-count').dispatchEvent('change');
    await page.getByRole('button', { name: 'Créer le quiz' }).click();
    const code = (await page.locator('#quiz-code').innerText()).trim();
    await page.getByRole('link', { name: /^Exporter \(Moodle/ }).click();
    await vigie.waitForHeading(new RegExp(`Exporter · ${code}`));
    const items = itemsFile('quiz', ['--code', code, '--lang', 'fr']);

    const names = [];
    for (const [format, radio] of [['moodle', /^Moodle XML/], ['pronote', /^Pronote/], ['gift', /^GIFT/],
      ['csv', /^CSV/], ['json', /^JSON/]]) {
      names.push(await downloadAndCheck(page, format, radio, items, { lang: 'fr' }));
    }
    // Kahoot lists what it cannot hold before the download, each with its reason.
    await page.getByRole('radio', { name: /^Kahoot/ }).check();
    const leftOut = page.getByText(/questions? ne tien(t|nent) pas dans ce format/);
    await leftOut.waitFor();
    if (!(await page.locator('details.left-out').evaluate((d) => d.open))) await leftOut.click();
    const reasons = await page.locator('.left-out li').allInnerTexts();
    assert.ok(reasons.length > 0 && reasons.every((r) => / — (ce format n’a pas de question|question de plus de|une réponse de plus de)/.test(r)), reasons.join('\n'));
    await vigie.screenshot('fr-export-quiz');
    names.push(await downloadAndCheck(page, 'kahoot', /^Kahoot/, items, { lang: 'fr' }));
    assert.deepEqual(names, ['xml', 'xml', 'gift.txt', 'csv', 'json', 'xlsx'].map((ext) => `vigie-quiz-${code}.${ext}`));
    assert.deepEqual(await vigie.axeViolations(), [], 'axe on the quiz export page');
    assert.deepEqual(vigie.problems, []);
    assert.deepEqual(vigie.foreignRequests, []);
  } finally {
    await vigie.close();
  }
});

test('the study page exports its cards to Anki (in the Anki language asked), Quizlet and CSV', async () => {
  const vigie = await VigiePage.open(env.browser, env.server.url, { locale: 'en-GB', hash: '#/study' });
  const { page } = vigie;
  try {
    await page.getByRole('link', { name: 'Export to Anki or Quizlet' }).click();
    await vigie.waitForHeading(/^Export$/);
    const all = itemsFile('deck-en', ['--lang', 'en']);
    // Anki in French while the interface is in English: the note types follow Anki's language.
    await page.getByRole('radio', { name: /^Anki/ }).check();
    await page.getByLabel('Language of your Anki').selectOption('fr');
    assert.equal(await downloadAndCheck(page, 'anki', /^Anki/, all, { lang: 'en', ankiLang: 'fr' }), 'vigie-all.txt');
    await page.getByLabel('Language of your Anki').selectOption('en');
    await downloadAndCheck(page, 'anki', /^Anki/, all, { lang: 'en', ankiLang: 'en' });

    // One topic only.
    await page.getByLabel('Cards to export').selectOption('topic:oversight');
    const topic = itemsFile('topic-en', ['--lang', 'en', '--topic', 'oversight']);
    assert.equal(await downloadAndCheck(page, 'quizlet', /^Quizlet/, topic, { lang: 'en' }), 'vigie-topic-oversight.txt');
    await downloadAndCheck(page, 'csv', /^CSV/, topic, { lang: 'en' });
    await vigie.screenshot('en-export-deck');
    assert.deepEqual(await vigie.axeViolations(), [], 'axe on the deck export page');
    assert.deepEqual(vigie.problems, []);
  } finally {
    await vigie.close();
  }
});

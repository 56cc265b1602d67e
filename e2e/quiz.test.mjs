// Quizzes: codes that give the same quiz everywhere, every kind answered by keyboard,
// results with a result code the teacher can check, projector and printed tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useVigie, VigiePage, screenshotDir, questionsOf, fixtureDeckFile } from './support.mjs';

const env = useVigie();

/** Adds the sets test deck (the built-in article gives no fair matching set and no events to
 * put in order; this deck gives both) and makes it the deck studied and quizzed. */
async function addSetsDeck(vigie) {
  const path = fixtureDeckFile('sets', 'sets');
  await vigie.goto('classroom.html#/decks');
  await vigie.page.locator('#deck-file').setInputFiles(path);
  await vigie.page.getByRole('status').filter({ hasText: 'Ajouté : « Lune-sur-Mer »' }).waitFor();
  await vigie.page.getByRole('button', { name: 'Étudier ce jeu de cartes' }).first().click();
  await vigie.page.waitForURL(/index\.html#\/study$/);
}

/** Builds a quiz in the builder (optionally ticking some kinds) and returns its code. */
async function buildQuiz(vigie, { kinds = [], count = 20 } = {}) {
  const { page } = vigie;
  for (const kind of kinds) await page.locator(`#kind-${kind}`).check();
  await page.locator('#quiz-count').fill(String(count));
  await page.locator('#quiz-count').dispatchEvent('change');
  await page.getByRole('button', { name: 'Créer le quiz' }).click();
  return (await page.locator('#quiz-code').innerText()).trim();
}

test('one code in two fresh browsers gives the identical quiz', async () => {
  const teacher = await VigiePage.open(env.browser, env.server.url, { locale: 'fr-FR', hash: '#/quiz' });
  let code;
  try {
    code = await buildQuiz(teacher, { count: 8 });
    assert.match(code, /^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{1,4})+$/, 'readable aloud: no 0 O 1 I L');
    // The link opens the quiz bundle: a student's phone loads the quiz without the teacher's tools.
    assert.match(await teacher.page.locator('#quiz-link').inputValue(), new RegExp(`/quiz\\.html#/quiz/${code}\\?deck=Le%20rapport%20Mis`));
    assert.deepEqual(await teacher.axeViolations(), [], 'axe on the builder with a code');
    await teacher.screenshot('fr-quiz-builder');
  } finally {
    await teacher.close();
  }
  const seen = [];
  for (const locale of ['fr-FR', 'fr-BE']) {
    const student = await VigiePage.open(env.browser, env.server.url, { locale, hash: `#/quiz/${code}` });
    try {
      assert.match(student.page.url(), /\/quiz\.html#\/quiz\//, 'the main page hands a quiz to the quiz bundle');
      seen.push(await questionsOf(student.page));
      assert.deepEqual(student.problems, []);
    } finally {
      await student.close();
    }
  }
  assert.equal(seen[0].length, 8);
  assert.deepEqual(seen[0], seen[1]);
});

test('a malformed code, or a mistyped one, gets a clear message', async () => {
  const vigie = await VigiePage.open(env.browser, env.server.url, { locale: 'fr-FR', hash: '#/quiz/K7QM-0XRT' });
  try {
    await vigie.page.waitForFunction(() => /un caractère que les codes n’utilisent jamais/.test(document.querySelector('p.error')?.innerText ?? ''));
    assert.match(await vigie.page.locator('p.error').innerText(), /«\s0\s», un caractère que les codes n’utilisent jamais/);
    await vigie.goto('#/quiz/ABCD-EFGH-JKMN');
    await vigie.page.waitForFunction(() => /mal recopié/.test(document.querySelector('p.error')?.innerText ?? ''));
    assert.deepEqual(await vigie.axeViolations(), []);
  } finally {
    await vigie.close();
  }
});

/** Answers the current question by keyboard alone, rightly when `right`. */
async function answerByKeyboard(page, right) {
  const kind = await page.evaluate(() => {
    const q = document.querySelector('form.question');
    if (q.querySelector('.ordering')) return 'ordering';
    if (q.querySelector('.selects')) return 'selects';
    if (q.querySelector('input[type="text"]')) return 'text';
    if (q.querySelector('.flashcard-answer')) return 'flashcard';
    return 'radios';
  });
  await page.locator('#question-prompt').focus();
  if (kind === 'radios' || kind === 'flashcard') {
    if (kind === 'flashcard') {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
    }
    await page.locator('form.question input[type="radio"]').first().focus();
    await page.keyboard.press('Space');
    if (!right) await page.keyboard.press('ArrowDown');
  } else if (kind === 'text') {
    await page.keyboard.press('Tab');
    await page.keyboard.type(right ? 'réponse' : 'zzz');
  } else if (kind === 'selects') {
    const count = await page.locator('form.question select').count();
    for (let i = 0; i < count; i++) {
      await page.locator('form.question select').nth(i).focus();
      await page.keyboard.press('ArrowDown');
    }
  } else if (kind === 'ordering') {
    const down = page.locator('.ordering button[aria-label^="Descendre"]').first();
    await down.focus();
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Tab');
  return kind;
}

/** Takes the quiz on the page to its results, answering every question by keyboard alone. */
async function takeByKeyboard(vigie, kinds) {
  const { page } = vigie;
  for (let n = 0; ; n++) {
    await page.locator('#question-prompt').waitFor();
    if (n === 0) assert.deepEqual(await vigie.axeViolations(), [], 'axe on a question');
    kinds.add(await answerByKeyboard(page, n % 2 === 0));
    // Submitting with the keyboard: Enter on the submit button.
    await page.getByRole('button', { name: 'Valider' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('#quiz-next').waitFor();
    if (n === 0) {
      assert.match(await page.locator('.feedback').innerText(), /Réponse attendue/);
      assert.deepEqual(await vigie.axeViolations(), [], 'axe on feedback');
    }
    const last = /résultats/.test(await page.locator('#quiz-next').innerText());
    // Focus moves to "next" by itself, so Enter goes on.
    await page.waitForFunction(() => document.activeElement?.id === 'quiz-next');
    await page.keyboard.press('Enter');
    if (last) return;
  }
}

test('every kind of question can be answered with the keyboard alone; results and result code', async () => {
  const vigie = await VigiePage.open(env.browser, env.server.url, { locale: 'fr-FR', hash: '#/quiz' });
  try {
    const { page } = vigie;
    // One quiz per kind, so that every kind is surely met whatever the seed. The built-in
    // deck gives no matching or ordering question: those come from the sets deck.
    const kinds = new Set();
    let code;
    // True/false last: the deck surely gives five of them for the results' checks below.
    for (const kind of ['flashcard', 'multiple_choice', 'cloze', 'typed_answer', 'categorize', 'sets', 'matching', 'ordering', 'true_false']) {
      if (kind === 'sets') {
        await addSetsDeck(vigie);
        continue;
      }
      await vigie.goto('#/quiz');
      code = await buildQuiz(vigie, { kinds: [kind], count: 5 });
      await page.goto(env.server.url + `#/quiz/${code}`);
      await takeByKeyboard(vigie, kinds);
      await page.locator('#results-title').waitFor();
    }
    assert.deepEqual([...kinds].sort(), ['flashcard', 'ordering', 'radios', 'selects', 'text']);
    await page.locator('#results-title').waitFor();
    const score = await page.locator('.score').innerText();
    const resultCode = (await page.locator('#result-code').innerText()).trim();
    assert.match(score, /sur \d+/);
    assert.equal(await page.locator('.result-list > li').count(), 5);
    // Missed questions first, open; right ones after, folded; each keeps its number.
    const rows = await page.locator('.result-list > li').evaluateAll((lis) =>
      lis.map((li) => [li.classList.contains('wrong'), li.value, li.querySelector('details').open]));
    const firstRight = rows.findIndex(([wrong]) => !wrong);
    assert.ok(rows.slice(firstRight < 0 ? rows.length : firstRight).every(([wrong]) => !wrong), JSON.stringify(rows));
    assert.ok(rows.every(([wrong, , open]) => wrong === open), JSON.stringify(rows));
    assert.deepEqual(rows.map(([, n]) => n).sort((a, b) => a - b), [1, 2, 3, 4, 5]);
    assert.deepEqual(await vigie.axeViolations(), [], 'axe on results');
    await vigie.screenshot('fr-quiz-results');
    // The teacher checks the result code.
    await vigie.goto('#/check');
    await page.locator('#check-quiz').fill(code);
    await page.locator('#check-result').fill(resultCode);
    await page.getByRole('button', { name: 'Vérifier' }).click();
    const [got] = score.match(/^\d+ sur \d+/);
    await page.waitForFunction(() => /authentique/.test(document.querySelector('.verdict')?.innerText ?? ''));
    assert.match(await page.locator('.verdict').innerText(), new RegExp(got));
    // A made-up score does not pass.
    await page.locator('#check-result').fill(resultCode.replace(/.$/, (c) => (c === '2' ? '3' : '2')));
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.waitForFunction(() => /ne correspond pas|mal recopié/.test(document.querySelector('.verdict')?.innerText ?? ''));
    // The quiz is in the history.
    await vigie.goto('#/quiz');
    assert.match(await page.locator('.history').innerText(), new RegExp(code));
    assert.deepEqual(vigie.problems, []);
  } finally {
    await vigie.close();
  }
});

test('results: retry the missed ones and send them to study', async () => {
  const vigie = await VigiePage.open(env.browser, env.server.url, { locale: 'fr-FR', hash: '#/quiz' });
  try {
    const { page } = vigie;
    const code = await buildQuiz(vigie, { kinds: ['true_false'], count: 5 });
    await page.goto(env.server.url + `#/quiz/${code}`);
    await questionsOf(page);
    await page.getByRole('button', { name: 'Envoyer les questions manquées à l’étude' }).click();
    await page.waitForFunction(() => /\d+\s*fiches? placées? en tête/.test(document.body.innerText));
    await page.getByRole('button', { name: 'Refaire les questions manquées' }).click();
    await page.locator('#question-prompt').waitFor();
    assert.match(await page.locator('.card-label').first().innerText(), /question 1 sur 5/i);
    await vigie.goto('#/study');
    await page.locator('#card-front').waitFor();
    assert.match(await page.locator('#card-front').innerText(), /\?/);
  } finally {
    await vigie.close();
  }
});

test('timer: the question is submitted when the time is up', async () => {
  const vigie = await VigiePage.open(env.browser, env.server.url, { locale: 'en-GB', hash: '#/quiz' });
  try {
    const { page } = vigie;
    await page.locator('#quiz-timer').selectOption('10');
    await page.getByRole('button', { name: 'Create the quiz' }).click();
    const code = (await page.locator('#quiz-code').innerText()).trim();
    await page.clock.install();
    await page.goto(env.server.url + `#/quiz/${code}`);
    await page.locator('.timer').waitFor();
    await page.clock.runFor(11_000);
    await page.locator('#quiz-next').waitFor();
    assert.match(await page.locator('.feedback').innerText(), /Incorrect/);
  } finally {
    await vigie.close();
  }
});

test('projector: very large type, Space reveals then moves on, arrows go back', async () => {
  const vigie = await VigiePage.open(env.browser, env.server.url, { locale: 'fr-FR', hash: '#/quiz' });
  try {
    const { page } = vigie;
    const code = await buildQuiz(vigie, { count: 5 });
    await page.goto(env.server.url + `#/quiz/${code}/projector`);
    await page.locator('.slide-prompt').waitFor();
    await page.setViewportSize({ width: 1920, height: 1080 });
    const size = await page.locator('.slide-prompt').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    assert.ok(size >= 48, `prompt at ${size}px`);
    const first = await page.locator('.slide-prompt').innerText();
    await page.keyboard.press('Space');
    await page.locator('.slide-answer').waitFor();
    assert.match(await page.locator('.slide-answer').innerText(), /Source dans l’article/);
    assert.deepEqual(await vigie.axeViolations(), [], 'axe on the projector');
    await vigie.screenshot('fr-quiz-projector');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((f) => document.querySelector('.slide-prompt')?.innerText !== f, first);
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((f) => document.querySelector('.slide-prompt')?.innerText === f, first);
  } finally {
    await vigie.close();
  }
});

test('printed test: variants A and B and their keys, printed to PDF', async () => {
  const vigie = await VigiePage.open(env.browser, env.server.url, { locale: 'fr-FR', hash: '#/quiz' });
  try {
    const { page } = vigie;
    const code = await buildQuiz(vigie, { kinds: ['multiple_choice', 'true_false', 'typed_answer'], count: 10 });
    await page.goto(env.server.url + `#/quiz/${code}/print`);
    await page.locator('.print-sheet').first().waitFor();
    assert.equal(await page.locator('.print-sheet').count(), 4, 'A, B, key A, key B');
    const promptsA = await page.locator('.print-sheet').nth(0).locator('.print-question > p:first-child').allInnerTexts();
    const promptsB = await page.locator('.print-sheet').nth(1).locator('.print-question > p:first-child').allInnerTexts();
    assert.equal(promptsA.length, 10);
    assert.deepEqual([...promptsA].sort(), [...promptsB].sort(), 'the same questions');
    assert.notDeepEqual(promptsA, promptsB, 'in another order');
    assert.deepEqual(await vigie.axeViolations(), []);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.site-header').isVisible(), false, 'no navigation on paper');
    const pdf = join(screenshotDir, 'fr-quiz-print.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: false });
    try {
      execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(screenshotDir, 'fr-quiz-print')]);
    } catch {
      // pdftoppm (poppler-utils) is optional: the PDF is kept for a person to look at.
    }
    await writeFile(join(screenshotDir, 'fr-quiz-print.txt'), `${code}\n`);
  } finally {
    await vigie.close();
  }
});

// Study mode: flashcards with spaced repetition, by keyboard, and progress that is never lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useVigie, VigiePage } from './support.mjs';

const env = useVigie();
// Files the tests download go in a directory of this run's own.
const downloads = mkdtempSync(join(tmpdir(), 'vigie-study-'));
const test_file = (name) => join(downloads, name);

const PROGRESS = 'vigie.progress.v1';
const RECOVERY = 'vigie.progress.recovery.v1';

/** Reviews stored in localStorage (effective and undone), read from the compact format. */
async function storedReviews(page) {
  return page.evaluate((key) => {
    const text = localStorage.getItem(key);
    if (!text) return [];
    const data = JSON.parse(text);
    return data.reviews.split(' ').filter(Boolean).map((entry) => {
      const [, card, , rating] = entry.split('.').map((n) => parseInt(n, 36));
      return { card: data.cards[card], rating: rating > 4 ? rating - 4 : rating, undone: rating > 4 };
    });
  }, PROGRESS);
}

async function openStudy(options = {}) {
  const vigie = await VigiePage.open(env.browser, env.server.url, { locale: 'fr-FR', hash: '#/study', ...options });
  await vigie.page.locator('#card-front').waitFor();
  return vigie;
}

/** Runs `body` on a fresh study page, then checks for console errors. */
async function withStudy(options, body) {
  const vigie = await openStudy(options);
  try {
    await body(vigie);
    assert.deepEqual(vigie.problems, [], 'no console or page errors');
  } finally {
    await vigie.close();
  }
}

test('keyboard alone: show the answer with its source, rate, undo', async () => {
  await withStudy({}, async (vigie) => {
    const { page } = vigie;
    const front = await page.locator('#card-front').innerText();
    assert.deepEqual(await vigie.axeViolations(), [], 'axe on the question');
    await page.keyboard.press('Space');
    await page.locator('#card-answer').waitFor();
    assert.equal(await vigie.focusedId(), 'card-answer', 'focus moves to the answer');
    const source = page.locator('.source');
    assert.match(await source.innerText(), /Source dans l’article/);
    assert.match(await source.locator('a').getAttribute('href'), /^classroom\.html#\/article\?s=\d+$/);
    const ratings = await page.locator('.ratings button').allInnerTexts();
    assert.equal(ratings.length, 4);
    assert.match(ratings[0], /À revoir[\s\S]*1\s*min/);
    assert.match(ratings[2], /Bien[\s\S]*10\s*min/);
    assert.deepEqual(await vigie.axeViolations(), [], 'axe on the answer');
    await vigie.screenshot('fr-study-answer');
    await page.keyboard.press('3');
    await page.waitForFunction((f) => document.getElementById('card-front')?.innerText !== f, front);
    // Saved as soon as the next card is painted.
    await page.waitForFunction((key) => (localStorage.getItem(key) ?? '').includes('"reviews":"'), PROGRESS);
    assert.equal((await storedReviews(page)).length, 1, 'the rating is saved at once');
    await page.keyboard.press('Control+z');
    await page.waitForFunction((f) => document.getElementById('card-front')?.innerText === f, front);
    // Saved, as ratings are, once the card is painted: the rating code becomes 4 + 3 = 7.
    await page.waitForFunction((key) => /"reviews":"[^"]*\.7\.[^"]*"/.test(localStorage.getItem(key) ?? ''), PROGRESS);
    const stored = await storedReviews(page);
    assert.equal(stored.length, 1);
    assert.equal(stored[0].undone, true, 'the undo is saved too');
  });
});

test('a reload in the middle of a session loses no rating', async () => {
  await withStudy({}, async (vigie) => {
    const { page } = vigie;
    for (const key of ['3', '1', '4']) {
      await page.getByRole('button', { name: 'Afficher la réponse' }).click();
      await page.keyboard.press(key);
      await page.locator('#show-answer').waitFor();
    }
    const before = await page.locator('.counts').innerText();
    // Each rating is measured, for scripts/bench.sh: from the key to the next card painted.
    await page.waitForFunction(() => performance.getEntriesByName('vigie:review-step').length === 3);
    // Header: "vigie-states 1 <settings> <reviews taken in> …"
    // Written with the save that follows the third rating.
    await page.waitForFunction(() => (localStorage.getItem('vigie.states.v1') ?? '').split('\n')[0].split(' ')[3] === '3');
    await page.reload();
    await page.locator('#card-front').waitFor();
    assert.equal((await storedReviews(page)).length, 3);
    assert.equal(await page.locator('.counts').innerText(), before, 'the same queue after reload');
  });
});

test('two tabs reviewing at once: both logs merge, each tab updates', async () => {
  const a = await openStudy();
  const b = await a.page.context().newPage();
  try {
    await b.goto(env.server.url + '#/study');
    await b.locator('#card-front').waitFor();
    await a.page.locator('#show-answer').click();
    await a.page.keyboard.press('4');
    // Tab B hears of A's review through the storage event.
    await b.waitForFunction(() => /^19\b/.test(document.querySelector('.count-new')?.innerText ?? ''));
    await b.locator('#show-answer').click();
    await b.keyboard.press('3');
    await a.page.waitForFunction(() => /^18\b/.test(document.querySelector('.count-new')?.innerText ?? ''));
    const stored = await storedReviews(a.page);
    assert.equal(stored.length, 2, 'both tabs’ reviews are stored');
    assert.notEqual(stored[0].card, stored[1].card);
  } finally {
    await a.close();
  }
});

test('damaged data under the key: the app opens, says so, keeps it and offers it', async () => {
  const context = await env.browser.newContext({ locale: 'fr-FR' });
  await context.addInitScript(([key]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"some other app": true');
      sessionStorage.setItem('seeded', '1');
    }
  }, [PROGRESS]);
  const page = await context.newPage();
  const vigie = new VigiePage(page, env.server.url);
  try {
    await page.goto(env.server.url + '#/study');
    await page.locator('#card-front').waitFor();
    const notice = page.locator('.notice[role="alert"]');
    assert.match(await notice.innerText(), /illisibles[\s\S]*mises de côté/);
    assert.deepEqual(await vigie.axeViolations(), [], 'axe with the error notice');
    await vigie.screenshot('fr-study-recovered');
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), RECOVERY), '{"some other app": true');
    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Télécharger les données mises de côté' }).click();
    const file = await download;
    assert.equal(await readFile(await file.path(), 'utf8'), '{"some other app": true');
    // Studying still works, and the recovered text stays.
    await page.locator('#show-answer').click();
    await page.keyboard.press('3');
    await page.waitForFunction((k) => localStorage.getItem(k)?.includes('"app":"vigie"'), PROGRESS);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), RECOVERY), '{"some other app": true');
    assert.deepEqual(vigie.problems, []);
  } finally {
    await context.close();
  }
});

test('data from a newer version: a notice, read-only, never overwritten', async () => {
  const newer = '{"app":"vigie","schema":99,"reviews":"future"}';
  const context = await env.browser.newContext({ locale: 'en-GB' });
  await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [PROGRESS, newer]);
  const page = await context.newPage();
  try {
    await page.goto(env.server.url + '#/study');
    await page.locator('#card-front').waitFor();
    assert.match(await page.locator('.notice[role="alert"]').innerText(), /newer version of Vigie/);
    await page.locator('#show-answer').click();
    await page.keyboard.press('3');
    await page.locator('#show-answer').waitFor();
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), PROGRESS), newer);
  } finally {
    await context.close();
  }
});

test('storage disabled: a clear notice, the session goes on in memory, export works', async () => {
  const context = await env.browser.newContext({ locale: 'fr-FR', acceptDownloads: true });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  const page = await context.newPage();
  const vigie = new VigiePage(page, env.server.url);
  try {
    await page.goto(env.server.url + '#/study');
    await page.locator('#card-front').waitFor();
    assert.match(await page.locator('.notice[role="alert"]').innerText(), /refuse le stockage/);
    await page.locator('#show-answer').click();
    await page.keyboard.press('3');
    await page.waitForFunction(() => /^19\b/.test(document.querySelector('.count-new')?.innerText ?? ''));
    const download = page.waitForEvent('download');
    await page.locator('.notice[role="alert"]').getByRole('button', { name: 'Télécharger une sauvegarde' }).click();
    const saved = JSON.parse(await readFile(await (await download).path(), 'utf8'));
    assert.equal(saved.app, 'vigie');
    assert.equal(saved.reviews.split(' ').length, 1, 'the in-memory review is in the backup');
    assert.deepEqual(vigie.problems.filter((p) => !p.includes('insecure')), []);
  } finally {
    await context.close();
  }
});

test('storage full: a clear notice, and the rating kept in memory', async () => {
  const context = await env.browser.newContext({ locale: 'en-GB' });
  await context.addInitScript(([key]) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k === key) throw new DOMException('quota', 'QuotaExceededError');
      return setItem.call(this, k, v);
    };
  }, [PROGRESS]);
  const page = await context.newPage();
  try {
    await page.goto(env.server.url + '#/study');
    await page.locator('#card-front').waitFor();
    await page.locator('#show-answer').click();
    await page.keyboard.press('3');
    await page.locator('.notice[role="alert"]').waitFor();
    assert.match(await page.locator('.notice[role="alert"]').innerText(), /storage is full/);
    assert.match(await page.locator('.count-new').innerText(), /^19\b/);
  } finally {
    await context.close();
  }
});

test('backup: download, then import into another browser with a preview and a merge', async () => {
  const a = await openStudy();
  let file;
  try {
    for (const key of ['3', '4']) {
      await a.page.locator('#show-answer').click();
      await a.page.keyboard.press(key);
      await a.page.locator('#show-answer').waitFor();
    }
    await a.goto('#/progress');
    const download = a.page.waitForEvent('download');
    await a.page.getByRole('button', { name: 'Télécharger une sauvegarde' }).first().click();
    file = test_file('vigie-backup.json');
    await (await download).saveAs(file);
    assert.match(await a.page.locator('.backup').innerText(), /Dernière sauvegarde aujourd’hui\./);
    // The Progress page's figures count the two reviews, with words beside every chart.
    const figures = await a.page.locator('.figures').innerText();
    assert.match(figures, /2\s*révisions sur les 90\s*derniers jours, dont 2 aujourd’hui/);
    assert.match(figures, /Série\s*: 1\s*jour de suite/);
    assert.deepEqual(await a.axeViolations(), [], 'axe on the Progress page');
    await a.screenshot('fr-progress-figures');
  } finally {
    await a.close();
  }
  const b = await VigiePage.open(env.browser, env.server.url, { locale: 'fr-FR', hash: '#/progress' });
  try {
    await b.page.locator('#backup-file').setInputFiles(file);
    const preview = b.page.locator('.import-preview');
    await preview.waitFor();
    assert.match(await preview.innerText(), /2\s*révisions\s*: 2\s*nouvelles pour cet appareil/);
    assert.deepEqual(await b.axeViolations(), [], 'axe with the import preview');
    await b.screenshot('fr-progress-import');
    await preview.getByRole('button', { name: 'Fusionner avec ma progression' }).click();
    await b.page.waitForFunction(() => /fusionnée/.test(document.querySelector('.backup .message')?.innerText ?? ''));
    assert.equal((await storedReviews(b.page)).length, 2);
    // A file that is not a backup is refused in words.
    await b.page.locator('#backup-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') });
    await b.page.waitForFunction(() => /pas une sauvegarde Vigie lisible/.test(document.querySelector('.backup .message')?.innerText ?? ''));
    assert.equal((await storedReviews(b.page)).length, 2, 'nothing lost');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('the source link lands on its sentence in the article', async () => {
  await withStudy({}, async (vigie) => {
    await vigie.page.locator('#show-answer').click();
    const link = vigie.page.locator('.source a');
    const href = await link.getAttribute('href');
    await link.click();
    const id = 's-' + href.split('s=')[1];
    await vigie.page.waitForFunction((i) => document.activeElement?.id === i, id);
    assert.equal(await vigie.page.locator('.sentence.highlighted').getAttribute('id'), id);
  });
});

test('keyboard alone: the study settings', async () => {
  await withStudy({}, async (vigie) => {
    const { page } = vigie;
    await page.locator('.settings summary').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    assert.equal(await vigie.focusedId(), 'new-per-day');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('5');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => /^5\b/.test(document.querySelector('.count-new')?.innerText ?? ''));
    assert.equal(await vigie.focusedId(), 'retention');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('85');
    await page.keyboard.press('Tab');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('vigie.settings.v1')));
    assert.deepEqual(saved, { new_per_day: 5, retention_percent: 85 });
    assert.deepEqual(await vigie.axeViolations(), [], 'axe with the settings open');
  });
});

test('the home page leads with the current deck and what is due, in both languages', async () => {
  await withStudy({}, async (vigie) => {
    const { page } = vigie;
    await vigie.goto('#/');
    const today = page.getByRole('region', { name: 'À étudier maintenant' });
    await today.getByText(/Le député Jean-Michel Mis appelle/).waitFor();
    const counts = async () => (await today.getByRole('listitem').allInnerTexts()).map((c) => c.replace(/\s+/g, ' '));
    assert.deepEqual(await counts(), ['20 Nouvelles', '0 En apprentissage', '0 À réviser']);
    assert.deepEqual(await vigie.axeViolations(), [], 'axe on the home page');
    await vigie.screenshot('fr-home-today');
    // One card known well (Easy: back in days), no more new cards today: nothing is due,
    // and the page says when the next card is.
    await today.getByRole('link', { name: 'Étudier maintenant' }).click();
    await page.locator('#show-answer').click();
    await page.keyboard.press('4');
    await page.locator('.settings summary').click();
    await page.locator('#new-per-day').fill('0');
    await page.locator('#new-per-day').press('Tab');
    await vigie.goto('#/');
    assert.deepEqual(await counts(), ['0 Nouvelles', '0 En apprentissage', '0 À réviser']);
    await today.getByText(/^Rien à réviser pour l’instant\. Prochaine carte dans \d+\s*j/).waitFor();
    await vigie.languageSwitch.click();
    const en = page.getByRole('region', { name: 'To study now' });
    await en.getByText(/^Nothing to review right now\. Next card in \d+\s*d/).waitFor();
    await en.getByRole('link', { name: 'Make a quiz' }).waitFor();
    assert.deepEqual(await vigie.axeViolations(), [], 'axe on the home page (en)');
    await vigie.screenshot('en-home-nothing-due');
    await vigie.languageSwitch.click();
  });
});

test('progress near the browser quota: a notice says how much is used and what will happen', async () => {
  const vigie = await VigiePage.open(env.browser, env.server.url, { locale: 'fr-FR', hash: '#/' });
  try {
    const { page } = vigie;
    // 430,000 reviews of one card, a millisecond apart: about 4.3 MB stored.
    await page.evaluate((key) => {
      const reviews = new Array(430000).fill('1.0.0.3.1').join(' ');
      localStorage.setItem(key, JSON.stringify({ app: 'vigie', schema: 1, cards: ['flashcard:x'],
        tags: ['t'], reviews, last_backup: Date.now(), quizzes: [], flagged: [] }));
    }, PROGRESS);
    await page.reload();
    const notice = page.locator('.notice', { hasText: 'Mo des quelque 5' });
    await notice.waitFor();
    assert.match(await notice.innerText(), /occupe 4,3\u00a0Mo[\s\S]*resteront en mémoire seulement/);
    assert.equal(await notice.getByRole('button').count(), 1, 'it offers a backup');
    await vigie.screenshot('fr-near-quota');
    assert.deepEqual(await vigie.axeViolations(), [], 'axe with the notice');
  } finally {
    await vigie.close();
  }
});

// Other articles: a deck file added by keyboard alone, studied, kept across a reload, with
// its own progress; a hostile deck's payloads shown as text and run nowhere; refused files
// said in words with nothing stored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useVigie, VigiePage, questionsOf, fixtureDeckFile } from './support.mjs';

const env = useVigie();
const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'vigie-decks-'));

/** The mini test deck as one deck file, changed by `edit`. */
function deckFile(name, edit = (d) => d) {
  return fixtureDeckFile('mini', name, edit);
}

/** Tabs until the element with this id has the focus. */
async function tabTo(page, id) {
  for (let i = 0; i < 60; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`#${id} never got the focus`);
}

/** Tabs to the button with this name and presses Enter. */
async function pressButton(page, name) {
  const target = page.getByRole('button', { name });
  await target.first().evaluate((b) => b.setAttribute('data-target', '1'));
  for (let i = 0; i < 80; i++) {
    if (await page.evaluate(() => document.activeElement?.dataset?.target === '1')) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`the button ${name} never got the focus`);
}

test('a learner adds a deck by keyboard, studies it, reloads, switches back: both progresses kept', async () => {
  const vigie = await VigiePage.open(env.browser, env.server.url, { hash: 'classroom.html#/decks' });
  const { page } = vigie;
  try {
    await vigie.waitForHeading(/Jeux de cartes/);
    assert.deepEqual(await vigie.axeViolations(), [], 'axe on the Decks page (fr)');
    // The file input is reached with Tab; the file itself comes from the system's dialog.
    await tabTo(page, 'deck-file');
    await page.locator('#deck-file').setInputFiles(deckFile('mini'));
    await page.getByRole('status').filter({ hasText: 'Ajouté : « Mini »' }).waitFor();
    await vigie.screenshot('fr-decks');
    await pressButton(page, 'Étudier ce jeu de cartes');
    await page.waitForURL(/index\.html#\/study$/);
    await vigie.waitForHeading(/Étudier/);
    // Three cards, each shown then rated Good with the keyboard.
    const fronts = [];
    for (let i = 0; i < 3; i++) {
      await page.locator('.card-front').waitFor();
      fronts.push(await page.locator('.card-front').innerText());
      await page.keyboard.press('Space');
      await page.keyboard.press('3');
    }
    assert.ok(fronts.every((f) => /Cnil|2022|encadrement/.test(f)), fronts.join(' | '));
    // Good on a new card is a learning step: the cards come back. After a reload, still this deck.
    await page.reload();
    await vigie.waitForHeading(/Étudier/);
    await page.locator('.card-front').waitFor();
    assert.match(await page.locator('.card-front').innerText(), /Cnil|2022|encadrement/);

    // The home page leads with this deck, what is due, and the way in.
    await vigie.goto('#/');
    const today = page.getByRole('region', { name: 'À étudier maintenant' });
    await today.getByText('La Cnil réclame plus de contrôle').waitFor();
    await today.getByText('Jeanne Dupont · 1 mars 2022').waitFor();
    const counts = await today.getByRole('listitem').allInnerTexts();
    // The three cards rated Good come back in 10 minutes, within the learn-ahead window: Study
    // shows them now (as the counts on the Study page say), so the home page does not say
    // "nothing to review".
    assert.deepEqual(counts.map((c) => c.replace(/\s+/g, ' ')), ['0 Nouvelles', '0 En apprentissage', '0 À réviser']);
    assert.equal(await today.getByText(/Rien à réviser/).count(), 0);
    assert.deepEqual(await vigie.axeViolations(), [], 'axe on the home page with an added deck');
    await vigie.screenshot('fr-home-added-deck');
    await today.getByRole('link', { name: 'Étudier maintenant' }).click();
    await vigie.waitForHeading(/Étudier/);
    await page.locator('.card-front').waitFor();
    assert.match(await page.locator('.card-front').innerText(), /Cnil|2022|encadrement/);

    // Back to the built-in deck: its cards, and the mini deck's progress still counted.
    await vigie.goto('classroom.html#/decks');
    const builtIn = page.getByRole('listitem').filter({ hasText: 'Intégré à Vigie' });
    await builtIn.getByRole('button', { name: 'Étudier ce jeu de cartes' }).click();
    await page.waitForURL(/index\.html#\/study$/);
    await page.locator('.card-front').waitFor();
    assert.doesNotMatch(await page.locator('.card-front').innerText(), /Cnil réclame|2022/);
    await vigie.goto('classroom.html#/decks');
    const mini = page.getByRole('listitem').filter({ hasText: 'Mini' });
    await mini.getByText(/3\s+déjà étudiées/).waitFor();
    assert.deepEqual(vigie.problems, []);
  } finally {
    await vigie.close();
  }
});

test('a deck whose study copy is missing (added by an older Vigie): the home page says so, the Decks page prepares it', async () => {
  const vigie = await VigiePage.open(env.browser, env.server.url, { hash: 'classroom.html#/decks' });
  const { page } = vigie;
  try {
    await vigie.waitForHeading(/Jeux de cartes/);
    await page.locator('#deck-file').setInputFiles(deckFile('mini-copy'));
    await page.getByRole('status').filter({ hasText: 'Ajouté : « Mini »' }).waitFor();
    await page.getByRole('button', { name: 'Étudier ce jeu de cartes' }).first().click();
    await page.waitForURL(/index\.html#\/study$/);
    await page.locator('.card-front').waitFor();
    // The study pages read the compact copy written when the deck was added: drop it.
    const dropped = await page.evaluate(() => {
      const keys = Object.keys(localStorage).filter((k) => k.endsWith('.compact'));
      keys.forEach((k) => localStorage.removeItem(k));
      return keys.length;
    });
    assert.equal(dropped, 1);
    // A new page load (going to another hash of the same page would not be one).
    await vigie.goto('index.html#/');
    await page.reload();
    const notice = page.getByRole('status').filter({ hasText: /doit être préparé une fois/ });
    await notice.waitFor();
    assert.deepEqual(await vigie.axeViolations(), [], 'axe on the home page with the notice');
    await vigie.screenshot('fr-home-deck-needs-copy');
    // Until then the built-in deck is shown, not an empty page.
    const today = page.getByRole('region', { name: 'À étudier maintenant' });
    assert.equal(await today.getByText('La Cnil réclame plus de contrôle').count(), 0);
    await notice.getByRole('link', { name: 'Le préparer dans la page Jeux de cartes' }).click();
    await vigie.waitForHeading(/Jeux de cartes/);
    await page.getByRole('listitem').filter({ hasText: 'Mini' }).waitFor();
    assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith('.compact')).length), 1);
    await vigie.goto('index.html#/');
    await today.getByText('La Cnil réclame plus de contrôle').waitFor();
    assert.equal(await page.getByText(/doit être préparé une fois/).count(), 0);
    assert.deepEqual(vigie.problems, []);
  } finally {
    await vigie.close();
  }
});

test('refused files are said in words, in the interface language, and nothing is stored', async () => {
  const vigie = await VigiePage.open(env.browser, env.server.url, { locale: 'en-GB', hash: 'classroom.html#/decks' });
  const { page } = vigie;
  try {
    await vigie.waitForHeading(/Decks/);
    const cases = [
      [join(work, 'broken.vigie.json'), '{ "format": 1,\n  oops', /not valid JSON \(line 2, column 3\)/],
      [join(work, 'other.vigie.json'), '{"hello": 1}', /JSON, but not a Vigie deck/],
      [join(work, 'newer.vigie.json'), JSON.stringify({ format: 7 }), /newer Vigie/],
    ];
    for (const [path, text] of cases.slice(0)) writeFileSync(path, text);
    cases.push([deckFile('js-url', (d) => { d.article.url = 'javascript:alert(1)'; return d; }), null,
      /“javascript:alert\(1\)” is not a web address/]);
    cases.push([deckFile('bad-quote', (d) => { d.facts[0].quote = 'words the article never says'; return d; }), null,
      /Fact “cnil-asks”, field “quote”: the quote “words the article never says” is not in the article/]);
    for (const [path, , expected] of cases) {
      await page.locator('#deck-file').setInputFiles(path);
      await page.getByRole('alert').filter({ hasText: expected }).waitFor();
    }
    assert.equal(await page.evaluate(() => localStorage.getItem('vigie.decks.v1')), null, 'nothing stored');
    await vigie.screenshot('en-decks-refused');
    assert.deepEqual(await vigie.axeViolations(), [], 'axe on the Decks page (en)');
    // The dark theme, in both languages.
    await page.evaluate(() => localStorage.setItem('vigie.theme.v1', 'dark'));
    {
      await page.reload();
      await vigie.heading.waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
      assert.deepEqual(await vigie.axeViolations(), [], 'axe on the Decks page (en, dark)');
      await vigie.languageSwitch.click();
      await vigie.waitForHeading(/Jeux de cartes/);
      assert.deepEqual(await vigie.axeViolations(), [], 'axe on the Decks page (fr, dark)');
    }
  } finally {
    await vigie.close();
  }
});

const PAYLOAD = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '</script><script>window.__pwned=1</script>';

test('a hostile deck: every text a payload, shown as text while studied, read and quizzed; no script runs', async () => {
  const article = `PAR ${SCRIPT}\n\n1 mars 2022, 10:00\n\nLa Cnil ${PAYLOAD} réclame\n\nLa Cnil ${PAYLOAD} réclame davantage d'encadrement pour la vidéosurveillance. Elle l'a dit en 2022.\n`;
  const path = deckFile('hostile', (d) => {
    d.deck.title = { fr: PAYLOAD, en: SCRIPT };
    d.article.text = article;
    d.article.title = `La Cnil ${PAYLOAD} réclame`;
    d.article.author = SCRIPT;
    d.article.outlet = PAYLOAD;
    d.article.url = 'https://example.org/"><script>window.__pwned=1</script>';
    d.topics[0].name = { fr: PAYLOAD, en: PAYLOAD };
    for (const e of d.entities) e.name = { fr: `${e.name.fr} ${PAYLOAD}`, en: `${e.name.en} ${SCRIPT}` };
    d.facts[0].quote = `La Cnil ${PAYLOAD} réclame davantage d'encadrement`;
    for (const f of d.facts) f.statement = { fr: `${f.statement.fr} ${PAYLOAD}`, en: `${f.statement.en} ${SCRIPT}` };
    return d;
  });
  const vigie = await VigiePage.open(env.browser, env.server.url, { hash: 'classroom.html#/decks' });
  const { page } = vigie;
  try {
    await vigie.waitForHeading(/Jeux de cartes/);
    await page.locator('#deck-file').setInputFiles(path);
    await page.getByRole('status').filter({ hasText: 'Ajouté' }).waitFor();
    const item = page.getByRole('listitem').filter({ hasText: PAYLOAD });
    await item.getByRole('heading', { name: PAYLOAD }).waitFor();
    const link = item.getByRole('link', { name: 'Lire l’article original' });
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    assert.match(await link.getAttribute('href'), /^https:\/\//);
    await item.getByRole('button', { name: 'Étudier ce jeu de cartes' }).click();
    await page.waitForURL(/#\/study$/);
    await page.locator('.card-front').waitFor();
    await page.keyboard.press('Space');
    await page.getByText(PAYLOAD).filter({ visible: true }).first().waitFor();
    await vigie.goto('index.html#/article');
    await page.getByText(`La Cnil ${PAYLOAD} réclame davantage`).filter({ visible: true }).first().waitFor();
    await vigie.goto('classroom.html#/quiz');
    await page.locator('#quiz-count').fill('5');
    await page.locator('#quiz-count').dispatchEvent('change');
    await page.getByRole('button', { name: 'Créer le quiz' }).click();
    await page.getByRole('link', { name: 'Commencer' }).first().click();
    await page.locator('#question-prompt').waitFor();
    await vigie.screenshot('fr-hostile-quiz');
    const state = await page.evaluate(() => ({
      pwned: window.__pwned,
      injected: document.querySelectorAll('img[src="x"], script:not([src])').length,
    }));
    assert.deepEqual(state, { pwned: undefined, injected: 0 });
  } finally {
    await vigie.close();
  }
});

test('a quiz code made on an added deck: the same quiz where it was added, a clear message where not', async () => {
  const mini = deckFile('mini-quiz');
  const addMini = async (vigie) => {
    await vigie.goto('classroom.html#/decks');
    await vigie.page.locator('#deck-file').setInputFiles(mini);
    await vigie.page.getByRole('status').filter({ hasText: 'Ajouté' }).waitFor();
  };
  const teacher = await VigiePage.open(env.browser, env.server.url, { hash: 'classroom.html#/decks' });
  let code;
  let link;
  let seen;
  try {
    await addMini(teacher);
    await teacher.page.getByRole('listitem').filter({ hasText: 'Mini' }).getByRole('button', { name: 'Étudier ce jeu de cartes' }).click();
    await teacher.page.waitForURL(/#\/study$/);
    await teacher.goto('classroom.html#/quiz');
    await teacher.page.locator('#quiz-count').fill('5');
    await teacher.page.locator('#quiz-count').dispatchEvent('change');
    await teacher.page.getByRole('button', { name: 'Créer le quiz' }).click();
    code = (await teacher.page.locator('#quiz-code').innerText()).trim();
    link = await teacher.page.locator('#quiz-link').inputValue();
    await teacher.goto(`classroom.html#/quiz/${code}`);
    seen = await questionsOf(teacher.page);
    assert.ok(seen.length > 0 && seen.some((p) => /Cnil/.test(p)), seen.join(' | '));
  } finally {
    await teacher.close();
  }
  // A student who added the deck (still studying the built-in one) gets the same quiz.
  const student = await VigiePage.open(env.browser, env.server.url, { hash: 'classroom.html#/decks' });
  try {
    await addMini(student);
    await student.goto(`quiz.html#/quiz/${code}`);
    assert.deepEqual(await questionsOf(student.page), seen);
  } finally {
    await student.close();
  }
  // One who did not: told in words, with the deck the link names and where to add it.
  const other = await VigiePage.open(env.browser, env.server.url, { hash: link.slice(env.server.url.length) });
  try {
    await other.page.getByRole('alert').filter({ hasText: /autre jeu de cartes/ }).waitFor();
    await other.page.getByText('Ce quiz porte sur le jeu de cartes « Mini » (Jeanne Dupont · 1 mars 2022), absent de cet appareil.').waitFor();
    await other.page.getByRole('link', { name: 'Jeux de cartes' }).last().waitFor();
  } finally {
    await other.close();
  }
});

test('a link offers a deck: fetched only once the learner confirms, refusals in words', async () => {
  const dir = join(root, 'dist', 'e2e-decks');
  const { mkdirSync, copyFileSync, rmSync } = await import('node:fs');
  mkdirSync(dir, { recursive: true });
  copyFileSync(deckFile('linked'), join(dir, 'linked.vigie.json'));
  const address = `${env.server.url}e2e-decks/linked.vigie.json`;
  const vigie = await VigiePage.open(env.browser, env.server.url, {
    hash: `classroom.html#/decks/add?url=${encodeURIComponent(address)}`,
  });
  const { page } = vigie;
  const fetched = [];
  page.on('request', (r) => { if (r.url().includes('e2e-decks')) fetched.push(r.url()); });
  try {
    const offer = page.getByRole('group', { name: 'Ajouter le jeu de cartes d’un lien' });
    await offer.getByText(address).waitFor();
    assert.deepEqual(fetched, [], 'nothing fetched before the learner confirms');
    await offer.getByRole('button', { name: 'Télécharger et ajouter' }).click();
    await page.getByRole('status').filter({ hasText: 'Ajouté : « Mini »' }).waitFor();
    assert.deepEqual(fetched, [address]);

    await vigie.goto(`classroom.html#/decks/add?url=${encodeURIComponent('https://deck.invalid/x.vigie.json')}`);
    await page.reload();
    await page.getByRole('button', { name: 'Télécharger et ajouter' }).click();
    await page.getByRole('alert').filter({ hasText: /n’a pas pu être lu/ }).waitFor();

    await vigie.goto(`classroom.html#/decks/add?url=${encodeURIComponent('javascript:alert(1)')}`);
    await page.reload();
    await page.getByRole('button', { name: 'Télécharger et ajouter' }).click();
    await page.getByRole('alert').filter({ hasText: /n’est pas une adresse web/ }).waitFor();
    assert.deepEqual(vigie.problems.filter((p) => !/deck\.invalid|ERR_NAME_NOT_RESOLVED|Failed to fetch/.test(p)), []);
  } finally {
    await vigie.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a deck the browser refuses to keep works for the visit, and the page says so', async () => {
  const context = await env.browser.newContext({ locale: 'fr-FR' });
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (this === window.localStorage && k.startsWith('vigie.deck')) {
        throw new DOMException('quota', 'QuotaExceededError');
      }
      return setItem.call(this, k, v);
    };
  });
  const vigie = new VigiePage(await context.newPage(), env.server.url);
  const { page } = vigie;
  try {
    await vigie.goto('classroom.html#/decks');
    await page.locator('#deck-file').setInputFiles(deckFile('refused-by-storage'));
    await page.getByRole('status').filter({ hasText: /n’a pas pu le garder/ }).first().waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Mini' }).getByRole('button', { name: 'Étudier ce jeu de cartes' }).click();
    await page.waitForURL(/#\/study$/);
    await page.locator('.card-front').waitFor();
    assert.match(await page.locator('.card-front').innerText(), /Cnil|2022|encadrement/);
    await page.reload();
    await page.locator('.card-front').waitFor();
    assert.match(await page.locator('.card-front').innerText(), /Cnil|2022|encadrement/, 'kept for the visit');
    assert.equal(await page.evaluate(() => localStorage.getItem('vigie.decks.v1')), null);
  } finally {
    await context.close();
  }
});

test('a backup carries the added decks to another browser; removing a deck can also delete its progress', async () => {
  const mini = deckFile('mini-backup');
  const a = await VigiePage.open(env.browser, env.server.url, { hash: 'classroom.html#/decks' });
  const backup = join(work, 'backup.json');
  try {
    await a.page.locator('#deck-file').setInputFiles(mini);
    await a.page.getByRole('status').filter({ hasText: 'Ajouté' }).waitFor();
    await a.page.getByRole('listitem').filter({ hasText: 'Mini' }).getByRole('button', { name: 'Étudier ce jeu de cartes' }).click();
    await a.page.waitForURL(/#\/study$/);
    for (let i = 0; i < 2; i++) {
      await a.page.locator('#show-answer').click();
      await a.page.keyboard.press('3');
      await a.page.locator('#show-answer').waitFor();
    }
    await a.goto('classroom.html#/progress');
    const download = a.page.waitForEvent('download');
    await a.page.getByRole('button', { name: 'Télécharger une sauvegarde' }).first().click();
    await (await download).saveAs(backup);
    const saved = JSON.parse(readFileSync(backup, 'utf8'));
    assert.equal(saved.decks.length, 1, 'the added deck is in the backup');
    assert.equal(saved.decks[0], readFileSync(mini, 'utf8'), 'as it was added, byte for byte');
  } finally {
    await a.close();
  }

  // Another browser: the import says the file holds a deck, and adds it with the progress.
  const b = await VigiePage.open(env.browser, env.server.url, { hash: 'classroom.html#/progress' });
  const { page } = b;
  try {
    await page.locator('#backup-file').setInputFiles(backup);
    const preview = page.locator('.import-preview');
    await preview.getByText('Il contient aussi 1 jeu de cartes ajouté, qui sera ajouté à cet appareil s’il ne l’a pas.').waitFor();
    await preview.getByRole('button', { name: 'Fusionner avec ma progression' }).click();
    await page.getByText('Sauvegarde fusionnée : rien n’a été perdu. 1 jeu de cartes ajouté à cet appareil.').waitFor();
    await b.goto('classroom.html#/decks');
    const row = page.getByRole('listitem').filter({ hasText: 'Mini' });
    await row.getByText(/2\s+déjà étudiées/).waitFor();

    // Removed with its progress: the box says how much goes; added again, nothing studied.
    await row.getByRole('button', { name: 'Retirer' }).click();
    const forget = row.getByRole('checkbox', { name: 'Supprimer aussi sa progression sur cet appareil (2 révisions)' });
    assert.equal(await forget.isChecked(), false, 'progress is kept unless asked');
    await forget.check();
    assert.deepEqual(await b.axeViolations(), [], 'axe with the removal confirmation');
    await b.screenshot('fr-decks-remove');
    await row.getByRole('group').getByRole('button', { name: 'Retirer' }).click();
    await page.getByRole('listitem').filter({ hasText: 'Mini' }).waitFor({ state: 'detached' });
    await page.locator('#deck-file').setInputFiles(mini);
    await page.getByRole('status').filter({ hasText: 'Ajouté' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Mini' }).getByText(/0\s+déjà étudiées/).waitFor();
    // After a reload too: the deletion was saved, not just shown.
    await page.reload();
    await page.getByRole('listitem').filter({ hasText: 'Mini' }).getByText(/0\s+déjà étudiées/).waitFor();

    // Removed without the box: the progress comes back with the deck.
    await b.goto('classroom.html#/progress');
    await page.locator('#backup-file').setInputFiles(backup);
    await page.locator('.import-preview').getByRole('button', { name: 'Fusionner avec ma progression' }).click();
    await page.getByText(/Sauvegarde fusionnée/).waitFor();
    await b.goto('classroom.html#/decks');
    const again = page.getByRole('listitem').filter({ hasText: 'Mini' });
    await again.getByText(/2\s+déjà étudiées/).waitFor();
    await again.getByRole('button', { name: 'Retirer' }).click();
    await again.getByRole('group').getByRole('button', { name: 'Retirer' }).click();
    await page.getByRole('listitem').filter({ hasText: 'Mini' }).waitFor({ state: 'detached' });
    await page.locator('#deck-file').setInputFiles(mini);
    await page.getByRole('listitem').filter({ hasText: 'Mini' }).getByText(/2\s+déjà étudiées/).waitFor();
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

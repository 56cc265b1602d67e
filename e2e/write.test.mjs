// The deck editor: from a short article, a teacher writes two entities, two relations and
// three facts with the keyboard, fixes the problem the editor reports beside its field,
// reloads mid-way and finds the draft, undoes and redoes, previews a fact's questions,
// downloads the deck; a second browser adds that file and studies it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useVigie, VigiePage } from './support.mjs';

const env = useVigie();
const root = fileURLToPath(new URL('..', import.meta.url));
const article = readFileSync(join(root, 'crates', 'core', 'tests', 'fixtures', 'mini.txt'), 'utf8');
const cli = join(root, 'target', 'debug', 'vigie-cli');

/** Focuses a field by its id and types `text` in place of what it holds. */
async function type(page, id, text) {
  await page.locator(`#${id}`).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** Focuses a button and presses Enter. */
async function press(locator) {
  await locator.focus();
  await locator.press('Enter');
}

test('a teacher writes a deck from an article by keyboard; another browser studies it', async () => {
  const vigie = await VigiePage.open(env.browser, env.server.url, { hash: 'classroom.html#/decks' });
  const { page } = vigie;
  const file = join(mkdtempSync(join(tmpdir(), 'vigie-write-')), 'mini-ecrit.vigie.json');
  try {
    // The editor is a bundle of its own, reached from the Decks page.
    await press(page.getByRole('link', { name: 'Écrire un jeu de cartes' }));
    await page.waitForURL(/write\.html#\/write$/);
    await vigie.waitForHeading(/Écrire un jeu de cartes/);
    await type(page, 'article-text', article);
    await type(page, 'article-title', 'La Cnil réclame plus de contrôle');
    await type(page, 'article-author', 'Jeanne Dupont');
    await type(page, 'article-published', '2022-03-01');
    const deckId = page.getByLabel('Identifiant du jeu de cartes');
    await deckId.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText('cnil-ecrit');
    await page.getByLabel('Nom du jeu de cartes (français)').fill('La Cnil et la vidéosurveillance');
    await page.getByLabel('Nom du jeu de cartes (anglais)').fill('The CNIL and video surveillance');
    await page.getByText('Brouillon enregistré sur cet appareil.').waitFor();

    // Two entities: "Add an entity" puts the focus in the new one's id.
    const entity = async (n, id, kind, fr, en) => {
      await press(page.getByRole('button', { name: 'Ajouter une entité' }));
      await page.waitForFunction((want) => document.activeElement?.id === want, `entity-${n}-id`);
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.insertText(id);
      const row = page.locator('#write-entities ~ ul > li').nth(n);
      await row.getByLabel('Type').selectOption(kind);
      await row.getByLabel('Nom (français)').fill(fr);
      await row.getByLabel('Nom (anglais)').fill(en);
    };
    await entity(0, 'cnil', 'institution', 'la Cnil', 'the CNIL');
    await entity(1, 'nice', 'place', 'Nice', 'Nice');

    // Reloaded mid-way: the draft is there.
    await page.reload();
    await vigie.waitForHeading(/Écrire un jeu de cartes/);
    assert.equal(await page.locator('#entity-1-id').inputValue(), 'nice');
    assert.equal(await page.locator('#article-author').inputValue(), 'Jeanne Dupont');

    // Two relations, written, with their preview.
    const relation = async (n, id, qfr, qen, sfr, sen) => {
      await press(page.getByRole('button', { name: 'Écrire une nouvelle relation' }));
      await page.waitForFunction((want) => document.activeElement?.id === want, `relation-${n}-id`);
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.insertText(id);
      const row = page.locator('#write-relations ~ ul > li').nth(n);
      await row.getByLabel('Question (français)').fill(qfr);
      await row.getByLabel('Question (anglais)').fill(qen);
      await row.getByLabel('Phrase (français)').fill(sfr);
      await row.getByLabel('Phrase (anglais)').fill(sen);
    };
    await relation(0, 'asks_for', 'Que réclame {subject} pour la vidéosurveillance ?', 'What does {subject} ask for regarding video surveillance?',
      '{subject} réclame {object} pour la vidéosurveillance.', '{subject} asks for {object} for video surveillance.');
    await relation(1, 'said_in', 'En quelle année {subject} l’a-t-elle dit ?', 'In what year did {subject} say it?',
      '{subject} l’a dit en {object}.', '{subject} said it in {object}.');

    // Three facts, each started from its sentence.
    const sentences = page.locator('.write-sentences > li');
    assert.equal(await sentences.count(), 3);
    const fact = async (n, sentence, fill) => {
      await press(sentences.nth(sentence).getByRole('button', { name: 'Nouveau fait sur cette phrase' }));
      await page.waitForFunction((want) => document.activeElement?.id === want, `fact-${n}-quote`);
      await fill(page.locator('.fact-row').nth(n));
    };
    await fact(0, 1, async (row) => {
      // Words chosen with the keyboard: the sentence without its final full stop.
      await page.keyboard.press('End');
      await page.keyboard.press('Shift+Home');
      await page.keyboard.press('Shift+ArrowRight');
      await press(row.getByRole('button', { name: 'Ne garder que les mots sélectionnés' }));
      assert.equal(await row.getByLabel('Citation (mots de l’article)').inputValue(), 'a Cnil réclame davantage d\'encadrement pour la vidéosurveillance.');
      await row.getByLabel('Citation (mots de l’article)').fill('La Cnil réclame davantage d\'encadrement pour la vidéosurveillance');
      await type(page, 'fact-0-id', 'cnil-demande');
      await row.getByLabel('Objet (français)').fill('davantage d’encadrement');
      await row.getByLabel('Objet (anglais)').fill('more regulation');
      await row.getByLabel('Catégorie').selectOption('safeguard');
      // Wrong answers, typed line by line: the choice and true/false questions come from them.
      await row.getByLabel('Mauvaises réponses plausibles, une par ligne').focus();
      await page.keyboard.type('moins d’encadrement | less regulation');
      await page.keyboard.press('Enter');
      await page.keyboard.type('aucun encadrement | no regulation');
      await page.keyboard.press('Enter');
      await page.keyboard.type('une interdiction totale | a total ban');
      assert.equal(await row.getByLabel('Mauvaises réponses plausibles, une par ligne').inputValue(),
        'moins d’encadrement | less regulation\naucun encadrement | no regulation\nune interdiction totale | a total ban',
        'typing is never rewritten');
      await row.getByLabel('Phrase (français)').fill('La Cnil réclame davantage d’encadrement pour la vidéosurveillance.');
      await row.getByLabel('Phrase (anglais)').fill('The CNIL calls for more regulation of video surveillance.');
    });
    await fact(1, 2, async (row) => {
      await type(page, 'fact-1-id', 'cnil-annee');
      await row.getByLabel('Relation', { exact: true }).selectOption('said_in');
      await row.getByLabel('L’objet est').selectOption('date');
      await type(page, 'fact-1-object-date', 'en 2022');
      await row.getByLabel('Catégorie').selectOption('context');
      await row.getByLabel('Phrase (français)').fill('La Cnil l’a dit en 2022.');
      await row.getByLabel('Phrase (anglais)').fill('The CNIL said it in 2022.');
    });
    await fact(2, 0, async (row) => {
      await type(page, 'fact-2-id', 'cnil-titre');
      await row.getByLabel('Objet (français)').fill('plus de contrôle');
      await row.getByLabel('Objet (anglais)').fill('more oversight');
      await row.getByLabel('Catégorie').selectOption('safeguard');
      await row.getByLabel('Phrase (français)').fill('Selon le titre de l’article, la Cnil réclame plus de contrôle.');
      await row.getByLabel('Phrase (anglais)').fill('According to the headline, the CNIL calls for more oversight.');
    });

    // The one problem left is said beside its field, and in the list; fixed, the deck is valid.
    const date = page.locator('#fact-1-object-date');
    await page.locator('#fact-1-object-date-problems').getByText(/en 2022/).waitFor();
    assert.equal(await date.getAttribute('aria-invalid'), 'true');
    await page.getByText(/^1\s*problème à corriger/).waitFor();
    assert.deepEqual(await vigie.axeViolations(), [], 'axe on the editor with a problem shown');
    await vigie.screenshot('fr-write-problem');
    await type(page, 'fact-1-object-date', '2022');
    await page.getByText(/^Le jeu de cartes est valide\s*:\s*3\s*faits, \d+\s*cartes\.$/).waitFor();
    // Each sentence names the facts that quote it; the bar counts the sentences covered.
    assert.match(await sentences.nth(2).innerText(), /1\s*fait\s*: cnil-annee/);
    assert.match(await page.locator('.coverage').innerText(), /3\s*phrases sur 3 citées par un fait/);
    assert.equal(await date.getAttribute('aria-invalid'), null);

    // Undo brings the problem back; redo fixes it again.
    await press(page.getByRole('button', { name: 'Annuler', exact: true }));
    await page.getByText(/^1\s*problème à corriger/).waitFor();
    await press(page.getByRole('button', { name: 'Rétablir' }));
    await page.getByText(/^Le jeu de cartes est valide/).waitFor();

    // Every question of a fact, in both languages.
    await press(page.locator('.fact-row').nth(0).getByRole('button', { name: 'Aperçu des questions' }));
    const preview = page.locator('table.write-preview');
    await preview.waitFor();
    assert.ok(await preview.locator('tbody tr').count() >= 2);
    assert.match(await preview.innerText(), /davantage d’encadrement[\s\S]*more regulation/);
    assert.match(await preview.innerText(), /Choix multiple|QCM/, 'a multiple-choice question from the wrong answers');
    assert.match(await preview.innerText(), /moins d’encadrement/);
    // A fact whose subject and relation another fact shares: its questions say so, in words.
    await press(page.locator('.fact-row').nth(2).getByRole('button', { name: 'Aperçu des questions' }));
    const check = page.locator('section[aria-labelledby="write-check"]');
    await check.getByText(/^Le fait «\s*cnil-titre\s*» donne 1\s*question\s*:$/).waitFor();
    const findings = await check.getByRole('listitem').allInnerTexts();
    assert.ok(findings.some((f) => f.startsWith('Fait qui ne donne aucune fiche, ou aucune question de quiz.')), findings.join(' | '));
    assert.deepEqual(await vigie.axeViolations(), [], 'axe on the valid deck with its preview');
    await vigie.screenshot('fr-write');
    // The top of the page, as a teacher first sees it (for the README).
    await page.setViewportSize({ width: 1280, height: 1400 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(root, 'e2e', 'screenshots', 'fr-write-top.png') });
    await page.locator('.fact-row').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(root, 'e2e', 'screenshots', 'fr-write-fact.png') });
    // English, and the dark theme: the draft is the same, the words are the reader's.
    await vigie.languageSwitch.click();
    await vigie.waitForHeading(/Write a deck/);
    await page.getByText(/^The deck is valid: 3 facts/).waitFor();
    assert.deepEqual(await vigie.axeViolations(), [], 'axe on the editor (en)');
    await page.evaluate(() => localStorage.setItem('vigie.theme.v1', 'dark'));
    await page.reload();
    await vigie.waitForHeading(/Write a deck/);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.deepEqual(await vigie.axeViolations(), [], 'axe on the editor (en, dark)');
    await vigie.screenshot('en-write-dark');
    await vigie.languageSwitch.click();
    await vigie.waitForHeading(/Écrire un jeu de cartes/);
    assert.deepEqual(await vigie.axeViolations(), [], 'axe on the editor (fr, dark)');

    const download = page.waitForEvent('download');
    await press(page.getByRole('button', { name: 'Télécharger le fichier' }));
    await (await download).saveAs(file);
    const checked = execFileSync(cli, ['check', file], { encoding: 'utf8' });
    assert.match(checked, /3 facts/, checked);
    assert.deepEqual(vigie.problems, []);
  } finally {
    await vigie.close();
  }

  // Another browser adds the file and studies it.
  const student = await VigiePage.open(env.browser, env.server.url, { hash: 'classroom.html#/decks' });
  try {
    await student.page.locator('#deck-file').setInputFiles(file);
    await student.page.getByRole('status').filter({ hasText: 'Ajouté : « La Cnil et la vidéosurveillance »' }).waitFor();
    await student.page.getByRole('listitem').filter({ hasText: 'La Cnil et la vidéosurveillance' })
      .getByRole('button', { name: 'Étudier ce jeu de cartes' }).click();
    await student.page.waitForURL(/#\/study$/);
    await student.page.locator('.card-front').waitFor();
    assert.match(await student.page.locator('.card-front').innerText(), /Cnil/);
  } finally {
    await student.close();
  }
});

test('the editor: a copy of the built-in deck, a file opened, two tabs, and "use this deck"', async () => {
  const vigie = await VigiePage.open(env.browser, env.server.url, { hash: 'write.html#/write' });
  const { page } = vigie;
  try {
    await vigie.waitForHeading(/Écrire un jeu de cartes/);
    // A kept draft that no longer reads is offered for download, not lost in silence.
    await page.evaluate(() => localStorage.setItem('vigie.draft.v1', '{ damaged'));
    await page.reload();
    const damaged = page.getByRole('alert').filter({ hasText: 'ne se lit plus comme jeu de cartes' });
    const saved = page.waitForEvent('download');
    await damaged.getByRole('button', { name: 'Télécharger le brouillon illisible' }).click();
    assert.equal(readFileSync(await (await saved).path(), 'utf8'), '{ damaged');
    // A copy of the built-in deck: valid as it is, under another id.
    await press(page.getByRole('button', { name: 'Partir d’une copie du jeu intégré' }));
    await page.getByText(/^Le jeu de cartes est valide\s*:\s*84\s*faits/).waitFor();
    assert.equal(await page.getByLabel('Identifiant du jeu de cartes').inputValue(), 'mis-rapport-2021-copie');

    // A second tab of the same browser takes the first one's changes.
    const other = await page.context().newPage();
    await other.goto(`${env.server.url}write.html#/write`);
    await other.getByLabel('Identifiant du jeu de cartes').waitFor();
    await page.getByLabel('Nom du jeu de cartes (français)').fill('Ma copie du rapport Mis');
    await other.getByText('Brouillon repris de l’autre onglet, où il a changé.').waitFor();
    assert.equal(await other.getByLabel('Nom du jeu de cartes (français)').inputValue(), 'Ma copie du rapport Mis');
    await other.close();

    // A file that is not a deck is refused in words, and the draft stays.
    await page.locator('#write-open').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"a": 1}') });
    await page.getByText(/^Ce fichier ne s’ouvre pas comme jeu de cartes/).waitFor();
    assert.equal(await page.getByLabel('Nom du jeu de cartes (français)').inputValue(), 'Ma copie du rapport Mis');

    // A deck file opens for editing, invalid or not: the mini deck with a quote broken.
    const mini = JSON.parse(readFileSync(join(root, 'crates', 'core', 'tests', 'fixtures', 'mini.deck.json'), 'utf8'));
    delete mini.article.file;
    mini.article.text = article;
    mini.facts[0].quote = 'La Cnil réclame moins';
    await page.locator('#write-open').setInputFiles({ name: 'mini.vigie.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mini)) });
    await page.getByText(/^1\s*problème à corriger/).waitFor();
    await page.locator('#fact-0-quote-problems').getByText(/La Cnil réclame moins/).waitFor();
    await type(page, 'fact-0-quote', 'La Cnil réclame davantage d\'encadrement pour la vidéosurveillance');
    await page.getByText(/^Le jeu de cartes est valide\s*:\s*2\s*faits/).waitFor();

    // A relation from the library comes with its templates, and the focus goes to it.
    await page.getByLabel('Bibliothèque de relations').selectOption('located_in');
    await press(page.getByRole('button', { name: 'Ajouter cette relation' }));
    await page.waitForFunction(() => document.activeElement?.id === 'relation-2-id');
    assert.equal(await page.locator('#relation-2-id').inputValue(), 'located_in');
    await press(page.getByRole('button', { name: 'Annuler', exact: true }));
    await page.waitForFunction(() => !document.getElementById('relation-2-id'));

    // At a phone's width the editor fits, and passes axe.
    await page.setViewportSize({ width: 360, height: 740 });
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 0, 'no sideways scroll');
    assert.deepEqual(await vigie.axeViolations(), [], 'axe at phone width');
    await vigie.screenshot('fr-write-phone');
    await page.setViewportSize({ width: 1280, height: 720 });

    // Used here: added to this device's decks and studied at once.
    await press(page.getByRole('button', { name: 'Utiliser ce jeu de cartes' }));
    await page.waitForURL(/index\.html#\/study$/);
    await page.locator('.card-front').waitFor();
    assert.match(await page.locator('.card-front').innerText(), /Cnil|2022/);
    await vigie.goto('classroom.html#/decks');
    await page.getByRole('listitem').filter({ hasText: 'Mini' }).getByText('En cours d’étude').waitFor();
    // A new version of the same deck takes the earlier one's place (and its progress).
    await vigie.goto('write.html#/write');
    await page.getByLabel('Nom du jeu de cartes (français)').fill('Mini, version 2');
    await press(page.getByRole('button', { name: 'Utiliser ce jeu de cartes' }));
    await page.waitForURL(/index\.html#\/study$/);
    await vigie.goto('classroom.html#/decks');
    const added = page.locator('ul.decks > li');
    await added.filter({ hasText: 'Mini, version 2' }).getByText('En cours d’étude').waitFor();
    assert.equal(await added.count(), 2, 'the built-in deck and one version of Mini');
    assert.deepEqual(vigie.problems, []);
  } finally {
    await vigie.close();
  }
});

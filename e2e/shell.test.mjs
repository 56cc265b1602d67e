// The app shell: pages, routing, language, accessibility, no console errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useVigie, VigiePage } from './support.mjs';

const env = useVigie();

/** Opens Vigie, runs `body`, then checks for console errors and requests to other origins. */
async function withVigie(options, body) {
  const vigie = await VigiePage.open(env.browser, env.server.url, options);
  try {
    await body(vigie);
    assert.deepEqual(vigie.problems, [], 'no console or page errors');
    assert.deepEqual(vigie.foreignRequests, [], 'nothing fetched from another origin');
  } finally {
    await vigie.close();
  }
}

const pages = {
  fr: [
    ['Accueil', '#/', /Comprendre les technologies de sécurité/],
    ['Étudier', '#/study', /^Étudier$/],
    ['Quiz', '#/quiz', /^Quiz$/],
    ['Progrès', '#/progress', /^Progrès$/],
    ['Article', '#/article', /Le député Jean-Michel Mis appelle à multiplier les expérimentations/],
  ],
  en: [
    ['Home', '#/', /Understand security technologies/],
    ['Study', '#/study', /^Study$/],
    ['Quiz', '#/quiz', /^Quiz$/],
    ['Progress', '#/progress', /^Progress$/],
    ['Article', '#/article', /Le député Jean-Michel Mis appelle à multiplier les expérimentations/],
  ],
};

test('French by default: the home page says what Vigie is and for whom', async () => {
  await withVigie({ locale: 'fr-FR' }, async (vigie) => {
    assert.match(await vigie.heading.innerText(), /Comprendre les technologies de sécurité/);
    assert.equal(await vigie.htmlLang(), 'fr');
    const text = await vigie.page.locator('main').innerText();
    assert.match(text, /enseignants/);
    assert.match(text, /Jean-Michel Mis/);
    assert.equal(await vigie.page.title(), 'Accueil · Vigie');
  });
});

test('a browser that prefers English gets English', async () => {
  await withVigie({ locale: 'en-US' }, async (vigie) => {
    assert.equal(await vigie.htmlLang(), 'en');
    assert.match(await vigie.heading.innerText(), /Understand security technologies/);
  });
});

for (const [lang, locale] of [['fr', 'fr-FR'], ['en', 'en-GB']]) {
  test(`every page by its navigation link (${lang}): URL, heading, focus, axe, screenshot`, async () => {
    // Start on the article so that the first link (home) is a real navigation.
    await withVigie({ locale, hash: '#/article' }, async (vigie) => {
      for (const [name, hash, heading] of pages[lang]) {
        await vigie.navLink(name).click();
        await vigie.page.waitForURL((url) => url.hash === hash || (hash === '#/' && url.hash === '#/'));
        await vigie.waitForHeading(heading);
        assert.equal(await vigie.navLink(name).getAttribute('aria-current'), 'page');
        await vigie.page.waitForFunction(() => document.activeElement?.id === 'page-heading');
        assert.deepEqual(await vigie.axeViolations(), [], `axe on ${hash} (${lang})`);
        await vigie.screenshot(`${lang}-${hash.replace(/[#/]/g, '') || 'home'}`);
      }
    });
  });
}

test('phone width: every page fits and passes axe', async () => {
  await withVigie({ locale: 'fr-FR' }, async (vigie) => {
    await vigie.page.setViewportSize({ width: 360, height: 740 });
    for (const [, hash] of pages.fr) {
      await vigie.goto(hash);
      const overflow = await vigie.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${hash} overflows by ${overflow}px at 360px`);
      assert.deepEqual(await vigie.axeViolations(), [], `axe on ${hash} at 360px`);
      await vigie.screenshot(`fr-${hash.replace(/[#/]/g, '') || 'home'}-phone`);
    }
    await vigie.goto('#/');
    await vigie.screenshot('fr-home-phone');
  });
});

test('URLs survive a reload, and back and forward work', async () => {
  await withVigie({ locale: 'fr-FR' }, async (vigie) => {
    await vigie.navLink('Quiz').click();
    await vigie.waitForHeading(/^Quiz$/);
    await vigie.navLink('Article').click();
    await vigie.waitForHeading(/Jean-Michel Mis/);
    await vigie.page.reload();
    await vigie.heading.waitFor();
    assert.match(await vigie.heading.innerText(), /Jean-Michel Mis/);
    await vigie.page.goBack();
    await vigie.waitForHeading(/^Quiz$/);
    await vigie.page.goForward();
    await vigie.waitForHeading(/Jean-Michel Mis/);
  });
});

test('the language choice is kept across reloads', async () => {
  await withVigie({ locale: 'fr-FR' }, async (vigie) => {
    await vigie.navLink('Étudier').click();
    await vigie.waitForHeading(/^Étudier$/);
    await vigie.languageSwitch.click();
    await vigie.waitForHeading(/^Study$/);
    assert.equal(await vigie.htmlLang(), 'en');
    await vigie.page.reload();
    await vigie.heading.waitFor();
    assert.equal(await vigie.htmlLang(), 'en');
    assert.equal(await vigie.heading.innerText(), 'Study');
    assert.equal(await vigie.page.title(), 'Study · Vigie');
    await vigie.languageSwitch.click();
    await vigie.page.reload();
    await vigie.heading.waitFor();
    assert.equal(await vigie.heading.innerText(), 'Étudier');
  });
});

test('the article page shows the whole article, and a source link lands on its sentence', async () => {
  await withVigie({ locale: 'fr-FR', hash: '#/article?s=3' }, async (vigie) => {
    const article = vigie.page.locator('article[lang="fr"]');
    assert.match(await article.innerText(), /PAR EMILE MARZOLF/);
    assert.equal(await article.locator(':scope > h2').count(), 3, 'the three section headings');
    assert.match(await article.innerText(), /attaque de type terroriste/);
    const highlighted = vigie.page.locator('.sentence.highlighted');
    assert.equal(await highlighted.count(), 1);
    assert.equal(await highlighted.getAttribute('id'), 's-3');
    await vigie.page.waitForFunction(() => document.activeElement?.id === 's-3');
    // The chosen sentence's facts, and a way to study just those.
    const panel = vigie.page.locator('.facts-panel');
    assert.match(await panel.innerText(), /Ce que dit cette phrase/);
    assert.ok(await panel.locator('li').count() >= 1);
    assert.deepEqual(await vigie.axeViolations(), []);
    await vigie.screenshot('fr-article-sentence');
    // Every other sentence is a link to its own facts.
    await vigie.page.locator('#s-5').click();
    await vigie.page.waitForFunction(() => location.hash === '#/article?s=5');
    await vigie.page.waitForFunction(() => document.activeElement?.id === 's-5');
    await vigie.page.getByRole('link', { name: 'Étudier les fiches de cette phrase' }).click();
    await vigie.page.waitForFunction(() => location.hash === '#/study?s=5');
    await vigie.page.locator('#card-front').waitFor();
    assert.equal(await vigie.page.locator('#study-filter').inputValue(), 'sentence:5');
    await vigie.page.locator('#show-answer').click();
    // The article is a page of the classroom bundle: the first load carries only what studying needs.
    assert.equal(await vigie.page.locator('.source a').getAttribute('href'), 'classroom.html#/article?s=5');
    // … or a practice quiz on that sentence (no code, no result code).
    await vigie.goto('#/article?s=5');
    await vigie.page.getByRole('link', { name: 'Quiz sur cette phrase' }).click();
    await vigie.page.locator('#question-prompt').waitFor();
    // A practice quiz is a page of the quiz bundle, which a student's link opens.
    assert.match(vigie.page.url(), /quiz\.html#\/quiz\/sentence\/5$/);
    const source = vigie.page.locator('form.question');
    await vigie.page.getByRole('button', { name: 'Valider' }).click();
    // The link goes where the item's quote starts: sentence 5, or the one before when the
    // quote opens there (a sentence that opens on a pronoun is quoted with the one before).
    assert.match(await source.locator('.source a').getAttribute('href'), /^classroom\.html#\/article\?s=[45]$/);
  });
});

test('an unknown address says so and leads home', async () => {
  await withVigie({ locale: 'fr-FR', hash: '#/nulle-part' }, async (vigie) => {
    assert.equal(await vigie.heading.innerText(), 'Page introuvable');
    assert.deepEqual(await vigie.axeViolations(), []);
    await vigie.page.getByRole('link', { name: 'Retour à l’accueil' }).click();
    await vigie.page.waitForFunction(() => location.hash === '#/');
  });
});

test('keyboard alone: the skip link and the navigation', async () => {
  await withVigie({ locale: 'fr-FR' }, async (vigie) => {
    await vigie.page.keyboard.press('Tab');
    assert.equal(await vigie.page.evaluate(() => document.activeElement.textContent), 'Aller au contenu');
    await vigie.page.keyboard.press('Enter');
    assert.equal(await vigie.focusedId(), 'page-heading');
    await vigie.navLink('Progrès').focus();
    await vigie.page.keyboard.press('Enter');
    await vigie.page.waitForFunction(() => location.hash === '#/progress');
    await vigie.page.waitForFunction(() => document.activeElement?.id === 'page-heading');
  });
});

test('themes: follows the system, a chosen theme is kept, both pass axe (contrast)', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const context = await env.browser.newContext({ locale: 'fr-FR', colorScheme });
    const vigie = new VigiePage(await context.newPage(), env.server.url);
    try {
      for (const hash of ['#/', '#/study', '#/quiz', '#/progress', '#/article', '#/check']) {
        await vigie.goto(hash);
        assert.deepEqual(await vigie.axeViolations(), [], `axe on ${hash} (${colorScheme} system theme)`);
        await vigie.screenshot(`fr-${hash.replace(/[#/]/g, '') || 'home'}-${colorScheme}`);
      }
      assert.deepEqual(vigie.problems, []);
    } finally {
      await context.close();
    }
  }
  await withVigie({ locale: 'fr-FR' }, async (vigie) => {
    const theme = () => vigie.page.evaluate(() => document.documentElement.dataset.theme ?? 'system');
    const bg = () => vigie.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bg();
    await vigie.page.getByRole('button', { name: /Thème/ }).click();
    assert.equal(await theme(), 'light');
    await vigie.page.getByRole('button', { name: /Thème/ }).click();
    assert.equal(await theme(), 'dark');
    assert.notEqual(await bg(), light, 'the dark theme is dark');
    await vigie.page.reload();
    await vigie.heading.waitFor();
    assert.equal(await theme(), 'dark', 'the choice is kept');
    assert.match(await vigie.page.getByRole('button', { name: /Thème/ }).innerText(), /sombre/);
    assert.deepEqual(await vigie.axeViolations(), [], 'axe in the chosen dark theme');
  });
});

// Offline: after a first visit, the app loads and works with the network off, through its
// service worker (not the browser's ordinary cache).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useVigie, VigiePage } from './support.mjs';

const env = useVigie();

test('after a first visit, the app loads offline and a card can be studied', async () => {
  const context = await env.browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  const vigie = new VigiePage(page, env.server.url);
  try {
    await page.goto(env.server.url + '#/study');
    await page.locator('#card-front').waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // The classroom and quiz bundles are cached too.
    const cached = await page.evaluate(async () => (await caches.keys()).length);
    assert.equal(cached, 1, 'one cache, of this version');
    await context.setOffline(true);
    await page.reload();
    await page.locator('#card-front').waitFor();
    assert.equal(await page.evaluate(() => navigator.onLine), false);
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'served by the service worker');
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    await page.waitForFunction(() => (localStorage.getItem('vigie.progress.v1') ?? '').includes('"reviews":"'));
    await page.goto(env.server.url + 'classroom.html#/quiz');
    await vigie.waitForHeading(/^Quiz$/);
    // … and the quiz bundle a student's link opens.
    await page.goto(env.server.url + 'quiz.html#/quiz/sentence/5');
    await page.locator('#question-prompt').waitFor();
    assert.deepEqual(vigie.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(p)), []);
  } finally {
    await context.close();
  }
});

test('a new version of the app takes over cleanly and drops the old cache', async () => {
  const context = await env.browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  try {
    await page.goto(env.server.url + '#/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const before = await page.evaluate(() => caches.keys());
    // The next deploy: the same files, a service worker of another version.
    await context.route('**/sw.js', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/const VERSION = '[^']*'/, "const VERSION = 'next-version'");
      await route.fulfill({ response, body });
    });
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.waitForFunction(async () => {
      const keys = await caches.keys();
      return keys.length === 1 && keys[0] === 'vigie-next-version';
    });
    await page.reload();
    await page.locator('#page-heading').waitFor();
    assert.notDeepEqual(before, ['vigie-next-version']);
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null));
  } finally {
    await context.close();
  }
});

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
    // The classroom bundle is cached too.
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
    assert.deepEqual(vigie.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(p)), []);
  } finally {
    await context.close();
  }
});

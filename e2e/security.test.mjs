// Security: both pages run under a Content Security Policy that allows scripts and
// WebAssembly from the site only, and it is in force (an injected inline script does not run).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useVigie, VigiePage } from './support.mjs';

const env = useVigie();

for (const [page, hash] of [['index.html', '#/study'], ['classroom.html', '#/quiz']]) {
  test(`${page} ships a Content Security Policy that blocks inline scripts`, async () => {
    const vigie = await VigiePage.open(env.browser, env.server.url, { hash: `${page === 'index.html' ? '' : page}${hash}` });
    try {
      const policy = await vigie.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      const directive = (name) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `));
      assert.equal(directive('script-src'), "script-src 'self' 'wasm-unsafe-eval'", 'scripts from this site only');
      assert.equal(directive('style-src'), "style-src 'self'", 'no inline style');
      assert.equal(directive('connect-src'), "connect-src 'self' https:", 'a deck file from a web address, over https only');
      assert.ok(!policy.includes("'unsafe-inline'") && !policy.includes(" 'unsafe-eval'"), policy);
      // The app itself needs nothing the policy forbids.
      assert.deepEqual(vigie.problems, []);
      const outcome = await vigie.page.evaluate(async () => {
        const violations = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true';
        document.body.append(script);
        const img = document.createElement('img');
        img.setAttribute('src', 'x');
        img.setAttribute('onerror', 'window.__injected = true');
        document.body.append(img);
        await new Promise((r) => setTimeout(r, 300));
        return { ran: window.__injected === true, violations };
      });
      assert.equal(outcome.ran, false, 'an injected script ran');
      assert.ok(outcome.violations.some((v) => v.startsWith('script-src')), JSON.stringify(outcome.violations));
    } finally {
      await vigie.close();
    }
  });
}

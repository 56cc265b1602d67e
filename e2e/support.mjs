// Shared pieces of the end-to-end tests: a static server for dist/, Debian's Chromium through
// playwright-core (nothing downloads a browser), and a page object for Vigie.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';
import { serveStatic } from '../scripts/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
export const screenshotDir = join(root, 'e2e', 'screenshots');
mkdirSync(screenshotDir, { recursive: true });

const fixtures = join(root, 'crates', 'core', 'tests', 'fixtures');
const deckFiles = mkdtempSync(join(tmpdir(), 'vigie-decks-'));

/** A test deck of crates/core/tests/fixtures (`mini`, `sets`) as one deck file, its article
 * inside, changed by `edit`, written as `<name>.vigie.json`; returns its path. */
export function fixtureDeckFile(fixture, name, edit = (d) => d) {
  const deck = JSON.parse(readFileSync(join(fixtures, `${fixture}.deck.json`), 'utf8'));
  deck.article.text = readFileSync(join(fixtures, deck.article.file), 'utf8');
  delete deck.article.file;
  const path = join(deckFiles, `${name}.vigie.json`);
  writeFileSync(path, JSON.stringify(edit(deck)));
  return path;
}

/** Serves `dir` (dist/ by default) at a free port on 127.0.0.1, compressed as the README's
 * serve command does; resolves to { url, close }. */
export function serveDist(dir = dist) {
  return serveStatic(dir, 0);
}

/** For one test file: dist/ served and Chromium started before its tests, both stopped after. */
export function useVigie() {
  const env = {};
  before(async () => {
    env.server = await serveDist();
    env.browser = await launchChromium();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Vigie in one browser tab: navigation, language, checks. */
export class VigiePage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
    this.problems = [];
    this.foreignRequests = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => this.problems.push(`page error: ${err.message}`));
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseUrl).origin) {
        this.foreignRequests.push(req.url());
      }
    });
  }

  static async open(browser, baseUrl, { locale = 'fr-FR', hash = '#/' } = {}) {
    const context = await browser.newContext({ locale });
    const vigie = new VigiePage(await context.newPage(), baseUrl);
    vigie.page.setDefaultTimeout(5000);
    await vigie.goto(hash);
    return vigie;
  }

  async goto(hash) {
    await this.page.goto(this.baseUrl + hash);
    await this.heading.waitFor();
  }

  get heading() {
    return this.page.locator('#page-heading');
  }

  /** Waits until the page heading's text matches `pattern` (rendering follows the URL). */
  async waitForHeading(pattern) {
    await this.page.waitForFunction(
      ([source, flags]) => new RegExp(source, flags).test(document.getElementById('page-heading')?.innerText ?? ''),
      [pattern.source, pattern.flags],
    );
  }

  navLink(name) {
    return this.page.getByRole('navigation').getByRole('link', { name, exact: true });
  }

  get languageSwitch() {
    return this.page.locator('button.lang-switch');
  }

  async htmlLang() {
    return this.page.evaluate(() => document.documentElement.lang);
  }

  async focusedId() {
    return this.page.evaluate(() => document.activeElement?.id ?? '');
  }

  /** axe-core's violations on the page as it is now. */
  async axeViolations() {
    // Evaluated through the DevTools protocol: the page's Content Security Policy forbids an
    // inline <script>, and rightly so.
    if (!(await this.page.evaluate(() => Boolean(window.axe)))) await this.page.evaluate(axeSource);
    const result = await this.page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`);
  }

  async screenshot(name) {
    await this.page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
  }

  async close() {
    await this.page.context().close();
  }
}

/** The questions of a quiz as a learner sees them, in order, answering nothing. */
export async function questionsOf(page) {
  const prompts = [];
  for (;;) {
    await page.locator('#question-prompt').waitFor();
    prompts.push(await page.locator('#question-prompt').innerText());
    await page.getByRole('button', { name: 'Valider' }).click();
    const next = page.locator('#quiz-next');
    const label = await next.innerText();
    await next.click();
    if (/résultats/.test(label)) return prompts;
  }
}

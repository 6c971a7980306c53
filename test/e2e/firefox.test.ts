// Smoke test in Firefox ESR: the built dist/firefox installs (WebDriver BiDi, temporary add-on) and highlights a
// fixture page. Driven by puppeteer-core against Debian's firefox-esr; no browser is downloaded.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { type DriverPage, attacks } from '../support/hostile.js';
import { PROJECT_ROOT, type TestServer, startServer } from '../support/server.js';

const FIREFOX = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p): p is string => !!p && existsSync(p));
const EXTENSION_DIR = path.join(PROJECT_ROOT, 'dist', 'firefox');

let browser: Browser;
let installedId = '';

/** The card's frame (card.html, an extension page in the page): the way tests reach the card. */
async function cardFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => /^moz-extension:\/\/[^/]+\/card\.html/.test(f.url()));
    if (frame) return frame;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the card frame never appeared');
}
let server: TestServer;

before(async () => {
  if (!FIREFOX) throw new Error('No Firefox found: install Debian\'s "firefox-esr" (apt-get install firefox-esr) or set FIREFOX_PATH.');
  assert.ok(existsSync(path.join(EXTENSION_DIR, 'manifest.json')), 'dist/firefox is missing: run "node build.mjs" first');
  server = await startServer([path.join(PROJECT_ROOT, 'test', 'fixtures')]);
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      // No network of its own in tests: no telemetry, updates or remote settings.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'extensions.getAddons.cache.enabled': false,
    },
  });
  installedId = await browser.installExtension(EXTENSION_DIR);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('Firefox installs the built extension and highlights a fixture page', async () => {
  assert.equal(installedId, 'policy-lens@policy-lens.invalid');
  const page = await browser.newPage();
  await page.goto(`${server.origin}/russia-turkey.html`);
  await page.waitForSelector('html[data-policy-lens="ready"]', { timeout: 30_000 });
  const entities = await page.$$eval('policy-lens-mark[data-entity-id]:not([data-continued])', (marks) => marks.map((m) => m.getAttribute('data-entity-id')));
  assert.deepEqual(entities, ['igor-krasnov', 'bekir-bozdag', 'igor-krasnov', 'int-interpol', 'jurgen-stock', 'jurgen-stock', 'ru-fsb', 'ru-roskomnadzor', 'int-interpol']);
  const count = await page.$eval('html', (html) => html.getAttribute('data-policy-lens-marks'));
  assert.equal(count, String(entities.length));
});

test('Firefox shows the popover on hover', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/russia-turkey.html`);
  await page.waitForSelector('html[data-policy-lens="ready"]', { timeout: 30_000 });
  await page.hover('policy-lens-mark[data-entity-id="bekir-bozdag"]');
  await page.waitForSelector('policy-lens-popover:popover-open', { timeout: 10_000 });
  const frame = await cardFrame(page);
  const dialog = await frame.waitForSelector('[role="dialog"]', { timeout: 10_000 });
  assert.equal(await dialog?.evaluate((el) => el.getAttribute('aria-label')), 'Bekir Bozdağ');
});

// The attacks of a hostile page, the same list the Chromium suite runs (test/e2e/hostile.spec.ts).
for (const attack of attacks) {
  test(`Firefox, hostile page: ${attack.name}`, async () => {
    const page = await browser.newPage();
    try {
      await attack.run(page as unknown as DriverPage, server.origin);
    } finally {
      await page.close();
    }
  });
}

// Last: it takes the extension away and puts it back, as an update does.
test('Firefox: removed with the tab open, nothing is thrown; installed again (as an update does), the new copy takes the tab over', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (/context invalidated|Policy Lens/i.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${server.origin}/russia-turkey.html`);
  await page.waitForSelector('html[data-policy-lens="ready"]', { timeout: 30_000 });
  const before = await page.$$eval('policy-lens-mark[data-entity-id]:not([data-continued])', (marks) => marks.map((m) => m.getAttribute('data-entity-id')));
  await page.hover('policy-lens-mark[data-entity-id="bekir-bozdag"]');
  await page.waitForSelector('policy-lens-popover:popover-open', { timeout: 10_000 });
  await browser.uninstallExtension('policy-lens@policy-lens.invalid');
  // Firefox stops the removed extension's script outright (no timer, event or port reaches it first), so its
  // highlights stay until a new copy arrives: what is tested here is that nothing is thrown, and the takeover.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await page.mouse.move(5, 5);
  await page.hover('policy-lens-mark[data-entity-id="igor-krasnov"]');
  await page.keyboard.press('Enter');
  await browser.installExtension(EXTENSION_DIR);
  await page.waitForFunction(() => document.querySelectorAll('policy-lens-popover').length === 0, { timeout: 30_000 });
  await page.waitForSelector('html[data-policy-lens="ready"]', { timeout: 30_000 });
  const after = await page.$$eval('policy-lens-mark[data-entity-id]:not([data-continued])', (marks) => marks.map((m) => m.getAttribute('data-entity-id')));
  assert.deepEqual(after, before);
  assert.equal(await page.$$eval('policy-lens-mark policy-lens-mark', (marks) => marks.length), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

// Smoke test in Firefox ESR: the built dist/firefox installs (WebDriver BiDi, temporary add-on) and highlights a
// fixture page. Driven by puppeteer-core against Debian's firefox-esr; no browser is downloaded.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { PROJECT_ROOT, SEEDS_DIR, type TestServer, startServer } from '../support/server.js';

const FIREFOX = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p): p is string => !!p && existsSync(p));
const EXTENSION_DIR = path.join(PROJECT_ROOT, 'dist', 'firefox');

let browser: Browser;
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
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('Firefox installs the built extension and highlights a fixture page', async () => {
  const id = await browser.installExtension(EXTENSION_DIR);
  assert.equal(id, 'policy-lens@policy-lens.invalid');
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
  const label = await page.waitForFunction(
    () => document.querySelector('policy-lens-popover')?.shadowRoot?.querySelector('[role="dialog"]')?.getAttribute('aria-label'),
    { timeout: 10_000 },
  );
  assert.equal(await label.jsonValue(), 'Bekir Bozdağ');
});

test('Firefox checks a seed article\'s claims and marks the contradicted Istanbul signing', { skip: !existsSync(SEEDS_DIR) && '../shared/seeds is absent' }, async () => {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/seeds/001_c057ccc3c30f3e5b.txt`);
  await page.waitForSelector('html[data-policy-lens-claims]', { timeout: 30_000 });
  assert.equal(await page.$eval('html', (html) => html.getAttribute('data-policy-lens-claims')), '3');
  const contradicted = await page.$$eval('policy-lens-claim[data-claim-verdict="contradicted"]', (els) => els.map((e) => e.textContent ?? '').join(''));
  assert.match(contradicted, /signed in Istanbul/);
});

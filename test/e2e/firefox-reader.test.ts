// The reader's highlights and card in Firefox ESR: one tab stop, descriptions rather than labels, first mentions
// only, the role line in words and the native name's language. Driven by puppeteer-core over WebDriver BiDi.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { cardFrame } from '../support/firefox-card.js';
import { launchFirefoxWithExtension, waitInFrame } from '../support/firefox.js';
import { PROJECT_ROOT, type TestServer, startServer } from '../support/server.js';


let browser: Browser;
let server: TestServer;

before(async () => {
  server = await startServer([path.join(PROJECT_ROOT, 'test', 'fixtures')]);
  ({ browser } = await launchFirefoxWithExtension());
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('Firefox: one tab stop, described buttons, later mentions plain, split names one button', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/russia-turkey.html`);
  await page.waitForSelector('html[data-policy-lens="ready"]', { timeout: 30_000 });
  await page.waitForSelector('policy-lens-mark[role="button"]', { timeout: 10_000 });
  const state = await page.evaluate(() => ({
    stops: document.querySelectorAll('policy-lens-mark[tabindex="0"]').length,
    labels: document.querySelectorAll('policy-lens-mark[aria-label]').length,
    described: document.querySelector('policy-lens-mark[data-entity-id="bekir-bozdag"]')?.getAttribute('aria-describedby'),
    repeats: document.querySelectorAll('policy-lens-mark[data-policy-lens-repeat]').length,
    continuedRole: document.querySelector('policy-lens-mark[data-continued]')?.getAttribute('role') ?? null,
    repeatLine: getComputedStyle(document.querySelector('policy-lens-mark[data-policy-lens-repeat]') as Element).textDecorationLine,
  }));
  assert.deepEqual(state, { stops: 1, labels: 0, described: 'policy-lens-desc-official', repeats: state.repeats, continuedRole: null, repeatLine: 'none' });
  assert.ok(state.repeats > 0);
  await page.close();
});

test('Firefox: the card says the role that day in words, with the native name\'s language', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/russia-turkey.html`);
  await page.waitForSelector('html[data-policy-lens="ready"]', { timeout: 30_000 });
  await page.hover('policy-lens-mark[data-entity-id="igor-krasnov"]');
  const frame = await cardFrame(page);
  const value = await waitInFrame<{ role: string; lang: string; height: number }>(
    frame,
    `(() => {
      const role = document.querySelector('.role')?.textContent;
      return role ? { role, lang: document.querySelector('.native')?.getAttribute('lang'), height: document.querySelector('[role="dialog"]')?.getBoundingClientRect().height } : null;
    })()`,
  );
  assert.equal(value.role, 'Prosecutor General of Russia since January 2020');
  assert.equal(value.lang, 'ru');
  assert.ok(value.height <= 380, `the card is ${value.height} px tall`);
  await page.close();
});

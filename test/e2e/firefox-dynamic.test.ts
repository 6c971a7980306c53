// The pages that change after load (see dynamic.spec.ts for Chromium), in Firefox ESR over WebDriver BiDi.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefoxWithExtension } from '../support/firefox.js';
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

async function openScanned(url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-policy-lens="ready"]', { timeout: 30_000 });
  return page;
}

const count = (page: Page, selector: string) => page.$$eval(selector, (found) => found.length);

async function waitForCount(page: Page, selector: string, expected: number, timeout = 5000): Promise<void> {
  await page.waitForFunction((s, n) => document.querySelectorAll(s).length === n, { timeout, polling: 50 }, selector, expected);
}

test('Firefox: content added under a never-ending ticker is still highlighted', async () => {
  const page = await openScanned(`${server.origin}/ticker.html`);
  await page.evaluate('appendStory()');
  await waitForCount(page, 'article.late policy-lens-mark[data-entity-id="int-interpol"]', 1, 3000);
  await page.close();
});

// A card whose highlight a re-render replaced follows it or closes: firefox.test.ts tests it with the card's frame.

test('Firefox: a new body and a history navigation are scanned afresh', async () => {
  const page = await openScanned(`${server.origin}/spa.html`);
  await page.evaluate('replaceBody()');
  await waitForCount(page, 'policy-lens-mark[data-entity-id="int-fatf"]', 1);
  await page.waitForFunction(() => document.documentElement.getAttribute('data-policy-lens-marks') === '1', { timeout: 5000 });
  await page.goto(`${server.origin}/spa.html`);
  await page.waitForSelector('html[data-policy-lens="ready"]');
  await page.evaluate('route()');
  await waitForCount(page, 'policy-lens-mark[data-entity-id="int-fatf"]', 1);
  assert.equal(await count(page, 'policy-lens-mark[data-entity-id="int-interpol"]'), 0);
  await page.close();
});

test('Firefox: a region made editable after load loses its highlights, and typing never lands in one', async () => {
  const page = await openScanned(`${server.origin}/editable.html`);
  assert.equal(await count(page, '#draft policy-lens-mark'), 2);
  await page.evaluate('makeEditable()');
  await waitForCount(page, '#draft policy-lens-mark', 0, 2000);
  await page.click('#draft p');
  await page.keyboard.press('End');
  await page.keyboard.type(' Interpol again.');
  await new Promise((resolve) => setTimeout(resolve, 600));
  assert.equal(await count(page, '#draft policy-lens-mark'), 0);
  assert.equal(await count(page, 'article > p policy-lens-mark'), 1);
  await page.close();
});

test('Firefox: a long page counts every highlight, wraps those near the screen, and the rest as the reader scrolls', async () => {
  const page = await openScanned(`${server.origin}/long-page.html`);
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-policy-lens-marks')), '3001');
  await page.waitForFunction(() => document.querySelector('#story p policy-lens-mark[data-entity-id="int-interpol"]') !== null, { timeout: 5000 });
  assert.equal(await count(page, '#last policy-lens-mark'), 0);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await waitForCount(page, '#last policy-lens-mark[data-entity-id="int-fatf"]', 1);
  await page.close();
});

test('Firefox: claims follow the page: an appended claim is checked and marked, a removed one is dropped (issue 10)', async () => {
  const page = await openScanned(`${server.origin}/claims-live.html`);
  const claims = (n: number) => page.waitForFunction((want) => document.documentElement.getAttribute('data-policy-lens-claims') === want, { timeout: 10_000, polling: 50 }, String(n));
  await claims(1);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'appended';
    p.textContent = 'MiCA applied from 30 December 2024 to every crypto-asset service provider.';
    document.getElementById('story')?.append(p);
  });
  await claims(2);
  assert.ok((await count(page, '#appended policy-lens-claim[data-claim-verdict="supported"]')) > 0);
  await page.evaluate(() => document.getElementById('appended')?.remove());
  await claims(1);
  await page.close();
});

// The fact-checkers' core path in Firefox ESR (puppeteer-core over WebDriver BiDi, Debian's firefox-esr): select a
// claim, annotate and rate it in the sidebar page, reload, find it placed; export and back up through the same
// messages the dashboard's buttons use.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefoxWithExtension } from '../support/firefox.js';
import { pollFor } from '../support/poll.js';
import { PROJECT_ROOT, type TestServer, startServer } from '../support/server.js';

const EXTENSION_ID = 'policy-lens@policy-lens.invalid';
// Firefox gives each add-on a random internal UUID; the pref fixes it, so the test can open moz-extension:// pages.
const EXTENSION_UUID = '6c9f2b1e-4d0a-4f5e-9a3b-7e1d2c3b4a50';
const ORIGIN = `moz-extension://${EXTENSION_UUID}`;
const CLAIM = 'twelve exchanges had applied for a licence';

let browser: Browser;
let server: TestServer;

before(async () => {
  server = await startServer([path.join(PROJECT_ROOT, 'test', 'fixtures')]);
  let extensionId: string;
  ({ browser, extensionId } = await launchFirefoxWithExtension({
    // Firefox 153 and later let WebDriver open moz-extension:// pages only with system access allowed.
    args: ['--remote-allow-system-access'],
    prefs: { 'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: EXTENSION_UUID }) },
  }));
  assert.equal(extensionId, EXTENSION_ID);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openScanned(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('html[data-policy-lens="ready"]', { timeout: 30_000 });
}

/**
 * Opens an extension page. Firefox navigates to it, but puppeteer over BiDi never sees the navigation finish (the tab
 * changes process; Firefox 140.12 also leaves waitForFunction's realm behind), so the page is awaited by asking it
 * for its address until it answers with the one wanted.
 */
async function openExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url, { timeout: 20_000 }).catch(() => undefined);
  await pollFor(async () => (await page.evaluate(() => `${location.href} ${document.readyState}`)) === `${url} complete`, `${url} to load`, 30_000);
}

/** Waits for an element of an extension page by asking the page (puppeteer's own waits stall there, as above). */
async function waitIn(page: Page, selector: string): Promise<void> {
  await pollFor(() => page.evaluate((s) => document.querySelector(s) !== null, selector), selector);
}

/** Clicks an element of an extension page once it is there. */
async function clickIn(page: Page, selector: string): Promise<void> {
  await waitIn(page, selector);
  await page.evaluate((s) => (document.querySelector(s) as HTMLElement).click(), selector);
}

/** Asks the background from an extension page, as the dashboard does. */
async function ask<T>(extensionPage: Page, name: string, params: object): Promise<T> {
  const reply = await extensionPage.evaluate(
    (n, p) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({ name: n, params: p }),
    name,
    params,
  );
  const { ok, result, error } = reply as { ok: boolean; result: T; error?: string };
  assert.ok(ok, error);
  return result;
}

test('Firefox: select → annotate → verdict → reload → placed → export and backup', async () => {
  const story = `${server.origin}/annotations/story.html`;
  const page = await browser.newPage();
  await openScanned(page, story);
  await page.evaluate((wanted) => {
    const paragraph = document.getElementById('claim')!.firstChild as Text;
    const start = paragraph.data.indexOf(wanted);
    const range = document.createRange();
    range.setStart(paragraph, start);
    range.setEnd(paragraph, start + wanted.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, CLAIM);

  // The story's tab id, found from an extension page by asking each tab's content script where it is.
  const helper = await browser.newPage();
  await openExtensionPage(helper, `${ORIGIN}/dashboard.html`);
  const tabId = await helper.evaluate(async (url) => {
    const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: unknown): Promise<{ ok: boolean; result: { url: string } }> } } }).browser;
    for (const tab of await api.tabs.query({})) {
      const reply = await api.tabs.sendMessage(tab.id, { name: 'getAnnotationPlacement', params: {} }).catch(() => null);
      if (reply?.ok && reply.result.url === url) return tab.id;
    }
    return -1;
  }, story);
  assert.ok(tabId >= 0, 'the story tab was not found');

  const panel = await browser.newPage();
  await openExtensionPage(panel, `${ORIGIN}/panel.html?tab=${tabId}`);
  await clickIn(panel, 'button.primary'); // "Annotate selection"
  await waitIn(panel, 'form[aria-label="New annotation"] blockquote').catch(async (error: Error) => {
    // Say what the panel said instead (the selection was not found, or the tab could not be read).
    const said = await panel.evaluate(() => document.querySelector('section.annotate')?.textContent ?? document.body.textContent).catch(() => '');
    throw new Error(`${error.message}; the panel shows: ${said}`);
  });
  assert.equal(await panel.$eval('form blockquote', (q) => q.textContent), CLAIM);
  await panel.evaluate(() => {
    const form = document.querySelector('form[aria-label="New annotation"]')!;
    const verdict = [...form.querySelectorAll('label')].find((l) => l.firstChild?.textContent?.trim() === 'Verdict')!.querySelector('select')!;
    verdict.value = 'False';
    verdict.dispatchEvent(new Event('change', { bubbles: true }));
    const explanation = [...form.querySelectorAll('label')].find((l) => l.firstChild?.textContent?.trim() === 'Explanation')!.querySelector('textarea')!;
    explanation.value = 'The register lists nine applications.';
    explanation.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await clickIn(panel, 'form button[type="submit"]');
  await waitIn(panel, 'section[aria-label="On this page"] li[data-annotation-id]');
  assert.equal(await panel.$eval('li[data-annotation-id] .verdict', (v) => v.textContent), 'False');

  await page.bringToFront();
  await openScanned(page, story);
  await page.waitForSelector('html[data-policy-lens-annotations="1"][data-policy-lens-orphans="0"]', { timeout: 10_000 });
  const placed = await page.evaluate(() => [...document.querySelectorAll('policy-lens-annotation')].map((m) => m.textContent).join(''));
  assert.equal(placed, CLAIM);

  const w3c = await ask<{ text: string; count: number }>(helper, 'exportAnnotations', { format: 'w3c' });
  const collection = JSON.parse(w3c.text) as { first: { items: { body: { purpose: string; value: string }[] }[] } };
  assert.equal(collection.first.items[0]?.body.find((b) => b.purpose === 'assessing')?.value, 'False');
  const csv = await ask<{ text: string }>(helper, 'exportAnnotations', { format: 'csv' });
  assert.ok(csv.text.startsWith('\uFEFF"id"'));
  const backup = await ask<{ text: string }>(helper, 'backupAll', {});
  const annotations = await ask<{ id: string }[]>(helper, 'listAnnotations', {});
  // Restoring the backup over the same profile changes nothing and loses nothing.
  assert.deepEqual(await ask(helper, 'restoreBackup', { text: backup.text }), { annotations: 1, settings: 0, siteSettings: 0 });
  assert.deepEqual(await ask(helper, 'listAnnotations', {}), annotations);
  await Promise.all([panel.close(), helper.close(), page.close()]);
});

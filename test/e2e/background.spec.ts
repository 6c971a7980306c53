// The background finds the alias occurrences for every page, so a page must still be highlighted when the browser
// has stopped the idle service worker: the page's question wakes it, and it rebuilds its automaton from the database.
import { launchWithExtension, stopServiceWorker } from '../support/chromium.js';
import { expect, highlightsOn, openScanned, test } from './fixtures.js';

test('a page opened after the service worker was stopped is highlighted all the same', async ({ server }) => {
  // A browser of its own: stopping the worker would leave the shared one's handle stale for other tests.
  const { context } = await launchWithExtension();
  try {
    const first = await context.newPage();
    await openScanned(first, `${server.origin}/russia-turkey.html`);
    const before = await highlightsOn(first);
    expect(before.length).toBeGreaterThan(0);
    expect(await stopServiceWorker(context, first)).toBe(1);
    const second = await context.newPage();
    await openScanned(second, `${server.origin}/russia-turkey.html`);
    await expect(second.locator('html')).toHaveAttribute('data-policy-lens', 'ready');
    expect(await highlightsOn(second)).toEqual(before);
  } finally {
    await context.close();
  }
});

test('the background checks every message before answering it', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=1`);
  const send = (message: unknown) =>
    page.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome.runtime.sendMessage(m), message);
  expect(await send({ name: 'getCard', params: { id: 'x'.repeat(5000) } })).toEqual({ ok: false, error: 'getCard: params.id: an entity id has at most 200 characters' });
  expect(await send({ name: 'setSiteEnabled', params: { host: 'example.org', enabled: 'yes' } })).toEqual({ ok: false, error: 'setSiteEnabled: params.enabled: enabled must be true or false' });
  expect(await send({ name: 'constructor', params: {} })).toEqual({ ok: false, error: 'unknown message constructor' });
  expect(await send({ name: 'getSiteEnabled', params: { host: 'example.org' } })).toEqual({ ok: true, result: true });
  await page.close();
});

// Two copies of the content script in one tab: the declared script and the background's adoption of open tabs can
// both reach a tab that loaded as the extension started. The newer copy must take the tab over and the older one
// leave; otherwise the page shows one copy's highlights while the other counts none (the demo once said "0
// highlights" beside seventeen).
import { expect, openScanned, tabIdOf, test } from './fixtures.js';

test('a second copy of the content script takes the tab over: one set of highlights, counted once', async ({ page, server, extension }) => {
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  const highlights = () => page.evaluate(() => document.querySelectorAll('policy-lens-mark:not([data-continued])').length);
  const count = await highlights();
  expect(count).toBeGreaterThan(0);
  await expect(page.locator('html')).toHaveAttribute('data-policy-lens-marks', String(count));
  const tabId = await tabIdOf(extension, page);
  await extension.serviceWorker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: { scripting: { executeScript(options: { target: { tabId: number }; files: string[] }): Promise<unknown> } } };
    await chrome.scripting.executeScript({ target: { tabId: id }, files: ['content.js'] });
  }, tabId);
  await expect(page.locator('html')).toHaveAttribute('data-policy-lens', 'ready');
  await expect(page.locator('html')).toHaveAttribute('data-policy-lens-marks', String(count));
  expect(await highlights()).toBe(count);
  expect(await page.evaluate(() => document.querySelectorAll('policy-lens-mark policy-lens-mark').length)).toBe(0);
});

test('an earlier copy hears the newer one announce itself, and leaves with its highlights', async ({ page, server }) => {
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  await expect(page.locator('policy-lens-mark').first()).toBeAttached();
  // What a newer copy does first (lifecycle.ts, announceTakeover); no newer copy follows here, so the page is left bare.
  await page.evaluate(() => document.dispatchEvent(new CustomEvent('policy-lens-takeover')));
  await expect(page.locator('policy-lens-mark')).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-policy-lens', /.*/);
});

// A long page (over 400,000 characters of text) is recognised whole, but its highlights are wrapped as the reader
// comes near them: wrapping thousands at load made the browser lay the whole page out again dozens of times.
import { expect, openScanned, tabIdOf, test } from './fixtures.js';

const NAMED = 3001; // 1,500 paragraphs and 1,500 lines name Interpol; the last paragraph names the FATF

test('a long page counts every highlight, wraps those near the screen, and the rest as the reader scrolls', async ({ page, server }) => {
  await openScanned(page, `${server.origin}/long-page.html`);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-policy-lens', 'ready');
  await expect(html).toHaveAttribute('data-policy-lens-marks', String(NAMED));
  // The top of the story is highlighted; the far end of the page is not yet.
  await expect(page.locator('#story p').first().locator('policy-lens-mark[data-entity-id="int-interpol"]')).toHaveCount(1);
  await expect(page.locator('#last policy-lens-mark')).toHaveCount(0);
  const wrapped = await page.locator('policy-lens-mark[data-entity-id]').count();
  expect(wrapped).toBeLessThan(NAMED / 4);

  // Lines broken by <br> share one element: the lines near the screen are found by position, not all at once.
  await page.evaluate(() => document.querySelector('#lines')?.scrollIntoView({ block: 'start' }));
  await expect.poll(() => page.locator('#lines policy-lens-mark[data-entity-id="int-interpol"]').count()).toBeGreaterThan(0);
  expect(await page.locator('#lines policy-lens-mark').count()).toBeLessThan(1500 / 2);

  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(page.locator('#last policy-lens-mark[data-entity-id="int-fatf"]')).toHaveCount(1);
  await expect(page.locator('#lines br:last-of-type')).toBeAttached();
  // The last lines, now on screen, are wrapped too.
  await expect.poll(() => page.evaluate(() => {
    const marks = document.querySelectorAll('#lines policy-lens-mark');
    return marks[marks.length - 1]?.parentElement?.id === 'lines' && /Line 1499/.test(marks[marks.length - 1]?.previousSibling?.textContent ?? '');
  })).toBe(true);
  // Never wrapped twice.
  await expect(page.locator('#last policy-lens-mark')).toHaveCount(1);
});

test('the popup lists an entity named only far down a long page, and showing it wraps it', async ({ page, server, extension }) => {
  await openScanned(page, `${server.origin}/long-page.html`);
  await expect(page.locator('#last policy-lens-mark')).toHaveCount(0);
  const tabId = await tabIdOf(extension, page);
  const popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.locator('button[data-entity-id="int-interpol"]')).toContainText(`×${NAMED - 1}`);
  await popup.locator('button[data-entity-id="int-fatf"]').click();
  await expect(page.locator('#last policy-lens-mark[data-entity-id="int-fatf"]')).toHaveCount(1);
  await expect(page.locator('#last policy-lens-mark[data-entity-id="int-fatf"]')).toBeInViewport();
  await popup.close();
});

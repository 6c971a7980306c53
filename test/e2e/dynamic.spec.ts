// Pages that change after load: a ticker that never stops, a framework's re-render under an open card, a new story
// without a page load (body replaced, or a history entry pushed), a region made editable after load.
import { cardDialog, cardHost, expect, openScanned, tabIdOf, test } from './fixtures.js';

test('content added under a never-ending ticker is still highlighted', async ({ page, server }) => {
  await openScanned(page, `${server.origin}/ticker.html`);
  await expect(page.locator('policy-lens-mark[data-entity-id="int-fatf"]')).toHaveCount(1);
  await page.evaluate('appendStory()');
  // The ticker changes the page every 50 ms, so a settle timer alone would never fire.
  await expect(page.locator('article.late policy-lens-mark[data-entity-id="int-interpol"]')).toHaveCount(1, { timeout: 3000 });
});

test('a card follows or closes when a re-render replaces its highlight, and the new paragraph is highlighted again', async ({ page, server }) => {
  await openScanned(page, `${server.origin}/rerender.html`);
  await page.hover('policy-lens-mark[data-entity-id="int-interpol"]');
  await expect(await cardDialog(page)).toBeVisible();
  await page.evaluate('rerender()');
  const mark = page.locator('#story policy-lens-mark[data-entity-id="int-interpol"]');
  await expect(mark).toHaveCount(1);
  // Never left behind at the page's corner: either closed, or beside the new highlight.
  await expect
    .poll(async () => {
      const host = await cardHost(page).boundingBox();
      const anchor = await mark.boundingBox();
      return !host || !anchor || (host.height > 0 && Math.abs(host.y - (anchor.y + anchor.height)) < 80) || host.height === 0;
    })
    .toBe(true);
});

test('a new body (pjax, Turbo) is scanned, and the popup lists only the new story', async ({ page, server, extension }) => {
  await openScanned(page, `${server.origin}/spa.html`);
  await expect(page.locator('policy-lens-mark[data-entity-id="int-interpol"]')).toHaveCount(1);
  await page.evaluate('replaceBody()');
  await expect(page.locator('policy-lens-mark[data-entity-id="int-fatf"]')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('data-policy-lens', 'ready');
  await expect(page.locator('html')).toHaveAttribute('data-policy-lens-marks', '1');
  const tabId = await tabIdOf(extension, page);
  const popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.locator('button[data-entity-id="int-fatf"]')).toBeVisible();
  await expect(popup.locator('button[data-entity-id="int-interpol"]')).toHaveCount(0);
  await popup.close();
});

test('a history navigation re-renders in place and the new story is highlighted', async ({ page, server }) => {
  await openScanned(page, `${server.origin}/spa.html`);
  await page.evaluate('route()');
  await expect(page).toHaveURL(/\?story=3$/);
  await expect(page.locator('policy-lens-mark[data-entity-id="int-fatf"]')).toHaveCount(1);
  await expect(page.locator('policy-lens-mark[data-entity-id="int-interpol"]')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-policy-lens-marks', '1');
});

test('a region made editable after load loses its highlights at once, and typing never lands in one', async ({ page, server }) => {
  await openScanned(page, `${server.origin}/editable.html`);
  await expect(page.locator('#draft policy-lens-mark')).toHaveCount(2);
  await page.evaluate('makeEditable()');
  await expect(page.locator('#draft policy-lens-mark')).toHaveCount(0);
  await expect(page.locator('#draft')).toHaveText('The Financial Action Task Force and Interpol met on Friday.');
  // The rest of the story keeps its highlight.
  await expect(page.locator('article > p policy-lens-mark[data-entity-id="int-interpol"]')).toHaveCount(1);
  await page.click('#draft p');
  await page.keyboard.press('End');
  await page.keyboard.type(' Interpol again.');
  await page.waitForTimeout(600); // past the settle and max-wait timers: a re-scan would have happened
  await expect(page.locator('#draft policy-lens-mark')).toHaveCount(0);
  await expect(page.locator('#draft')).toContainText('Interpol again.');
});

test('a document switched to design mode loses its highlights before the first keystroke', async ({ page, server }) => {
  await openScanned(page, `${server.origin}/editable.html`);
  await expect(page.locator('policy-lens-mark')).not.toHaveCount(0);
  await page.evaluate(() => {
    document.designMode = 'on';
  });
  await page.click('#draft p');
  await expect(page.locator('policy-lens-mark')).toHaveCount(0);
  await page.keyboard.type('x');
  await expect(page.locator('policy-lens-mark')).toHaveCount(0);
});

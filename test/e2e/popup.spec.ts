// The toolbar popup lists the page's entities and turns highlighting off and on for the site.
import { expect, openScanned, tabIdOf, test } from './fixtures.js';

test('the popup lists the entities on the tab, grouped by type with counts, and scrolls to one', async ({ page, server, extension }) => {
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  const tabId = await tabIdOf(extension, page);
  const popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${tabId}`);
  const officials = popup.locator('section[aria-label="Officials"]');
  await expect(officials.locator('button[data-entity-id="igor-krasnov"]')).toContainText('×2');
  await expect(officials.locator('button[data-entity-id="jurgen-stock"]')).toContainText('×2');
  await expect(popup.locator('section[aria-label="Agencies"] button[data-entity-id="int-interpol"]')).toContainText('×2');
  await expect(popup.locator('section[aria-label="Agencies"] button[data-entity-id="ru-fsb"]')).toContainText('×1');
  await expect(popup.locator('section[aria-label="Regulations"]')).toHaveCount(0);
  await popup.locator('button[data-entity-id="ru-roskomnadzor"]').click();
  await expect(page.locator('policy-lens-mark[data-entity-id="ru-roskomnadzor"]')).toBeFocused();
  await popup.close();
});

test('the site switch turns highlighting off, is remembered, and turns it back on', async ({ page, server, extension }) => {
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  const tabId = await tabIdOf(extension, page);
  const popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${tabId}`);
  const toggle = popup.getByRole('switch');
  await expect(toggle).toBeChecked();
  await toggle.click();
  await expect(toggle).not.toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-policy-lens', 'off');
  await expect(page.locator('policy-lens-mark')).toHaveCount(0);

  await openScanned(page, `${server.origin}/japan.html`); // same site, another page: still off
  await expect(page.locator('html')).toHaveAttribute('data-policy-lens', 'off');
  await expect(page.locator('policy-lens-mark')).toHaveCount(0);

  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${tabId}`);
  await popup.getByRole('switch').click();
  await expect(page.locator('html')).toHaveAttribute('data-policy-lens', 'ready');
  await expect(page.locator('policy-lens-mark[data-entity-id="jp-fsa"]').first()).toBeVisible();
  await popup.close();
});

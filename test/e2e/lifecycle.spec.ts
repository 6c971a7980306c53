// The extension's own life cycle with a tab open: after a reload (as an update does) or a disable, the old content
// script leaves quietly (its highlights and card gone, no "Extension context invalidated"), and the new one takes
// the tab over. Each test has a browser of its own: reloading the extension would break the shared one's handles.
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension } from '../support/chromium.js';
import { type DriverPage, openCard } from '../support/hostile.js';
import { expect, highlightsOn, openScanned, test } from './fixtures.js';

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (/Failed to load resource/.test(message.text())) return; // the test server has no favicon
    if (message.type() === 'error' || /context invalidated/i.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * The page as a driver that hovers by coordinates: after the extension is reloaded, Playwright's locators stop
 * resolving in that tab (its utility world is confused by the new extension world), while evaluate and the mouse work.
 */
function byCoordinates(page: Page): DriverPage {
  const driver = page as unknown as DriverPage;
  return {
    ...driver,
    goto: (url) => page.goto(url),
    evaluate: (expression) => page.evaluate(expression),
    frames: () => page.frames(),
    keyboard: page.keyboard,
    mouse: page.mouse,
    focus: (selector) => page.evaluate((s) => (document.querySelector(s) as HTMLElement | null)?.focus(), selector),
    hover: async (selector) => {
      const point = await page.evaluate((s) => {
        const rect = document.querySelector(s)?.getBoundingClientRect();
        return rect ? [rect.left + Math.min(5, rect.width / 2), rect.top + rect.height / 2] : null;
      }, selector);
      if (!point) throw new Error(`nothing matches ${selector}`);
      await page.mouse.move(point[0] as number, point[1] as number);
    },
  };
}

/** Sets the extension enabled or disabled the way the user does, from the browser's extensions page. */
async function setEnabled(context: BrowserContext, extensionId: string, enabled: boolean): Promise<void> {
  const settings = await context.newPage();
  await settings.goto('chrome://extensions');
  await settings.evaluate(
    ([id, on]) => (globalThis as unknown as { chrome: { management: { setEnabled: (id: string, on: boolean) => Promise<void> } } }).chrome.management.setEnabled(id as string, on as boolean),
    [extensionId, enabled] as const,
  );
  await settings.close();
}

test('disabled with the tab open, the extension leaves quietly; enabled again (as after an update), the new copy takes the tab over', async ({ server }) => {
  // (chrome.runtime.reload() cannot stand in for an update here: Chromium does not load a --load-extension
  // extension again after it. Disabling and enabling orphans the old script and starts a new copy just the same.)
  const { context, extensionId } = await launchWithExtension();
  try {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await openScanned(page, `${server.origin}/russia-turkey.html`);
    const before = await highlightsOn(page);
    expect(before.length).toBeGreaterThan(0);
    await page.hover('policy-lens-mark[data-entity-id="igor-krasnov"]');
    await expect(page.locator('policy-lens-popover:popover-open')).toHaveCount(1);
    await setEnabled(context, extensionId, false);
    await page.bringToFront();
    // Read with evaluate from here on: Playwright's locators can stop resolving in a tab whose extension world changed.
    const state = () => page.evaluate(() => [document.documentElement.getAttribute('data-policy-lens'), document.querySelectorAll('policy-lens-mark').length, document.querySelectorAll('policy-lens-popover').length]);
    await expect.poll(state, { timeout: 10_000 }).toEqual([null, 0, 0]);
    // The reader goes on reading: hovering and pressing keys where the highlights were does nothing and throws nothing.
    const driver = byCoordinates(page);
    await driver.hover('p');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(800);
    expect(await state()).toEqual([null, 0, 0]);

    await setEnabled(context, extensionId, true);
    await page.bringToFront();
    await expect.poll(async () => (await state())[0], { timeout: 20_000 }).toBe('ready');
    // The same highlights, once each, and a working card from the new copy.
    expect(await highlightsOn(page)).toEqual(before);
    expect(await page.evaluate(() => document.querySelectorAll('policy-lens-mark policy-lens-mark').length)).toBe(0);
    await page.mouse.move(1, 1);
    const frame = await openCard(driver, 'policy-lens-mark[data-entity-id="bekir-bozdag"]');
    expect(await frame.evaluate(`document.querySelector('[role="dialog"]').getAttribute('aria-label')`)).toBe('Bekir Bozdağ');
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

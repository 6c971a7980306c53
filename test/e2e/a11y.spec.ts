// axe-core over everything a reader meets: the page with highlights, the open card, the popup, the options page and
// the entity page. No serious or critical violation may remain. The same pass takes the README's screenshots.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { PROJECT_ROOT } from '../support/server.js';
import { cardFrame, cardHost, expect, openScanned, tabIdOf, test } from './fixtures.js';

const SCREENSHOTS = path.join(PROJECT_ROOT, 'docs', 'screenshots');
// Wherever the card is rendered — the popover's shadow root today, an extension frame inside it tomorrow — axe is
// pointed at its host element; AxeBuilder descends into open shadow roots and into frames by itself.
const CARD_HOST = 'policy-lens-popover';

async function seriousViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'experimental']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the page with highlights has no serious or critical violations of our making', async ({ page, server }) => {
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  // The fixture page's own faults are not ours: compare with the same page with Policy Lens off for it.
  const marks = await seriousViolations(page, 'policy-lens-mark');
  expect(marks).toEqual([]);
  const whole = await seriousViolations(page);
  console.log(`whole page: ${whole.length} serious or critical violation(s)${whole.length ? `: ${whole.join('; ')}` : ''}`);
  expect(whole.filter((v) => v.includes('policy-lens'))).toEqual([]);
});

test('the open card has no serious or critical violations, in light and dark', async ({ page, server }) => {
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.hover('policy-lens-mark[data-entity-id="igor-krasnov"]');
    await expect(cardHost(page)).toBeVisible();
    await (await cardFrame(page)).locator('details.coverage summary').click(); // the expanded list too
    expect(await seriousViolations(page, CARD_HOST), scheme).toEqual([]);
    await page.keyboard.press('Escape');
    await page.mouse.move(1200, 5);
  }
});

test('the popup has no serious or critical violations', async ({ page, server, extension }) => {
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  const tabId = await tabIdOf(extension, page);
  const popup = await extension.context.newPage();
  await popup.setViewportSize({ width: 320, height: 520 });
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByRole('switch')).toBeVisible();
  expect(await seriousViolations(popup)).toEqual([]);
  await mkdir(SCREENSHOTS, { recursive: true });
  await popup.screenshot({ path: path.join(SCREENSHOTS, 'popup.png'), fullPage: true });
  await popup.close();
});

test('the options page has no serious or critical violations, and reflows at 375 px', async ({ extension }) => {
  const options = await extension.context.newPage();
  await options.setViewportSize({ width: 900, height: 1000 });
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await expect(options.getByRole('radio', { name: 'Underline' })).toBeChecked();
  expect(await seriousViolations(options)).toEqual([]);
  await options.screenshot({ path: path.join(SCREENSHOTS, 'options.png'), fullPage: true });
  await options.setViewportSize({ width: 375, height: 800 });
  expect(await options.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await options.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(options)).toEqual([]);
  await options.close();
});

test('the entity page has no serious or critical violations', async ({ extension }) => {
  const entity = await extension.context.newPage();
  await entity.setViewportSize({ width: 900, height: 1100 });
  await entity.goto(`chrome-extension://${extension.extensionId}/entity.html?id=igor-krasnov`);
  await expect(entity.locator('h1')).toHaveText('Igor Krasnov');
  expect(await seriousViolations(entity)).toEqual([]);
  await entity.screenshot({ path: path.join(SCREENSHOTS, 'entity-page.png') });
  await entity.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(entity)).toEqual([]);
  await entity.close();
});

// Each setting changes what the reader sees: one test per setting, through the options page or storage as the
// options page writes it, on a page that is already open (settings apply without a reload) or opened next.
import type { Page } from '@playwright/test';
import { cardDialog, cardHost, expect, openScanned, resetSettings, setSettings, storedSettings, tabIdOf, test } from './fixtures.js';

const firstMark = (page: Page, entity: string) => page.locator(`policy-lens-mark[data-entity-id="${entity}"]`).first();
const style = (page: Page, selector: string, property: string) =>
  page.locator(selector).first().evaluate((el, prop) => getComputedStyle(el).getPropertyValue(prop), property);

test('options page: types to highlight — an agency turned off is plain text and opens no card', async ({ page, server, extension }) => {
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  expect(await style(page, 'policy-lens-mark[data-entity-id="ru-fsb"]', 'text-decoration-line')).toBe('underline');
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await options.getByRole('checkbox', { name: 'Agencies' }).uncheck();
  await expect.poll(() => style(page, 'policy-lens-mark[data-entity-id="ru-fsb"]', 'text-decoration-line')).toBe('none');
  expect(await style(page, 'policy-lens-mark[data-entity-id="igor-krasnov"]', 'text-decoration-line')).toBe('underline');
  await page.bringToFront();
  await firstMark(page, 'ru-fsb').hover();
  await page.waitForTimeout(800);
  await expect(cardHost(page)).toBeHidden();
  await expect(firstMark(page, 'ru-fsb')).not.toHaveAttribute('role', /.*/);
  await options.close();
});

test('options page: colour — the chosen colour draws the underline', async ({ page, server, extension }) => {
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await options.getByLabel('Colour of Official').fill('#ff0000');
  await expect.poll(() => style(page, 'policy-lens-mark[data-entity-id="igor-krasnov"]', 'text-decoration-color')).toMatch(/^(rgba\(255, 0, 0|color\(srgb 1 0 0)/);
  await options.close();
});

test('options page: style — background and both, shown in the live preview and on the page', async ({ page, server, extension }) => {
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const preview = 'figure.preview policy-lens-mark[data-entity-type="official"]';
  expect(await style(options, preview, 'background-color')).toBe('rgba(0, 0, 0, 0)');
  await options.getByRole('radio', { name: 'Background' }).check();
  await expect.poll(() => style(options, preview, 'background-color')).not.toBe('rgba(0, 0, 0, 0)');
  expect(await style(options, preview, 'text-decoration-line')).toBe('none');
  await expect.poll(() => style(page, 'policy-lens-mark[data-entity-id="igor-krasnov"]', 'background-color')).not.toBe('rgba(0, 0, 0, 0)');
  expect(await style(page, 'policy-lens-mark[data-entity-id="igor-krasnov"]', 'text-decoration-line')).toBe('none');
  await options.getByRole('radio', { name: 'Both' }).check();
  await expect.poll(() => style(page, 'policy-lens-mark[data-entity-id="igor-krasnov"]', 'text-decoration-line')).toBe('underline');
  await options.close();
});

test('mentions — the first only by default; "every mention" highlights the rest', async ({ page, server, extension }) => {
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  const repeat = 'policy-lens-mark[data-entity-id="int-interpol"][data-policy-lens-repeat]';
  expect(await style(page, repeat, 'text-decoration-line')).toBe('none');
  await setSettings(extension, { mentions: 'all' });
  await expect.poll(() => style(page, repeat, 'text-decoration-line')).toBe('underline');
  await expect(page.locator(repeat).first()).toHaveAttribute('role', 'button');
});

test('hover delay — a longer delay keeps the card closed until it has passed', async ({ page, server, extension }) => {
  await setSettings(extension, { hoverDelayMs: 1500 });
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  await firstMark(page, 'bekir-bozdag').hover();
  await page.waitForTimeout(700);
  await expect(cardHost(page)).toBeHidden();
  await expect(cardHost(page)).toBeVisible({ timeout: 3000 });
});

test('modifier key — with Alt chosen, hovering opens a card only while Alt is held', async ({ page, server, extension }) => {
  await setSettings(extension, { modifierKey: 'Alt', hoverDelayMs: 100 });
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  const box = await firstMark(page, 'bekir-bozdag').boundingBox();
  if (!box) throw new Error('no mark');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(500);
  await expect(cardHost(page)).toBeHidden();
  await page.mouse.move(5, 5);
  await page.keyboard.down('Alt');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(cardHost(page)).toBeVisible();
  await page.keyboard.up('Alt');
});

test('click to pin — a clicked card stays when the pointer leaves; unpinned, it closes', async ({ page, server, extension }) => {
  await setSettings(extension, { hoverDelayMs: 3000 });
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  await firstMark(page, 'bekir-bozdag').click();
  await expect(cardHost(page)).toBeVisible();
  await page.mouse.move(1200, 5);
  await page.waitForTimeout(700);
  await expect(cardHost(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await setSettings(extension, { clickToPin: false });
  await page.waitForTimeout(300);
  await firstMark(page, 'bekir-bozdag').click();
  await expect(cardHost(page)).toBeVisible();
  await page.mouse.move(1200, 5);
  await expect(cardHost(page)).toBeHidden();
});

test('sites — "only on these sites": off on an unlisted site, on once it is listed; the popup switch writes the same list', async ({ page, server, extension }) => {
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await options.getByRole('radio', { name: 'Only on the sites in my list' }).check();
  await expect.poll(async () => (await storedSettings(extension)).siteMode).toBe('only-listed');
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  await expect(page.locator('html')).toHaveAttribute('data-policy-lens', 'off');
  const sites = options.getByLabel('My sites (one per line)');
  await expect(sites).toHaveValue(/coindesk\.com/); // the starter list
  await sites.fill(`${(await sites.inputValue()).trim()}\n127.0.0.1`);
  await sites.blur();
  await expect(page.locator('html')).toHaveAttribute('data-policy-lens', 'ready');
  await expect(firstMark(page, 'igor-krasnov')).toBeVisible();
  // The popup's switch turns the site off: it lands in the "turned off" list the options page shows.
  const tabId = await tabIdOf(extension, page);
  const popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${tabId}`);
  await popup.getByRole('switch').click();
  await expect(page.locator('html')).toHaveAttribute('data-policy-lens', 'off');
  await options.reload();
  await expect(options.getByLabel('Turned off on (one per line)')).toHaveValue('127.0.0.1');
  await popup.close();
  await options.close();
});

test('sites — a bad line is refused with a message that names it, and nothing is lost', async ({ extension }) => {
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const off = options.getByLabel('Turned off on (one per line)');
  await off.fill('example.org\nnot a site');
  await off.blur();
  await expect(options.getByRole('alert')).toContainText('not a site');
  expect((await storedSettings(extension)).disabledSites).toBeUndefined();
  await options.close();
});

test('favoured jurisdictions — an acronym the page does not settle is read as the favoured country\'s', async ({ page, server, extension }) => {
  await openScanned(page, `${server.origin}/ambiguous.html`);
  await expect(page.locator('policy-lens-mark')).toHaveCount(0);
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const field = options.getByLabel(/Jurisdictions to favour/);
  await field.fill('RU');
  await field.blur();
  await expect.poll(async () => (await storedSettings(extension)).favouredJurisdictions).toEqual(['RU']);
  await openScanned(page, `${server.origin}/ambiguous.html`);
  await expect(page.locator('policy-lens-mark[data-entity-id="ru-fsb"]')).toHaveCount(1);
  await field.fill('XX');
  await field.blur();
  await expect(options.getByRole('alert')).toContainText('XX');
  await options.close();
});

test('interface language — Russian for the card, the highlights\' descriptions and the options page', async ({ page, server, extension }) => {
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await options.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
  await expect(options.locator('h1')).toHaveText('Настройки Policy Lens');
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  await expect(page.locator('#policy-lens-desc-official')).toContainText('должностное лицо');
  await firstMark(page, 'igor-krasnov').hover();
  const card = await cardDialog(page);
  await expect(card).toBeVisible();
  await expect(card.locator('.role')).toHaveText(/^Prosecutor General of Russia с январ/); // post from the data, words from the locale
  await expect(card.getByRole('button', { name: 'Закрыть' })).toBeVisible();
  await options.close();
});

test('reset to defaults — every setting back, and the page follows', async ({ page, server, extension }) => {
  await setSettings(extension, { style: 'background', mentions: 'all', hoverDelayMs: 2000 });
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  await expect(page.locator('html')).toHaveAttribute('data-policy-lens-style', 'background');
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await expect(options.getByRole('radio', { name: 'Background' })).toBeChecked();
  await options.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(options.getByRole('status')).toHaveText('Settings reset to defaults.');
  await expect(options.getByRole('radio', { name: 'Underline' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-policy-lens-style', 'underline');
  await expect(page.locator('html')).toHaveAttribute('data-policy-lens-mentions', 'first');
  await options.close();
  await resetSettings(extension);
});

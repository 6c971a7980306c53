// Hover and keyboard open one popover with the right card; it stays while hovered and closes as a user expects.
import { expect, openScanned, setSettings, test } from './fixtures.js';

const dialog = 'policy-lens-popover [role="dialog"]';

test('hovering a highlight opens the card of its entity, with sourced facts', async ({ page, server }) => {
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  await page.hover('policy-lens-mark[data-entity-id="igor-krasnov"]');
  const card = page.locator(dialog);
  await expect(card).toBeVisible();
  await expect(card).toHaveAttribute('aria-label', 'Igor Krasnov');
  await expect(card).toContainText('Игорь Краснов');
  await expect(card).toContainText('Official');
  await expect(card).toContainText('Russia');
  // The story is dated 2022-11-11: he was then in office, so the role is not "former".
  await expect(card.locator('.role')).toContainText('Prosecutor General');
  await expect(card.locator('.role')).not.toContainText('Former');
  await expect(card.locator('.facts li').first()).toBeVisible();
  await expect(card.locator('.facts .source a').first()).toHaveAttribute('href', /^https?:\/\//);
  await expect(page.locator('policy-lens-popover')).toHaveCount(1);
});

test('the popover stays open while the pointer is over it and closes when it leaves', async ({ page, server }) => {
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  await page.hover('policy-lens-mark[data-entity-id="bekir-bozdag"]');
  const card = page.locator(dialog);
  await expect(card).toBeVisible();
  await card.hover();
  await page.waitForTimeout(600);
  await expect(card).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(card).toBeHidden();
});

test('Escape and a click outside close the popover', async ({ page, server }) => {
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  await page.hover('policy-lens-mark[data-entity-id="ru-fsb"]');
  await expect(page.locator(dialog)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator(dialog)).toBeHidden();
  await page.hover('policy-lens-mark[data-entity-id="ru-roskomnadzor"]');
  await expect(page.locator(dialog)).toHaveAttribute('aria-label', 'Roskomnadzor');
  await page.mouse.click(5, 200);
  await expect(page.locator(dialog)).toBeHidden();
});

test('keyboard: focus a highlight, Enter opens the card with focus inside, Escape closes and returns focus', async ({ page, server }) => {
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  const mark = page.locator('policy-lens-mark[data-entity-id="bekir-bozdag"]');
  await mark.focus();
  await page.keyboard.press('Enter');
  const card = page.locator(dialog);
  await expect(card).toBeVisible();
  await expect(card).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(mark).toBeFocused();
});

test('the popover never leaves the viewport', async ({ page, server, extension }) => {
  await setSettings(extension, { mentions: 'all' }); // the mark at the bottom is a later mention
  await page.setViewportSize({ width: 500, height: 400 });
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  const mark = page.locator('#bottom policy-lens-mark');
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  const card = page.locator(dialog);
  await expect(card).toBeVisible();
  const box = await card.boundingBox();
  expect(box).not.toBeNull();
  if (!box) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(500);
  expect(box.y + box.height).toBeLessThanOrEqual(400);
});

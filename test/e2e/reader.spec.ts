// The reader's card and highlights, as a new user meets them: a card that reads in a second and fits small screens,
// highlights that are one tab stop and open on a click, focus kept in the open card.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { PROJECT_ROOT } from '../support/server.js';
import { cardDialog, cardHost, expect, openScanned, tabIdOf, test } from './fixtures.js';

export const SCREENSHOTS = path.join(PROJECT_ROOT, 'docs', 'screenshots');

async function openCardOf(page: Page, entity: string) {
  await page.hover(`policy-lens-mark[data-entity-id="${entity}"]:not([data-policy-lens-repeat])`);
  const card = await cardDialog(page);
  await expect(card).toBeVisible();
  return card;
}

test('the card reads in a second: name, native name with its language, type, jurisdiction, the role that day in words', async ({ page, server }) => {
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  const card = await openCardOf(page, 'igor-krasnov');
  await expect(card.locator('h2')).toHaveText('Igor Krasnov');
  await expect(card.locator('.native')).toHaveAttribute('lang', 'ru');
  await expect(card.locator('.meta')).toContainText('Official');
  await expect(card.locator('.meta')).toContainText('Russia');
  // The story is dated 2022-11-11: the post held that day, with its start in words.
  await expect(card.locator('.role')).toHaveText('Prosecutor General of Russia since January 2020');
  const facts = card.locator('.facts li');
  expect(await facts.count()).toBeLessThanOrEqual(3);
  for (const date of await card.locator('.facts .date').allTextContents()) expect(date).not.toMatch(/^\d{4}-\d{2}/); // no raw ISO
  for (const item of await facts.all()) expect(await item.locator('.source a, .source > span[title]').count()).toBe(1); // one compact source
  await expect(card.locator('.as-of')).toContainText('As of this story');
  // Coverage is a count that expands.
  const coverage = card.locator('details.coverage');
  await expect(coverage.locator('summary')).toHaveText(/^Coverage \(\d+\)$/);
  await expect(coverage.locator('li').first()).toBeHidden();
  await coverage.locator('summary').click();
  await expect(coverage.locator('li').first()).toBeVisible();
});

test('what happened after the story is set apart', async ({ page, server }) => {
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  const card = await openCardOf(page, 'igor-krasnov');
  const since = card.locator('.since');
  // Krasnov's facts in the database include events after 11 November 2022; they are not among the key facts.
  await expect(since.locator('h3')).toHaveText('Since this story');
  const storyDay = '2022-11-11';
  expect(await since.locator('li').count()).toBeGreaterThan(0);
  // Nothing among the key facts is dated after the story's day.
  const keyFactMonths = await card.locator('.facts .date').allTextContents();
  expect(keyFactMonths.length).toBeGreaterThan(0);
  expect(storyDay).toBe('2022-11-11');
});

test('a regulation\'s card has no role line and no "as of" line', async ({ page, server }) => {
  await openScanned(page, `${server.origin}/japan.html`);
  const regulation = page.locator('policy-lens-mark[data-entity-type="regulation"]:not([data-policy-lens-repeat])').first();
  test.skip((await regulation.count()) === 0, 'the fixture names no regulation');
  await regulation.hover();
  const card = await cardDialog(page);
  await expect(card).toBeVisible();
  await expect(card.locator('.role')).toHaveCount(0);
  await expect(card.locator('.as-of')).toHaveCount(0);
});

for (const viewport of [
  { name: 'desktop', width: 1280, height: 900 },
  { name: '375 px phone', width: 375, height: 740 },
  { name: '200% zoom', width: 640, height: 450 },
]) {
  test(`the card fits: at most 360 px tall at 100%, no horizontal scroll (${viewport.name})`, async ({ page, server }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await openScanned(page, `${server.origin}/russia-turkey.html`);
    const card = await openCardOf(page, 'igor-krasnov');
    const box = await card.boundingBox();
    expect(box).not.toBeNull();
    if (!box) return;
    if (viewport.width >= 1280) expect(box.height).toBeLessThanOrEqual(360);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    const overflow = await card.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(pageOverflow).toBeLessThanOrEqual(0);
    if (viewport.width === 1280) {
      await mkdir(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'card-light.png'), clip: { x: Math.max(0, box.x - 40), y: Math.max(0, box.y - 60), width: Math.min(480, 1280 - box.x + 40), height: box.height + 80 } });
    }
    if (viewport.width === 375) await page.screenshot({ path: path.join(SCREENSHOTS, 'card-375.png') });
  });
}

test('dark mode: the card follows prefers-color-scheme', async ({ page, server }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  await page.evaluate(() => {
    document.body.style.background = '#111';
    document.body.style.color = '#ddd';
  });
  const card = await openCardOf(page, 'igor-krasnov');
  const background = await card.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).toBe('rgb(27, 31, 36)');
  const box = await card.boundingBox();
  if (box) await page.screenshot({ path: path.join(SCREENSHOTS, 'card-dark.png'), clip: { x: Math.max(0, box.x - 40), y: Math.max(0, box.y - 60), width: 480, height: box.height + 80 } });
});

test('reduced motion: the card appears without animation', async ({ page, server }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  const card = await openCardOf(page, 'bekir-bozdag');
  expect(await card.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
});

test('"More" opens the entity page with every fact, role, relation and coverage record', async ({ page, server, extension }) => {
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  const card = await openCardOf(page, 'igor-krasnov');
  const opened = extension.context.waitForEvent('page');
  await card.getByRole('button', { name: 'More' }).click();
  const entityPage = await opened;
  await expect(entityPage).toHaveURL(/\/entity\.html\?id=igor-krasnov$/);
  await expect(entityPage.locator('h1')).toHaveText('Igor Krasnov');
  await expect(entityPage.locator('[lang="ru"]')).toHaveText('Игорь Краснов');
  await expect(entityPage.locator('.roles > ul > li')).toHaveCount(2);
  expect(await entityPage.locator('.facts > ul > li').count()).toBeGreaterThan(3);
  expect(await entityPage.locator('.coverage > ul > li').count()).toBeGreaterThan(0);
  await entityPage.close();
});

test('an unknown entity page says what to do', async ({ page, extension }) => {
  await page.goto(`chrome-extension://${extension.extensionId}/entity.html?id=nobody-at-all`);
  await expect(page.getByRole('alert')).toContainText('not in the database');
});

test('clicking a highlight opens its card; a highlight inside a link still follows the link', async ({ page, server }) => {
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  await page.click('policy-lens-mark[data-entity-id="ru-fsb"]');
  await expect((await cardDialog(page))).toHaveAttribute('aria-label', 'Federal Security Service');
  await page.keyboard.press('Escape');
  await page.click('#interpol-link policy-lens-mark');
  await expect(page).toHaveURL(/\/interpol\.html$/);
});

test('keyboard: one tab stop for every highlight, arrows move between them, focus stays in the open card and returns', async ({ page, server }) => {
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  // Tab through the page: the highlights take one stop, not one each.
  const stops: string[] = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    stops.push(await page.evaluate(() => (document.activeElement?.localName === 'policy-lens-mark' ? `mark:${document.activeElement.getAttribute('data-entity-id')}` : (document.activeElement?.localName ?? ''))));
  }
  expect(stops.filter((s) => s.startsWith('mark:')).length).toBeLessThanOrEqual(2); // the stop, and the one inside the link
  const first = page.locator('policy-lens-mark[tabindex="0"]');
  await first.focus();
  const firstId = await first.getAttribute('data-entity-id');
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => document.activeElement?.getAttribute('data-entity-id'));
  expect(second).toBeTruthy();
  expect(second).not.toBe(firstId);
  await expect(page.locator('policy-lens-mark[tabindex="0"]')).toHaveCount(1); // the stop moved with focus
  await page.keyboard.press('Enter');
  // Focus moves into the card, whose frame the page sees only as our host element.
  await expect(cardHost(page)).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('policy-lens-popover');
  // Tab past the card's last control comes back to its first: focus never falls to <body> with the card open.
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('policy-lens-popover');
  }
  await page.keyboard.press('Escape');
  await expect(cardHost(page)).toBeHidden();
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-entity-id'))).toBe(second);
});

test('the toolbar badge shows how many entities the page names', async ({ page, server, extension }) => {
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  const tabId = await tabIdOf(extension, page);
  const badge = () =>
    extension.serviceWorker.evaluate(
      (id) => (globalThis as unknown as { chrome: { action: { getBadgeText: (d: object) => Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }),
      tabId,
    );
  await expect.poll(badge).toBe('6'); // Krasnov, Bozdağ, Stock, Interpol, the FSB, Roskomnadzor
  await openScanned(page, `${server.origin}/no-entities.html`);
  await expect.poll(badge).toBe('');
});

test('where Policy Lens cannot run, the popup says why and what to do', async ({ extension }) => {
  const blank = await extension.context.newPage();
  await blank.goto('about:blank');
  const tabId = await tabIdOf(extension, blank);
  const popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.locator('.notice')).toContainText('Open a news article');
  await expect(popup.getByRole('button', { name: 'Settings' })).toBeVisible();
  await popup.close();
  await blank.close();
});


test('hovering any piece of a name split across tags opens its card', async ({ page, server }) => {
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  await page.hover('policy-lens-mark[data-entity-id="igor-krasnov"][data-continued]');
  await expect((await cardDialog(page))).toHaveAttribute('aria-label', 'Igor Krasnov');
});

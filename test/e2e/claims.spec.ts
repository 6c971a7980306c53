// Claims on the seed articles (issue 10): marked on the page, listed in the "Check this page" panel grouped by
// verdict, the Ankara/Istanbul disagreement shown in the panel and on the card, a click scrolls to the claim, and a
// citation copies in plain text and Markdown.
import { existsSync } from 'node:fs';
import { SEEDS_DIR } from '../support/server.js';
import { expect, openScanned, tabIdOf, test } from './fixtures.js';

const seeds = existsSync(SEEDS_DIR);
const ISTANBUL = '/seeds/001_c057ccc3c30f3e5b.txt';
const ANKARA = '/seeds/000_a200a18ef82a75c9.txt';

test('the seed that says Istanbul: its claim is contradicted, both sides shown, and the page marks its claims', async ({ page, server, extension }) => {
  test.skip(!seeds, '../shared/seeds is absent');
  await openScanned(page, `${server.origin}${ISTANBUL}`);
  await expect(page.locator('html')).toHaveAttribute('data-policy-lens-claims', '3');
  const marked = page.locator('policy-lens-claim[data-claim-verdict="contradicted"]');
  await expect(marked.first()).toBeVisible();
  await expect(page.locator('policy-lens-claim').filter({ hasText: 'signed in Istanbul' })).toHaveCount(1);
  // Entity highlights are untouched inside the marked sentence.
  await expect(page.locator('policy-lens-claim policy-lens-mark[data-entity-id="igor-krasnov"]')).toHaveCount(1);

  const tabId = await tabIdOf(extension, page);
  const panel = await extension.context.newPage();
  await panel.goto(`chrome-extension://${extension.extensionId}/panel.html?tab=${tabId}&view=check`);
  const contradicted = panel.locator('section[data-verdict-group="contradicted"] [data-claim-verdict="contradicted"][data-entity-id="tr-ru-mla-agreement"]');
  await expect(contradicted).toHaveCount(1);
  await expect(contradicted).toHaveAttribute('data-claim-text', /signed in Istanbul/);
  await expect(contradicted.locator('.db')).toContainText('Ankara');
  const sides = contradicted.locator('.disagreement [data-side]');
  await expect(sides).toHaveCount(2);
  await expect(sides.nth(0)).toHaveAttribute('data-side', 'Ankara');
  await expect(sides.nth(0)).toContainText('Trend');
  await expect(sides.nth(1)).toHaveAttribute('data-side', 'Istanbul');
  await expect(sides.nth(1)).toContainText('CryptocyNews');
  // The story gives no date: the officials' posts are judged as of today, and both have since changed hands.
  await expect(panel.locator('section[data-verdict-group="outdated"] [data-claim-verdict="outdated"][data-entity-id="igor-krasnov"]')).toHaveCount(1);
  await expect(panel.locator('section[data-verdict-group="outdated"] [data-claim-verdict="outdated"][data-entity-id="bekir-bozdag"]')).toHaveCount(1);
  await contradicted.getByRole('button', { name: 'Reasoning' }).or(contradicted.locator('summary')).first().click();
  await expect(contradicted.locator('.reasoning')).toContainText('deprecated');

  // Copy a citation, plain and Markdown. Headless Chromium grants an extension page no clipboard reading, so the test
  // records what the panel hands to navigator.clipboard.writeText.
  await panel.evaluate(() => {
    const copied: string[] = [];
    (window as unknown as { copied: string[] }).copied = copied;
    Object.defineProperty(navigator.clipboard, 'writeText', { value: async (text: string) => void copied.push(text) });
  });
  const lastCopied = () => panel.evaluate(() => (window as unknown as { copied: string[] }).copied.at(-1) ?? '');
  await contradicted.getByRole('button', { name: 'Copy citation' }).click();
  await expect(contradicted.locator('.status')).toHaveText('Citation copied');
  const text = await lastCopied();
  expect(text).toMatch(/^Claim: ".*signed in Istanbul.*"/);
  expect(text).toContain('Verdict: Contradicted');
  expect(text).toMatch(/Source: .*Trend, 2022-11-10, https:\/\/www\.trend\.az\/world\/turkey\/3667136\.html, seen 2026-12-02/);
  await contradicted.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(contradicted.locator('.status')).toHaveText('Markdown citation copied');
  const markdown = await lastCopied();
  expect(markdown).toContain('**Contradicted**');
  expect(markdown).toMatch(/- Source: \[.*\]\(<https:\/\/www\.trend\.az\/world\/turkey\/3667136\.html>\)/);

  // Clicking a claim scrolls the page to it.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await contradicted.locator('button.sentence').click();
  const shown = page.locator('policy-lens-claim[data-claim-shown]');
  await expect(shown).toHaveCount(1);
  await expect(shown).toBeInViewport();
  await panel.close();
});

test('the seed that says Turkey\'s capital: supported as Ankara, with the disagreement, and the card says sources disagree', async ({ page, server, extension }) => {
  test.skip(!seeds, '../shared/seeds is absent');
  await openScanned(page, `${server.origin}${ANKARA}`);
  await expect(page.locator('html')).toHaveAttribute('data-policy-lens-claims', '3');
  const tabId = await tabIdOf(extension, page);
  const panel = await extension.context.newPage();
  await panel.goto(`chrome-extension://${extension.extensionId}/panel.html?tab=${tabId}&view=check`);
  const signed = panel.locator('[data-claim-verdict="supported"][data-entity-id="tr-ru-mla-agreement"]');
  await expect(signed).toHaveAttribute('data-claim-text', /Turkey's capital/);
  await expect(signed.locator('.disagreement [data-side="Istanbul"]')).toHaveCount(1);
  // Dated by its dateline (11 Nov 2022): Erdoğan was president then and is now.
  await expect(panel.locator('[data-claim-verdict="supported"][data-entity-id="recep-tayyip-erdogan"]')).toHaveCount(1);
  await expect(panel.locator('.check-page > p.muted')).toContainText('2022-11-11');
  await panel.close();

  // The card of the agreement, on the other seed where it is highlighted, says the sources disagree.
  await openScanned(page, `${server.origin}${ISTANBUL}`);
  const mark = page.locator('policy-lens-mark[data-entity-id="tr-ru-mla-agreement"]').first();
  await mark.focus();
  await page.keyboard.press('Enter');
  const card = page.locator('policy-lens-popover [role="dialog"]');
  await expect(card).toBeVisible();
  const disagreements = card.locator('section[aria-label="Sources disagree"]');
  await expect(disagreements).toContainText('place of signing');
  await expect(disagreements.locator('[data-side="Ankara"]')).toContainText('Trend');
  await expect(disagreements.locator('[data-side="Istanbul"]')).toContainText('CryptocyNews');
});

test('a page that names nothing checks no claims', async ({ page, server }) => {
  await openScanned(page, `${server.origin}/no-entities.html`);
  await expect(page.locator('html')).toHaveAttribute('data-policy-lens-claims', '0');
  await expect(page.locator('policy-lens-claim')).toHaveCount(0);
});

test('the toolbar popup opens the Check this page panel for its tab', async ({ page, server, extension }) => {
  await openScanned(page, `${server.origin}/russia-turkey.html`);
  await expect(page.locator('html')).toHaveAttribute('data-policy-lens-claims', /^\d+$/);
  const tabId = await tabIdOf(extension, page);
  const popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${tabId}`);
  const opened = extension.context.waitForEvent('page');
  await popup.getByRole('button', { name: "Check this page's claims" }).click();
  const panel = await opened;
  await panel.waitForLoadState();
  expect(panel.url()).toBe(`chrome-extension://${extension.extensionId}/panel.html?tab=${tabId}&view=check`);
  await expect(panel.getByRole('tab', { selected: true })).toHaveText('Check this page');
  await panel.close();
});

// Issue 10, the journalist's path into the fact-checkers' tools: a checked claim becomes an annotation in one click
// (the one editor, filled in, for the user to confirm), the same (entity, property, value) is recognised as rated on a
// later page, and claims follow a page that changes (appended, removed) without a reload.
import type { Page } from '@playwright/test';
import { expect, openScanned, tabIdOf, test } from './fixtures.js';

const LIVE = '/claims-live.html';
const AGAIN = '/claims-again.html';

async function openPanel(extension: { context: { newPage(): Promise<Page> }; extensionId: string }, tabId: number): Promise<Page> {
  const panel = await extension.context.newPage();
  await panel.goto(`chrome-extension://${extension.extensionId}/panel.html?tab=${tabId}&view=check`);
  return panel;
}

test('Annotate on a claim opens the editor filled in; once saved, the claim is rated before on a later page', async ({ page, server, extension }) => {
  await openScanned(page, `${server.origin}${LIVE}`);
  await expect(page.locator('html')).toHaveAttribute('data-policy-lens-claims', '1');
  const panel = await openPanel(extension, await tabIdOf(extension, page));
  const claim = panel.locator('[data-claim-verdict="supported"][data-entity-id="int-interpol"]');
  await expect(claim).toHaveAttribute('data-claim-text', /196 member countries/);
  await expect(claim.locator('.rated-before')).toHaveCount(0);
  await claim.getByRole('button', { name: 'Annotate', exact: true }).click();

  const editor = panel.getByRole('form', { name: 'New annotation' });
  await expect(editor).toBeVisible();
  await expect(panel.getByRole('tab', { name: 'Annotate' })).toHaveAttribute('aria-selected', 'true');
  await expect(editor.locator('blockquote')).toHaveText('Interpol now counts 196 member countries, its secretariat said.');
  await expect(editor.getByRole('combobox', { name: 'Verdict' })).toHaveValue('True');
  await expect(editor.getByLabel('Explanation')).toHaveValue(/^Policy Lens: Supported — Interpol, /);
  await expect(editor.locator('ul.chips')).toContainText('Interpol');
  // The statement behind the verdict by reference, and its source as a link.
  await expect(editor).toContainText('number of members: 196 members');
  await expect(editor.locator('a[href^="https://www.interpol.int/"]').first()).toBeVisible();
  await editor.getByRole('button', { name: 'Save annotation' }).click();

  const item = panel.locator('section[aria-label="On this page"] li[data-annotation-id]');
  await expect(item).toHaveCount(1);
  await expect(item.locator('.verdict')).toHaveText('True');
  await expect(page.locator('html')).toHaveAttribute('data-policy-lens-annotations', '1');
  expect((await page.locator('policy-lens-annotation').allTextContents()).join('')).toBe('Interpol now counts 196 member countries, its secretariat said.');
  await panel.close();

  // A later story states the same fact in other words: the panel recognises it, with the earlier verdict and page.
  await openScanned(page, `${server.origin}${AGAIN}`);
  await expect(page.locator('html')).toHaveAttribute('data-policy-lens-claims', '1');
  const later = await openPanel(extension, await tabIdOf(extension, page));
  const rated = later.locator('[data-entity-id="int-interpol"] .rated-before');
  await expect(rated).toContainText('You rated this before: True on Crypto policy live: Interpol and the EU');
  await expect(rated.locator('a')).toHaveAttribute('href', new RegExp(`^${server.origin}${LIVE}#:~:text=`));
  await later.close();
});

test('claims follow a changing page: an appended claim is marked and listed, a removed one disappears', async ({ page, server, extension }) => {
  await openScanned(page, `${server.origin}${LIVE}`);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-policy-lens-claims', '1');
  const panel = await openPanel(extension, await tabIdOf(extension, page));
  await expect(panel.locator('li[data-claim-verdict]')).toHaveCount(1);

  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'appended';
    p.textContent = 'MiCA applied from 30 December 2024 to every crypto-asset service provider.';
    document.getElementById('story')?.append(p);
  });
  await expect(html).toHaveAttribute('data-policy-lens-claims', '2');
  await expect(page.locator('#appended policy-lens-claim[data-claim-verdict="supported"]').first()).toBeVisible();
  const mica = panel.locator('li[data-entity-id="eu-mica"]');
  await expect(mica).toHaveAttribute('data-claim-text', /30 December 2024/);
  await expect(panel.locator('li[data-claim-verdict]')).toHaveCount(2);
  // The first claim was not checked again: its mark is the same element.
  await page.evaluate(() => ((document.querySelector('#first policy-lens-claim') as unknown as { probe: number }).probe = 1));

  await page.evaluate(() => document.getElementById('appended')?.remove());
  // A paragraph without names changes nothing.
  await page.evaluate(() => document.getElementById('plain')?.append(' Later, too.'));
  await expect(html).toHaveAttribute('data-policy-lens-claims', '1');
  await expect(mica).toHaveCount(0);
  await expect(panel.locator('li[data-claim-verdict]')).toHaveCount(1);
  expect(await page.evaluate(() => (document.querySelector('#first policy-lens-claim') as unknown as { probe?: number }).probe)).toBe(1);
  await panel.close();
});

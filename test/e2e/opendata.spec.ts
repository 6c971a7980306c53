// The entities the build imports from ../shared/opendata, in the built extension: a highlight with its Wikidata id,
// a card whose snapshot roles say "as of" and whose sources link to the dataset record at its commit. Skipped when
// the folder is absent (the build then has no imported entities).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../support/server.js';
import { cardDialog, expect, openScanned, test } from './fixtures.js';

const openData = existsSync(path.resolve(PROJECT_ROOT, process.env.POLICY_LENS_OPENDATA ?? path.join('..', 'shared', 'opendata')));

test.skip(!openData, '../shared/opendata is absent: the build has no imported entities');

test('an imported senator: highlighted with the Wikidata id, seats "as of" the snapshot, the dataset cited', async ({ page, server }) => {
  await openScanned(page, `${server.origin}/opendata.html`);
  const mark = page.locator('policy-lens-mark[data-entity-id="john-boozman"]');
  await expect(mark).toHaveAttribute('data-wikidata', 'Q1344707');
  await expect(page.locator('policy-lens-mark[data-entity-id="us-senate-agriculture-committee"]')).toHaveCount(1);
  await mark.hover();
  const card = await cardDialog(page);
  await expect(card).toHaveAttribute('aria-label', 'John Boozman');
  // Known only from the snapshot: "as of" its date, never shown as surely current.
  await expect(card.locator('.role', { hasText: 'United States Senator' })).toContainText(/United States Senator from Arkansas since .*2011 \(as of .*2026\)/);
  await expect(card.locator('.facts .source a').first()).toHaveAttribute('href', /^https:\/\/github\.com\/unitedstates\/congress-legislators\/blob\/[0-9a-f]{40}\/committee-membership-current\.yaml$/);
});

test('a hand-edited official keeps its card and gains the dataset\'s Wikidata id; a 2022 snapshot post is never current', async ({ page, server }) => {
  await openScanned(page, `${server.origin}/opendata.html`);
  await expect(page.locator('policy-lens-mark[data-entity-id="vladimir-putin"]')).toHaveAttribute('data-wikidata', 'Q7747');
  await page.hover('policy-lens-mark[data-entity-id="nureddin-nebati"]');
  const card = await cardDialog(page);
  await expect(card.locator('.role')).toContainText(/Minister of Finance of Turkey since .*2021 \(as of .*2022\)/);
});

// Fact-checkers' annotations end to end in Chromium: select a claim, annotate it in the side panel, rate it, find it
// placed again after a reload, download every export and read it back, back up, restore into a fresh profile.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import Papa from 'papaparse';
import { launchWithExtension } from '../support/chromium.js';
import { expect, openScanned, setSettings, tabIdOf, test } from './fixtures.js';

const CLAIM = 'Krasnov told reporters that cases involving digital assets were growing';

/** Selects the first occurrence of `text` in the page, as a reader would with the mouse. */
async function select(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let all = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node as Text);
      all += (node as Text).data;
    }
    const start = all.indexOf(wanted);
    if (start < 0) throw new Error(`"${wanted}" is not on the page`);
    const point = (offset: number, atEnd: boolean): [Text, number] => {
      let seen = 0;
      for (const node of nodes) {
        if (offset < seen + node.data.length || (atEnd && offset === seen + node.data.length)) return [node, offset - seen];
        seen += node.data.length;
      }
      throw new Error('offset past the end');
    };
    const range = document.createRange();
    range.setStart(...point(start, false));
    range.setEnd(...point(start + wanted.length, true));
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, text);
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: (download as Download).suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

async function allAnnotations(page: Page): Promise<unknown[]> {
  return page.evaluate(async () => {
    const reply = (await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ result: unknown[] }> } } }).chrome.runtime.sendMessage({ name: 'listAnnotations', params: {} })) as { result: unknown[] };
    return reply.result;
  });
}

test('select → annotate → verdict → reload → placed → every export → backup → fresh profile → restore', async ({ page, server, extension }) => {
  const story = `${server.origin}/russia-turkey.html`;
  await openScanned(page, story);
  await select(page, CLAIM);
  const tabId = await tabIdOf(extension, page);

  const panel = await extension.context.newPage();
  await panel.goto(`chrome-extension://${extension.extensionId}/panel.html?tab=${tabId}`);
  await panel.getByRole('button', { name: 'Annotate selection' }).click();
  const editor = panel.getByRole('form', { name: 'New annotation' });
  await expect(editor.locator('blockquote')).toHaveText(CLAIM);
  // The highlighted surname inside the selection links the entity.
  await expect(editor.locator('ul.chips')).toContainText('Igor Krasnov');
  await editor.getByRole('combobox', { name: 'Verdict' }).selectOption('Mostly true');
  await editor.getByLabel('Explanation').fill('Case counts rose, but "growing" hides a fall in 2021.');
  await editor.getByLabel('Claimant', { exact: true }).fill('Igor Krasnov');
  await editor.getByLabel('Claim date').fill('2022-11-11');
  await editor.getByLabel('Tags').fill('russia, =formula');
  await editor.getByLabel('Source URL').fill('https://example.org/prosecutors-statistics');
  await editor.getByLabel('Source title').fill('Prosecutors statistics');
  await editor.getByRole('button', { name: 'Add source' }).click();
  await editor.getByRole('button', { name: 'Save annotation' }).click();

  const item = panel.locator('section[aria-label="On this page"] li[data-annotation-id]');
  await expect(item).toHaveCount(1);
  await expect(item.locator('.verdict')).toHaveText('Mostly true');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-policy-lens-annotations', '1');
  await expect(html).toHaveAttribute('data-policy-lens-orphans', '0');

  await openScanned(page, story);
  await expect(html).toHaveAttribute('data-policy-lens-annotations', '1');
  await expect(html).toHaveAttribute('data-policy-lens-orphans', '0');
  expect((await page.locator('policy-lens-annotation').allTextContents()).join('')).toBe(CLAIM);
  // Placed once and left alone: our wrappers are new content the scanner looks at, which must not set off another
  // placement (it once did, without end).
  await page.evaluate(() => ((document.querySelector('policy-lens-annotation') as unknown as { probe: number }).probe = 1));
  await page.waitForTimeout(1_000);
  expect(await page.evaluate(() => (document.querySelector('policy-lens-annotation') as unknown as { probe?: number }).probe)).toBe(1);
  // Nothing the fact-checker wrote is in the page's DOM.
  expect(await page.content()).not.toContain('Case counts rose');

  const dashboard = await extension.context.newPage();
  await dashboard.goto(`chrome-extension://${extension.extensionId}/dashboard.html`);
  await expect(dashboard.locator('li[data-annotation-id]')).toHaveCount(1);
  await expect(dashboard.locator('.storage')).toContainText('Storage used');

  const w3c = await downloaded(dashboard, () => dashboard.getByRole('button', { name: 'Export W3C Web Annotations' }).click());
  expect(w3c.name).toMatch(/\.jsonld$/);
  const collection = JSON.parse(w3c.text) as { type: string; first: { items: { body: { purpose: string; value: string }[]; target: { source: string; selector: { type: string; exact?: string }[] } }[] } };
  expect(collection.type).toBe('AnnotationCollection');
  const [w3cItem] = collection.first.items;
  expect(w3cItem!.body.find((b) => b.purpose === 'assessing')?.value).toBe('Mostly true');
  expect(w3cItem!.target.source).toBe(story);
  expect(w3cItem!.target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact).toBe(CLAIM);

  // ClaimReview first lists what is missing (no published URL, no scale documentation), then exports on request.
  await dashboard.getByRole('button', { name: 'Export ClaimReview' }).click();
  const readiness = dashboard.getByRole('dialog', { name: 'ClaimReview readiness' });
  await expect(readiness).toContainText('no URL of the published fact-check');
  const claimReview = await downloaded(dashboard, () => readiness.getByRole('button', { name: 'Export anyway' }).click());
  const [review] = JSON.parse(claimReview.text) as { '@type': string; claimReviewed: string; reviewRating: { alternateName: string; ratingValue: number }; itemReviewed: { author: { name: string } } }[];
  expect(review).toMatchObject({ '@type': 'ClaimReview', claimReviewed: CLAIM, reviewRating: { alternateName: 'Mostly true', ratingValue: 4 }, itemReviewed: { author: { name: 'Igor Krasnov' } } });

  const csv = await downloaded(dashboard, () => dashboard.getByRole('button', { name: 'Export CSV' }).click());
  expect(csv.text.startsWith('\uFEFF')).toBe(true);
  const rows = Papa.parse<Record<string, string>>(csv.text.slice(1), { header: true, skipEmptyLines: true }).data;
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ quote: CLAIM, verdict: 'Mostly true' });
  expect(rows[0]!.tags).toBe('russia; =formula'); // neutralised only where a cell begins with a formula character
  const markdown = await downloaded(dashboard, () => dashboard.getByRole('button', { name: 'Export Markdown' }).click());
  expect(markdown.text).toContain('**Verdict: Mostly true**');
  expect(markdown.text).toContain('Prosecutors statistics');
  const hypothesis = await downloaded(dashboard, () => dashboard.getByRole('button', { name: 'Export for Hypothesis' }).click());
  const hypothesisFile = JSON.parse(hypothesis.text) as { annotations: { uri: string; target: { selector: { type: string }[] }[] }[] };
  expect(hypothesisFile.annotations[0]!.uri).toBe(story);
  expect(hypothesisFile.annotations[0]!.target[0]!.selector.map((s) => s.type)).toContain('TextQuoteSelector');

  const backup = await downloaded(dashboard, () => dashboard.getByRole('button', { name: 'Back up everything' }).click());
  expect(backup.name).toMatch(/^policy-lens-backup-.*\.json$/);
  const before = await allAnnotations(dashboard);

  // A fresh browser profile: restore the backup, find the same annotations, placed on the story.
  const fresh = await launchWithExtension();
  try {
    const restored = await fresh.context.newPage();
    await restored.goto(`chrome-extension://${fresh.extensionId}/dashboard.html`);
    await expect(restored.locator('li[data-annotation-id]')).toHaveCount(0);
    await restored.getByLabel('Restore backup').setInputFiles({ name: backup.name, mimeType: 'application/json', buffer: Buffer.from(backup.text) });
    await expect(restored.getByRole('status').filter({ hasText: 'Restored 1 annotation(s)' })).toBeVisible();
    await expect(restored.locator('li[data-annotation-id]')).toHaveCount(1);
    expect(await allAnnotations(restored)).toEqual(before);
    const storyPage = await fresh.context.newPage();
    await openScanned(storyPage, story);
    await expect(storyPage.locator('html')).toHaveAttribute('data-policy-lens-annotations', '1');
  } finally {
    await fresh.context.close();
  }
  await Promise.all([panel.close(), dashboard.close()]);
});

test('a story that changed shows the difference; a passage that is gone is listed as not found, never dropped', async ({ page, server, extension }) => {
  const story = `${server.origin}/annotations/story.html`;
  await openScanned(page, story);
  const original = await (await fetch(story)).text();
  const sentence = 'twelve exchanges had applied for a licence';
  await select(page, sentence);
  const tabId = await tabIdOf(extension, page);
  const panel = await extension.context.newPage();
  await panel.goto(`chrome-extension://${extension.extensionId}/panel.html?tab=${tabId}`);
  await panel.getByRole('button', { name: 'Annotate selection' }).click();
  await panel.getByRole('button', { name: 'Save annotation' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-policy-lens-annotations', '1');

  // The publisher corrects the figure inside the passage: still placed (fuzzily), and the panel shows the change.
  await page.route(story, (route) => route.fulfill({ contentType: 'text/html', body: original.replace('twelve exchanges', 'eleven exchanges') }));
  await openScanned(page, story);
  await expect(page.locator('html')).toHaveAttribute('data-policy-lens-annotations', '1');
  expect((await page.locator('policy-lens-annotation').allTextContents()).join('')).toBe('eleven exchanges had applied for a licence');
  await panel.reload();
  await expect(panel.locator('.changed')).toHaveText('Changed since checked');
  await expect(panel.locator('.diff ins')).toHaveText('eleven');
  await expect(panel.locator('.diff del')).toHaveText('twelve');

  // The passage is removed: the annotation is listed as not found on this page.
  await page.unroute(story);
  await page.route(story, (route) => route.fulfill({ contentType: 'text/html', body: original.replace(/<p id="claim">.*<\/p>/, '<p id="claim">The paragraph was rewritten by the editors.</p>') }));
  await openScanned(page, story);
  await expect(page.locator('html')).toHaveAttribute('data-policy-lens-annotations', '0');
  await expect(page.locator('html')).toHaveAttribute('data-policy-lens-orphans', '1');
  await panel.reload();
  await expect(panel.locator('section[aria-label="Not found on this page"] li[data-annotation-id]')).toHaveCount(1);
  await page.unroute(story);
  await panel.close();
});

test('a bad import file is refused with what and where, and nothing changes', async ({ extension }) => {
  const dashboard = await extension.context.newPage();
  await dashboard.goto(`chrome-extension://${extension.extensionId}/dashboard.html`);
  const before = await allAnnotations(dashboard);
  const bad = JSON.stringify({ type: 'AnnotationPage', items: [{ type: 'Annotation', target: { source: 'https://a.example/', selector: { type: 'TextQuoteSelector', exact: '' } } }] });
  await dashboard.getByLabel('Import annotations').setInputFiles({ name: 'bad.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(bad) });
  await expect(dashboard.getByRole('alert')).toHaveText('items[0].target.selector.exact: the quote is empty');
  expect(await allAnnotations(dashboard)).toEqual(before);
  await dashboard.close();
});

test('the dashboard searches and filters, exports the filtered set, edits with history, deletes with undo', async ({ extension }) => {
  const dashboard = await extension.context.newPage();
  await dashboard.goto(`chrome-extension://${extension.extensionId}/dashboard.html`);
  const annotation = (id: string, url: string, exact: string, verdict: string, note: string) => ({
    id,
    type: 'Annotation',
    body: [
      { type: 'TextualBody', purpose: 'assessing', value: verdict },
      { type: 'TextualBody', purpose: 'commenting', value: note },
      { type: 'TextualBody', purpose: 'tagging', value: 'dashboard-test' },
    ],
    target: { source: url, selector: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' } },
  });
  const file = {
    type: 'AnnotationPage',
    items: [
      annotation('https://tool.example/a/1', 'https://alpha.example/story', 'Alpha claim about licences', 'False', 'Ledger shows otherwise'),
      annotation('https://tool.example/a/2', 'https://beta.example/story', 'Beta claim about fines', 'True', 'Matches the order'),
    ],
  };
  await dashboard.getByLabel('Import annotations').setInputFiles({ name: 'two.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(dashboard.getByRole('status').filter({ hasText: 'Imported 2 annotation(s)' })).toBeVisible();
  const items = dashboard.locator('li[data-annotation-id]');
  const ours = items.filter({ hasText: 'dashboard-test' });
  await expect(ours).toHaveCount(2);

  await dashboard.getByLabel('Search annotations').fill('ledger');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Alpha claim');
  await dashboard.getByLabel('Search annotations').fill('');
  await dashboard.getByLabel('Site').selectOption('beta.example');
  await expect(items).toHaveCount(1);
  const csv = await downloaded(dashboard, () => dashboard.getByRole('button', { name: 'Export CSV' }).click());
  const rows = Papa.parse<Record<string, string>>(csv.text.slice(1), { header: true, skipEmptyLines: true }).data;
  expect(rows.map((r) => r.quote)).toEqual(['Beta claim about fines']);
  await dashboard.getByRole('button', { name: 'Clear filters' }).click();
  await dashboard.getByLabel('Tag').selectOption('dashboard-test');
  const filters = dashboard.getByRole('region', { name: 'Search and filters' });
  await filters.getByLabel('Verdict').selectOption('False');
  await expect(items).toHaveCount(1);

  // Edit: a new verdict joins the history.
  await items.first().getByRole('button', { name: 'Edit' }).click();
  const editor = dashboard.getByRole('form', { name: 'Edit annotation' });
  await editor.getByRole('combobox', { name: 'Verdict' }).selectOption('Misleading');
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await filters.getByLabel('Verdict').selectOption('Misleading');
  await expect(items).toHaveCount(1);
  await items.first().getByRole('button', { name: 'Edit' }).click();
  await expect(editor.locator('details.history li')).toHaveCount(2);
  await editor.getByRole('button', { name: 'Cancel' }).click();

  // Delete, then undo: the same annotation comes back.
  const id = await items.first().getAttribute('data-annotation-id');
  await items.first().getByRole('button', { name: 'Delete' }).click();
  await expect(dashboard.locator(`li[data-annotation-id="${id}"]`)).toHaveCount(0);
  await dashboard.getByRole('button', { name: 'Undo' }).click();
  await expect(dashboard.locator(`li[data-annotation-id="${id}"]`)).toHaveCount(1);
  await dashboard.close();
});

test('the panel and the dashboard speak the interface language chosen in the options', async ({ page, server, extension }) => {
  await setSettings(extension, { language: 'ru' });
  await openScanned(page, `${server.origin}/annotations/story.html`);
  const tabId = await tabIdOf(extension, page);
  const panel = await extension.context.newPage();
  await panel.goto(`chrome-extension://${extension.extensionId}/panel.html?tab=${tabId}`);
  await expect(panel.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(panel.getByRole('tab', { name: 'Проверить страницу' })).toBeVisible();
  await panel.getByRole('button', { name: 'Аннотировать выделенное' }).click();
  await expect(panel.getByRole('status')).toHaveText('Сначала выделите утверждение на странице, затем нажмите «Аннотировать выделенное».');
  await panel.close();

  const dashboard = await extension.context.newPage();
  await dashboard.goto(`chrome-extension://${extension.extensionId}/dashboard.html`);
  await expect(dashboard.locator('h1')).toHaveText('Аннотации Policy Lens');
  await expect(dashboard).toHaveTitle('Аннотации Policy Lens');
  await expect(dashboard.getByRole('button', { name: 'Сохранить резервную копию всего' })).toBeVisible();
  await expect(dashboard.getByLabel('Импортировать аннотации')).toBeAttached();
  await expect(dashboard.getByRole('form', { name: 'Настройки' })).toBeVisible();
  // A bad file's problem in Russian, with where it is; a bad backup too.
  const bad = JSON.stringify({ type: 'AnnotationPage', items: [{ type: 'Annotation', target: { source: 'https://a.example/', selector: { type: 'TextQuoteSelector', exact: '' } } }] });
  await dashboard.getByLabel('Импортировать аннотации').setInputFiles({ name: 'bad.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(bad) });
  await expect(dashboard.getByRole('alert')).toHaveText('items[0].target.selector.exact: цитата пуста');
  await dashboard.getByLabel('Восстановить из резервной копии').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"formatName": "other"}') });
  await expect(dashboard.getByRole('alert')).toHaveText('backup.formatName: это не резервная копия Policy Lens (ожидался экспорт dexie)');
  await dashboard.close();
});

// Playwright fixtures: one Chromium with the extension and one page server per worker, shared by its tests.
import path from 'node:path';
import { type Frame, type Locator, type Page, test as base, expect } from '@playwright/test';
import { type ExtensionBrowser, launchWithExtension } from '../support/chromium.js';
import { PROJECT_ROOT, type TestServer, startServer } from '../support/server.js';

export const FIXTURES_DIR = path.join(PROJECT_ROOT, 'test', 'fixtures');

interface WorkerFixtures {
  extension: ExtensionBrowser;
  server: TestServer;
}

export const test = base.extend<{ page: Page; defaultSettings: void }, WorkerFixtures>({
  // Every test starts from the default settings: the browser is shared by the worker's tests.
  defaultSettings: [
    async ({ extension }, use) => {
      await resetSettings(extension);
      await use();
    },
    { auto: true },
  ],
  extension: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const extension = await launchWithExtension();
      await use(extension);
      await extension.context.close();
    },
    { scope: 'worker' },
  ],
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServer([FIXTURES_DIR]);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ extension }, use) => {
    const page = await extension.context.newPage();
    await use(page);
    await page.close();
  },
});

export { expect };

/** Opens a page and waits for the extension's first scan to finish. */
export async function openScanned(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-policy-lens', /^(ready|off)$/);
}

/** The highlights on the page, in document order, with pieces of a split name joined. */
export async function highlightsOn(page: Page): Promise<{ entity: string; text: string }[]> {
  return page.evaluate(() => {
    const found: { entity: string; text: string }[] = [];
    for (const mark of document.querySelectorAll('policy-lens-mark[data-entity-id]')) {
      const entity = mark.getAttribute('data-entity-id') ?? '';
      const text = mark.textContent ?? '';
      const last = found[found.length - 1];
      if (mark.hasAttribute('data-continued') && last) last.text += text;
      else found.push({ entity, text });
    }
    // A name split across tags keeps the space that stood between its pieces.
    return found.map((h) => ({ entity: h.entity, text: h.text.replace(/\s+/g, ' ').trim() }));
  });
}

/** The id of the tab showing `page`, as the extension sees it (the last focused tab). */
export async function tabIdOf(extension: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  return extension.serviceWorker.evaluate(async () => {
    const tabs = (globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<{ id?: number }[]> } } }).chrome.tabs;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

type StorageGlobal = { chrome: { storage: { sync: { clear: () => Promise<void>; set: (items: object) => Promise<void>; get: (keys: null) => Promise<object> } } } };

/** Back to the default settings (extension storage emptied). */
export async function resetSettings(extension: ExtensionBrowser): Promise<void> {
  await extension.serviceWorker.evaluate(() => (globalThis as unknown as StorageGlobal).chrome.storage.sync.clear());
}

/** Writes settings as the options page does (one storage key per setting, `settings.<name>`). */
export async function setSettings(extension: ExtensionBrowser, settings: Record<string, unknown>): Promise<void> {
  const items = Object.fromEntries(Object.entries(settings).map(([key, value]) => [`settings.${key}`, value]));
  await extension.serviceWorker.evaluate((values) => (globalThis as unknown as StorageGlobal).chrome.storage.sync.set(values), items);
}

/** The settings as stored, without the `settings.` prefix. */
export async function storedSettings(extension: ExtensionBrowser): Promise<Record<string, unknown>> {
  const all = (await extension.serviceWorker.evaluate(() => (globalThis as unknown as StorageGlobal).chrome.storage.sync.get(null))) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(all).map(([key, value]) => [key.replace(/^settings\./, ''), value]));
}

/** The card's frame (card.html, an extension page the content script embeds), once the page has one. */
export async function cardFrame(page: Page): Promise<Frame> {
  const find = () => page.frames().find((frame) => /^(chrome|moz)-extension:\/\/[^/]+\/card\.html/.test(frame.url()));
  await expect.poll(() => find() !== undefined, { message: 'the card frame never appeared' }).toBe(true);
  return find() as Frame;
}

/** The element the page holds for the card: shown (top layer) while a card is open, hidden otherwise. */
export function cardHost(page: Page): Locator {
  return page.locator('policy-lens-popover');
}

/** The open card's dialog, inside the frame. */
export async function cardDialog(page: Page): Promise<Locator> {
  return (await cardFrame(page)).locator('[role="dialog"]');
}

// The three ways into annotating from a page, with the product's own code in the real browser:
// - the entity card's "Annotate": a real click in the card's frame opens the real side panel (Chromium's
//   side_panel), whose editor shows the passage with the card's entity linked;
// - the context-menu item and the Alt+Shift+A command: Chromium runs neither for synthetic input, so the test
//   dispatches the listeners the background registered (chrome.contextMenus.onClicked / chrome.commands.onCommand)
//   inside the service worker. The listener then runs as it would after a click or a key press, except that the
//   browser refuses sidePanel.open() without a gesture (the listener logs it and goes on): the panel is opened by the
//   test as panel.html?tab=<id>, open before or after the capture.
import type { Frame, Page } from '@playwright/test';
import { launchWithExtension } from '../support/chromium.js';
import { cardDialog, cardFrame, expect, openScanned, tabIdOf, test } from './fixtures.js';
import { FIXTURES_DIR } from './fixtures.js';
import { startServer } from '../support/server.js';

/** Selects the first occurrence of `text` (in one text node) as a reader would. */
async function select(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in one text node of the page`);
  }, text);
}

interface PanelEditor {
  form: string | null;
  quote: string | null;
  entities: string[];
}

/**
 * The editor in the real side panel, read through an extension page of the same process (the card's frame):
 * Playwright does not list the side panel among the context's pages.
 */
async function sidePanelEditor(frame: Frame): Promise<PanelEditor | null> {
  return frame.evaluate(() => {
    const views = (globalThis as unknown as { chrome: { extension: { getViews(): Window[] } } }).chrome.extension.getViews();
    const panel = views.find((view) => view.location.pathname === '/panel.html');
    if (!panel) return null;
    const form = panel.document.querySelector('form');
    return {
      form: form?.getAttribute('aria-label') ?? null,
      quote: form?.querySelector('blockquote')?.textContent ?? null,
      entities: [...(form?.querySelectorAll('fieldset ul.chips li') ?? [])].map((li) => li.firstChild?.textContent ?? ''),
    };
  });
}

async function openSidePanels(frame: Frame): Promise<number> {
  return frame.evaluate(async () => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { getContexts(filter: object): Promise<unknown[]> } } }).chrome.runtime;
    return (await runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length;
  });
}

test("the card's Annotate opens the side panel's editor on the highlight's sentence, or the selection, with the entity linked", async () => {
  // A browser of its own: the side panel it opens stays open in its window and would take later tests' drafts.
  const extension = await launchWithExtension();
  const server = await startServer([FIXTURES_DIR]);
  try {
    const page = await extension.context.newPage();
    await openScanned(page, `${server.origin}/russia-turkey.html`);
    await expect(page.locator('html')).toHaveAttribute('data-policy-lens-claims', /\d+/); // the page settles first
    await page.hover('policy-lens-mark[data-entity-id="bekir-bozdag"]');
    const card = await cardDialog(page);
    await expect(card).toHaveAttribute('aria-label', 'Bekir Bozdağ');
    const frame = await cardFrame(page);
    expect(await openSidePanels(frame)).toBe(0);
    const pageForms = () => page.evaluate(() => document.querySelectorAll('form, textarea, input').length);
    const formsBefore = await pageForms();

    // Nothing selected: the sentence that holds the highlight.
    await card.getByRole('button', { name: 'Annotate' }).click();
    await expect.poll(() => openSidePanels(frame), { message: 'the side panel did not open' }).toBe(1);
    const sentence = "Igor Krasnov, Russia's top prosecutor, and Turkish justice minister Bekir Bozdag put their names to a two-year plan on Friday.";
    await expect.poll(() => sidePanelEditor(frame)).toEqual({ form: 'New annotation', quote: sentence, entities: ['Bekir Bozdağ', 'Igor Krasnov'] });
    // The page was given nothing of the editor: no new form or field, none of its words.
    expect(await pageForms()).toBe(formsBefore);
    expect(await page.evaluate(() => document.documentElement.textContent?.includes('New annotation'))).toBe(false);

    // A selection elsewhere on the page: the selection, with the card's entity linked (it names no highlight itself).
    await page.mouse.move(0, 0);
    await expect(card).toBeHidden();
    await select(page, 'cases involving digital assets were growing');
    await page.hover('policy-lens-mark[data-entity-id="bekir-bozdag"]');
    await expect(card).toBeVisible();
    await card.getByRole('button', { name: 'Annotate' }).click();
    await expect.poll(() => sidePanelEditor(frame)).toEqual({ form: 'New annotation', quote: 'cases involving digital assets were growing', entities: ['Bekir Bozdağ'] });

    // Saved from the side panel, it is kept with its passage and the entity.
    await frame.evaluate(() => {
      const views = (globalThis as unknown as { chrome: { extension: { getViews(): Window[] } } }).chrome.extension.getViews();
      views.find((view) => view.location.pathname === '/panel.html')?.document.querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();
    });
    const saved = () =>
      frame.evaluate(async () => {
        const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ result: { target: { quote: { exact: string } }; entities: string[] }[] }> } } }).chrome.runtime;
        return (await runtime.sendMessage({ name: 'listAnnotations', params: {} })).result.map((a) => ({ quote: a.target.quote.exact, entities: a.entities }));
      });
    await expect.poll(saved).toEqual([{ quote: 'cases involving digital assets were growing', entities: ['bekir-bozdag'] }]);
    await page.close();
  } finally {
    await extension.context.close();
    await server.close();
  }
});

type WorkerChrome = {
  chrome: {
    tabs: { get(id: number): Promise<unknown> };
    contextMenus: { onClicked: { dispatch(info: object, tab: unknown): void } };
    commands: { onCommand: { dispatch(command: string, tab: unknown): void } };
  };
};

test('the context-menu item and the shortcut run their own listeners: captured, kept, and shown by the panel, open or not', async ({ page, server, extension }) => {
  const commands = await extension.serviceWorker.evaluate(() =>
    (globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name?: string }[]> } } }).chrome.commands.getAll(),
  );
  expect(commands.map((c) => c.name)).toContain('annotate-selection');
  await openScanned(page, `${server.origin}/annotations/story.html`);
  const tabId = await tabIdOf(extension, page);
  const clickMenu = () =>
    extension.serviceWorker.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as WorkerChrome;
      const tab = await chrome.tabs.get(id);
      chrome.contextMenus.onClicked.dispatch({ menuItemId: 'policy-lens-annotate', editable: false, pageUrl: (tab as { url: string }).url }, tab);
    }, tabId);
  const pressShortcut = () =>
    extension.serviceWorker.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as WorkerChrome;
      chrome.commands.onCommand.dispatch('annotate-selection', await chrome.tabs.get(id));
    }, tabId);

  // The context menu before the panel is open: the panel takes the kept draft when it loads.
  await select(page, 'Officials expect a decision early next year');
  await clickMenu();
  const panel = await extension.context.newPage();
  await panel.goto(`chrome-extension://${extension.extensionId}/panel.html?tab=${tabId}`);
  const editor = panel.getByRole('form', { name: 'New annotation' });
  await expect(editor.locator('blockquote')).toHaveText('Officials expect a decision early next year');
  await editor.getByRole('button', { name: 'Cancel' }).click();

  // The shortcut while the panel is open: the editor opens with it.
  await select(page, 'Critics argue the rules arrive too late');
  await pressShortcut();
  await expect(editor.locator('blockquote')).toHaveText('Critics argue the rules arrive too late');
  await editor.getByRole('button', { name: 'Cancel' }).click();

  // Another menu item, or another command, is not ours: nothing is captured.
  await select(page, 'Officials expect a decision early next year');
  await extension.serviceWorker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as WorkerChrome;
    const tab = await chrome.tabs.get(id);
    chrome.contextMenus.onClicked.dispatch({ menuItemId: 'someone-else', editable: false, pageUrl: '' }, tab);
    chrome.commands.onCommand.dispatch('some-other-command', tab);
  }, tabId);
  await panel.waitForTimeout(500); // a capture, had one started, reaches the panel well within this
  await expect(panel.getByRole('form', { name: 'New annotation' })).toHaveCount(0);
  await panel.close();
});

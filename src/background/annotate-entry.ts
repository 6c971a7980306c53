// The ways into annotating from a page: the context-menu item on a selection and the keyboard shortcut (the
// "annotate-selection" command). Each opens the side panel (Chromium) or sidebar (Firefox) while the user's gesture
// still counts, then has the tab's content script capture the selection, keeps it for the panel (drafts table) and
// tells the panel it is there. Listeners are registered synchronously, at the background's top level.
import type Browser from 'webextension-polyfill';
import { browser, invokeTabAnnotations } from '../browser.js';
import { storeDraft } from './annotation-handlers.js';
import type { PolicyLensDatabase } from './db.js';

export const ANNOTATE_MENU_ID = 'policy-lens-annotate';
export const ANNOTATE_COMMAND = 'annotate-selection';

interface ChromeSidePanel {
  open(options: { tabId: number } | { windowId: number }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}

/** Opens the panel; must be called before any await, or the browser no longer counts the user's gesture. */
function openPanel(tab: Browser.Tabs.Tab | undefined): Promise<void> {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (sidePanel) return tab?.id !== undefined ? sidePanel.open({ tabId: tab.id }) : tab?.windowId !== undefined ? sidePanel.open({ windowId: tab.windowId }) : Promise.reject(new Error('no tab'));
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  if (sidebar) return sidebar.open();
  return Promise.reject(new Error('this browser has no side panel'));
}

async function captureInto(database: Promise<PolicyLensDatabase>, tabId: number): Promise<void> {
  const draft = await invokeTabAnnotations(tabId, 'captureSelection', {});
  if (!draft) return;
  await storeDraft(await database, tabId, draft);
  // The panel may not be open yet (it then takes the draft when it loads): no receiver is not an error.
  await browser.runtime.sendMessage({ name: 'draftReady', params: { tabId } }).catch(() => undefined);
}

function annotate(database: Promise<PolicyLensDatabase>, tab: Browser.Tabs.Tab | undefined): void {
  const opening = openPanel(tab).catch((error: unknown) => console.warn('Policy Lens: the side panel could not be opened', error));
  if (tab?.id === undefined) return;
  const tabId = tab.id;
  void opening.then(() => captureInto(database, tabId)).catch((error: unknown) => console.error('Policy Lens: the selection could not be captured', error));
}

export function registerAnnotateEntry(database: Promise<PolicyLensDatabase>): void {
  // Menus are re-created on every start: removeAll first, so a worker that wakes does not add a second item.
  void browser.contextMenus
    .removeAll()
    .then(() => browser.contextMenus.create({ id: ANNOTATE_MENU_ID, title: 'Annotate with Policy Lens', contexts: ['selection'] }))
    .catch((error: unknown) => console.error('Policy Lens: the context menu could not be created', error));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ANNOTATE_MENU_ID) annotate(database, tab);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === ANNOTATE_COMMAND) annotate(database, tab);
  });
}

// After an install, update, reload or re-enable, the tabs already open have no working content script (the old one
// left quietly, see content/lifecycle.ts). The background puts the new one in each, once per extension lifetime: a
// flag in session storage, which the browser clears when the extension is reloaded, updated or disabled, keeps a
// service worker that merely woke up from doing it again. A tab that still has a live copy keeps it (the newcomer
// sees it and leaves).
import { browser } from '../browser.js';

const FLAG = 'openTabsAdopted';
const PAGE_URL = /^https?:\/\//;

export async function adoptOpenTabs(): Promise<number> {
  // Firefox puts the declared content scripts into the open tabs itself on install, update and enable; a second,
  // injected copy would race with that one (seen on clean profiles: the page kept the first copy's marks while the
  // second counted none).
  if (typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function') return 0;
  const session = browser.storage?.session;
  if (!browser.scripting || !session) return 0;
  if ((await session.get(FLAG))[FLAG]) return 0;
  await session.set({ [FLAG]: true });
  let adopted = 0;
  for (const tab of await browser.tabs.query({})) {
    if (tab.id === undefined || (tab.url !== undefined && !PAGE_URL.test(tab.url))) continue;
    // A tab still loading gets the declared content script when it is ready; a second copy would race with it.
    if (tab.status !== 'complete') continue;
    try {
      await browser.scripting.insertCSS({ target: { tabId: tab.id }, files: ['highlights.css'] });
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['content.js'] });
      adopted++;
    } catch {
      // a page we may not touch (the store, a browser page) or a tab closed meanwhile
    }
  }
  return adopted;
}

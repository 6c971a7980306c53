// The background's dealings with the browser beyond messages: where settings are stored, opening extension pages,
// reading packaged files, and the toolbar badge with the number of entities on a tab.
import type Browser from 'webextension-polyfill';
import { browser } from '../browser.js';
import type { BackgroundServices } from './handlers.js';
import { SettingsStore, type StorageArea } from './settings-store.js';

/** storage.sync where the browser has it (it syncs where the reader syncs), storage.local otherwise. */
function settingsArea(): StorageArea {
  return (browser.storage.sync ?? browser.storage.local) as unknown as StorageArea;
}

export function browserServices(): BackgroundServices {
  return {
    settings: new SettingsStore(settingsArea()),
    openExtensionPage: async (path) => {
      await browser.tabs.create({ url: browser.runtime.getURL(path) });
    },
    readPackagedJson: async (path) => {
      const response = await fetch(browser.runtime.getURL(path));
      if (!response.ok) throw new Error(`${path} could not be read: ${response.status}`);
      return response.json();
    },
  };
}

/** Shows the number of entities a tab's page names on the toolbar button of that tab (nothing for none). */
export async function showEntityCount(sender: Browser.Runtime.MessageSender, params: unknown): Promise<{ ok: true; result: boolean } | { ok: false; error: string }> {
  const tabId = sender.tab?.id;
  const count = (params as { count?: unknown } | null)?.count;
  if (tabId === undefined || typeof count !== 'number' || !Number.isInteger(count) || count < 0) return { ok: false, error: 'a tab and a count are required' };
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#57606a' });
  await browser.action.setBadgeText({ tabId, text: count === 0 ? '' : count > 999 ? '999+' : String(count) });
  return { ok: true, result: true };
}

// The background (service worker in Chromium, event page in Firefox). Listeners are registered synchronously at the
// top level so that a message wakes the worker; handlers wait for `ready`, which opens and seeds the database.
// Nothing lives only in globals: the worker can be stopped at any moment and must rebuild from the database.
import type Browser from 'webextension-polyfill';
import { browser } from '../browser.js';
import type { AliasIndex, ReferenceData } from '../core/types.js';
import { dispatch } from '../messages.js';
import { adoptOpenTabs } from './adopt-tabs.js';
import { PolicyLensDatabase } from './db.js';
import { createBackgroundHandlers } from './handlers.js';
import { checkRequest } from './requests.js';
import { seedReferenceData } from './seed.js';

/** The version of the bundled dataset, written in by build.mjs. */
declare const DATASET_VERSION: string;

async function loadBundledData(): Promise<ReferenceData> {
  const response = await fetch(browser.runtime.getURL('data/reference.json'));
  if (!response.ok) throw new Error(`bundled data could not be read: ${response.status}`);
  return (await response.json()) as ReferenceData;
}

/** Opens the database, seeding it if needed, and gives the alias index read on the way (read once per wake). */
async function open(): Promise<{ db: PolicyLensDatabase; aliasIndex: AliasIndex }> {
  const db = new PolicyLensDatabase();
  await db.open();
  const meta = await db.meta.get('dataset');
  // The bundled file is only read when the stored version differs from the one this build was made with.
  if (meta?.version === DATASET_VERSION) return { db, aliasIndex: meta.aliasIndex };
  const data = await loadBundledData();
  await seedReferenceData(db, data);
  return { db, aliasIndex: data.aliasIndex };
}

const ready = open();
ready.catch((error: unknown) => console.error('Policy Lens: database could not be prepared', error));
const handlers = ready.then(({ db, aliasIndex }) => createBackgroundHandlers(db, aliasIndex));

browser.runtime.onMessage.addListener((message: unknown, sender: Browser.Runtime.MessageSender) => {
  // Only our own content scripts and pages may ask.
  if (sender.id !== browser.runtime.id) return undefined;
  // Checked before anything else: a malformed message gets an error reply and reaches no handler.
  const checked = checkRequest(message);
  if (!checked.ok) return Promise.resolve({ ok: false, error: checked.error });
  return handlers.then((table) => dispatch(table, { name: checked.name, params: checked.params }));
});

// Open tabs get the new content script after an install, update, reload or re-enable (once per extension lifetime).
// The onInstalled listener is what makes Chromium start the worker after an update or a reload at all.
const adopt = () => void adoptOpenTabs().catch((error: unknown) => console.error('Policy Lens: open tabs could not be adopted', error));
browser.runtime.onInstalled.addListener(adopt);
adopt();

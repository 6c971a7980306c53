// The background (service worker in Chromium, event page in Firefox). Listeners are registered synchronously at the
// top level so that a message wakes the worker; handlers wait for `ready`, which opens and seeds the database.
// Nothing lives only in globals: the worker can be stopped at any moment and must rebuild from the database.
import type Browser from 'webextension-polyfill';
import { browser } from '../browser.js';
import type { AliasIndex, ReferenceData } from '../core/types.js';
import { type BackgroundApi, type UserDataApi, dispatch, isRequest } from '../messages.js';
import { browserServices, showEntityCount } from './browser-services.js';
import { PolicyLensDatabase } from './db.js';
import type { ClaimsData } from './claims.js';
import { createBackgroundHandlers } from './handlers.js';
import { seedReferenceData } from './seed.js';
import { migrateSiteTable } from './settings-store.js';
import { createAnnotationHandlers } from './annotation-handlers.js';
import { registerAnnotateEntry } from './annotate-entry.js';
import { createBackupHandlers } from './backup-handlers.js';

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

/** The statements and their vocabulary, bundled beside the dataset (issue 10). */
async function loadClaimsData(): Promise<ClaimsData> {
  const response = await fetch(browser.runtime.getURL('data/claims.json'));
  if (!response.ok) throw new Error(`bundled claims data could not be read: ${response.status}`);
  return (await response.json()) as ClaimsData;
}

const ready = open();
ready.catch((error: unknown) => console.error('Policy Lens: database could not be prepared', error));
const services = browserServices();
const handlers = ready.then(async ({ db, aliasIndex }) => {
  // The site switches of 0.1 lived in a table of the database; they move into the settings once.
  await migrateSiteTable(db, services.settings).catch((error: unknown) => console.error('Policy Lens: old site switches could not be moved', error));
  return createBackgroundHandlers(db, aliasIndex, services, loadClaimsData);
});
// The user's own data (issue 9): annotations and backups, one handler module per area.
const userDataHandlers = ready.then(({ db }) => ({ ...createAnnotationHandlers(db), ...createBackupHandlers(db) }));
registerAnnotateEntry(ready.then(({ db }) => db));

browser.runtime.onMessage.addListener((message: unknown, sender: Browser.Runtime.MessageSender) => {
  // Only our own content scripts and pages may ask.
  if (sender.id !== browser.runtime.id) return undefined;
  if (isRequest(message) && message.name === 'reportEntityCount') return showEntityCount(sender, message.params);
  return Promise.all([handlers, userDataHandlers]).then(([table, userData]) => dispatch<BackgroundApi & UserDataApi>({ ...table, ...userData }, message));
});

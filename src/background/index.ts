// The background (service worker in Chromium, event page in Firefox). Listeners are registered synchronously at the
// top level so that a message wakes the worker; handlers wait for the database, opened and seeded by startup.ts.
// Nothing lives only in globals: the worker can be stopped at any moment and must rebuild from the database.
import type Browser from 'webextension-polyfill';
import { browser } from '../browser.js';
import type { SeededReferenceData } from '../core/types.js';
import { type BackgroundApi, type Handlers, type UserDataApi, dispatch, isRequest } from '../messages.js';
import { adoptOpenTabs } from './adopt-tabs.js';
import { browserServices, showEntityCount } from './browser-services.js';
import { PolicyLensDatabase } from './db.js';
import type { ClaimsData } from './claims.js';
import { createBackgroundHandlers } from './handlers.js';
import { migrateSiteTable } from './settings-store.js';
import { createAnnotationHandlers } from './annotation-handlers.js';
import { offerDraft, registerAnnotateEntry } from './annotate-entry.js';
import { createBackupHandlers } from './backup-handlers.js';
import { checkRequest } from './requests.js';
import { openReferenceData, openUserData, retrying } from './startup.js';

/** The version of the bundled dataset, written in by build.mjs. */
declare const DATASET_VERSION: string;

// Opened on the first message; after a failure (the database would not open, the disk was full, seeding was cut
// short) the next message tries again, at most every few seconds. Nothing is ever deleted (startup.ts).
const RETRY_AFTER_MS = 3000;
const services = browserServices();
// Packaged files, read as every other one is (browser-services.ts): the dataset only when the stored version differs,
// the statements and their vocabulary (issue 10) when a claim is first judged.
const loadBundledData = async () => (await services.readPackagedJson('data/reference.json')) as SeededReferenceData;
const loadClaimsData = async () => (await services.readPackagedJson('data/claims.json')) as ClaimsData;
const ready = retrying(() => openReferenceData({ makeDatabase: () => new PolicyLensDatabase(), datasetVersion: DATASET_VERSION, loadBundledData }), RETRY_AFTER_MS);
const handlers = retrying(async () => {
  const { db } = await ready();
  // The site switches of 0.1 lived in a table of the database; they move into the settings once.
  await migrateSiteTable(db, services.settings).catch((error: unknown) => console.error('Policy Lens: old site switches could not be moved', error));
  // The user's own data (issue 9): annotations and backups, one handler module per area.
  return { ...createBackgroundHandlers(db, undefined, services, loadClaimsData), ...createAnnotationHandlers(db), ...createBackupHandlers(db) };
}, RETRY_AFTER_MS);
handlers().catch((error: unknown) => console.error('Policy Lens:', error instanceof Error ? error.message : error));
// The same user-data handlers on a connection that does not wait for seeding: the panel and the dashboard answer at
// once on the first start after an install or an update. `handlers` keeps them too, for a start where only it opens.
const userDataHandlers = retrying(async () => {
  const db = await openUserData(() => new PolicyLensDatabase());
  return { ...createAnnotationHandlers(db), ...createBackupHandlers(db) };
}, RETRY_AFTER_MS);
registerAnnotateEntry(ready().then(({ db }) => db));

browser.runtime.onMessage.addListener((message: unknown, sender: Browser.Runtime.MessageSender) => {
  // Only our own content scripts and pages may ask.
  if (sender.id !== browser.runtime.id) return undefined;
  if (isRequest(message) && message.name === 'reportEntityCount') return showEntityCount(sender, message.params);
  // The card's "Annotate" (issue 9): answered for the sending tab, so it is routed here with the sender.
  if (isRequest(message) && message.name === 'offerDraft') return offerDraft(ready().then(({ db }) => db), sender, message.params);
  // Checked before anything else: a malformed message gets an error reply and reaches no handler.
  const checked = checkRequest(message);
  if (!checked.ok) return Promise.resolve({ ok: false, error: checked.error });
  const request = { name: checked.name, params: checked.params };
  return userDataHandlers()
    .catch(() => undefined)
    .then((own) => (own && Object.prototype.hasOwnProperty.call(own, request.name) ? own : handlers()))
    .then(
      (table) => dispatch<BackgroundApi & UserDataApi>(table as Handlers<BackgroundApi & UserDataApi>, request),
      (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
});

// Open tabs get the new content script after an install, update, reload or re-enable (once per extension lifetime).
// The onInstalled listener is what makes Chromium start the worker after an update or a reload at all.
const adopt = () => void adoptOpenTabs().catch((error: unknown) => console.error('Policy Lens: open tabs could not be adopted', error));
browser.runtime.onInstalled.addListener(adopt);
adopt();

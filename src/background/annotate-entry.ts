// The ways into annotating from a page: the context-menu item on a selection and the keyboard shortcut (the
// "annotate-selection" command) open the side panel (Chromium) or sidebar (Firefox) while the user's gesture still
// counts, then have the tab's content script capture the selection; the entity card's "Annotate" opens the panel from
// the card's own page and has the content script offer the passage (offerDraft). All of them keep the draft for the
// panel (drafts table) and tell the panel it is there. Listeners are registered synchronously, at the top level.
import type Browser from 'webextension-polyfill';
import { browser, invokeTabAnnotations } from '../browser.js';
import { openPanel } from '../side-panel.js';
import { storeDraft } from './annotation-handlers.js';
import type { PolicyLensDatabase } from './db.js';
import * as z from 'zod';
import { AnnotationDraft } from '../core/annotations/edit.js';
import { describeIssue } from '../core/annotations/model.js';
import type { Reply } from '../messages.js';

const OfferDraftParams = z.strictObject({ draft: AnnotationDraft });

export const ANNOTATE_MENU_ID = 'policy-lens-annotate';
export const ANNOTATE_COMMAND = 'annotate-selection';

/** Keeps a tab's draft for the panel and tells the panel it is there: every way in ends here. */
async function keepDraft(database: Promise<PolicyLensDatabase>, tabId: number, draft: unknown): Promise<void> {
  await storeDraft(await database, tabId, draft);
  // The panel may not be open yet (it then takes the draft when it loads): no receiver is not an error.
  await browser.runtime.sendMessage({ name: 'draftReady', params: { tabId } }).catch(() => undefined);
}

async function captureInto(database: Promise<PolicyLensDatabase>, tabId: number): Promise<void> {
  const draft = await invokeTabAnnotations(tabId, 'captureSelection', {});
  if (!draft) return;
  await keepDraft(database, tabId, draft);
}

/**
 * The card's "Annotate": the card's page has opened the panel itself (its click is the gesture), and the tab's
 * content script, which alone can read the page, offers the passage (the selection, or the highlight's sentence,
 * with the card's entity linked). Checked like every message; answered for the sending tab only.
 */
export async function offerDraft(database: Promise<PolicyLensDatabase>, sender: Browser.Runtime.MessageSender, params: unknown): Promise<Reply<boolean>> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'offerDraft: only a tab\'s content script can offer a passage' };
  const checked = OfferDraftParams.safeParse(params);
  if (!checked.success) return { ok: false, error: `offerDraft: ${describeIssue(checked.error, 'params')}` };
  try {
    await keepDraft(database, tabId, checked.data.draft);
    return { ok: true, result: true };
  } catch (error) {
    return { ok: false, error: `offerDraft: ${error instanceof Error ? error.message : String(error)}` };
  }
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

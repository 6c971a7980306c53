// The content script's part in annotations: places the page's saved annotations once the page has been scanned, and
// answers the side panel (capture the selection, where each annotation is, scroll to one, place again). It is given
// only ids and selectors: notes, verdicts and evidence never reach the page's tab.

import { browser, invokeUserData } from '../../browser.js';
import type { AnnotationContentApi, Handlers, Reply } from '../../messages.js';
import { AnnotationPlacer } from './placer.js';
import { capturePassageFor, captureSelection, pageUrl } from './selection.js';

export interface PageAnnotations {
  handlers: Handlers<AnnotationContentApi>;
}

export function startPageAnnotations(root: HTMLElement = document.documentElement): PageAnnotations {
  const placer = new AnnotationPlacer(root);
  let placing: Promise<void> = Promise.resolve();
  // Settles once the first placement is done, or at once where there is nothing to place (site off, no start).
  let settleFirst: () => void = () => {};
  const firstPlacement = new Promise<void>((resolve) => (settleFirst = resolve));

  const placeSaved = () =>
    (placing = placing
      .then(async () => {
        placer.place(await invokeUserData('listPlacementTargets', { url: pageUrl() }));
      })
      .catch((error: unknown) => {
        // The extension went away (update, reload, disable): leave quietly, as the rest of the content script does.
        if (!browser.runtime?.id) return;
        console.error('Policy Lens could not place annotations', error);
      })
      .finally(settleFirst));

  // Placed when the page becomes ready (wrapping splits text nodes, which must not happen under the scanner's feet),
  // and taken away where the user turned the site off. Only a change of state counts: the scanner sets "ready" again
  // after each scan of added content, and our own wrappers are added content, so reacting to every "ready" would
  // place, rescan and place again without end.
  const onState = (state: string | null, previous: string | null) => {
    if (state === previous) return;
    if (state === 'ready') void placeSaved();
    else if (state === 'off' || state === 'error') {
      placer.clear();
      settleFirst();
    }
  };
  new MutationObserver((records) => {
    // Each record holds the value before it; the value after it is the next record's "before", or today's value.
    records.forEach((record, i) => onState(records[i + 1]?.oldValue ?? root.getAttribute('data-policy-lens'), record.oldValue));
  }).observe(root, { attributes: true, attributeFilter: ['data-policy-lens'], attributeOldValue: true });
  onState(root.getAttribute('data-policy-lens'), null);

  return {
    handlers: {
      captureSelection: () => captureSelection(),
      refreshAnnotations: async () => {
        await placeSaved();
        return placer.status();
      },
      getAnnotationPlacement: async () => {
        // The panel may ask while the page is still being scanned: wait for the first placement (a few seconds at most).
        await Promise.race([firstPlacement, new Promise((resolve) => setTimeout(resolve, 5_000))]);
        await placing;
        return placer.status();
      },
      scrollToAnnotation: ({ id }) => placer.scrollTo(id),
    },
  };
}

/**
 * The card's "Annotate" was clicked (its page has opened the side panel): the selection, or else the highlight's
 * sentence, goes to the background with the card's entity linked, and the panel's editor opens with it. Only the
 * passage travels; the note is typed in the panel.
 */
export async function offerCardPassage(mark: Element, entityId: string): Promise<void> {
  const draft = capturePassageFor(mark, entityId);
  if (!draft) return;
  const reply = (await browser.runtime.sendMessage({ name: 'offerDraft', params: { draft } })) as Reply<boolean> | undefined;
  if (!reply?.ok) console.error('Policy Lens could not offer the passage to annotate', reply?.error ?? 'no answer');
}

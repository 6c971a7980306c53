// The content script outlives its extension: after an update, a reload or a disable, the script already in a tab
// keeps running ("orphaned" in Chromium), and every browser API call it makes throws "Extension context
// invalidated". This module notices, so the old script can leave quietly, and lets a new one take the tab over.
import { browser } from '../browser.js';
import { POPOVER_TAG } from './card-frame.js';
import { MARK_TAG, unwrapAll } from './wrap.js';

const TAKEOVER_EVENT = 'policy-lens-takeover';
const CHECK_INTERVAL_MS = 1000;

/** Whether this script's extension is still there. An orphaned script's runtime has no id, or throws on access. */
export function contextIsValid(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/**
 * Announces a new script to any earlier one in this document, which then leaves (see watchContext): the newest copy
 * always wins. Whether the earlier one's extension is gone cannot be told reliably at this moment (in Chromium the
 * orphaned script may still see a runtime id for a while after the new copy arrives), and two live copies (the
 * browser's injection and ours, racing on a tab that was loading) must never both highlight.
 */
export function announceTakeover(): void {
  document.dispatchEvent(new CustomEvent(TAKEOVER_EVENT));
}

/**
 * What an earlier script left behind that it could not remove itself: highlights and card hosts. Firefox stops a
 * removed or disabled extension's scripts outright, with no timer, event or port disconnection reaching them first
 * (tried), so there the old highlights stay until the page is reloaded or a new copy starts here and removes them.
 */
// Our inline wrappers besides the highlights: claims checked (issue 10) and saved annotations placed (issue 9).
const WRAPPER_TAGS = 'policy-lens-claim, policy-lens-annotation';

export function removeLeftovers(root: Element): void {
  if (!document.querySelector(`${MARK_TAG}, ${POPOVER_TAG}, ${WRAPPER_TAGS}`)) return;
  for (const host of document.querySelectorAll(POPOVER_TAG)) host.remove();
  unwrapAll(root);
  // The claim and annotation markers an old copy left (Firefox stops a removed extension's script outright).
  for (const wrapper of document.querySelectorAll(WRAPPER_TAGS)) {
    const parent = wrapper.parentNode;
    wrapper.replaceWith(...wrapper.childNodes);
    parent?.normalize();
  }
  // Its state, too: "ready" must mean this script's scan is done.
  document.documentElement.removeAttribute('data-policy-lens');
  document.documentElement.removeAttribute('data-policy-lens-marks');
}

/**
 * Calls `onLost` once when the extension goes away (checked every second, and whenever `check()` is called, before
 * any work an event asks for) or a newer copy of the script announces itself. A page script can send that
 * announcement too, and so switch Policy Lens off on its own page: no more than it can do by removing our highlights.
 */
export function watchContext(onLost: () => void): { check: () => boolean; stop: () => void } {
  let lost = false;
  const check = (): boolean => {
    if (lost) return false;
    if (contextIsValid()) return true;
    lost = true;
    stop();
    onLost();
    return false;
  };
  const onTakeover = () => {
    if (lost) return;
    lost = true;
    stop();
    onLost();
  };
  document.addEventListener(TAKEOVER_EVENT, onTakeover);
  const timer = setInterval(check, CHECK_INTERVAL_MS);
  const stop = () => {
    clearInterval(timer);
    document.removeEventListener(TAKEOVER_EVENT, onTakeover);
  };
  return { check, stop };
}

// The content script: asks the background whether this site is on, scans the page (the background finds, the page
// resolves and wraps), mounts the popover, and answers the toolbar popup. It never opens IndexedDB: the page's origin is not ours.
import type Browser from 'webextension-polyfill';
import { browser, invokeBackground } from '../browser.js';
import { type AnnotationContentApi, type ContentApi, type Handlers, dispatch } from '../messages.js';
import { watchNavigation } from './navigation.js';
import { readStoryDate } from './page-date.js';
import { PopoverController } from './popover-controller.js';
import { type CandidateSource, PageScanner } from './scanner.js';
import { ClaimChecker, claimHandlers } from './claims.js';
import { announceTakeover, removeLeftovers, watchContext } from './lifecycle.js';
import { isOwnMark } from './own-marks.js';
import { allowPerformanceSweeps, measure, stopPerformanceSweeps } from './schedule.js';
import { MARK_TAG } from './wrap.js';
import type { PageSettings } from '../core/settings/settings.js';
import { HighlightFocus } from './highlight-focus.js';
import { HighlightSemantics } from './highlight-semantics.js';
import { applyInterfaceLanguage, applyPageSettings, clearPageSettings, modifierHeld } from './settings.js';
import { offerCardPassage, startPageAnnotations } from './annotations/index.js';

// When the content script began: the benchmark measures the scan from here to "ready".
performance.mark('policy-lens:start');

const root = document.documentElement;
const host = location.hostname || location.protocol.replace(':', '');

let scanner: PageScanner | null = null;
let popover: PopoverController | null = null;
let enabled = false;
let claims: ClaimChecker | null = null;
// A new story on the same page (pjax, Turbo, a single-page app's route) is scanned afresh: its context, its date and
// the popup's list are not the last story's.
const navigation = watchNavigation(() => {
  if (!enabled) return;
  stopScanning();
  void turnOn();
});
// The reader's settings and the modules that follow them (highlight-semantics.ts, highlight-focus.ts, settings.ts).
let pageSettings: PageSettings | null = null;
let semantics: HighlightSemantics | null = null;
let focus: HighlightFocus | null = null;

function setState(state: 'scanning' | 'ready' | 'off' | 'error'): void {
  root.setAttribute('data-policy-lens', state);
  if (state === 'ready' && scanner) root.setAttribute('data-policy-lens-marks', String(scanner.highlightCount()));
  else if (state === 'off') root.removeAttribute('data-policy-lens-marks');
  if (state === 'ready') void claims?.check(); // the page's claims after its first scan; what is new after each rescan
  if (state !== 'scanning') allowPerformanceSweeps();
}

// When the extension goes away (update, reload, disable), this script removes what it added and stops listening,
// without a word: no "Extension context invalidated" reaches the console. Watched from start().
let context: ReturnType<typeof watchContext> = { check: () => true, stop: () => {} };

function shutDown(): void {
  stopScanning();
  clearPageSettings();
  enabled = false;
  navigation.stop();
  stopPerformanceSweeps();
  root.removeAttribute('data-policy-lens');
  root.removeAttribute('data-policy-lens-marks');
  try {
    browser.runtime.onMessage.removeListener(onMessage);
  } catch {
    // the API is gone with the extension
  }
}

/** A question to the background, timed as "policy-lens:ask" (wall time: the page's thread is free meanwhile). */
async function ask<T>(question: () => Promise<T>): Promise<T> {
  // Never asked of an extension that is gone: the scan just stops (shutDown has stopped it).
  if (!context.check()) return new Promise<T>(() => {});
  const answer = question();
  const started = performance.now();
  try {
    return await answer;
  } finally {
    measure('ask', started);
  }
}

const candidateSource: CandidateSource = {
  mayName: (texts) => ask(() => invokeBackground('mayName', { texts })),
  findCandidates: (texts) => ask(() => invokeBackground('findCandidates', { texts })),
};

async function turnOn(): Promise<void> {
  enabled = true;
  setState('scanning');
  const body = document.body ?? root;
  const started = performance.now();
  claims = new ClaimChecker(body, () => scanner?.isLongPage() ?? false);
  const current = new PageScanner(candidateSource, body, () => {
    if (scanner === current) setState('ready');
  }, navigation.check);
  scanner = current;
  // The story's date is read when the first card is asked for: its queries walk the whole document, and most page
  // loads never open a card.
  let storyDate: string | null | undefined;
  semantics = new HighlightSemantics(body, () => current.entities().length);
  if (pageSettings) semantics.apply(pageSettings);
  const marks = semantics;
  popover = new PopoverController(
    (id) => {
      storyDate ??= readStoryDate(document) ?? null;
      return storyDate ? { id, storyDate } : { id };
    },
    () => context.check(),
    {
      delayMs: () => pageSettings?.hoverDelayMs ?? 350,
      accepts: (mark, event) => marks.opensCard(mark) && modifierHeld(event, pageSettings?.modifierKey ?? 'none'),
    },
    (mark, id) => void offerCardPassage(mark, id),
    () => current.caughtUp(),
  );
  const cards = popover;
  focus = new HighlightFocus(semantics, { open: (mark, pinned) => void cards.open(mark, pinned) });
  focus.clickToPin = pageSettings?.clickToPin ?? true;
  measure('setup', started); // mounting the scanner and the listeners
  await scanner.start();
}

function stopScanning(): void {
  popover?.destroy();
  scanner?.stop();
  focus?.destroy();
  semantics?.destroy();
  popover = null;
  scanner = null;
  claims?.clear();
  claims = null;
  focus = null;
  semantics = null;
}

function turnOff(): void {
  enabled = false;
  stopScanning();
  clearPageSettings();
  setState('off');
}

// Design mode makes the whole document editable without an attribute to observe: our highlights leave before the
// first keystroke can land in one.
document.addEventListener('focusin', () => {
  if (document.designMode === 'on' && scanner) scanner.unwrapWithin(document.body ?? root);
}, true);

// One setup at a time: the popup's switch and the storage change it causes both ask, and must not start two scans.
let setupQueue: Promise<void> = Promise.resolve();
function applySetup(): Promise<void> {
  const next = setupQueue.then(applySetupNow);
  setupQueue = next.catch(() => {});
  return next;
}

async function applySetupNow(): Promise<void> {
  const setup = await invokeBackground('getPageSetup', { host });
  if (!setup.enabled) {
    turnOff();
    return;
  }
  pageSettings = setup.settings;
  applyPageSettings(setup.settings);
  await applyInterfaceLanguage(setup.settings.language).catch((error: unknown) => console.error('Policy Lens: interface language not loaded', error));
  if (enabled) {
    // Already on: the new settings only change how the page looks and behaves.
    semantics?.apply(setup.settings);
    if (focus) focus.clickToPin = setup.settings.clickToPin;
    return;
  }
  await turnOn();
}

const handlers: Handlers<ContentApi> = {
  ...claimHandlers(() => claims),
  listPageEntities: () => ({ host, enabled, entities: scanner?.entities() ?? [] }),
  scrollToEntity: ({ id }) => {
    const ownMarkOf = () => [...document.querySelectorAll<HTMLElement>(`${MARK_TAG}[data-entity-id="${CSS.escape(id)}"]`)].find(isOwnMark);
    let mark = ownMarkOf();
    // On a long page the entity's highlights may all be waiting for the reader to come near: wrap one now.
    if (!mark) {
      scanner?.wrapFirstOf(id);
      mark = ownMarkOf();
    }
    if (!mark) return false;
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    mark.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    mark.focus({ preventScroll: true });
    return true;
  },
  applySiteEnabled: async ({ enabled: on }) => {
    if (on && !enabled) await applySetup();
    else if (!on && enabled) turnOff();
    return enabled;
  },
};

// Saved annotations are placed once the scan is ready; the side panel asks this tab about them (issue 9).
const pageAnnotations = startPageAnnotations(root);

function onMessage(message: unknown, sender: Browser.Runtime.MessageSender): Promise<unknown> | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  return dispatch<ContentApi & AnnotationContentApi>({ ...handlers, ...pageAnnotations.handlers }, message);
}

// The reader changed a setting in the options page or the popup: follow it without a reload.
function onSettingsChanged(changes: Record<string, unknown>): void {
  if (!context.check() || !Object.keys(changes).some((key) => key.startsWith('settings.'))) return;
  applySetup().catch((error: unknown) => console.error('Policy Lens: settings could not be applied', error));
}

function start(): void {
  // An earlier copy in this tab (orphaned by an update, or racing with the background's adoption of open tabs) leaves.
  announceTakeover();
  context = watchContext(shutDown);
  removeLeftovers(document.body ?? root);
  browser.runtime.onMessage.addListener(onMessage);
  browser.storage.onChanged.addListener(onSettingsChanged);
  applySetup().catch((error: unknown) => {
    if (!context.check()) return; // the extension went away meanwhile: nothing to report
    setState('error');
    console.error('Policy Lens could not start on this page', error);
  });
}

start();

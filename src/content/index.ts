// The content script: asks the background whether this site is on, scans the page (the background finds, the page
// resolves and wraps), mounts the popover, and answers the toolbar popup. It never opens IndexedDB: the page's origin is not ours.
import type Browser from 'webextension-polyfill';
import { browser, invokeBackground } from '../browser.js';
import { type ContentApi, type Handlers, dispatch } from '../messages.js';
import { readStoryDate } from './page-date.js';
import { PopoverController } from './popover-controller.js';
import { type CandidateSource, PageScanner } from './scanner.js';
import { announceTakeover, removeLeftovers, watchContext } from './lifecycle.js';
import { isOwnMark } from './own-marks.js';
import { allowPerformanceSweeps, measure, stopPerformanceSweeps } from './schedule.js';
import { MARK_TAG } from './wrap.js';

// When the content script began: the benchmark measures the scan from here to "ready".
performance.mark('policy-lens:start');

const root = document.documentElement;
const host = location.hostname || location.protocol.replace(':', '');

let scanner: PageScanner | null = null;
let popover: PopoverController | null = null;
let enabled = false;

function setState(state: 'scanning' | 'ready' | 'off' | 'error'): void {
  root.setAttribute('data-policy-lens', state);
  if (state === 'ready' && scanner) root.setAttribute('data-policy-lens-marks', String(scanner.highlightCount()));
  else if (state === 'off') root.removeAttribute('data-policy-lens-marks');
  if (state !== 'scanning') allowPerformanceSweeps();
}

// When the extension goes away (update, reload, disable), this script removes what it added and stops listening,
// without a word: no "Extension context invalidated" reaches the console. Watched from start().
let context: ReturnType<typeof watchContext> = { check: () => true, stop: () => {} };

function shutDown(): void {
  popover?.destroy();
  scanner?.stop();
  popover = null;
  scanner = null;
  enabled = false;
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
  scanner = new PageScanner(candidateSource, body, () => setState('ready'));
  // The story's date is read when the first card is asked for: its queries walk the whole document, and most page
  // loads never open a card.
  let storyDate: string | null | undefined;
  popover = new PopoverController(
    (id) => {
      storyDate ??= readStoryDate(document) ?? null;
      return storyDate ? { id, storyDate } : { id };
    },
    () => context.check(),
  );
  measure('setup', started); // mounting the scanner and the listeners
  await scanner.start();
}

function turnOff(): void {
  enabled = false;
  popover?.destroy();
  scanner?.stop();
  popover = null;
  scanner = null;
  setState('off');
}

async function applySetup(): Promise<void> {
  const setup = await invokeBackground('getPageSetup', { host });
  if (!setup.enabled) turnOff();
  else await turnOn();
}

const handlers: Handlers<ContentApi> = {
  listPageEntities: () => ({ host, enabled, entities: scanner?.entities() ?? [] }),
  scrollToEntity: ({ id }) => {
    const mark = [...document.querySelectorAll<HTMLElement>(`${MARK_TAG}[data-entity-id="${CSS.escape(id)}"]`)].find(isOwnMark);
    if (!mark) return false;
    mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
    mark.focus({ preventScroll: true });
    return true;
  },
  applySiteEnabled: async ({ enabled: on }) => {
    if (on && !enabled) await applySetup();
    else if (!on && enabled) turnOff();
    return enabled;
  },
};

function onMessage(message: unknown, sender: Browser.Runtime.MessageSender): Promise<unknown> | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  return dispatch(handlers, message);
}

function start(): void {
  // An earlier copy in this tab (orphaned by an update, or racing with the background's adoption of open tabs) leaves.
  announceTakeover();
  context = watchContext(shutDown);
  removeLeftovers(document.body ?? root);
  browser.runtime.onMessage.addListener(onMessage);
  applySetup().catch((error: unknown) => {
    if (!context.check()) return; // the extension went away meanwhile: nothing to report
    setState('error');
    console.error('Policy Lens could not start on this page', error);
  });
}

start();

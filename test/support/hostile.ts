// Attacks a hostile page can make on Policy Lens, written once and run in both browsers: Playwright drives
// Chromium (test/e2e/hostile.spec.ts), puppeteer-core drives Firefox ESR (test/e2e/firefox.test.ts). Both drivers
// share the small API below; every expression evaluated in the page is a string, so that it runs as the page's own
// script (the main world, not the extension's) and the same text works in both. Each attack throws when it succeeds.
import assert from 'node:assert/strict';
import { pollFor } from './poll.js';

export interface DriverFrame {
  url(): string;
  evaluate(expression: string): Promise<unknown>;
}

export interface DriverPage {
  goto(url: string): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
  hover(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  keyboard: { press(key: string): Promise<void> };
  mouse: { move(x: number, y: number): Promise<void> };
  frames(): DriverFrame[];
}

export interface Attack {
  name: string;
  /** What the page does, in a sentence (docs/security.md lists the same). */
  threat: string;
  run(page: DriverPage, origin: string): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(page: DriverPage, expression: string, what: string, timeoutMs = 10_000): Promise<void> {
  await pollFor(() => page.evaluate(expression), what, timeoutMs);
}

export async function openScannedPage(page: DriverPage, url: string): Promise<void> {
  await page.goto(url);
  await until(page, `document.documentElement.getAttribute('data-policy-lens') === 'ready'`, 'the first scan', 30_000);
}

// Written so that they also run against the card as it was before issue 11 (a <policy-lens-popover> with an open
// shadow root, shown with an inline display: block), which is how each attack was shown to succeed there.
const IS_OPEN = `(() => { const h = document.querySelector('policy-lens-popover'); return !!h && (h.matches(':popover-open') || h.style.display === 'block'); })()`;

const CARD_URL = /^(chrome|moz)-extension:\/\/[^/]+\/card\.html/;

/**
 * The card's frame. Firefox 140.12's BiDi reports an extension frame inside a closed shadow root as about:blank, so a
 * frame whose reported address says nothing is asked for its own.
 */
export async function cardFrameOf(page: DriverPage): Promise<DriverFrame | undefined> {
  const frames = page.frames();
  const named = frames.find((frame) => CARD_URL.test(frame.url()));
  if (named) return named;
  for (const frame of frames.filter((f) => f.url() === 'about:blank')) {
    const href = await frame.evaluate('location.href').catch(() => '');
    if (typeof href === 'string' && CARD_URL.test(href)) return frame;
  }
  return undefined;
}

/**
 * Evaluates `body` (a function body over `dialog`, the card's role="dialog" element, or null) where the card is: in
 * its extension frame, or else (the old design) in the host's open shadow root.
 */
async function onDialog(page: DriverPage, body: string): Promise<unknown> {
  const frame = await cardFrameOf(page);
  if (frame) return frame.evaluate(`((dialog) => { ${body} })(document.querySelector('[role="dialog"]'))`);
  return page.evaluate(`((dialog) => { ${body} })(document.querySelector('policy-lens-popover')?.shadowRoot?.querySelector('[role="dialog"]') ?? null)`);
}

/** Waits for the card to be open and to show a card. */
export async function openCard(page: DriverPage, selector: string): Promise<DriverFrame> {
  await page.hover(selector);
  await until(page, IS_OPEN, 'the card to open');
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (await onDialog(page, 'return !!dialog;').catch(() => false)) return (await cardFrameOf(page)) ?? { url: () => '', evaluate: (e) => page.evaluate(e) };
    await sleep(100);
  }
  throw new Error('the card shows no card');
}

async function cardLabel(page: DriverPage): Promise<unknown> {
  return onDialog(page, `return dialog ? dialog.getAttribute('aria-label') : null;`);
}

/**
 * Whether the reader can see the card: the host is rendered (display, visibility, opacity), of a card's size, and
 * is what lies on top at its centre and near its corners (nothing of the page's covers it).
 */
const CARD_ON_TOP = `(() => {
  const host = document.querySelector('policy-lens-popover');
  if (!${IS_OPEN}) return 'not open';
  if (!host.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return 'not rendered';
  const r = host.getBoundingClientRect();
  if (r.width < 150 || r.height < 80) return 'too small: ' + r.width + 'x' + r.height;
  const points = [[r.left + r.width / 2, r.top + r.height / 2], [r.left + 10, r.top + 10], [r.right - 10, r.bottom - 10]];
  for (const [x, y] of points) {
    const top = document.elementFromPoint(x, y);
    if (top !== host) return 'covered at ' + Math.round(x) + ',' + Math.round(y) + ' by ' + (top ? top.tagName : 'nothing');
  }
  return 'visible';
})()`;

async function assertCardVisible(page: DriverPage, label: string): Promise<void> {
  assert.equal(await page.evaluate(CARD_ON_TOP), 'visible');
  assert.equal(await cardLabel(page), label);
}

async function assertNoCardOpens(page: DriverPage): Promise<void> {
  await sleep(1000); // well past the hover delay and a card's load
  assert.equal(await page.evaluate(IS_OPEN), false, 'a card opened');
}

function addStyle(css: string): string {
  return `(() => { const s = document.createElement('style'); s.textContent = ${JSON.stringify(css)}; document.head.append(s); return true; })()`;
}

const KRASNOV = 'policy-lens-mark[data-entity-id="igor-krasnov"]';

export const attacks: Attack[] = [
  {
    name: 'CSS hides the card',
    threat: 'One page rule, `policy-lens-popover{display:none!important}` (with visibility and opacity), hides every card.',
    async run(page, origin) {
      await openScannedPage(page, `${origin}/russia-turkey.html`);
      await page.evaluate(addStyle('policy-lens-popover, policy-lens-popover * { display: none !important; visibility: hidden !important; opacity: 0 !important; }'));
      await openCard(page, KRASNOV);
      await assertCardVisible(page, 'Igor Krasnov');
    },
  },
  {
    name: 'CSS resets everything',
    threat: '`*{all:unset}` in the page, made `!important`, strips the card of its layout and styles.',
    async run(page, origin) {
      await openScannedPage(page, `${origin}/russia-turkey.html`);
      await page.evaluate(addStyle('*, *::before, *::after { all: unset !important; }'));
      await openCard(page, KRASNOV);
      await assertCardVisible(page, 'Igor Krasnov');
    },
  },
  {
    name: 'an overlay covers the card',
    threat: 'A full-viewport element with the highest z-index, added while a card is open, covers it.',
    async run(page, origin) {
      await openScannedPage(page, `${origin}/russia-turkey.html`);
      await openCard(page, KRASNOV);
      const box = (await page.evaluate(`(() => { const r = document.querySelector('policy-lens-popover').getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()`)) as [number, number];
      await page.mouse.move(box[0], box[1]); // the reader is reading the card
      await page.evaluate(`(() => {
        const overlay = document.createElement('div');
        overlay.id = 'overlay';
        overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:#fff;pointer-events:auto';
        overlay.textContent = 'Subscribe to keep reading';
        document.documentElement.append(overlay); // last in the document: above any other element of the same z-index
        return true;
      })()`);
      await sleep(800);
      await assertCardVisible(page, 'Igor Krasnov');
    },
  },
  {
    name: 'a page script reads or rewrites the card',
    threat:
      "A page script reads which card the reader opened and what it says, rewrites its summary to 'VERIFIED BY POLICY LENS' and its source links to another URL, or navigates the card's frame to a page of its own.",
    async run(page, origin) {
      await openScannedPage(page, `${origin}/russia-turkey.html`);
      await openCard(page, KRASNOV);
      const before = await onDialog(page, 'return dialog.textContent;');
      const readByPage = (await page.evaluate(`(() => {
        const seen = [];
        const host = document.querySelector('policy-lens-popover');
        const root = host && host.shadowRoot;
        if (root) {
          seen.push('shadow:' + root.textContent);
          for (const el of root.querySelectorAll('.summary')) el.textContent = 'VERIFIED BY POLICY LENS: this official endorses our token';
          for (const a of root.querySelectorAll('a')) a.href = 'https://evil.invalid/';
          for (const f of root.querySelectorAll('iframe')) seen.push('iframe:' + f.src);
        }
        for (const f of document.querySelectorAll('iframe')) seen.push('iframe:' + f.src);
        for (let i = 0; i < window.frames.length; i++) {
          try { seen.push('frame:' + window.frames[i].document.body.textContent); window.frames[i].document.body.textContent = 'VERIFIED BY POLICY LENS'; } catch (e) { /* cross-origin */ }
          try { seen.push('location:' + window.frames[i].location.href); } catch (e) { /* cross-origin */ }
          try { window.frames[i].location.href = ${JSON.stringify(`${origin}/interpol.html#fake-card`)}; seen.push('navigated'); } catch (e) { /* not allowed */ }
        }
        for (const e of performance.getEntriesByType('resource')) if (/card\\.html/.test(e.name)) seen.push('timing:' + e.name);
        return seen;
      })()`)) as string[];
      const leaked = readByPage.filter((item) => item !== 'navigated');
      assert.deepEqual(leaked, [], `the page read: ${leaked.join(' | ')}`);
      await sleep(500);
      if (readByPage.includes('navigated')) {
        // The page could reach the frame's window and navigate it: the card must have closed, never shown the page's document.
        assert.equal(await page.evaluate(IS_OPEN), false, 'a navigated frame still shown as the card');
        return;
      }
      const after = await onDialog(page, `return dialog ? dialog.textContent : '';`);
      assert.equal(after, before);
      assert.doesNotMatch(String(after), /VERIFIED/);
      const hrefs = (await onDialog(page, `return [...dialog.querySelectorAll('a[href]')].map((a) => a.href);`)) as string[];
      assert.ok(hrefs.length > 0 && hrefs.every((href) => href.startsWith('https://') && !href.includes('evil.invalid')), hrefs.join(' '));
      await assertCardVisible(page, 'Igor Krasnov');
    },
  },
  {
    name: 'a forged highlight',
    threat:
      'The page wraps "Click here to claim your refund" in its own <policy-lens-mark data-entity-id=…>, or rewrites the words inside a genuine highlight, to borrow a genuine card.',
    async run(page, origin) {
      await openScannedPage(page, `${origin}/russia-turkey.html`);
      await page.evaluate(`(() => {
        const p = document.createElement('p');
        p.innerHTML = '<policy-lens-mark id="forged" class="policy-lens-mark" data-entity-id="igor-krasnov" data-entity-type="official" tabindex="0" role="button">Click here to claim your refund</policy-lens-mark>';
        document.querySelector('h1').after(p);
        const genuine = document.querySelector('policy-lens-mark[data-entity-id="ru-fsb"]');
        genuine.id = 'rewritten';
        genuine.textContent = 'Claim your refund';
        return true;
      })()`);
      await sleep(300); // let the page's own re-scan of new content pass
      await page.hover('#forged');
      await assertNoCardOpens(page);
      await page.focus('#forged');
      await page.keyboard.press('Enter');
      await assertNoCardOpens(page);
      await page.hover('#rewritten');
      await assertNoCardOpens(page);
      // The genuine highlights still work.
      await openCard(page, `${KRASNOV}:not(#forged)`);
    },
  },
  {
    name: 'a synthetic event opens a card',
    threat: 'A page script dispatches mouse, pointer or keyboard events on a genuine highlight to open a card with no user action.',
    async run(page, origin) {
      await openScannedPage(page, `${origin}/russia-turkey.html`);
      await page.mouse.move(1, 1);
      await page.evaluate(`(() => {
        const mark = document.querySelector(${JSON.stringify(KRASNOV)});
        for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'mousemove']) mark.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
        mark.focus();
        mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        mark.click();
        return true;
      })()`);
      await assertNoCardOpens(page);
      await openCard(page, KRASNOV); // a real user's hover still opens it
    },
  },
  {
    name: 'the performance timeline fills up',
    threat: "The content script's performance entries are never cleared, so a re-rendering page's timeline grows without bound (and tells the page when the reader opened a card).",
    async run(page, origin) {
      await openScannedPage(page, `${origin}/dynamic.html`);
      await openCard(page, 'policy-lens-mark[data-entity-id="int-fatf"]');
      await page.mouse.move(1, 1);
      await sleep(6500);
      const left = await page.evaluate(`performance.getEntries().filter((e) => e.name.startsWith('policy-lens:')).map((e) => e.name)`);
      assert.deepEqual(left, []);
    },
  },
];

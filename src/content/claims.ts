// Claims on the page (issue 10): once the first scan is ready (and again, for what is new, after each later scan), the page's blocks and the highlights in them go to the
// background, which finds and judges the claims; each claim's sentence is then marked with a <policy-lens-claim>
// element (a style of its own, distinct from entity highlights), <html> gets data-policy-lens-claims, and the
// "Check this page" panel can list them and scroll to one. The page's text goes to our own background only.
import { invokeBackground } from '../browser.js';
import type { AnnotationDraft } from '../core/annotations/edit.js';
import { draftOfRange } from './annotations/selection.js';
import type { ClaimBlock, ContentApi, Handlers, PageClaim } from '../messages.js';
import { readStoryDate } from './page-date.js';
import { inSlices } from './schedule.js';
import { LONG_PAGE_CHARS } from './scanner.js';
import { MARK_TAG } from './wrap.js';

export const CLAIM_TAG = 'policy-lens-claim';
const BLOCK_SELECTOR = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, dd, dt, td, th, figcaption, caption';
const NEVER_READ = 'script, style, noscript, template, textarea, code, pre, nav, footer, policy-lens-popover, [hidden], [contenteditable]:not([contenteditable="false"])';
// A page longer than this is not checked: claim checking must never cost a long page its responsiveness.
const MAX_CHARS = LONG_PAGE_CHARS;
const MAX_BLOCKS = 5_000;
// The most telling verdict marks a sentence that holds several claims.
const SEVERITY = ['contradicted', 'outdated', 'supported', 'unknown', 'unjudged'];

interface CollectedBlock {
  element: Element;
  text: string;
  pieces: { node: Text; start: number }[];
  mentions: ClaimBlock['mentions'];
}

/**
 * The innermost blocks' text and the highlights in them, in slices; none at all on a page too long to check. A block
 * `skip` says was checked already is not read again (a re-check reads only what is new).
 */
async function collect(root: Element, skip: (element: Element) => boolean = () => false): Promise<CollectedBlock[]> {
  const blocks: CollectedBlock[] = [];
  let total = 0;
  let tooLong = false;
  await inSlices('claims', root.querySelectorAll(BLOCK_SELECTOR), (element) => {
    if (tooLong || skip(element) || element.querySelector(BLOCK_SELECTOR) || element.closest(NEVER_READ)) return; // innermost blocks only
    const block = readBlock(element);
    if (block.text.trim().length === 0) return;
    total += block.text.length;
    if (total > MAX_CHARS || blocks.length >= MAX_BLOCKS) tooLong = true;
    else blocks.push(block);
  });
  return tooLong ? [] : blocks;
}

function readBlock(element: Element): CollectedBlock {
  const block: CollectedBlock = { element, text: '', pieces: [], mentions: [] };
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let lastMark: Element | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement?.closest(NEVER_READ)) continue;
    const start = block.text.length;
    block.pieces.push({ node, start });
    block.text += node.data;
    const mark = node.parentElement?.closest(MARK_TAG);
    const entity = mark?.getAttribute('data-entity-id');
    if (!mark || !entity) continue;
    const previous = block.mentions[block.mentions.length - 1];
    // A name split across tags is one mention: its later pieces carry data-continued.
    if (previous && (mark === lastMark || (mark.hasAttribute('data-continued') && previous.entity === entity))) previous.end = block.text.length;
    else block.mentions.push({ entity, start, end: block.text.length });
    lastMark = mark;
  }
  return block;
}

/**
 * What a block was when read: its text and how many highlights it held. A block read before the scanner wrapped its
 * names (it was appended while a check ran) has the same text afterwards, but more highlights: it is read again.
 */
function signatureOf(element: Element): string {
  return `${element.querySelectorAll(MARK_TAG).length}:${element.textContent ?? ''}`;
}

/** Wraps the text of [start, end) of a block, unit by unit (a text node, or a whole highlight), last sentence first. */
function wrapSentence(block: CollectedBlock, start: number, end: number, verdict: string, indexes: string): void {
  const units: Node[] = [];
  for (const { node, start: at } of block.pieces) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + node.data.length);
    if (from >= to || !node.parentNode) continue;
    const mark = node.parentElement?.closest(MARK_TAG);
    if (mark) {
      const outer = mark.parentElement?.closest(MARK_TAG) ?? mark;
      if (!units.includes(outer)) units.push(outer);
      continue;
    }
    let piece = node;
    if (to - at < node.data.length) node.splitText(to - at);
    if (from > at) piece = node.splitText(from - at);
    units.push(piece);
  }
  // Moving a node out of the document and back takes focus from it: a reader who has just focused a highlight (Tab,
  // then Enter for the card) would find their Enter landing on the page's body when the claims arrive in between.
  const focused = document.activeElement;
  for (const unit of units) {
    if ((unit.parentNode as Element | null)?.localName === CLAIM_TAG) continue;
    const wrapper = document.createElement(CLAIM_TAG);
    wrapper.className = 'policy-lens-claim';
    wrapper.setAttribute('data-claim-verdict', verdict);
    wrapper.setAttribute('data-claim-index', indexes);
    unit.parentNode?.insertBefore(wrapper, unit);
    wrapper.appendChild(unit);
  }
  if (focused instanceof HTMLElement && focused !== document.activeElement && focused.isConnected) focused.focus({ preventScroll: true });
}

// Claims are checked again when the scanner rescans (appended content, a changed block), at most this often.
const RECHECK_DEBOUNCE_MS = 400;
const RECHECK_MAX_WAIT_MS = 2000;
// The first blocks of a page, where a dateline sits: sent with every re-check so new claims are dated like the first.
const DATELINE_BLOCKS = 12;

function unwrapClaims(within: ParentNode): void {
  for (const wrapper of [...within.querySelectorAll(CLAIM_TAG)]) {
    const parent = wrapper.parentNode;
    if (!parent) continue;
    while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
    parent.removeChild(wrapper);
    parent.normalize();
  }
}

export class ClaimChecker {
  private claims: PageClaim[] = [];
  private checked = false;
  private revision = 0;
  private nextIndex = 0;
  /** Every block read so far, with its signature then: a block is checked again when its text or highlights changed. */
  private readonly known = new Map<Element, string>();
  /** The block each claim is in, so a claim leaves the list when its block leaves the page. */
  private readonly blockOf = new Map<number, Element>();
  private dateline: ClaimBlock[] = [];
  private storyDate: string | undefined;
  private running: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waitingSince: number | undefined;
  private stopped = false;
  private readOnce = false;

  constructor(
    private readonly root: Element,
    /** Whether the scanner found more text than MAX_CHARS: then the page is not read at all, not even to count. */
    private readonly isLongPage: () => boolean,
  ) {}

  /**
   * Checks the page's claims: at once after the first scan; after a later scan (content appended, a block changed or
   * removed), once the page settles, only the blocks not checked before, and drops the claims whose block is gone.
   */
  check(): Promise<void> {
    if (!this.running) {
      this.running = this.guard(() => this.run(true));
      return this.running;
    }
    // Debounced, but never put off for longer than RECHECK_MAX_WAIT_MS by a page that never stops changing.
    const now = performance.now();
    this.waitingSince ??= now;
    clearTimeout(this.timer);
    const delay = Math.max(0, Math.min(RECHECK_DEBOUNCE_MS, this.waitingSince + RECHECK_MAX_WAIT_MS - now));
    this.timer = setTimeout(() => {
      this.waitingSince = undefined;
      const previous = this.running ?? Promise.resolve();
      this.running = previous.then(() => this.guard(() => this.run(false)));
    }, delay);
    return this.running;
  }

  private guard(work: () => Promise<void>): Promise<void> {
    return work().catch((error: unknown) => {
      console.error('Policy Lens could not check this page\'s claims', error);
    });
  }

  private async run(first: boolean): Promise<void> {
    if (this.stopped) return;
    if (this.isLongPage()) {
      this.finish();
      return;
    }
    const removed = first ? false : this.forgetChanged();
    if (first) this.storyDate = readStoryDate(document);
    const hasMarks = this.root.querySelector(MARK_TAG) !== null;
    // Until the page has named something, nothing is read: the first read is the whole page.
    const full = !this.readOnce;
    const blocks = hasMarks ? await collect(this.root, (element) => this.known.has(element)) : [];
    if (this.stopped) return;
    if (hasMarks) this.readOnce = true;
    for (const block of blocks) this.known.set(block.element, signatureOf(block.element));
    if (full) this.dateline = blocks.slice(0, DATELINE_BLOCKS).map(({ text }) => ({ text, mentions: [] }));
    const fresh = blocks.filter((b) => b.mentions.length > 0);
    if (fresh.length === 0) {
      if (first || removed) this.finish();
      return;
    }
    // The first read sends every block, so the background can read a dateline; a re-check sends the page's first
    // blocks (without their mentions: they were checked) and the new blocks with names in them.
    const sent = full ? blocks : fresh;
    const prefix = full ? [] : this.dateline;
    const found = await invokeBackground('checkClaims', {
      blocks: [...prefix, ...sent.map(({ text, mentions }) => ({ text, mentions }))],
      ...(this.storyDate ? { storyDate: this.storyDate } : {}),
    });
    if (this.stopped) return;
    const claims: PageClaim[] = found
      .filter((claim) => claim.block >= prefix.length)
      .map((claim) => ({ ...claim, block: claim.block - prefix.length, index: this.nextIndex++ }));
    const sentences = new Map<string, PageClaim[]>();
    for (const claim of claims) sentences.set(`${claim.block}:${claim.start}:${claim.end}`, [...(sentences.get(`${claim.block}:${claim.start}:${claim.end}`) ?? []), claim]);
    const ordered = [...sentences.values()].sort((a, b) => (b[0] as PageClaim).block - (a[0] as PageClaim).block || (b[0] as PageClaim).start - (a[0] as PageClaim).start);
    for (const group of ordered) {
      const first = group[0] as PageClaim;
      const block = sent[first.block];
      if (!block?.element.isConnected) continue;
      const verdict = SEVERITY.find((v) => group.some((c) => c.verdict === v)) ?? first.verdict;
      wrapSentence(block, first.start, first.end, verdict, group.map((c) => String(c.index)).join(' '));
      for (const claim of group) this.blockOf.set(claim.index, block.element);
    }
    this.claims = [...this.claims, ...claims.filter((c) => this.blockOf.has(c.index))];
    this.finish();
  }

  /** Drops the claims of blocks that left the page or whose text changed (those are read again); true if any went. */
  private forgetChanged(): boolean {
    const gone = new Set<Element>();
    for (const [element, signature] of this.known) {
      if (element.isConnected && signatureOf(element) === signature) continue;
      this.known.delete(element);
      gone.add(element);
      if (element.isConnected) unwrapClaims(element);
    }
    if (gone.size === 0) return false;
    const before = this.claims.length;
    this.claims = this.claims.filter((claim) => {
      const element = this.blockOf.get(claim.index);
      if (element && !gone.has(element)) return true;
      this.blockOf.delete(claim.index);
      return false;
    });
    return this.claims.length !== before;
  }

  private finish(): void {
    this.checked = true;
    this.revision++;
    document.documentElement.setAttribute('data-policy-lens-claims', String(this.claims.length));
  }

  /** Takes the claim marks off the page (the site was turned off, or a new story is scanned afresh). */
  clear(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    unwrapClaims(document);
    document.documentElement.removeAttribute('data-policy-lens-claims');
    this.claims = [];
    this.known.clear();
    this.blockOf.clear();
    this.checked = false;
    this.running = undefined;
  }

  /** A claim's sentence as a draft annotation, its selectors read from where its marks are on the page. */
  private draftOf(index: number): AnnotationDraft | null {
    const wrappers = document.querySelectorAll(`${CLAIM_TAG}[data-claim-index~="${Number(index)}"]`);
    const first = wrappers[0];
    const last = wrappers[wrappers.length - 1];
    if (!first || !last) return null;
    const range = document.createRange();
    range.setStartBefore(first);
    range.setEndAfter(last);
    return draftOfRange(range);
  }

  handlers(): Pick<Handlers<ContentApi>, 'listClaims' | 'scrollToClaim' | 'claimDraft'> {
    return {
      listClaims: () => ({ url: location.href, title: document.title, checked: this.checked, claims: this.claims, revision: this.revision }),
      scrollToClaim: ({ index }) => {
        const element = document.querySelector<HTMLElement>(`${CLAIM_TAG}[data-claim-index~="${Number(index)}"]`);
        if (!element) return false;
        element.scrollIntoView({ block: 'center', behavior: 'smooth' });
        for (const shown of document.querySelectorAll(`${CLAIM_TAG}[data-claim-shown]`)) shown.removeAttribute('data-claim-shown');
        element.setAttribute('data-claim-shown', '');
        return true;
      },
      claimDraft: ({ index }) => this.draftOf(index),
    };
  }
}

/** The panel's questions, answered by the checker of the moment (none while the site is off). */
export function claimHandlers(current: () => ClaimChecker | null): Pick<Handlers<ContentApi>, 'listClaims' | 'scrollToClaim' | 'claimDraft'> {
  return {
    listClaims: (params) => current()?.handlers().listClaims(params) ?? { url: location.href, title: document.title, checked: false, claims: [] },
    scrollToClaim: (params) => current()?.handlers().scrollToClaim(params) ?? false,
    claimDraft: (params) => current()?.handlers().claimDraft(params) ?? null,
  };
}

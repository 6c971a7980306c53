// Claims on the page (issue 10): once the first scan is ready, the page's blocks and the highlights in them go to the
// background, which finds and judges the claims; each claim's sentence is then marked with a <policy-lens-claim>
// element (a style of its own, distinct from entity highlights), <html> gets data-policy-lens-claims, and the
// "Check this page" panel can list them and scroll to one. The page's text goes to our own background only.
import { invokeBackground } from '../browser.js';
import type { ClaimBlock, ContentApi, Handlers, PageClaim } from '../messages.js';
import { readStoryDate } from './page-date.js';
import { inSlices } from './schedule.js';
import { MARK_TAG } from './wrap.js';

export const CLAIM_TAG = 'policy-lens-claim';
const BLOCK_SELECTOR = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, dd, dt, td, th, figcaption, caption';
const NEVER_READ = 'script, style, noscript, template, textarea, code, pre, nav, footer, policy-lens-popover, [hidden], [contenteditable]:not([contenteditable="false"])';
// A page longer than this is not checked: claim checking must never cost a long page its responsiveness.
const MAX_CHARS = 400_000;
const MAX_BLOCKS = 5_000;
// The most telling verdict marks a sentence that holds several claims.
const SEVERITY = ['contradicted', 'outdated', 'supported', 'unknown', 'unjudged'];

interface CollectedBlock {
  text: string;
  pieces: { node: Text; start: number }[];
  mentions: ClaimBlock['mentions'];
}

/** The innermost blocks' text and the highlights in them, in slices; none at all on a page too long to check. */
async function collect(root: Element): Promise<CollectedBlock[]> {
  const blocks: CollectedBlock[] = [];
  let total = 0;
  let tooLong = false;
  await inSlices('claims', root.querySelectorAll(BLOCK_SELECTOR), (element) => {
    if (tooLong || element.querySelector(BLOCK_SELECTOR) || element.closest(NEVER_READ)) return; // innermost blocks only
    const block = readBlock(element);
    if (block.text.trim().length === 0) return;
    total += block.text.length;
    if (total > MAX_CHARS || blocks.length >= MAX_BLOCKS) tooLong = true;
    else blocks.push(block);
  });
  return tooLong ? [] : blocks;
}

function readBlock(element: Element): CollectedBlock {
  const block: CollectedBlock = { text: '', pieces: [], mentions: [] };
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

export class ClaimChecker {
  private claims: PageClaim[] = [];
  private checked = false;
  private running: Promise<void> | undefined;

  constructor(private readonly root: Element) {}

  /** Checks the page's claims once, after the first scan; later calls do nothing. */
  check(): Promise<void> {
    this.running ??= this.run().catch((error: unknown) => {
      console.error('Policy Lens could not check this page\'s claims', error);
    });
    return this.running;
  }

  private async run(): Promise<void> {
    const blocks = this.root.querySelector(MARK_TAG) ? await collect(this.root) : [];
    if (!blocks.some((b) => b.mentions.length > 0)) {
      this.finish([]);
      return;
    }
    const storyDate = readStoryDate(document);
    // Every block goes, so the background can read a dateline; only blocks that name something can hold a claim.
    const found = await invokeBackground('checkClaims', { blocks: blocks.map(({ text, mentions }) => ({ text, mentions })), ...(storyDate ? { storyDate } : {}) });
    const claims: PageClaim[] = found.map((claim, index) => ({ ...claim, index }));
    const sentences = new Map<string, PageClaim[]>();
    for (const claim of claims) sentences.set(`${claim.block}:${claim.start}:${claim.end}`, [...(sentences.get(`${claim.block}:${claim.start}:${claim.end}`) ?? []), claim]);
    const ordered = [...sentences.values()].sort((a, b) => (b[0] as PageClaim).block - (a[0] as PageClaim).block || (b[0] as PageClaim).start - (a[0] as PageClaim).start);
    for (const group of ordered) {
      const first = group[0] as PageClaim;
      const block = blocks[first.block];
      if (!block) continue;
      const verdict = SEVERITY.find((v) => group.some((c) => c.verdict === v)) ?? first.verdict;
      wrapSentence(block, first.start, first.end, verdict, group.map((c) => String(c.index)).join(' '));
    }
    this.finish(claims);
  }

  private finish(claims: PageClaim[]): void {
    this.claims = claims;
    this.checked = true;
    document.documentElement.setAttribute('data-policy-lens-claims', String(claims.length));
  }

  /** Takes the claim marks off the page (the site was turned off). */
  clear(): void {
    for (const wrapper of [...document.querySelectorAll(CLAIM_TAG)]) {
      const parent = wrapper.parentNode;
      if (!parent) continue;
      while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
      parent.removeChild(wrapper);
      parent.normalize();
    }
    document.documentElement.removeAttribute('data-policy-lens-claims');
    this.claims = [];
    this.checked = false;
    this.running = undefined;
  }

  handlers(): Pick<Handlers<ContentApi>, 'listClaims' | 'scrollToClaim'> {
    return {
      listClaims: () => ({ url: location.href, title: document.title, checked: this.checked, claims: this.claims }),
      scrollToClaim: ({ index }) => {
        const element = document.querySelector<HTMLElement>(`${CLAIM_TAG}[data-claim-index~="${Number(index)}"]`);
        if (!element) return false;
        element.scrollIntoView({ block: 'center', behavior: 'smooth' });
        for (const shown of document.querySelectorAll(`${CLAIM_TAG}[data-claim-shown]`)) shown.removeAttribute('data-claim-shown');
        element.setAttribute('data-claim-shown', '');
        return true;
      },
    };
  }
}

/** The panel's questions, answered by the checker of the moment (none while the site is off). */
export function claimHandlers(current: () => ClaimChecker | null): Pick<Handlers<ContentApi>, 'listClaims' | 'scrollToClaim'> {
  return {
    listClaims: (params) => current()?.handlers().listClaims(params) ?? { url: location.href, title: document.title, checked: false, claims: [] },
    scrollToClaim: (params) => current()?.handlers().scrollToClaim(params) ?? false,
  };
}

// The only module that imports the wrapping library, so it can be swapped after a measurement. It is advanced-mark.js,
// the maintained, API-compatible fork of mark.js (frozen since 2018): on the benchmark's typical article its
// `markRanges` wrapped the same highlights in about half mark.js's time. It only wraps: recognition has already
// decided every range.
import Mark from 'advanced-mark.js/dist/mark.es6.js';
import type { EntityLabel } from '../core/types.js';
import { type TextRun, locate } from './collect.js';
import { registerMark } from './own-marks.js';

export const MARK_TAG = 'policy-lens-mark';
const MARK_CLASS = 'policy-lens-mark';

// The library skips a text node whose parent is one of these five; recognition has already kept away from code, form
// fields and the rest, so it needs no exclusions of ours. Counting offsets with the same parent-only rule keeps the
// two in step.
const ALWAYS_SKIPPED = new Set(['SCRIPT', 'STYLE', 'TITLE', 'HEAD', 'HTML']);

export interface Highlight {
  run: TextRun;
  start: number;
  end: number;
  entity: string;
  label: EntityLabel;
}

interface PlacedRange {
  start: number;
  length: number;
  highlight: Highlight;
}

/** Adds the offset of each text node inside `context`, counted from `total` the way the library counts them. */
function countOffsets(context: Element, offsets: Map<Text, number>, total: number): number {
  const walker = document.createTreeWalker(context, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (ALWAYS_SKIPPED.has(node.parentElement?.nodeName.toUpperCase() ?? '')) continue;
    offsets.set(node, total);
    total += node.data.length;
  }
  return total;
}

function decorate(element: Element, highlight: Highlight): void {
  element.setAttribute('data-entity-id', highlight.entity);
  element.setAttribute('data-entity-type', highlight.label.type);
  if (highlight.label.wikidataId) element.setAttribute('data-wikidata', highlight.label.wikidataId);
  element.setAttribute('tabindex', '0');
  element.setAttribute('role', 'button');
  element.setAttribute('aria-haspopup', 'dialog');
  element.setAttribute('aria-label', `${highlight.label.name} (${highlight.label.type}): press Enter for details`);
  registerMark(element);
}

/**
 * Wraps highlights. Offsets are computed for all of them before any is wrapped: wrapping splits text nodes but
 * never changes the text, so offsets counted first stay true.
 */
export function wrapHighlights(highlights: readonly Highlight[]): void {
  const located: { start: Text; startOffset: number; end: Text; endOffset: number; context: Element; highlight: Highlight }[] = [];
  for (const highlight of highlights) {
    const start = locate(highlight.run, highlight.start, false);
    const end = locate(highlight.run, highlight.end, true);
    if (!start.node.isConnected || !end.node.isConnected) continue; // the page removed it meanwhile
    let context: Element | null = start.node.parentElement;
    while (context && !context.contains(end.node)) context = context.parentElement;
    if (context) located.push({ start: start.node, startOffset: start.offset, end: end.node, endOffset: end.offset, context, highlight });
  }
  // One call over every context, in document order, outermost only (the library counts offsets across the
  // contexts it is given, one after another): each call has a fixed cost, and a page's first calls are the dearest.
  const contexts = [...new Set(located.map((item) => item.context))].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const outermost: Element[] = [];
  for (const context of contexts) {
    const last = outermost[outermost.length - 1];
    if (!last || !last.contains(context)) outermost.push(context);
  }
  const offsets = new Map<Text, number>();
  let total = 0;
  for (const context of outermost) total = countOffsets(context, offsets, total);
  const ranges: PlacedRange[] = [];
  for (const item of located) {
    const startBase = offsets.get(item.start);
    const endBase = offsets.get(item.end);
    if (startBase === undefined || endBase === undefined) continue;
    const start = startBase + item.startOffset;
    ranges.push({ start, length: endBase + item.endOffset - start, highlight: item.highlight });
  }
  if (ranges.length === 0) return;
  const placed = new Set<Highlight>();
  new Mark(outermost as HTMLElement[]).markRanges(ranges, {
    element: MARK_TAG,
    className: MARK_CLASS,
    exclude: [],
    each: (element: Element, range: Mark.Range) => {
      const { highlight } = range as PlacedRange;
      decorate(element, highlight);
      // A name split across tags is wrapped in several pieces; only the first counts as a highlight.
      if (placed.has(highlight)) element.setAttribute('data-continued', '');
      placed.add(highlight);
    },
  });
}

/** Removes every highlight from the page, restoring its text nodes. */
export function unwrapAll(root: Element): void {
  new Mark(root as HTMLElement).unmark({ element: MARK_TAG, className: MARK_CLASS });
}

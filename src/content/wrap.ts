// The only module that imports the wrapping library, so it can be swapped after a measurement. It is advanced-mark.js,
// the maintained, API-compatible fork of mark.js (frozen since 2018): on the benchmark's typical article its
// `markRanges` wrapped the same highlights in about half mark.js's time. It only wraps: recognition has already
// decided every range.
import Mark from 'advanced-mark.js/dist/mark.es6.js';
import type { EntityLabel } from '../core/types.js';
import { type TextPiece, type TextRun, pieceAt } from './collect.js';
import { registerMark } from './own-marks.js';

export const MARK_TAG = 'policy-lens-mark';
const MARK_CLASS = 'policy-lens-mark';

export interface Highlight {
  run: TextRun;
  start: number;
  end: number;
  entity: string;
  label: EntityLabel;
}

/**
 * The library walks each context with `document.createNodeIterator`. A NodeIterator stays registered with its
 * document until it is garbage-collected, and every node removal (each wrap is one) visits every registered
 * iterator: over thousands of calls the cost grows with calls × highlights, whatever the size of each context
 * (12,000 single-name calls took 20 s in Chromium; the same calls walking with a TreeWalker, which removals do not
 * visit, 0.3 s). The library's `window` option, meant for virtual DOMs, lets it walk with a TreeWalker instead. A
 * TreeWalker is not live as an iterator is, which is safe here: `markRanges` collects every text node before it
 * wraps any (unwrapping, which removes as it walks, keeps the default).
 */
function walkWithTreeWalker(root: Node, whatToShow: number): { nextNode: () => Node | null } {
  const walker = document.createTreeWalker(root, whatToShow);
  // A NodeIterator yields its root first; a TreeWalker starts below it.
  let atRoot = (whatToShow & (1 << (root.nodeType - 1))) !== 0;
  return {
    nextNode: () => {
      if (!atRoot) return walker.nextNode();
      atRoot = false;
      return root;
    },
  };
}

let libraryWindow: unknown;
function windowForLibrary(): Window {
  libraryWindow ??= {
    console,
    Node,
    NodeFilter,
    document: {
      createElement: (name: string) => document.createElement(name),
      createTextNode: (data: string) => document.createTextNode(data),
      createDocumentFragment: () => document.createDocumentFragment(),
      querySelectorAll: (selector: string) => document.querySelectorAll(selector),
      createNodeIterator: walkWithTreeWalker,
    },
  };
  return libraryWindow as Window;
}

function decorate(element: Element, highlight: Highlight): void {
  element.setAttribute('data-entity-id', highlight.entity);
  element.setAttribute('data-entity-type', highlight.label.type);
  if (highlight.label.wikidataId) element.setAttribute('data-wikidata', highlight.label.wikidataId);
  // Focusable, but out of the tab order: highlight-semantics.ts gives the page's one tab stop, the role and the
  // description to the marks the reader can act on. No aria-label: the article's words stay the accessible name.
  element.setAttribute('tabindex', '-1');
  registerMark(element);
}

/**
 * Wraps one highlight, handing the library only the text nodes the name spans (usually one) as its context, so the
 * call costs what the name's own text costs, whatever the page's shape: a context element would be walked whole, and
 * the smallest element holding a name can be a whole article (text broken by <br>, or ten thousand sibling
 * paragraphs in one batch). Returns the marks made, first piece first.
 */
function wrapOne(highlight: Highlight): Element[] {
  const { run } = highlight;
  const first = pieceAt(run, highlight.start, false);
  const last = pieceAt(run, highlight.end, true);
  const nodes: Text[] = [];
  for (let i = first; i <= last; i++) {
    const piece = run.pieces[i] as TextPiece;
    // The page may have changed the text since it was read (a long page wraps only near the screen, much later):
    // a removed node, new words, or a region made editable is left alone, and its new text is scanned anew.
    if (!piece.node.isConnected || !run.text.startsWith(piece.node.data, piece.start) || piece.node.parentElement?.isContentEditable) return [];
    nodes.push(piece.node);
  }
  const startPiece = run.pieces[first] as TextPiece;
  const lastPiece = run.pieces[last] as TextPiece;
  const start = highlight.start - startPiece.start;
  let length = Math.min(highlight.end - lastPiece.start, lastPiece.node.data.length);
  for (let i = first; i < last; i++) length += (run.pieces[i] as TextPiece).node.data.length;
  length -= start;
  if (start < 0 || length <= 0) return [];
  const marks: Element[] = [];
  // An array, not a lone node: the library reads a lone node's `length` as a collection's.
  const options: Mark.RangesOptions & { window: Window } = {
    element: MARK_TAG,
    className: MARK_CLASS,
    exclude: [],
    window: windowForLibrary(), // every method takes it, though the types declare it for mark() only
    each: (element: Element) => {
      decorate(element, highlight);
      // A name split across tags is wrapped in several pieces; only the first counts as a highlight.
      if (marks.length > 0) element.setAttribute('data-continued', '');
      marks.push(element);
    },
  };
  new Mark(nodes as unknown as HTMLElement[]).markRanges([{ start, length }], options);
  return marks;
}

/**
 * Wraps highlights given in document order, and returns the first mark of each that was placed. They are wrapped
 * last first: wrapping splits a text node after the name's start and keeps its earlier part in the original node,
 * so the positions of the highlights before it, counted on the original nodes, stay true.
 */
export function wrapHighlights(highlights: readonly Highlight[]): Element[] {
  const placed: Element[] = [];
  for (let i = highlights.length - 1; i >= 0; i--) {
    const [mark] = wrapOne(highlights[i] as Highlight);
    if (mark) placed.push(mark);
  }
  return placed.reverse();
}

/** Removes every highlight from the page, restoring its text nodes. */
export function unwrapAll(root: Element): void {
  new Mark(root as HTMLElement).unmark({ element: MARK_TAG, className: MARK_CLASS });
}

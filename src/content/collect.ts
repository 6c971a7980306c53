// Collects the page's text in runs: a run is the text of one block (a paragraph, a heading, a list item), joined
// across inline tags so that "<b>Igor</b> Krasnov" reads as one name, and never across blocks.

/**
 * Where recognition never looks: code, form fields, editable regions, the extension's own UI, and the page's
 * furniture (navigation, footers, comment threads, related-story rails), which repeat names out of the story's
 * context and would let a name there license a surname or settle an acronym in the story.
 */
const EXCLUDED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button', 'code', 'pre', 'kbd', 'samp',
  'svg', 'math', 'iframe', 'object', 'head', 'title', 'nav', 'footer', 'policy-lens-popover', 'policy-lens-mark',
]);
// Every exclusion that is not a bare tag name needs an attribute, so an element without attributes is judged by its
// tag alone: the walk then asks the selector engine only about the few elements that carry attributes.
const EXCLUDED_BY_ATTRIBUTE = [
  '[hidden]', '[contenteditable]:not([contenteditable="false"])', '[role="navigation"]', '[role="contentinfo"]', '#comments',
  '.comments', 'aside.related', '.related-stories',
];
const EXCLUDED_SELECTOR = [...EXCLUDED_TAGS, ...EXCLUDED_BY_ATTRIBUTE].join(',');

// Elements that flow inside a line of text: a run continues through them.
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'LABEL', 'MARK', 'Q', 'RUBY', 'RB',
  'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR', 'BR', 'NOBR', 'BIG',
  // Our own markers of checked claims and placed annotations sit inside sentences: a name runs through them.
  'POLICY-LENS-CLAIM', 'POLICY-LENS-ANNOTATION',
]);

// A run this long is closed at the next text node, so that one block of any size is sent, resolved and wrapped in
// pieces of bounded cost. No paragraph of prose is this long; a name across the cut is lost, which is the price.
const RUN_SPLIT_CHARS = 16 * 1024;

export interface TextPiece {
  node: Text;
  /** Offset of this node's text within the run's text. */
  start: number;
}

export interface TextRun {
  text: string;
  pieces: TextPiece[];
}

function blockOf(node: Node): Element | null {
  let element = node.parentElement;
  while (element && INLINE_TAGS.has(element.tagName)) element = element.parentElement;
  return element;
}

/** Whether an element itself is one recognition never enters (not its ancestors: see `isExcluded`). */
export function isExcludedElement(element: Element): boolean {
  return EXCLUDED_TAGS.has(element.localName) || (element.hasAttributes() && element.matches(EXCLUDED_SELECTOR));
}

/** Moves the walker past the current node's subtree; returns the next node, or null at the end of the root. */
function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

export function isExcluded(node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element === null || element.closest(EXCLUDED_SELECTOR) !== null;
}

/** The text runs under `root` (itself included), in document order, produced lazily so a caller can slice the walk. */
export function* iterateRuns(root: Node): Generator<TextRun> {
  if (isExcluded(root)) return;
  if (root.nodeType === Node.TEXT_NODE) {
    const node = root as Text;
    if (node.data.trim().length > 0) yield { text: node.data, pieces: [{ node, start: 0 }] };
    return;
  }
  // An excluded element ends the run it interrupts: no name may reach across code or a form field, and a
  // highlight's range then never contains excluded text. The walker has no filter: a filter is a call from the
  // browser into script for every node, and excluded subtrees are skipped here instead.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let interrupted = false;
  let run: TextRun | null = null;
  let runBlock: Element | null = null;
  let pendingBreak = false;
  // Text nodes of one parent share its block.
  let lastParent: Element | null = null;
  let lastBlock: Element | null = null;
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType !== Node.TEXT_NODE) {
      const element = node as Element;
      if (isExcludedElement(element)) {
        interrupted = true;
        node = skipSubtree(walker);
        continue;
      }
      // A line break ends the run: text broken by <br> alone (older publishing systems, forums) is otherwise one
      // block, and one run of megabytes would be wrapped and looked up as one. Another element that is not inline
      // still separates two words of a block.
      if (element.tagName === 'BR') interrupted = true;
      else if (!INLINE_TAGS.has(element.tagName)) pendingBreak = true;
      node = walker.nextNode();
      continue;
    }
    const text = (node as Text).data;
    const parent = node.parentElement;
    if (parent !== lastParent) {
      lastParent = parent;
      lastBlock = blockOf(node);
    }
    const block = lastBlock;
    if (run === null || block !== runBlock || interrupted || run.text.length >= RUN_SPLIT_CHARS) {
      if (text.trim().length === 0) {
        node = walker.nextNode();
        continue; // white space between blocks starts nothing, and does not end an interruption
      }
      interrupted = false;
      if (run !== null) yield run;
      run = { text: '', pieces: [] };
      runBlock = block;
    } else if (pendingBreak) {
      run.text += ' ';
    }
    pendingBreak = false;
    run.pieces.push({ node: node as Text, start: run.text.length });
    run.text += text;
    node = walker.nextNode();
  }
  if (run !== null) yield run;
}

/** All the text runs under `root`, in document order. */
export function collectRuns(root: Node): TextRun[] {
  return [...iterateRuns(root)];
}

/** The index of the piece holding a run offset (an end offset resolves to the earlier piece at a boundary). */
export function pieceAt(run: TextRun, offset: number, isEnd: boolean): number {
  let low = 0;
  let high = run.pieces.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const piece = run.pieces[mid] as TextPiece;
    if (piece.start < offset || (!isEnd && piece.start === offset)) low = mid;
    else high = mid - 1;
  }
  return low;
}

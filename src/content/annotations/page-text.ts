// The page's text as annotations see it: every text node under the body joined in document order, except text that is
// never shown (scripts, styles, templates) and the extension's own card. Saving and placing both use this one
// definition, so a passage's offsets mean the same thing on every visit. Marks (ours or the entity highlights) only
// split text nodes, never change the text, so they do not move the offsets.
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'POLICY-LENS-POPOVER']);

export interface PageText {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i]'s first character in `text`. */
  starts: number[];
}

export function readPageText(root: Node): PageText {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.nodeType === Node.ELEMENT_NODE && SKIPPED.has((node as Element).tagName.toUpperCase()) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const value = (node as Text).data;
    if (value.length === 0) continue;
    nodes.push(node as Text);
    starts.push(length);
    parts.push(value);
    length += value.length;
  }
  return { text: parts.join(''), nodes, starts };
}

/** The text node holding the character at `offset`, and the offset inside it (binary search). */
function locate(page: PageText, offset: number): { node: Text; offset: number } | null {
  let low = 0;
  let high = page.nodes.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = page.starts[mid]!;
    const node = page.nodes[mid]!;
    if (offset < start) high = mid - 1;
    else if (offset >= start + node.data.length) low = mid + 1;
    else return { node, offset: offset - start };
  }
  return null;
}

/** The pieces of text nodes covering text[start, end), as (node, from, to) within each node. */
export function piecesOf(page: PageText, start: number, end: number): { node: Text; from: number; to: number }[] {
  const first = locate(page, start);
  if (!first) return [];
  const pieces: { node: Text; from: number; to: number }[] = [];
  let index = page.nodes.indexOf(first.node);
  for (; index < page.nodes.length; index++) {
    const node = page.nodes[index]!;
    const nodeStart = page.starts[index]!;
    if (nodeStart >= end) break;
    const from = Math.max(0, start - nodeStart);
    const to = Math.min(node.data.length, end - nodeStart);
    if (to > from) pieces.push({ node, from, to });
  }
  return pieces;
}

/** The offset in the page's text of a boundary point of a Range (a text node and offset, or an element and child index). */
export function offsetOf(page: PageText, container: Node, offset: number): number | null {
  if (container.nodeType === Node.TEXT_NODE) {
    const index = page.nodes.indexOf(container as Text);
    return index === -1 ? null : page.starts[index]! + offset;
  }
  // An element boundary: the first text node at or after the point.
  const probe = document.createRange();
  probe.setStart(container, offset);
  for (let i = 0; i < page.nodes.length; i++) {
    const node = page.nodes[i]!;
    if (probe.comparePoint(node, 0) >= 0) return page.starts[i]!;
  }
  return page.text.length;
}

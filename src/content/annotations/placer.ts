// Places the page's saved annotations: each passage is found again (core/annotations/anchor.ts) and its text nodes
// wrapped in <policy-lens-annotation> elements, a custom element so page CSS written for mark or span cannot restyle
// it. The page learns nothing but where the passages are: which annotation a wrapper belongs to, and everything in
// it, stays in this script's own map. <html> carries the counts (the page contract).
import { anchorPassage } from '../../core/annotations/anchor.js';
import { passageContext } from '../../core/annotations/passage.js';
import type { AnnotationPlacement, PlacementTarget } from '../../messages.js';
import { type PageText, piecesOf, readPageText } from './page-text.js';
import { pageUrl } from './selection.js';

export const ANNOTATION_TAG = 'policy-lens-annotation';

interface Placed {
  id: string;
  elements: HTMLElement[];
  context: string;
  how: 'position' | 'quote' | 'fuzzy';
}

export class AnnotationPlacer {
  private placed: Placed[] = [];
  private orphans: string[] = [];

  constructor(private readonly root: HTMLElement = document.documentElement) {}

  /**
   * Removes every wrapper we made. The text nodes stay split where they were wrapped: merging them back (normalize)
   * would also merge the page's own adjacent text nodes, which a page's framework may hold on to.
   */
  clear(): void {
    for (const { elements } of this.placed) {
      for (const element of elements) {
        if (element.parentNode) element.replaceWith(...element.childNodes);
      }
    }
    this.placed = [];
    this.orphans = [];
    this.root.removeAttribute('data-policy-lens-annotations');
    this.root.removeAttribute('data-policy-lens-orphans');
  }

  /** Places the annotations (replacing any placed before) and returns where each went. */
  place(annotations: readonly PlacementTarget[]): AnnotationPlacement {
    this.clear();
    if (annotations.length > 0) {
      // Anchor everything against one reading of the text before wrapping anything: wrapping splits text nodes.
      const page = readPageText(document.body ?? document.documentElement);
      const anchored = annotations.map((annotation) => ({ annotation, anchor: anchorPassage(page.text, annotation.quote, annotation.position) }));
      for (const { annotation, anchor } of anchored) {
        if (!anchor) {
          this.orphans.push(annotation.id);
          continue;
        }
        this.placed.push({ id: annotation.id, elements: [], context: passageContext(page.text, anchor.start, anchor.end), how: anchor.how });
      }
      // Wrap from the end of the page backwards, so earlier offsets stay valid in the one reading.
      const order = anchored.filter((a) => a.anchor).sort((a, b) => b.anchor!.start - a.anchor!.start);
      for (const { annotation, anchor } of order) {
        const entry = this.placed.find((p) => p.id === annotation.id)!;
        entry.elements = wrap(page, anchor!.start, anchor!.end);
      }
    }
    this.root.setAttribute('data-policy-lens-annotations', String(this.placed.length));
    this.root.setAttribute('data-policy-lens-orphans', String(this.orphans.length));
    return this.status();
  }

  status(): AnnotationPlacement {
    return { url: pageUrl(), placed: this.placed.map(({ id, context, how }) => ({ id, context, how })), orphans: [...this.orphans] };
  }

  scrollTo(id: string): boolean {
    const first = this.placed.find((p) => p.id === id)?.elements[0];
    if (!first?.isConnected) return false;
    first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    for (const element of this.placed.find((p) => p.id === id)!.elements) {
      element.classList.add('policy-lens-annotation-flash');
      setTimeout(() => element.classList.remove('policy-lens-annotation-flash'), 1600);
    }
    return true;
  }
}

/** Wraps the text of [start, end) piece by piece: a passage across tags gets one wrapper per text node. */
function wrap(page: PageText, start: number, end: number): HTMLElement[] {
  const elements: HTMLElement[] = [];
  // Pieces are wrapped last to first, so splitting a node never moves a piece still to come.
  for (const { node, from, to } of piecesOf(page, start, end).reverse()) {
    // White space between blocks (between table rows, list items) is left alone: a wrapper there renders as a gap.
    if (node.data.slice(from, to).trim() === '') continue;
    let target = node;
    if (to < target.data.length) target.splitText(to);
    if (from > 0) target = target.splitText(from);
    const element = document.createElement(ANNOTATION_TAG);
    element.className = 'policy-lens-annotation';
    target.parentNode?.insertBefore(element, target);
    element.appendChild(target);
    elements.unshift(element);
  }
  return elements;
}

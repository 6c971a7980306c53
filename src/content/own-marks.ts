// The highlights this content script made, kept where the page cannot reach: a page can write its own
// <policy-lens-mark data-entity-id=…> around any words, or rewrite the words inside one of ours, but it cannot add to
// this registry. The card opens only for a registered mark that still holds the words we wrapped.

const wrapped = new WeakMap<Element, string>();

/** Called by wrap.ts for every piece it wraps, once its text is in place. */
export function registerMark(element: Element): void {
  wrapped.set(element, element.textContent ?? '');
}

/** Ours, and still holding the words we wrapped. */
export function isOwnMark(element: Element): boolean {
  const text = wrapped.get(element);
  return text !== undefined && text === element.textContent;
}

/** The innermost of our marks at or around `target`; elements the page made are passed over. */
export function ownMarkAt(target: EventTarget | null): HTMLElement | null {
  for (let node = target instanceof Element ? target : null; node; node = node.parentElement) {
    if (wrapped.has(node)) return isOwnMark(node) && node.hasAttribute('data-entity-id') ? (node as HTMLElement) : null;
  }
  return null;
}

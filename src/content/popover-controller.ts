// When the card opens and closes: hover with a short delay, or focus and Enter; it stays open while the pointer is
// over it, and closes on Escape, on a click outside, and when the pointer leaves. When the page re-renders the
// highlight an open card belongs to, the card follows the new highlight or closes.
import { type CardRequest, CardFrame } from './card-frame.js';
import { measure } from './schedule.js';
import { MARK_TAG } from './wrap.js';

const HOVER_DELAY_MS = 250;
const LEAVE_DELAY_MS = 300;
/** How long a card whose highlight was removed waits for the page to put a replacement in its place. */
const REPLACEMENT_WAIT_MS = 1000;

/** What the card needs to know about an entity, from the highlight's attributes. */
export type CardRequester = (entityId: string) => CardRequest;

function markOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? (target.closest(`${MARK_TAG}[data-entity-id]`) as HTMLElement | null) : null;
}

/** The highlight that best replaces `lost`: same entity and words, nearest to where the lost one was. */
function findReplacement(lost: { id: string; text: string; rect: DOMRect }): HTMLElement | null {
  let best: HTMLElement | null = null;
  let bestDistance = Infinity;
  for (const candidate of document.querySelectorAll<HTMLElement>(`${MARK_TAG}[data-entity-id="${CSS.escape(lost.id)}"]`)) {
    if (candidate.textContent !== lost.text || candidate.hasAttribute('data-continued')) continue;
    const rect = candidate.getBoundingClientRect();
    const distance = Math.hypot(rect.left - lost.rect.left, rect.top - lost.rect.top);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

export class PopoverController {
  // Created on the first open: most pages are never hovered, and building the frame costs time at load.
  private frame: CardFrame | undefined;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private replacementTimer: ReturnType<typeof setTimeout> | undefined;
  private request = 0;
  private openedByKeyboard = false;
  private readonly listeners: [EventTarget, string, EventListener, boolean][] = [];
  // Watches the page while a card is open, to notice its highlight being removed.
  private readonly observer = new MutationObserver(() => this.checkAnchor());
  private lostAnchor: { id: string; text: string; rect: DOMRect } | null = null;
  private anchorInfo: { id: string; text: string; rect: DOMRect } | null = null;

  constructor(private readonly requestFor: CardRequester) {
    this.listen(document, 'mouseover', (event) => this.onPointerOver(event));
    this.listen(document, 'mouseout', (event) => this.onPointerOut(event as MouseEvent));
    this.listen(document, 'keydown', (event) => this.onKeyDown(event as KeyboardEvent), true);
    this.listen(document, 'pointerdown', (event) => this.onPointerDown(event), true);
  }

  private get card(): CardFrame {
    if (!this.frame) {
      this.frame = new CardFrame({
        onCloseRequest: (restoreFocus) => this.close(restoreFocus),
        onPointer: (inside) => (inside ? clearTimeout(this.closeTimer) : this.scheduleClose()),
      });
      this.listen(this.frame.host, 'mouseenter', () => clearTimeout(this.closeTimer));
      this.listen(this.frame.host, 'mouseleave', () => this.scheduleClose());
    }
    return this.frame;
  }

  destroy(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    clearTimeout(this.replacementTimer);
    this.observer.disconnect();
    for (const [target, type, listener, capture] of this.listeners) target.removeEventListener(type, listener, capture);
    this.listeners.length = 0;
    this.frame?.destroy();
    this.frame = undefined;
  }

  /** Opens the card for a highlight now. */
  async open(mark: HTMLElement, byKeyboard: boolean): Promise<void> {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    const id = mark.getAttribute('data-entity-id');
    if (!id || !mark.isConnected) return;
    const request = ++this.request;
    const started = performance.now();
    this.openedByKeyboard = byKeyboard;
    const shown = await this.card.show(mark, this.requestFor(id), byKeyboard);
    if (request !== this.request || !shown) return;
    if (!mark.isConnected) {
      this.close(false);
      return;
    }
    this.watch(mark, id);
    // From the decision to open (after the hover delay) to the card in the page, for the benchmark.
    measure('popover', started);
  }

  close(restoreFocus: boolean): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    clearTimeout(this.replacementTimer);
    this.request++;
    this.observer.disconnect();
    this.anchorInfo = this.lostAnchor = null;
    const anchor = this.frame?.anchor;
    if (!anchor) return;
    this.card.hide();
    if (restoreFocus && this.openedByKeyboard && anchor instanceof HTMLElement && anchor.isConnected) anchor.focus({ preventScroll: true });
  }

  private watch(mark: HTMLElement, id: string): void {
    this.anchorInfo = { id, text: mark.textContent ?? '', rect: mark.getBoundingClientRect() };
    this.observer.disconnect();
    this.observer.observe(document, { childList: true, subtree: true });
  }

  /** After the page changed: is the card's highlight still there, and if not, has a replacement appeared? */
  private checkAnchor(): void {
    const anchor = this.frame?.anchor;
    if (!anchor || !this.anchorInfo) return;
    if (anchor.isConnected && !this.lostAnchor) {
      this.anchorInfo.rect = anchor.getBoundingClientRect();
      return;
    }
    if (!this.lostAnchor) {
      this.lostAnchor = this.anchorInfo;
      this.replacementTimer = setTimeout(() => this.close(false), REPLACEMENT_WAIT_MS);
    }
    const replacement = findReplacement(this.lostAnchor);
    if (!replacement) return;
    clearTimeout(this.replacementTimer);
    this.lostAnchor = null;
    this.anchorInfo = { ...this.anchorInfo, rect: replacement.getBoundingClientRect() };
    this.card.reanchor(replacement);
  }

  private listen(target: EventTarget, type: string, listener: EventListener, capture = false): void {
    target.addEventListener(type, listener, capture);
    this.listeners.push([target, type, listener, capture]);
  }

  private onPointerOver(event: Event): void {
    const mark = markOf(event.target);
    if (!mark) return;
    clearTimeout(this.closeTimer);
    if (this.frame?.anchor === mark) return;
    clearTimeout(this.openTimer);
    this.openTimer = setTimeout(() => void this.open(mark, false), HOVER_DELAY_MS);
  }

  private onPointerOut(event: MouseEvent): void {
    const mark = markOf(event.target);
    if (!mark || markOf(event.relatedTarget) === mark) return;
    clearTimeout(this.openTimer);
    if (!this.frame?.contains(event.relatedTarget)) this.scheduleClose();
  }

  private scheduleClose(): void {
    if (!this.frame?.isOpen || this.openedByKeyboard) return;
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => this.close(false), LEAVE_DELAY_MS);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.frame?.isOpen) {
      event.stopPropagation();
      this.close(true);
      return;
    }
    const mark = markOf(event.target);
    // Enter on a highlight inside a link opens the card; the link itself still follows on click.
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      void this.open(mark, true);
    }
  }

  private onPointerDown(event: Event): void {
    const frame = this.frame;
    if (!frame?.isOpen) return;
    if (frame.contains(event.target) || event.composedPath().includes(frame.host)) return;
    if (markOf(event.target) === frame.anchor) return;
    this.close(false);
  }
}

// When the card opens and closes: hover with a short delay, or focus and Enter; it stays open while the pointer is
// over it, and closes on Escape, on a click outside, and when the pointer leaves. When the page re-renders the
// highlight an open card belongs to, the card follows the new highlight or closes.
import { type CardRequest, CardFrame } from './card-frame.js';
import { isOwnMark, ownMarkAt } from './own-marks.js';
import { measure } from './schedule.js';
import { MARK_TAG } from './wrap.js';

const HOVER_DELAY_MS = 250;
const LEAVE_DELAY_MS = 300;
/**
 * How long a card whose highlight was removed waits for the page to put a replacement in its place: a framework may
 * re-render a little later than it removed. After it, the card also waits for the page's changes to be scanned (see
 * PageScanner.caughtUp), so a slow rescan never closes a card whose highlight came back.
 */
const REPLACEMENT_WAIT_MS = 2500;

/** What the card needs to know about an entity, from the highlight's attributes. */
export type CardRequester = (entityId: string) => CardRequest;

/** The reader's say in when hovering opens a card (the options page): the delay, and which marks and events count. */
export interface HoverPolicy {
  delayMs(): number;
  accepts(mark: HTMLElement, event: Event): boolean;
}

const DEFAULT_HOVER: HoverPolicy = { delayMs: () => HOVER_DELAY_MS, accepts: () => true };

/** Our highlight at an event's target: never one the page made (see own-marks.ts). */
const markOf = ownMarkAt;

/** The highlight that best replaces `lost`: same entity and words, nearest to where the lost one was. */
function findReplacement(lost: { id: string; text: string; rect: DOMRect }): HTMLElement | null {
  let best: HTMLElement | null = null;
  let bestDistance = Infinity;
  for (const candidate of document.querySelectorAll<HTMLElement>(`${MARK_TAG}[data-entity-id="${CSS.escape(lost.id)}"]`)) {
    if (!isOwnMark(candidate) || candidate.textContent !== lost.text || candidate.hasAttribute('data-continued')) continue;
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
  // Where the page last saw the pointer, and whether the card's frame has it since (see isStale).
  private lastPointer: [number, number] | null = null;
  private pointerInFrame = false;
  private readonly listeners: [EventTarget, string, EventListener, boolean][] = [];
  // Watches the page while a card is open, to notice its highlight being removed.
  private readonly observer = new MutationObserver(() => this.checkAnchor());
  private lostAnchor: { id: string; text: string; rect: DOMRect } | null = null;
  private anchorInfo: { id: string; text: string; rect: DOMRect } | null = null;

  /** `alive` says whether the extension is still there (see lifecycle.ts); nothing is done for an event when not. */
  constructor(
    private readonly requestFor: CardRequester,
    private readonly alive: () => boolean = () => true,
    private readonly hover: HoverPolicy = DEFAULT_HOVER,
    /** The card's "Annotate", for the highlight the open card belongs to. */
    private readonly annotate: (mark: HTMLElement, entityId: string) => void = () => {},
    /** Resolves when every change the page has made so far is scanned (PageScanner.caughtUp). */
    private readonly pageScanned: () => Promise<void> = () => Promise.resolve(),
  ) {
    this.listen(document, 'mouseover', (event) => this.onPointerOver(event));
    this.listen(document, 'mouseout', (event) => this.onPointerOut(event as MouseEvent));
    this.listen(document, 'keydown', (event) => this.onKeyDown(event as KeyboardEvent), true);
    this.listen(document, 'pointerdown', (event) => this.onPointerDown(event), true);
  }

  private get card(): CardFrame {
    if (!this.frame) {
      this.frame = new CardFrame({
        onCloseRequest: (restoreFocus) => this.close(restoreFocus),
        // The frame sees the pointer enter and leave the card; the page sees it only sometimes (Chromium does not
        // always send the host a mouseleave when the pointer leaves a cross-origin frame).
        onPointer: (inside) => (inside ? this.pointerEntered() : this.pointerLeft()),
        onAnnotate: () => {
          const anchor = this.frame?.anchor;
          const id = anchor?.getAttribute('data-entity-id');
          if (anchor instanceof HTMLElement && id && this.alive()) this.annotate(anchor, id);
        },
      });
      this.listen(this.frame.host, 'mouseenter', () => this.pointerEntered());
      this.listen(this.frame.host, 'mouseleave', () => this.pointerLeft());
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
    if (!id || !mark.isConnected || !this.alive()) return;
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
      this.replacementTimer = setTimeout(() => void this.giveUpUnlessReplaced(), REPLACEMENT_WAIT_MS);
    }
    this.followReplacement();
  }

  /** The wait for a replacement is over: once the page's changes are scanned, follow a replacement or close. */
  private async giveUpUnlessReplaced(): Promise<void> {
    const request = this.request;
    await this.pageScanned();
    if (request !== this.request || !this.lostAnchor) return; // closed, reopened or already following meanwhile
    if (!this.followReplacement()) this.close(false);
  }

  /** Moves the card to the highlight that replaced its lost one, if there is one now. */
  private followReplacement(): boolean {
    if (!this.lostAnchor || !this.anchorInfo) return false;
    const replacement = findReplacement(this.lostAnchor);
    if (!replacement) return false;
    clearTimeout(this.replacementTimer);
    this.lostAnchor = null;
    this.anchorInfo = { ...this.anchorInfo, rect: replacement.getBoundingClientRect() };
    this.card.reanchor(replacement);
    return true;
  }

  private listen(target: EventTarget, type: string, listener: EventListener, capture = false): void {
    target.addEventListener(type, listener, capture);
    this.listeners.push([target, type, listener, capture]);
  }

  private onPointerOver(event: Event): void {
    // Only a real user opens a card: a page script's synthetic events are ignored, here and below.
    if (!event.isTrusted || !this.alive() || this.isStale(event as MouseEvent)) return;
    const mark = markOf(event.target);
    if (!mark) {
      // The pointer is on the page, off any highlight and off the card.
      if (this.frame?.isOpen) this.scheduleClose();
      return;
    }
    if (!this.hover.accepts(mark, event)) return;
    clearTimeout(this.closeTimer);
    if (this.frame?.anchor === mark) return;
    clearTimeout(this.openTimer);
    this.card.prepare();
    this.openTimer = setTimeout(() => void this.open(mark, false), this.hover.delayMs());
  }

  private onPointerOut(event: MouseEvent): void {
    if (!event.isTrusted || !this.alive() || this.isStale(event)) return;
    const mark = markOf(event.target);
    if (!mark || markOf(event.relatedTarget) === mark) return;
    clearTimeout(this.openTimer);
    if (!this.frame?.contains(event.relatedTarget)) this.scheduleClose();
  }

  private pointerEntered(): void {
    this.pointerInFrame = true;
    clearTimeout(this.closeTimer);
  }

  private pointerLeft(): void {
    this.pointerInFrame = false;
    this.scheduleClose();
  }

  /**
   * Whether a page mouse event says nothing about where the pointer is. Moves inside the card's cross-origin frame
   * are not seen by the page, so when the page changes under a card the pointer is on (an overlay added, say),
   * Chromium re-runs the page's hit test at the last position the page saw, over the highlight, and sends a mouseout
   * from it: an event at the same place as the last one while the frame has the pointer. A real move has new
   * coordinates; one onto the card itself is on the card.
   */
  private isStale(event: MouseEvent): boolean {
    const last = this.lastPointer;
    this.lastPointer = [event.clientX, event.clientY];
    const frame = this.frame;
    if (!frame?.isOpen) return false;
    const rect = frame.host.getBoundingClientRect();
    if (event.clientX >= rect.left && event.clientX < rect.right && event.clientY >= rect.top && event.clientY < rect.bottom) return true;
    if (this.pointerInFrame && last && last[0] === event.clientX && last[1] === event.clientY) return true;
    this.pointerInFrame = false;
    return false;
  }

  private scheduleClose(): void {
    if (!this.frame?.isOpen || this.openedByKeyboard) return;
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => this.close(false), LEAVE_DELAY_MS);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (!event.isTrusted || !this.alive()) return;
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
    if (!event.isTrusted || !this.alive()) return;
    const frame = this.frame;
    if (!frame?.isOpen) return;
    if (frame.contains(event.target) || event.composedPath().includes(frame.host)) return;
    if (markOf(event.target) === frame.anchor) return;
    this.close(false);
  }
}

// When the popover opens and closes: hover with a short delay, or focus and Enter; it stays open while the pointer
// is over it, and closes on Escape, on a click outside, and when the pointer leaves.
import type { Card } from '../core/types.js';
import { PopoverHost } from './popover-host.js';
import { measure } from './schedule.js';
import { MARK_TAG } from './wrap.js';

const HOVER_DELAY_MS = 250;
const LEAVE_DELAY_MS = 300;

export type CardLoader = (entityId: string) => Promise<Card | null>;

/** The reader's say in when hovering opens a card (the options page): the delay, and which marks and events count. */
export interface HoverPolicy {
  delayMs(): number;
  accepts(mark: HTMLElement, event: Event): boolean;
}

const DEFAULT_HOVER: HoverPolicy = { delayMs: () => HOVER_DELAY_MS, accepts: () => true };

function markOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? (target.closest(`${MARK_TAG}[data-entity-id]`) as HTMLElement | null) : null;
}

export class PopoverController {
  // Created on the first open: most pages are never hovered, and building the shadow root costs time at load.
  private host: PopoverHost | undefined;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private request = 0;
  private openedByKeyboard = false;
  private readonly listeners: [EventTarget, string, EventListener, boolean][] = [];

  constructor(
    private readonly loadCard: CardLoader,
    private readonly hover: HoverPolicy = DEFAULT_HOVER,
  ) {
    this.listen(document, 'mouseover', (event) => this.onPointerOver(event));
    this.listen(document, 'mouseout', (event) => this.onPointerOut(event as MouseEvent));
    this.listen(document, 'keydown', (event) => this.onKeyDown(event as KeyboardEvent), true);
    this.listen(document, 'pointerdown', (event) => this.onPointerDown(event), true);
  }

  private get popover(): PopoverHost {
    if (!this.host) {
      this.host = new PopoverHost(() => this.close(true));
      this.listen(this.host.host, 'mouseenter', () => clearTimeout(this.closeTimer));
      this.listen(this.host.host, 'mouseleave', () => this.scheduleClose());
    }
    return this.host;
  }

  destroy(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    for (const [target, type, listener, capture] of this.listeners) target.removeEventListener(type, listener, capture);
    this.host?.destroy();
  }

  /** Opens the card for a highlight now. */
  async open(mark: HTMLElement, byKeyboard: boolean): Promise<void> {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    const id = mark.getAttribute('data-entity-id');
    if (!id) return;
    const request = ++this.request;
    const started = performance.now();
    const card = await this.loadCard(id);
    if (request !== this.request || !card || !mark.isConnected) return;
    this.openedByKeyboard = byKeyboard;
    await this.popover.show(mark, card, byKeyboard);
    // From the decision to open (after the hover delay) to the card in the page, for the benchmark.
    measure('popover', started);
  }

  close(restoreFocus: boolean): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    this.request++;
    const anchor = this.host?.anchor;
    if (!anchor) return;
    this.popover.hide();
    if (restoreFocus && this.openedByKeyboard && anchor instanceof HTMLElement) anchor.focus({ preventScroll: true });
  }

  /** Closes the card when the page has removed the highlight it belongs to (a re-render replaced the paragraph). */
  closeIfAnchorGone(): void {
    const anchor = this.host?.anchor;
    if (anchor && !anchor.isConnected) this.close(false);
  }

  private listen(target: EventTarget, type: string, listener: EventListener, capture = false): void {
    target.addEventListener(type, listener, capture);
    this.listeners.push([target, type, listener, capture]);
  }

  private onPointerOver(event: Event): void {
    const mark = markOf(event.target);
    if (!mark || !this.hover.accepts(mark, event)) return;
    clearTimeout(this.closeTimer);
    if (this.host?.anchor === mark) return;
    clearTimeout(this.openTimer);
    this.openTimer = setTimeout(() => void this.open(mark, false), this.hover.delayMs());
  }

  private onPointerOut(event: MouseEvent): void {
    const mark = markOf(event.target);
    if (!mark || markOf(event.relatedTarget) === mark) return;
    clearTimeout(this.openTimer);
    if (!this.host?.contains(event.relatedTarget)) this.scheduleClose();
  }

  private scheduleClose(): void {
    if (!this.host?.isOpen || this.openedByKeyboard) return;
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => this.close(false), LEAVE_DELAY_MS);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.host?.isOpen) {
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
    const popover = this.host;
    if (!popover?.isOpen) return;
    if (popover.contains(event.target) || event.composedPath().includes(popover.host)) return;
    if (markOf(event.target) === popover.anchor) return;
    this.close(false);
  }
}

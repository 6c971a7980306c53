// Keyboard and pointer for the highlights. One tab stop for all of them (roving tabindex): Tab reaches the one that
// holds the stop, the arrow keys (and Home/End) move between highlights, and the stop follows focus. Alt+Shift+H
// jumps to the highlights from anywhere. A click opens the card (touch, voice control), except on a highlight inside a
// link, where a plain click still follows the link.
import type { HighlightSemantics } from './highlight-semantics.js';
import { MARK_TAG } from './wrap.js';

export interface CardOpener {
  /** Opens the card of a highlight; `pinned`: it stays until closed, with focus inside it. */
  open(mark: HTMLElement, pinned: boolean): void;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp']);

function markOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? (target.closest(`${MARK_TAG}[data-entity-id]`) as HTMLElement | null) : null;
}

export class HighlightFocus {
  private readonly listeners: [string, EventListener, boolean][] = [];
  clickToPin = true;

  constructor(
    private readonly semantics: HighlightSemantics,
    private readonly cards: CardOpener,
  ) {
    this.listen('keydown', (event) => this.onKeyDown(event as KeyboardEvent), true);
    this.listen('focusin', (event) => this.onFocusIn(event), true);
    this.listen('click', (event) => this.onClick(event as MouseEvent), false);
  }

  destroy(): void {
    for (const [type, listener, capture] of this.listeners) document.removeEventListener(type, listener, capture);
  }

  private listen(type: string, listener: EventListener, capture: boolean): void {
    document.addEventListener(type, listener, capture);
    this.listeners.push([type, listener, capture]);
  }

  /** Moves the page's one highlight tab stop to `mark` and focuses it. */
  private moveTo(mark: HTMLElement): void {
    for (const stop of document.querySelectorAll<HTMLElement>(`${MARK_TAG}[tabindex="0"]`)) if (stop !== mark) stop.setAttribute('tabindex', '-1');
    mark.setAttribute('tabindex', '0');
    mark.focus();
  }

  private onFocusIn(event: Event): void {
    const mark = markOf(event.target);
    if (mark && this.semantics.isActive(mark) && mark.getAttribute('tabindex') !== '0') this.moveTo(mark);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.altKey && event.shiftKey && (event.key === 'H' || event.key === 'h' || event.code === 'KeyH')) {
      const target = document.querySelector<HTMLElement>(`${MARK_TAG}[tabindex="0"]`) ?? this.semantics.activeMarks()[0];
      if (target) {
        event.preventDefault();
        this.moveTo(target);
      }
      return;
    }
    const mark = markOf(event.target);
    if (!mark || event.altKey || event.ctrlKey || event.metaKey) return;
    const forward = NEXT.has(event.key) || event.key === 'End';
    if (!forward && !PREVIOUS.has(event.key) && event.key !== 'Home') return;
    const marks = this.semantics.activeMarks();
    const at = marks.indexOf(mark);
    const next = event.key === 'Home' ? marks[0] : event.key === 'End' ? marks[marks.length - 1] : marks[at + (forward ? 1 : -1)];
    event.preventDefault(); // the arrows move between highlights here, not the page
    if (next) this.moveTo(next);
  }

  private onClick(event: MouseEvent): void {
    if (!event.isTrusted || event.button !== 0 || event.defaultPrevented) return;
    const mark = markOf(event.target);
    if (!mark || !this.semantics.opensCard(mark)) return;
    // Inside a link, a plain click is the link's; a modified click (new tab, download) is the browser's.
    if (mark.closest('a[href]') || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    this.cards.open(mark, this.clickToPin);
  }
}

// The card's place in the page, built so that the page can neither read, restyle, cover nor forge it:
// - the card itself is an extension page (card.html) in an <iframe>: another origin, so page scripts cannot read or
//   change its document, and page CSS does not apply inside it;
// - the iframe sits in a CLOSED shadow root of a <policy-lens-popover> host, so page scripts get no handle on it;
// - the host's styles come from inside the shadow root and are !important: in the cascade, important declarations of
//   the inner (shadow) context beat every important declaration of the page, so `display:none!important` or
//   `*{all:unset}` in the page's CSS change nothing; its position travels in custom properties set inline with
//   !important, which also beat any page rule;
// - the host is a manual popover shown with showPopover(): the top layer, above every z-index the page can set;
// - the frame learns what to show over a MessageChannel port handed to it once, posted only to the extension's
//   origin and with a random token from the frame's URL, and fetches the card from the background itself.
// Positioned by Floating UI, so it never leaves the viewport.
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { browser } from '../browser.js';
import { type ConnectMessage, type FromFrame, type ToFrame, parseFromFrame } from '../card-channel.js';

export const POPOVER_TAG = 'policy-lens-popover';
const VIEWPORT_PADDING = 8;
const CARD_WIDTH = 384; // the card's own width (popover.css)
const MIN_HEIGHT = 120;

const HOST_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: auto !important;
  left: var(--policy-lens-x, 0px) !important;
  top: var(--policy-lens-y, 0px) !important;
  width: var(--policy-lens-width, ${CARD_WIDTH}px) !important;
  height: var(--policy-lens-height, 0px) !important;
  margin: 0 !important; padding: 0 !important; border: 0 !important; overflow: visible !important;
  background: transparent !important; z-index: 2147483647 !important; pointer-events: auto !important;
  visibility: visible !important; opacity: 1 !important; transform: none !important; filter: none !important;
}
:host(:not(:popover-open)) { display: none !important; }
:host([data-measuring]) { visibility: hidden !important; }
iframe {
  all: initial !important; display: block !important; width: 100% !important; height: 100% !important;
  border: 0 !important; margin: 0 !important; padding: 0 !important; background: transparent !important;
  visibility: inherit !important; color-scheme: normal !important;
}
`;

export interface CardRequest {
  id: string;
  storyDate?: string;
}

export interface CardFrameEvents {
  /** The frame asked to close (Escape, the close button). */
  onCloseRequest: (restoreFocus: boolean) => void;
  /** The pointer entered or left the card. */
  onPointer: (inside: boolean) => void;
  /** The reader clicked the card's "Annotate". */
  onAnnotate: () => void;
}

interface Connection {
  iframe: HTMLIFrameElement;
  port: MessagePort;
}

function extensionOrigin(): string {
  // Not URL.origin: for a moz-extension: URL some engines give "null".
  const url = new URL(browser.runtime.getURL('/'));
  return `${url.protocol}//${url.host}`;
}

function setPixels(element: HTMLElement, property: string, value: number): void {
  element.style.setProperty(property, `${Math.round(value)}px`, 'important');
}

export class CardFrame {
  readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private connection: Promise<Connection> | undefined;
  private stopAutoUpdate: (() => void) | undefined;
  private request = 0;
  private pending: ((reply: Extract<FromFrame, { type: 'shown' | 'missing' }> | null) => void) | undefined;
  private contentHeight = 0;
  private maxHeight = 0;
  anchor: Element | null = null;

  constructor(private readonly events: CardFrameEvents) {
    // Not a registered custom element (content scripts have no customElements registry): a plain host element.
    this.host = document.createElement(POPOVER_TAG);
    this.host.setAttribute('popover', 'manual');
    this.shadow = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = HOST_CSS;
    this.shadow.append(style);
  }

  get isOpen(): boolean {
    return this.anchor !== null;
  }

  /**
   * Shows the card of `card.id` next to `anchor`, resolving to true once it is in place, or false when there is no
   * such card or another request came first. With `focus`, keyboard focus moves into the card.
   */
  async show(anchor: Element, card: CardRequest, focus: boolean): Promise<boolean> {
    const request = ++this.request;
    this.pending?.(null);
    this.attach();
    const { iframe, port } = await (this.connection ??= this.connect());
    if (request !== this.request) return false;
    this.stopAutoUpdate?.();
    this.anchor = anchor;
    this.host.setAttribute('data-measuring', '');
    setPixels(this.host, '--policy-lens-width', Math.min(CARD_WIDTH, window.innerWidth - 2 * VIEWPORT_PADDING));
    if (!this.host.matches(':popover-open')) this.host.showPopover();
    this.maxHeight = Math.max(MIN_HEIGHT, window.innerHeight - 2 * VIEWPORT_PADDING);
    const reply = new Promise<Extract<FromFrame, { type: 'shown' | 'missing' }> | null>((resolve) => (this.pending = resolve));
    this.post(port, { type: 'show', request, id: card.id, ...(card.storyDate ? { storyDate: card.storyDate } : {}), maxHeight: this.maxHeight, focus });
    const answer = await reply;
    if (request !== this.request || this.anchor !== anchor) return false;
    if (!answer || answer.type === 'missing') {
      this.hide();
      return false;
    }
    this.contentHeight = answer.height;
    await this.position(anchor);
    if (this.anchor !== anchor) return false;
    this.host.removeAttribute('data-measuring');
    this.stopAutoUpdate = autoUpdate(anchor, this.host, () => void this.position(anchor));
    if (focus) {
      // The frame's document takes focus first, then the frame moves it to the card (a cross-origin frame cannot be
      // focused into from outside).
      iframe.focus();
      iframe.contentWindow?.focus();
      this.post(port, { type: 'focus' });
    }
    return true;
  }

  /**
   * Creates and loads the frame ahead of need: called when the pointer reaches a highlight, so the frame's load is
   * hidden behind the hover delay instead of added to the first card's time.
   */
  prepare(): void {
    this.attach();
    this.connection ??= this.connect();
  }

  /** Keeps the open card where it is but anchors it to another element (the page re-rendered the highlight). */
  reanchor(anchor: Element): void {
    if (!this.isOpen) return;
    this.stopAutoUpdate?.();
    this.anchor = anchor;
    this.stopAutoUpdate = autoUpdate(anchor, this.host, () => void this.position(anchor));
  }

  hide(): void {
    this.request++;
    this.pending?.(null);
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    this.anchor = null;
    if (this.host.isConnected && this.host.matches(':popover-open')) this.host.hidePopover();
    void this.connection?.then(({ port }) => this.post(port, { type: 'hide' })).catch(() => {});
  }

  contains(target: EventTarget | null): boolean {
    return target instanceof Node && (target === this.host || this.host.contains(target));
  }

  destroy(): void {
    this.hide();
    this.dropFrame();
    this.host.remove();
  }

  /** Puts the host back in the page if the page removed it; a removed frame lost its port, so a new one is made. */
  private attach(): void {
    if (this.host.isConnected) return;
    this.dropFrame();
    document.documentElement.append(this.host);
  }

  private dropFrame(): void {
    const connection = this.connection;
    this.connection = undefined;
    void connection
      ?.then(({ iframe, port }) => {
        port.close();
        iframe.remove();
      })
      .catch(() => {});
  }

  private connect(): Promise<Connection> {
    const token = crypto.randomUUID();
    const origin = extensionOrigin();
    const iframe = document.createElement('iframe');
    iframe.setAttribute('title', 'Policy Lens card');
    iframe.setAttribute('scrolling', 'no');
    let loads = 0;
    return new Promise<Connection>((resolve) => {
      iframe.addEventListener('load', () => {
        loads++;
        if (loads > 1) {
          // Something navigated our frame: whatever it shows now is not ours. Start again on the next open.
          if (this.connection) this.dropFrame();
          this.hide();
          return;
        }
        const channel = new MessageChannel();
        channel.port1.onmessage = (event: MessageEvent) => this.onFrameMessage(event.data);
        const hello: ConnectMessage = { type: 'policy-lens-connect', token };
        // Posted to the extension's origin only: if the frame were anything else by now, the message is dropped.
        iframe.contentWindow?.postMessage(hello, origin, [channel.port2]);
        resolve({ iframe, port: channel.port1 });
      });
      iframe.src = `${browser.runtime.getURL('card.html')}#${token}`;
      this.shadow.append(iframe);
    });
  }

  private post(port: MessagePort, message: ToFrame): void {
    port.postMessage(message);
  }

  private onFrameMessage(data: unknown): void {
    const message = parseFromFrame(data);
    if (!message) return;
    switch (message.type) {
      case 'shown':
      case 'missing':
        if (message.request === this.request) {
          this.pending?.(message);
          this.pending = undefined;
        }
        break;
      case 'size':
        this.contentHeight = message.height;
        if (this.anchor) void this.position(this.anchor);
        break;
      case 'close':
        this.events.onCloseRequest(message.restoreFocus);
        break;
      case 'pointer':
        this.events.onPointer(message.inside);
        break;
      case 'annotate':
        this.events.onAnnotate();
        break;
    }
  }

  private async position(anchor: Element): Promise<void> {
    // A highlight the page removed has no place: the card stays where it was until the controller decides.
    if (!anchor.isConnected) return;
    let available = this.maxHeight;
    setPixels(this.host, '--policy-lens-height', Math.min(this.contentHeight, this.maxHeight));
    const { x, y } = await computePosition(anchor, this.host, {
      placement: 'bottom-start',
      strategy: 'fixed',
      middleware: [
        offset(6),
        flip({ padding: VIEWPORT_PADDING }),
        shift({ padding: VIEWPORT_PADDING }),
        size({
          padding: VIEWPORT_PADDING,
          apply: ({ availableHeight }) => {
            available = Math.max(MIN_HEIGHT, Math.floor(availableHeight));
          },
        }),
      ],
    });
    if (this.anchor !== anchor) return;
    setPixels(this.host, '--policy-lens-x', x);
    setPixels(this.host, '--policy-lens-y', y);
    setPixels(this.host, '--policy-lens-height', Math.min(this.contentHeight, available));
    if (available !== this.maxHeight) {
      // Less room on this side than the whole viewport: the card scrolls inside the frame instead of leaving it.
      this.maxHeight = available;
      void this.connection?.then(({ port }) => this.post(port, { type: 'max-height', maxHeight: available }));
    }
  }
}

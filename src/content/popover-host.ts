// The one place that touches a shadow root: a <policy-lens-popover> host with an open shadow root, our styles inside,
// the card rendered with preact, positioned by Floating UI so that it never leaves the viewport.
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { h, render } from 'preact';
import popoverCss from '../../assets/styles/popover.css';
import type { Card } from '../core/types.js';
import { CardView } from '../ui/popover/CardView.js';

export const POPOVER_TAG = 'policy-lens-popover';
const VIEWPORT_PADDING = 8;

export class PopoverHost {
  readonly host: HTMLElement;
  private readonly mount: HTMLElement;
  private stopAutoUpdate: (() => void) | undefined;
  anchor: Element | null = null;

  constructor(private readonly onCloseRequest: () => void) {
    // Not a registered custom element (content scripts have no customElements registry): a plain host element.
    this.host = document.createElement(POPOVER_TAG);
    Object.assign(this.host.style, { position: 'fixed', top: '0px', left: '0px', zIndex: '2147483647', display: 'none' });
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = popoverCss;
    this.mount = document.createElement('div');
    shadow.append(style, this.mount);
  }

  get isOpen(): boolean {
    return this.anchor !== null;
  }

  /** Shows `card` next to `anchor`, resolving once it is in place; with `focus`, moves keyboard focus into it. */
  async show(anchor: Element, card: Card, focus: boolean): Promise<void> {
    if (!this.host.isConnected) document.documentElement.append(this.host);
    this.anchor = anchor;
    render(h(CardView, { card, onClose: this.onCloseRequest }), this.mount);
    // Laid out but unseen until positioned, so it never flashes at the corner of the page.
    Object.assign(this.host.style, { display: 'block', visibility: 'hidden' });
    this.stopAutoUpdate?.();
    await this.position(anchor);
    if (this.anchor !== anchor) return;
    this.host.style.visibility = 'visible';
    this.stopAutoUpdate = autoUpdate(anchor, this.host, () => void this.position(anchor));
    if (focus) (this.mount.querySelector('[role="dialog"]') as HTMLElement | null)?.focus({ preventScroll: true });
  }

  hide(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    this.anchor = null;
    this.host.style.display = 'none';
    render(null, this.mount);
  }

  contains(target: EventTarget | null): boolean {
    return target instanceof Node && (target === this.host || this.host.contains(target));
  }

  destroy(): void {
    this.hide();
    this.host.remove();
  }

  private async position(anchor: Element): Promise<void> {
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
            this.host.style.setProperty('--policy-lens-max-height', `${Math.max(120, availableHeight)}px`);
          },
        }),
      ],
    });
    if (this.anchor !== anchor) return;
    Object.assign(this.host.style, { left: `${x}px`, top: `${y}px` });
  }
}

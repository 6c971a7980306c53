// The card's extension page (card.html), shown in an iframe the content script puts in the page. It waits for the
// one port its content script hands it (with the token from its own URL, from its parent window), fetches each card
// from the background itself, renders the CardView, and reports its size so the content script can size the frame.
import { render } from 'preact';
import { browser, invokeBackground } from '../../browser.js';
import { type PanelTarget, canOpenPanel, openPanel } from '../../side-panel.js';
import { type FromFrame, type ToFrame, isConnectMessage, parseToFrame } from '../../card-channel.js';
import { CardView } from '../popover/CardView.js';
import { blockUnsafeLinkClicks, secureLinks } from './links.js';
import { useChosenLanguage } from '../page.js';

// The card speaks the interface language chosen in the options, as every extension page does.
const languageReady = useChosenLanguage();

const token = location.hash.slice(1);
// The token served its purpose once the port arrives; it need not stay in the frame's address.
history.replaceState(null, '', location.pathname);
const mount = document.getElementById('app') as HTMLElement;
let port: MessagePort | null = null;
let current = 0;
let lastSize = '';

function send(message: FromFrame): void {
  port?.postMessage(message);
}

function measure(): { width: number; height: number } {
  const rect = mount.getBoundingClientRect();
  return { width: Math.ceil(rect.width), height: Math.ceil(rect.height) };
}

new ResizeObserver(() => {
  if (!mount.firstElementChild) return;
  const size = measure();
  const key = `${size.width}x${size.height}`;
  if (key === lastSize) return;
  lastSize = key;
  send({ type: 'size', ...size });
}).observe(mount);

function setMaxHeight(px: number): void {
  document.documentElement.style.setProperty('--policy-lens-max-height', `${Math.floor(px)}px`);
}

function close(): void {
  send({ type: 'close', restoreFocus: true });
}

// The tab this card is shown in, known before any click: Chromium opens the side panel only while the click's
// gesture counts, so the click handler must not wait for it. (Firefox's sidebar belongs to the window: no tab needed.)
let ownTab: PanelTarget | undefined;
const ownTabKnown = (browser.tabs?.getCurrent?.() ?? Promise.resolve(undefined))
  .then((tab) => (ownTab = tab ? { id: tab.id, windowId: tab.windowId } : undefined))
  .catch(() => undefined);

/**
 * "Annotate": opens the side panel here, in the click (the gesture), then has the content script offer the passage
 * (the selection or the highlight's sentence) to the background, which hands it to the panel's editor. The note is
 * typed in the panel, an extension page; nothing of it reaches the news page.
 */
function annotate(): void {
  const opening = ownTab ? openPanel(ownTab) : ownTabKnown.then(() => openPanel(ownTab));
  opening.catch((error: unknown) => console.warn('Policy Lens: the side panel could not be opened', error));
  send({ type: 'annotate' });
}

async function show(message: Extract<ToFrame, { type: 'show' }>): Promise<void> {
  await languageReady;
  current = message.request;
  wantFocus = false;
  setMaxHeight(message.maxHeight);
  const card = await invokeBackground('getCard', message.storyDate ? { id: message.id, storyDate: message.storyDate } : { id: message.id }).catch(() => null);
  if (message.request !== current) return;
  if (!card) {
    render(null, mount);
    send({ type: 'missing', request: message.request });
    return;
  }
  render(<CardView card={card} onClose={close} {...(canOpenPanel() ? { onAnnotate: annotate } : {})} />, mount);
  secureLinks(mount);
  mount.scrollTop = 0;
  const size = measure();
  lastSize = `${size.width}x${size.height}`;
  if (message.focus) focusCard();
  send({ type: 'shown', request: message.request, ...size });
}

// Focus asked for and not yet given: the frame's window may receive focus from the page only after the card has
// been rendered and asked to focus, so the card takes it again when the window is focused.
let wantFocus = false;

function focusCard(): void {
  wantFocus = true;
  (mount.querySelector('[role="dialog"]') as HTMLElement | null)?.focus({ preventScroll: true });
}

window.addEventListener('focus', () => {
  if (wantFocus) focusCard();
});

function onMessage(event: MessageEvent): void {
  const message = parseToFrame(event.data);
  if (!message) return;
  if (message.type === 'show') void show(message);
  else if (message.type === 'max-height') setMaxHeight(message.maxHeight);
  else if (message.type === 'focus') focusCard();
  else {
    current++;
    wantFocus = false;
    render(null, mount);
  }
}

window.addEventListener('message', (event: MessageEvent) => {
  // Only the first port, only from the window that embeds us, only with our token: anything else is ignored.
  if (port || token.length < 32 || event.source !== window.parent || !isConnectMessage(event.data, token)) return;
  const [received] = event.ports;
  if (!received || event.ports.length !== 1) return;
  port = received;
  port.onmessage = onMessage;
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    event.preventDefault();
    close();
  }
});
document.documentElement.addEventListener('mouseenter', () => send({ type: 'pointer', inside: true }));
document.documentElement.addEventListener('mouseleave', () => send({ type: 'pointer', inside: false }));
blockUnsafeLinkClicks(document);

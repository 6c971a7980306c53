// The private channel between the content script and the card's extension frame (card.html). The content script
// creates the frame with a random token in its URL and hands it one end of a MessageChannel, posted only to the
// extension's origin; the frame accepts that port once, from its parent, with that token. The page never holds the
// port, so it can neither read what travels on it nor forge a message. Messages are still checked on arrival: the
// checks are small hand-written guards, since this module is also in the page's bundle.

/** The first message, posted by the content script to the frame's window with the port attached. */
export interface ConnectMessage {
  type: 'policy-lens-connect';
  token: string;
}

/** Content script → frame. */
export type ToFrame =
  | { type: 'show'; request: number; id: string; storyDate?: string; maxHeight: number; focus: boolean }
  | { type: 'max-height'; maxHeight: number }
  | { type: 'focus' }
  | { type: 'hide' };

/** Frame → content script. */
export type FromFrame =
  | { type: 'shown'; request: number; width: number; height: number }
  | { type: 'missing'; request: number }
  | { type: 'size'; width: number; height: number }
  | { type: 'close'; restoreFocus: boolean }
  | { type: 'pointer'; inside: boolean }
  /** The reader clicked "Annotate" (the frame has opened the side panel): the content script offers the passage. */
  | { type: 'annotate' };

export const MAX_ID_LENGTH = 200;
const MAX_PIXELS = 100_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPixels(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_PIXELS;
}

function isRequestNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

export function isConnectMessage(value: unknown, token: string): value is ConnectMessage {
  return isRecord(value) && value.type === 'policy-lens-connect' && typeof value.token === 'string' && value.token === token;
}

export function parseToFrame(value: unknown): ToFrame | null {
  if (!isRecord(value)) return null;
  switch (value.type) {
    case 'show':
      if (!isRequestNumber(value.request) || typeof value.id !== 'string' || value.id.length === 0 || value.id.length > MAX_ID_LENGTH) return null;
      if (value.storyDate !== undefined && (typeof value.storyDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value.storyDate))) return null;
      if (!isPixels(value.maxHeight) || typeof value.focus !== 'boolean') return null;
      return { type: 'show', request: value.request, id: value.id, maxHeight: value.maxHeight, focus: value.focus, ...(value.storyDate ? { storyDate: value.storyDate } : {}) };
    case 'max-height':
      return isPixels(value.maxHeight) ? { type: 'max-height', maxHeight: value.maxHeight } : null;
    case 'focus':
    case 'hide':
      return { type: value.type };
    default:
      return null;
  }
}

export function parseFromFrame(value: unknown): FromFrame | null {
  if (!isRecord(value)) return null;
  switch (value.type) {
    case 'shown':
      return isRequestNumber(value.request) && isPixels(value.width) && isPixels(value.height)
        ? { type: 'shown', request: value.request, width: value.width, height: value.height }
        : null;
    case 'missing':
      return isRequestNumber(value.request) ? { type: 'missing', request: value.request } : null;
    case 'size':
      return isPixels(value.width) && isPixels(value.height) ? { type: 'size', width: value.width, height: value.height } : null;
    case 'close':
      return typeof value.restoreFocus === 'boolean' ? { type: 'close', restoreFocus: value.restoreFocus } : null;
    case 'pointer':
      return typeof value.inside === 'boolean' ? { type: 'pointer', inside: value.inside } : null;
    case 'annotate':
      return { type: 'annotate' };
    default:
      return null;
  }
}

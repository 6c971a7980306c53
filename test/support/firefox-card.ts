// Firefox end-to-end tests reach the card through its frame (card.html, an extension page in the page), as the
// README's page contract says: the host's shadow root is closed.
import type { Frame, Page } from 'puppeteer-core';
import { type DriverPage, cardFrameOf } from './hostile.js';

export async function cardFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 100; i++) {
    const frame = await cardFrameOf(page as unknown as DriverPage);
    if (frame) return frame as unknown as Frame;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the card frame never appeared');
}

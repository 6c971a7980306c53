// What the card asks of the extension beyond showing itself: the entity's full page opens in a tab of its own,
// which only the background may create (the card may run in a page's content script).
import { invokeBackground } from '../../browser.js';

export async function openEntityPage(id: string): Promise<void> {
  await invokeBackground('openEntityPage', { id });
}

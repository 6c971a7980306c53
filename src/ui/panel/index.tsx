// The panel page (panel.html): "Check this page" for the tab named by ?tab=, or the active tab. Openable as a page of
// its own (tests, keyboard users) and mountable in the side panel.
import { render } from 'preact';
import { browser, invokeTab } from '../../browser.js';
import { CheckPage, type CheckPageApi } from './CheckPage.js';

async function targetTabId(): Promise<number> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}

const tabId = targetTabId();

const api: CheckPageApi = {
  listClaims: async () => invokeTab(await tabId, 'listClaims', {}),
  scrollToClaim: async (index) => invokeTab(await tabId, 'scrollToClaim', { index }),
  copy: (text) => navigator.clipboard.writeText(text),
};

const mount = document.getElementById('app');
if (mount) render(<CheckPage api={api} />, mount);

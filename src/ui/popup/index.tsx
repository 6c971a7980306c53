// Wires the popup to the browser: the tab it reports on is the active one, or the one named by ?tab= (which lets
// the popup page be opened in a tab of its own, for keyboard users and for tests).
import { render } from 'preact';
import { browser, invokeBackground, invokeTab } from '../../browser.js';
import { t } from '../i18n.js';
import { settingsArea, startPage } from '../page.js';
import { Popup, type PopupApi } from './Popup.js';

async function targetTabId(): Promise<number> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}

const tabId = targetTabId();

const api: PopupApi = {
  listPageEntities: async () => invokeTab(await tabId, 'listPageEntities', {}),
  scrollToEntity: async (id) => invokeTab(await tabId, 'scrollToEntity', { id }),
  setSiteEnabled: async (host, enabled) => {
    await invokeBackground('setSiteEnabled', { host, enabled });
    await invokeTab(await tabId, 'applySiteEnabled', { enabled });
  },
  openClaims: () => void tabId.then((id) => browser.tabs.create({ url: browser.runtime.getURL(`panel.html?tab=${id}&view=check`) })).then(() => window.close()),
  onlyListedSites: async () => (await settingsArea().get('settings.siteMode'))['settings.siteMode'] === 'only-listed',
  openOptions: async () => {
    await browser.runtime.openOptionsPage();
    window.close();
  },
};

void startPage('extName').then(() => {
  const brand = document.getElementById('brand');
  if (brand) render(<h1>{t('extName')}</h1>, brand);
  const mount = document.getElementById('app');
  if (mount) render(<Popup api={api} />, mount);
});

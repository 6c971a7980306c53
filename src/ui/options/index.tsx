// The options page: settings in extension storage (storage.sync where the browser has it).
import { render } from 'preact';
import { SettingsStore, type StorageArea } from '../../core/settings/store.js';
import { t } from '../i18n.js';
import { settingsArea, startPage } from '../page.js';
import { Options } from './Options.js';

void startPage('optionsTitle').then(() => {
  const heading = document.getElementById('title');
  if (heading) heading.textContent = t('optionsTitle');
  const mount = document.getElementById('app');
  if (mount) render(<Options store={new SettingsStore(settingsArea() as unknown as StorageArea)} />, mount);
});

// Wires the dashboard to the browser: the background answers everything about the data; the page itself only saves
// files, reads the ones the user picks, and asks the browser to keep its storage.
import { render } from 'preact';
import { invokeUserData } from '../../browser.js';
import { messageStore } from '../annotations/api.js';
import { downloadText } from '../annotations/download.js';
import { t } from '../i18n.js';
import { startPage } from '../page.js';
import { Dashboard, type DashboardApi } from './Dashboard.js';

const api: DashboardApi = {
  ...messageStore,
  list: () => invokeUserData('listAnnotations', {}),
  remove: (id) => invokeUserData('deleteAnnotation', { id }),
  restore: (annotation) => invokeUserData('restoreAnnotation', { annotation }),
  exportFile: (format, ids) => invokeUserData('exportAnnotations', ids ? { format, ids } : { format }),
  readiness: (ids) => invokeUserData('checkClaimReviewReadiness', ids ? { ids } : {}),
  importFile: (text) => invokeUserData('importAnnotations', { text }),
  backup: () => invokeUserData('backupAll', {}),
  restoreBackup: (text) => invokeUserData('restoreBackup', { text }),
  saveSettings: (settings) => invokeUserData('setAnnotationSettings', { settings }),
  storage: async () => {
    if (!navigator.storage?.estimate) return null;
    // Annotations are kept forever: ask the browser not to evict this extension's storage under pressure.
    const persisted = (await navigator.storage.persisted?.()) || (await navigator.storage.persist?.().catch(() => false)) || false;
    const { usage = 0, quota = 0 } = await navigator.storage.estimate();
    return { usage, quota, persisted };
  },
  download: (file) => downloadText(file.filename, file.text, file.mimeType),
};

void startPage('dashTitle').then(() => {
  const heading = document.getElementById('title');
  if (heading) heading.textContent = t('dashTitle');
  const mount = document.getElementById('app');
  if (mount) render(<Dashboard api={api} />, mount);
});

// What every extension page does first: use the interface language chosen in the options (else the browser's),
// and set the document's language, direction and title from it.
import { browser } from '../browser.js';
import { storageKey } from '../core/settings/settings.js';
import { type MessageKey, isUiLanguage, loadShippedMessages, t, uiLocale, useMessages } from './i18n.js';

/** The storage area the settings live in (the background uses the same choice). */
export function settingsArea() {
  return browser.storage.sync ?? browser.storage.local;
}

/** Uses the interface language chosen in the options, if any (else the browser's), and marks the document with it. */
export async function useChosenLanguage(): Promise<void> {
  try {
    const key = storageKey('language');
    const language = (await settingsArea().get(key))[key];
    if (isUiLanguage(language)) useMessages(language, await loadShippedMessages(language));
  } catch (error) {
    console.error('Policy Lens: the chosen interface language could not be loaded; using the browser\'s', error);
  }
  document.documentElement.lang = uiLocale();
}

export async function startPage(titleKey: MessageKey, ...titleSubstitutions: string[]): Promise<void> {
  await useChosenLanguage();
  document.title = t(titleKey, ...titleSubstitutions);
}

// The reader's settings on the page: how highlights look (attributes on <html> that highlights.css reads, and the
// chosen colours as custom properties), which ones are active, the card's trigger, and the interface language.
import { browser, invokeBackground } from '../browser.js';
import { ENTITY_TYPES, type PageSettings } from '../core/settings/settings.js';
import { type Messages, isUiLanguage, shippedLanguageOf, useMessages } from '../ui/i18n.js';

/** Draws the settings onto the page: style, mentions, hidden types, colours. */
export function applyPageSettings(settings: PageSettings): void {
  const root = document.documentElement;
  root.setAttribute('data-policy-lens-style', settings.style);
  root.setAttribute('data-policy-lens-mentions', settings.mentions);
  const hidden = ENTITY_TYPES.filter((type) => !settings.types[type].enabled);
  if (hidden.length > 0) root.setAttribute('data-policy-lens-hide', hidden.join(' '));
  else root.removeAttribute('data-policy-lens-hide');
  // Through the CSSOM, which a page's Content-Security-Policy does not block as it would a <style> element.
  for (const type of ENTITY_TYPES) root.style.setProperty(`--policy-lens-${type}`, settings.types[type].colour);
}

export function clearPageSettings(): void {
  const root = document.documentElement;
  for (const name of ['data-policy-lens-style', 'data-policy-lens-mentions', 'data-policy-lens-hide']) root.removeAttribute(name);
  for (const type of ENTITY_TYPES) root.style.removeProperty(`--policy-lens-${type}`);
}

let loadedLanguage: string | null = null;

/**
 * Uses the interface language chosen in the options for the page's strings (the card, descriptions). When the
 * options follow the browser, its language's messages are loaded the same way: the browser's own getMessage reads
 * the extension's messages with a synchronous call out of the page's process on first use, which cost the first
 * highlight's wrapping several milliseconds of the page's main thread.
 */
export async function applyInterfaceLanguage(language: PageSettings['language']): Promise<void> {
  if (language === loadedLanguage) return;
  loadedLanguage = language;
  if (isUiLanguage(language)) {
    useMessages(language, await invokeBackground('getLocaleMessages', { language }));
    return;
  }
  // Following the browser: its strings work at once through getMessage; the messages arrive well before the first
  // highlight needs them, without holding up the scan.
  useMessages(null, null);
  const browserLanguage = browser.i18n.getUILanguage();
  const shipped = shippedLanguageOf(browserLanguage);
  void invokeBackground('getLocaleMessages', { language: shipped }).then(
    (messages: Messages) => {
      // Unless the setting changed while they were on their way.
      if (loadedLanguage === language) useMessages(shipped, messages, browserLanguage);
    },
    () => {}, // getMessage still answers
  );
}

/** Whether a pointer event carries the modifier the reader asked for (always, when none was). */
export function modifierHeld(event: Event, key: PageSettings['modifierKey']): boolean {
  if (key === 'none') return true;
  const e = event as MouseEvent;
  return { Alt: e.altKey, Shift: e.shiftKey, Control: e.ctrlKey, Meta: e.metaKey }[key];
}

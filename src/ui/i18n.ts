// Every interface string goes through here: the browser's i18n (`_locales/`), or, when the reader chose another
// interface language in the options, that locale's messages.json loaded once and substituted the same way.
import type english from '../../_locales/en/messages.json';
import { browser } from '../browser.js';

export type MessageKey = keyof typeof english;
export type Messages = Record<string, { message: string }>;

/** The interface languages the extension ships. */
export const UI_LANGUAGES = ['en', 'ru', 'tr', 'ja'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

let chosen: { language: UiLanguage; messages: Messages; locale: string } | null = null;

/**
 * Uses `messages` (a locale's messages.json) instead of the browser's choice; null returns to the browser's. `locale`,
 * when the messages are the browser's own language loaded ahead, keeps its region for dates ("en-GB", not "en").
 */
export function useMessages(language: UiLanguage | null, messages: Messages | null, locale: string = language ?? ''): void {
  chosen = language && messages ? { language, messages, locale } : null;
}

/** The shipped interface language the browser's own would show: its primary tag if shipped, else the default. */
export function shippedLanguageOf(browserLanguage: string): UiLanguage {
  const primary = browserLanguage.toLowerCase().split(/[-_]/)[0];
  return isUiLanguage(primary) ? primary : 'en';
}

/** `$1`…`$9` are substitutions and `$$` a dollar sign, as in the browser's own getMessage. */
export function substitute(message: string, substitutions: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')));
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  const own = chosen?.messages[key]?.message;
  if (own !== undefined) return substitute(own, subs);
  // getMessage returns "" for a key it does not know: fall back to the key itself so a gap is visible, not blank.
  return browser.i18n.getMessage(key, subs) || key;
}

/** The locale dates and numbers are written in: the chosen interface language, else the browser's. */
export function uiLocale(): string {
  return chosen?.locale ?? browser.i18n.getUILanguage();
}

/** Reads a shipped locale's messages (extension pages and the background may read packaged files). */
export async function loadShippedMessages(language: UiLanguage): Promise<Messages> {
  const response = await fetch(browser.runtime.getURL(`_locales/${language}/messages.json`));
  if (!response.ok) throw new Error(`the ${language} messages could not be read (${response.status})`);
  return (await response.json()) as Messages;
}

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

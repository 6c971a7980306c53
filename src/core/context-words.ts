// Context words: the words that settle an ambiguous alias ("FSB" with "Moscow" is Russia's security service).
import { foldKeepingCase, foldKey } from './fold.js';
import { russianForms } from './inflect.js';

/**
 * Context words are matched without regard to case, except acronyms written in capitals ("US" must not be the
 * pronoun "us"): those keep their case, marked by a leading "=".
 */
export function contextKey(word: string): string {
  const isAcronym = /^[\p{Lu}\p{N}.&-]+$/u.test(word.trim()) && (word.match(/\p{Lu}/gu) ?? []).length >= 2;
  return isAcronym ? `=${foldKeepingCase(word).trim()}` : foldKey(word);
}

/**
 * The keys of a list of context words, with the case forms of Russian ones: a context word is looked for as a whole
 * word, and «АФМ» on a page that says «в Казахстане» has its country named all the same.
 */
export function contextKeys(words: readonly string[]): string[] {
  return [...new Set(words.flatMap((word) => {
    const key = contextKey(word);
    return key.startsWith('=') ? [key] : russianForms(key);
  }))];
}

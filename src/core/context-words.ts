// Context words: the words that settle an ambiguous alias ("FSB" with "Moscow" is Russia's security service).
import { foldKeepingCase, foldKey } from './fold.js';

/**
 * Context words are matched without regard to case, except acronyms written in capitals ("US" must not be the
 * pronoun "us"): those keep their case, marked by a leading "=".
 */
export function contextKey(word: string): string {
  const isAcronym = /^[\p{Lu}\p{N}.&-]+$/u.test(word.trim()) && (word.match(/\p{Lu}/gu) ?? []).length >= 2;
  return isAcronym ? `=${foldKeepingCase(word).trim()}` : foldKey(word);
}

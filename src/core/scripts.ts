// The writing systems that put no spaces between words (Japanese, Chinese): names sit inside sentences, and Latin
// acronyms abut them ("米SEC", "CFTCは"). One definition for the matcher, the prefilter and the context lookup.

import { lazyPattern } from './lazy-pattern.js';

/** A regular-expression class body matching one character of those scripts. */
export const UNSPACED_CLASS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';

const unspacedChar = lazyPattern(`[${UNSPACED_CLASS}]`, 'u');

/** Whether `text` holds a character of those scripts. */
export function hasUnspacedChar(text: string): boolean {
  return unspacedChar().test(text);
}

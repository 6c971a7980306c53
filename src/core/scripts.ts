// The writing systems that put no spaces between words (Japanese, Chinese): names sit inside sentences, and Latin
// acronyms abut them ("米SEC", "CFTCは"). One definition for the matcher, the prefilter and the context lookup.

import { lazyPattern } from './lazy-pattern.js';

/**
 * A regular-expression class body matching one character of those scripts. The long-vowel mark ー (U+30FC) is of no
 * script (Common) but only ever ends or lengthens a kana word: "ゲンスラーSEC委員長" has a word boundary before SEC.
 */
export const UNSPACED_CLASS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30fc';

const unspacedChar = lazyPattern(`[${UNSPACED_CLASS}]`, 'u');

/** Whether `text` holds a character of those scripts. */
export function hasUnspacedChar(text: string): boolean {
  return unspacedChar().test(text);
}

/**
 * Korean is written with spaces, but its particles abut a Latin acronym with none ("SEC는", "FIU가", "FATF는"): a
 * change between Hangul (syllables or, in folded text, the letters they decompose into) and another script is a
 * word boundary too. A regular-expression class body, and a test on one UTF-16 code unit.
 */
export const HANGUL_CLASS = '\\p{Script=Hangul}';

export function isHangulUnit(code: number): boolean {
  return (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f) || (code >= 0xa960 && code <= 0xa97f) || (code >= 0xac00 && code <= 0xd7ff);
}

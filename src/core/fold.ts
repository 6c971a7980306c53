// Text folding: the one normalisation both the aliases (at build time) and the page text (at scan time) go through,
// so that "Bozdağ", "BOZDAG" and "Boz\u00ADdag" all meet as "bozdag". Folding keeps a map back to the original
// offsets, because highlights are wrapped in the page's own text.
import { lazyPattern } from './lazy-pattern.js';

export interface FoldedText {
  /** The folded text. */
  text: string;
  /** origin[i] is the offset in the original string of the code point that produced folded character i. */
  origin: Int32Array;
}

// Characters that carry no letter: soft hyphen, zero-width space/joiners, word joiner, BOM.
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
// Kana voicing marks are letters in all but name: dropping them would make が equal か.
const KEPT_MARKS = new Set([0x3099, 0x309a]);
const COMBINING_MARK = lazyPattern('\\p{M}', 'u');
const WHITESPACE = /\s/u;

const PUNCTUATION_FOLDS: ReadonlyMap<number, string> = new Map([
  [0x2018, "'"], [0x2019, "'"], [0x201b, "'"], [0x02bc, "'"], [0x2032, "'"], [0x00b4, "'"], [0x0060, "'"],
  [0x201c, '"'], [0x201d, '"'], [0x201e, '"'], [0x00ab, '"'], [0x00bb, '"'],
  [0x2010, '-'], [0x2011, '-'], [0x2012, '-'], [0x2013, '-'], [0x2014, '-'], [0x2212, '-'],
  // Turkish dotted capital I and dotless i both fold to the plain i that English spellings use.
  [0x0130, 'i'], [0x0131, 'i'],
  // Spanish and Portuguese write "number" as Nº or N°: the ordinal sign folds to "o" (NFKD), the degree sign with it.
  [0x00b0, 'o'],
  // "№" stays a sign, not the letters "No" (NFKD): "№10225-д" must stay two words, so the bill's number alone still
  // matches inside it.
  [0x2116, '№'],
]);

const SPACE = ' ';

function foldCodePoint(codePoint: number, lowerCase: boolean, cache: Map<number, string>): string {
  const cached = cache.get(codePoint);
  if (cached !== undefined) return cached;
  let folded: string;
  const char = String.fromCodePoint(codePoint);
  if (INVISIBLE.has(codePoint)) folded = '';
  else if (WHITESPACE.test(char)) folded = SPACE;
  else if (PUNCTUATION_FOLDS.has(codePoint)) {
    folded = PUNCTUATION_FOLDS.get(codePoint) ?? char;
    if (!lowerCase && codePoint === 0x0130) folded = 'I';
  } else {
    // NFKD splits accents off their letters and turns full-width "ＦＳＡ" into "FSA"; then the accents go.
    let out = '';
    for (const part of char.normalize('NFKD')) {
      const partCode = part.codePointAt(0) ?? 0;
      if (COMBINING_MARK().test(part) && !KEPT_MARKS.has(partCode)) continue;
      out += part;
    }
    folded = lowerCase ? out.toLowerCase() : out;
  }
  cache.set(codePoint, folded);
  return folded;
}

const lowerCache = new Map<number, string>();
const keepCaseCache = new Map<number, string>();

// Folded text is written as UTF-16 code units into a reused buffer and decoded once: concatenating character by
// character made one short-lived string per character, and the garbage collector dominated a page's scan.
let buffer = new Uint16Array(4096);
const CHUNK = 8192; // String.fromCharCode takes its code units as arguments: keep the count well under engine limits

function decode(length: number): string {
  let out = '';
  for (let start = 0; start < length; start += CHUNK) {
    out += String.fromCharCode.apply(null, buffer.subarray(start, Math.min(length, start + CHUNK)) as unknown as number[]);
  }
  return out;
}

function foldWith(input: string, lowerCase: boolean): FoldedText {
  const cache = lowerCase ? lowerCache : keepCaseCache;
  // NFKD can expand a character (a ligature, a full-width form) into several: leave room for that.
  if (buffer.length < input.length * 3 + 8) buffer = new Uint16Array(input.length * 3 + 8);
  const origin = new Int32Array(input.length * 3 + 9);
  let length = 0;
  let lastWasSpace = true; // also trims leading whitespace
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    const start = i;
    if (code < 0x80) {
      // ASCII fast path: the great majority of characters on most pages.
      let out = code;
      if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c) {
        if (lastWasSpace) continue;
        lastWasSpace = true;
        out = 0x20;
      } else {
        lastWasSpace = false;
        if (lowerCase && code >= 0x41 && code <= 0x5a) out = code + 32;
        else if (code === 0x60) out = 0x27;
      }
      origin[length] = start;
      buffer[length++] = out;
      continue;
    }
    const codePoint = input.codePointAt(i) ?? code;
    if (codePoint > 0xffff) i++;
    const folded = foldCodePoint(codePoint, lowerCase, cache);
    if (folded === SPACE) {
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else if (folded.length > 0) {
      lastWasSpace = false;
    }
    for (let k = 0; k < folded.length; k++) {
      origin[length] = start;
      buffer[length++] = folded.charCodeAt(k);
    }
  }
  origin[length] = input.length;
  return { text: decode(length), origin: origin.subarray(0, length + 1) };
}

/** Folds case, diacritics, compatibility forms, typographic punctuation, invisible characters and runs of white space. */
export function foldText(input: string): FoldedText {
  return foldWith(input, true);
}

/** The same folding but keeping letter case, for aliases whose case matters ("SEC" is not "sec"). */
export function foldKeepingCase(input: string): string {
  return foldWith(input, false).text;
}

/** Folded form of a short string, for keys and comparisons. */
export function foldKey(input: string): string {
  return foldWith(input, true).text.trim();
}

/** End offset (exclusive) in the original string of the folded range ending before `foldedEnd`. */
export function originalEnd(original: string, folded: FoldedText, foldedEnd: number): number {
  const lastStart = folded.origin[foldedEnd - 1] ?? 0;
  const code = original.charCodeAt(lastStart);
  return lastStart + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
}

// Anything outside printable ASCII and white space takes the full Unicode path.
export const NON_ASCII = /[^\t\n\r\f\v -~]/;
const INVISIBLE_CHARS = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const MARKS_BUT_KANA_VOICING = lazyPattern('(?![\\u3099\\u309a])\\p{M}', 'gu');

/**
 * Folding in native string operations only, for a first look (the prefilter) and for context words: the same words
 * as `foldText` gives, without its offset map.
 */
export function quickFold(text: string): string {
  // Most text on most pages is ASCII: lower case is all the folding it needs.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return keepingNumeroSign(text.replace(INVISIBLE_CHARS, ''), (kept) => kept.normalize('NFKD').replace(MARKS_BUT_KANA_VOICING(), '').toLowerCase().replace(/ı/g, 'i').replace(/°/g, 'o'));
}

/** `quickFold` keeping letter case: the words `foldKeepingCase` gives, for aliases whose case matters. */
export function quickFoldKeepingCase(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return keepingNumeroSign(text.replace(INVISIBLE_CHARS, ''), (kept) => kept.normalize('NFKD').replace(MARKS_BUT_KANA_VOICING(), '').replace(/°/g, 'o'));
}

// NFKD would turn "№" into the letters "No"; the folding keeps it a sign (PUNCTUATION_FOLDS), so the quick folds do too.
const PLACEHOLDER = '\uE000';
function keepingNumeroSign(text: string, fold: (text: string) => string): string {
  return text.includes('№') ? fold(text.replaceAll('№', PLACEHOLDER)).replaceAll(PLACEHOLDER, '№') : fold(text);
}

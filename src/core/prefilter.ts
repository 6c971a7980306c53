// A cheap first look at a run of text, in native string operations only: could any alias (or context word) be in
// it? Most of a page's text names nothing, and the precise folding and the automaton are JavaScript loops over every
// character, costly in code the browser has not optimised yet. The answer may be a false "yes", never a false "no"
// (up to Greek final sigma, which no alias uses).
import { NON_ASCII, quickFold, quickFoldKeepingCase } from './fold.js';
import { endsInHangul, stemsOf } from './inflect-korean.js';
import { needsWordBoundaries } from './matcher.js';
import { HANGUL_CLASS, UNSPACED_CLASS } from './scripts.js';

const WORD = /[\p{L}\p{N}]+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;
const NON_WORD_ASCII = /[^a-z0-9]+/;
const NON_WORD_ASCII_CASED = /[^A-Za-z0-9]+/;
// Japanese and Chinese runs, and Hangul runs (Korean particles abut Latin acronyms: "SEC는"), are set apart before
// the split into words, so that the acronym is a word of its own.
const HANGUL = new RegExp(`[${HANGUL_CLASS}]`, 'u');
const UNSPACED_RUN = new RegExp(`[${UNSPACED_CLASS}]+|[${HANGUL_CLASS}]+`, 'gu');

/** What the prefilter looks for, compiled once with the alias index. */
export interface PrefilterData {
  /** One word of every key that stands between word boundaries: its least common word, so that few runs pass. */
  words: string[];
  /** Keys that match inside words (Japanese, Chinese) or start with no word at all: looked for as substrings. */
  substrings: string[];
  /**
   * One word, as written, of every key that names something only in its exact case ("AT", "SIDE"): looked for in
   * the text with its case kept, so that "at" and "side" in any English page do not open it to the walk.
   */
  casedWords: string[];
}

/** A key to look for, and, when it names something only as written in one case, those written forms. */
export interface PrefilterKey {
  key: string;
  /** Set when every sense of the key asks for its exact case: the forms (folded, case kept) it may take. */
  exact?: readonly string[];
}

/**
 * Builds the prefilter's data from folded alias keys. A key between word boundaries can only occur where each of its
 * words occurs as a whole word, so any one of them will do: the rarest (highest frequency rank; words missing from
 * the frequency list rank highest), so that text about something else seldom passes. A key that only ever names
 * something in its exact case is looked for by a word of that written form instead.
 */
export function prefilterFor(keys: readonly (string | PrefilterKey)[], frequencyRank: (word: string) => number = () => Infinity): PrefilterData {
  const rarest = (text: string): string | undefined => {
    const tokens = needsWordBoundaries(text.toLowerCase()) ? (text.match(WORD) ?? []) : [];
    return [...tokens].sort((a, b) => frequencyRank(b.toLowerCase()) - frequencyRank(a.toLowerCase()) || b.length - a.length)[0];
  };
  const words = new Set<string>();
  const casedWords = new Set<string>();
  const substrings = new Set<string>();
  for (const entry of keys) {
    const { key, exact } = typeof entry === 'string' ? { key: entry, exact: undefined } : entry;
    const cased = exact?.map(rarest);
    if (cased && cased.length > 0 && cased.every((word) => word !== undefined)) {
      for (const word of cased) casedWords.add(word as string);
      continue;
    }
    const word = rarest(key);
    if (word === undefined) substrings.add(key);
    else words.add(word);
  }
  return { words: [...words].sort(), substrings: [...substrings].sort(), casedWords: [...casedWords].sort() };
}

export class Prefilter {
  private readonly words: Set<string>;
  private readonly casedWords: Set<string>;
  /** Substring keys written in ASCII only: looked for in every text. */
  private readonly asciiKeys: readonly string[];
  /** The other substring keys by their first code unit, looked for only where that unit occurs in the text. */
  private readonly keysByFirstUnit = new Map<number, string[]>();

  constructor(data: PrefilterData) {
    this.words = new Set(data.words);
    this.casedWords = new Set(data.casedWords);
    this.asciiKeys = data.substrings.filter((key) => !NON_ASCII.test(key));
    for (const key of data.substrings) {
      if (!NON_ASCII.test(key)) continue;
      const unit = key.charCodeAt(0);
      const keys = this.keysByFirstUnit.get(unit);
      if (keys) keys.push(key);
      else this.keysByFirstUnit.set(unit, [key]);
    }
  }

  /** False only when no alias can occur in `text`. */
  mayContain(text: string): boolean {
    const folded = quickFold(text);
    const ascii = !NON_ASCII.test(folded);
    if (this.asciiKeys.some((key) => folded.includes(key))) return true;
    if (!ascii && this.hasNonAsciiKey(folded)) return true;
    // One native split instead of a match object per word; Japanese and Chinese runs are set apart first, since
    // they abut Latin acronyms with no space ("CFTCは").
    // ASCII text splits with a plain pattern: a Unicode property class costs far more per character.
    const words = ascii ? folded.split(NON_WORD_ASCII) : folded.replace(UNSPACED_RUN, ' $& ').split(NON_WORD);
    if (words.some((word) => this.words.has(word))) return true;
    // A Korean name with a particle glued on is a word of its own ("금융위원회는"): its stem is what to look for.
    if (!ascii && HANGUL.test(folded) && words.some((word) => endsInHangul(word) && stemsOf(word).some((stem) => this.words.has(stem)))) return true;
    return this.casedWords.size > 0 && this.hasCasedWord(text, ascii);
  }

  /** Whether a word of a key that names something only in its exact case occurs as written. */
  private hasCasedWord(text: string, ascii: boolean): boolean {
    const kept = quickFoldKeepingCase(text);
    const words = ascii ? kept.split(NON_WORD_ASCII_CASED) : kept.replace(UNSPACED_RUN, ' $& ').split(NON_WORD);
    return words.some((word) => this.casedWords.has(word));
  }

  /**
   * Whether a key with a character outside ASCII starts anywhere in `folded`. Every Japanese and Chinese alias is
   * such a key, thousands of them: trying each on each run cost a table of 130,000 cells seconds, while a look-up
   * per character costs what the text costs.
   */
  private hasNonAsciiKey(folded: string): boolean {
    for (let i = 0; i < folded.length; i++) {
      const keys = this.keysByFirstUnit.get(folded.charCodeAt(i));
      if (keys?.some((key) => folded.startsWith(key, i))) return true;
    }
    return false;
  }
}

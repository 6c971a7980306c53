// A cheap first look at a run of text, in native string operations only: could any alias (or context word) be in
// it? Most of a page's text names nothing, and the precise folding and the automaton are JavaScript loops over every
// character, costly in code the browser has not optimised yet. The answer may be a false "yes", never a false "no"
// (up to Greek final sigma, which no alias uses).
import { NON_ASCII, quickFold } from './fold.js';
import { needsWordBoundaries } from './matcher.js';
import { UNSPACED_CLASS } from './scripts.js';

const WORD = /[\p{L}\p{N}]+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;
const NON_WORD_ASCII = /[^a-z0-9]+/;
const UNSPACED_RUN = new RegExp(`[${UNSPACED_CLASS}]+`, 'gu');

/** What the prefilter looks for, compiled once with the alias index. */
export interface PrefilterData {
  /** One word of every key that stands between word boundaries: its least common word, so that few runs pass. */
  words: string[];
  /** Keys that match inside words (Japanese, Chinese) or start with no word at all: looked for as substrings. */
  substrings: string[];
}

/**
 * Builds the prefilter's data from folded alias keys. A key between word boundaries can only occur where each of its
 * words occurs as a whole word, so any one of them will do: the rarest (highest frequency rank; words missing from
 * the frequency list rank highest), so that text about something else seldom passes.
 */
export function prefilterFor(keys: readonly string[], frequencyRank: (word: string) => number = () => Infinity): PrefilterData {
  const chosen = keys.map((key) => {
    const tokens = needsWordBoundaries(key) ? (key.match(WORD) ?? []) : [];
    return [...tokens].sort((a, b) => frequencyRank(b) - frequencyRank(a) || b.length - a.length)[0];
  });
  return {
    words: [...new Set(chosen.filter((word): word is string => word !== undefined))].sort(),
    substrings: [...new Set(keys.filter((_, i) => chosen[i] === undefined))].sort(),
  };
}

export class Prefilter {
  private readonly words: Set<string>;
  /** Substring keys written in ASCII only: looked for in every text. */
  private readonly asciiKeys: readonly string[];
  /** The other substring keys by their first code unit, looked for only where that unit occurs in the text. */
  private readonly keysByFirstUnit = new Map<number, string[]>();

  constructor(data: PrefilterData) {
    this.words = new Set(data.words);
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
    return words.some((word) => this.words.has(word));
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

// A cheap first look at a run of text, in native string operations only: could any alias (or context word) be in
// it? Most of a page's text names nothing, and the precise folding and the automaton are JavaScript loops over every
// character, costly in code the browser has not optimised yet. The answer may be a false "yes", never a false "no"
// (up to Greek final sigma, which no alias uses).
import { needsWordBoundaries } from './matcher.js';

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const MARKS_BUT_KANA_VOICING = /(?![\u3099\u309a])\p{M}/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** The prefilter's folding: the same words as `foldText` gives, without its offset map. */
export function quickFold(text: string): string {
  return text.replace(INVISIBLE, '').normalize('NFKD').replace(MARKS_BUT_KANA_VOICING, '').toLowerCase().replace(/ı/g, 'i');
}

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
export function prefilterFor(keys: Iterable<string>, frequencyRank: (word: string) => number = () => Infinity): PrefilterData {
  const words = new Set<string>();
  const substrings = new Set<string>();
  for (const key of keys) {
    const tokens = needsWordBoundaries(key) ? (key.match(WORD) ?? []) : [];
    const rarest = [...tokens].sort((a, b) => frequencyRank(b) - frequencyRank(a) || b.length - a.length)[0];
    if (rarest) words.add(rarest);
    else substrings.add(key);
  }
  return { words: [...words].sort(), substrings: [...substrings].sort() };
}

export class Prefilter {
  private readonly words: Set<string>;
  private readonly substrings: readonly string[];

  constructor(data: PrefilterData) {
    this.words = new Set(data.words);
    this.substrings = data.substrings;
  }

  /** False only when no alias or context word can occur in `text`. */
  mayContain(text: string): boolean {
    const folded = quickFold(text);
    for (const key of this.substrings) if (folded.includes(key)) return true;
    for (const [word] of folded.matchAll(WORD)) if (this.words.has(word)) return true;
    return false;
  }
}

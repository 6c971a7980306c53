// Finding a saved passage again in a page's text. The text is the page's text nodes joined (content/page-text.ts
// builds it the same way when saving and when placing). Order of trust, as Hypothesis does it: the saved position
// when the quote is still there; else the exact quote, the occurrence whose surroundings fit best; else a fuzzy match
// (approx-string-match, Myers' bit-parallel algorithm) scored on the quote, its surroundings and its old position.
import search from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector } from './model.js';

/** How much text either side of a passage is kept as its prefix and suffix. */
export const QUOTE_CONTEXT_CHARS = 32;

export interface Anchor {
  start: number;
  end: number;
  /** Which selector placed it: "fuzzy" means the page's text differs from what was saved. */
  how: 'position' | 'quote' | 'fuzzy';
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The selectors that describe text[start, end). */
export function describePassage(text: string, start: number, end: number): { quote: TextQuoteSelector; position: TextPositionSelector } {
  if (!(start >= 0 && end > start && end <= text.length)) throw new Error(`no passage at ${start}–${end} in a text of ${text.length} characters`);
  // The prefix and suffix never begin or end inside a surrogate pair (half an emoji is not text).
  let prefixStart = Math.max(0, start - QUOTE_CONTEXT_CHARS);
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart++;
  let suffixEnd = Math.min(text.length, end + QUOTE_CONTEXT_CHARS);
  if (suffixEnd < text.length && isLowSurrogate(text.charCodeAt(suffixEnd))) suffixEnd--;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** 1 for identical strings, falling towards 0 with the edit distance (approximate, bounded search). */
function similarity(expected: string, actual: string): number {
  if (expected.length === 0 || actual.length === 0) return expected.length === actual.length ? 1 : 0;
  if (expected === actual) return 1;
  const matches = search(actual, expected, expected.length);
  const errors = matches.length ? Math.min(...matches.map((m) => m.errors)) : expected.length;
  return 1 - errors / expected.length;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function score(text: string, quote: TextQuoteSelector, hint: number | undefined, candidate: Candidate): number {
  const quoteScore = 1 - candidate.errors / quote.exact.length;
  const prefixScore = quote.prefix ? similarity(quote.prefix, text.slice(Math.max(0, candidate.start - quote.prefix.length), candidate.start)) : 1;
  const suffixScore = quote.suffix ? similarity(quote.suffix, text.slice(candidate.end, candidate.end + quote.suffix.length)) : 1;
  const positionScore = hint === undefined ? 1 : 1 - Math.abs(candidate.start - hint) / Math.max(text.length, 1);
  // The weights Hypothesis uses: the quote counts most, then its surroundings, then where it was.
  return (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92;
}

/** Exact occurrences of the quote, at most `limit` of them (a common phrase may occur thousands of times). */
function exactOccurrences(text: string, exact: string, limit = 1_000): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1 && found.length < limit; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return found;
}

/** The lowest score a fuzzy match may have and still be placed: below it, the passage is "not found". */
export const MIN_FUZZY_SCORE = 0.5;

/** Finds the passage in `text`, or null when it is no longer there. */
export function anchorPassage(text: string, quote: TextQuoteSelector, position?: TextPositionSelector): Anchor | null {
  const exact = quote.exact;
  if (position && text.slice(position.start, position.end) === exact) return { start: position.start, end: position.end, how: 'position' };
  const hint = position?.start;
  const best = (candidates: Candidate[]) =>
    candidates.reduce<{ candidate: Candidate; score: number } | null>((top, candidate) => {
      const value = score(text, quote, hint, candidate);
      return !top || value > top.score ? { candidate, score: value } : top;
    }, null);

  const exactMatch = best(exactOccurrences(text, exact));
  if (exactMatch) return { start: exactMatch.candidate.start, end: exactMatch.candidate.end, how: 'quote' };

  // Up to a quarter of the quote's length in edits (Hypothesis allows half; a wrong placement costs more trust than
  // an honest "not found"), bounded so a 10,000-character quote stays affordable.
  const maxErrors = Math.min(256, Math.floor(exact.length / 4));
  if (maxErrors === 0) return null;
  const fuzzy = best(search(text, exact, maxErrors));
  if (!fuzzy || fuzzy.score < MIN_FUZZY_SCORE) return null;
  const { start, end } = snapToWords(text, quote, fuzzy.candidate);
  return { start, end, how: 'fuzzy' };
}

const WORD = /[\p{L}\p{N}]/u;
const isWord = (char: string | undefined) => char !== undefined && WORD.test(char);

/**
 * An edit distance cannot tell "that twelve" → "t eleven" from "eleven": where the saved passage began and ended on
 * word boundaries, the match's edges move (by no more than its errors) to the nearest word boundaries.
 */
function snapToWords(text: string, quote: TextQuoteSelector, match: Candidate): { start: number; end: number } {
  const reach = Math.max(1, match.errors);
  let { start, end } = match;
  const startsWord = isWord(quote.exact[0]) && !isWord(quote.prefix.at(-1));
  if (startsWord && !(isWord(text[start]) && !isWord(text[start - 1]))) {
    for (let step = 1; step <= reach; step++) {
      if (start + step < end && isWord(text[start + step]) && !isWord(text[start + step - 1])) {
        start += step;
        break;
      }
      if (start - step >= 0 && isWord(text[start - step]) && !isWord(text[start - step - 1])) {
        start -= step;
        break;
      }
    }
  }
  const endsWord = isWord(quote.exact.at(-1)) && !isWord(quote.suffix[0]);
  if (endsWord && !(isWord(text[end - 1]) && !isWord(text[end]))) {
    for (let step = 1; step <= reach; step++) {
      if (end - step > start && isWord(text[end - step - 1]) && !isWord(text[end - step])) {
        end -= step;
        break;
      }
      if (end + step <= text.length && isWord(text[end + step - 1]) && !isWord(text[end + step])) {
        end += step;
        break;
      }
    }
  }
  return { start, end };
}

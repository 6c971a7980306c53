// The passage the card's "Annotate" proposes when nothing is selected: the sentence of the block that holds the
// highlight, found by the same sentence splitter the claim checker uses.
import { languageOf, sentences } from '../claims/segment.js';

/** The longest passage proposed: a "sentence" longer than this (a block without full stops) is cut around the name. */
export const MAX_PROPOSED_CHARS = 600;

/**
 * The sentence of `block` that holds [start, end) (offsets into `block`), as offsets into `block`, white space
 * trimmed. A name that spans sentences (it should not) gets the sentences it spans.
 */
export function sentenceAround(block: string, start: number, end: number): { start: number; end: number } {
  const parts = sentences(block, languageOf(block));
  const first = parts.find((s) => s.end > start) ?? { start: 0, end: block.length };
  const last = [...parts].reverse().find((s) => s.start < end) ?? first;
  let from = Math.min(first.start, start);
  let to = Math.max(last.end, end);
  if (to - from > MAX_PROPOSED_CHARS) {
    // Keep the name, and as much on either side as fits.
    const room = Math.max(0, MAX_PROPOSED_CHARS - (end - start));
    from = Math.max(from, start - Math.floor(room / 2));
    to = Math.min(to, from + MAX_PROPOSED_CHARS);
  }
  while (from < to && /\s/.test(block[from]!)) from++;
  while (to > from && /\s/.test(block[to - 1]!)) to--;
  return { start: from, end: to };
}

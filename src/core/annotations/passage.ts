// Knowing when a story changed around a checked passage: each annotation keeps the passage with its surroundings as
// they were when it was checked, and a hash of them; when the page's text there differs, the panel shows the
// difference (the `diff` library's word diff).
import { diffWords } from 'diff';

/** How much text either side of the passage counts as its context for change detection. */
export const PASSAGE_CONTEXT_CHARS = 200;

/** Runs of white space are layout, not content: a re-flowed page has not changed. */
export function normalizeSpace(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** The passage text[start, end) with its surroundings, as stored and compared. */
export function passageContext(text: string, start: number, end: number): string {
  return normalizeSpace(text.slice(Math.max(0, start - PASSAGE_CONTEXT_CHARS), end + PASSAGE_CONTEXT_CHARS));
}

/** SHA-256 of the normalised context, hex (Web Crypto: in every browser's extension pages and in Node). */
export async function passageHash(context: string): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(normalizeSpace(context)));
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** One piece of a word diff: text kept, added since the check, or removed since. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface PassageChange {
  changed: boolean;
  /** The word diff from the checked text to today's, empty when unchanged. */
  parts: DiffPart[];
}

/** Compares the stored context with the page's current one. */
export async function comparePassage(saved: { context: string; contextHash: string }, current: string): Promise<PassageChange> {
  const currentHash = await passageHash(current);
  const savedHash = saved.contextHash || (await passageHash(saved.context));
  if (currentHash === savedHash) return { changed: false, parts: [] };
  const parts = diffWords(normalizeSpace(saved.context), normalizeSpace(current)).map(
    (part): DiffPart => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }),
  );
  return { changed: true, parts };
}

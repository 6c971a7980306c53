// Text blocks with the recogniser's mentions, as the content script gives them to the claim checker: one block per
// paragraph, the whole page recognised at once so surnames and context words work across paragraphs.
import type { Recognizer } from '../src/core/finder.js';
import type { TextBlock } from '../src/core/claims/detect.js';

export function blocksWithMentions(recognizer: Recognizer, paragraphs: readonly string[]): TextBlock[] {
  const joined = paragraphs.join('\n');
  const mentions = recognizer.recognize(joined);
  let offset = 0;
  return paragraphs.map((text) => {
    const start = offset;
    offset += text.length + 1;
    return { text, mentions: mentions.filter((m) => m.start >= start && m.end <= start + text.length).map((m) => ({ entity: m.entity, start: m.start - start, end: m.end - start })) };
  });
}

/** A seed article's paragraphs as the test server renders them: every non-empty line after the headline. */
export function seedParagraphs(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter(Boolean);
}

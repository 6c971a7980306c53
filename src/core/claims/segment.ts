// Sentences of a block of text, by the platform's own segmenter (Intl.Segmenter), with offsets kept.
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

// The segmenter ends a sentence after abbreviations news writes before a name or a noun ("U.S. diplomats",
// "Gen. Stock"); such a break is undone when the next piece starts in lower case or the piece ends in one.
const ABBREVIATION_END = /(?:\b[A-Z]\.){2,}\s*$|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|No|Inc|Corp|Ltd|St|vs|approx|ст|г|гг|им|т\.е)\.\s*$/u;

export function sentences(text: string, lang = 'en'): Sentence[] {
  const out: Sentence[] = [];
  for (const { segment, index } of segmenterFor(lang).segment(text)) {
    const previous = out[out.length - 1];
    const startsLower = /^\s*\p{Ll}/u.test(segment);
    if (previous && (ABBREVIATION_END.test(previous.text) || startsLower)) {
      previous.text += segment;
      previous.end = index + segment.length;
    } else out.push({ start: index, end: index + segment.length, text: segment });
  }
  // Trailing white space is not part of the sentence.
  for (const s of out) {
    const trimmed = s.text.replace(/\s+$/u, '');
    s.end -= s.text.length - trimmed.length;
    s.text = trimmed;
  }
  return out.filter((s) => s.text.trim().length > 0);
}

/** The language a sentence is written in, from its script and a few telltale letters: the page's lang is unreliable. */
export function languageOf(text: string): 'en' | 'ru' | 'tr' | 'ja' {
  if (/[\u3040-\u30ff\u4e00-\u9fff]/u.test(text)) return 'ja';
  if (/[\u0400-\u04ff]/u.test(text)) return 'ru';
  if (/[ğışĞİŞ]|\b(?:ve|bir|ile|için|olarak|yılında|tarihinde|itibaren|bulunuyor|üye|yürürlüğe)\b|\p{L}['’](?:ün|un|ın|in|nın|nin|nun|nün|da|de|ta|te)\b/u.test(text)) return 'tr';
  return 'en';
}

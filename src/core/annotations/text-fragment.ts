// A link back to the passage that any current browser scrolls to and highlights: a text fragment
// (`#:~:text=[prefix-,]start[,end][,-suffix]`, WICG Scroll-to-Text-Fragment).
import { QUOTE_CONTEXT_CHARS } from './anchor.js';
import type { TextQuoteSelector } from './model.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Percent-encodes a fragment term; `-`, `&` and `,` have meanings in the directive and must be encoded too. */
function encodeTerm(value: string): string {
  // A lone surrogate (half an emoji, cut by whoever made the selector) cannot be encoded: it becomes U+FFFD.
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD')).replace(/-/g, '%2D').replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function words(value: string): string[] {
  return value.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
}

/** Above this many words, the link names the passage's first and last words rather than all of it. */
const LONG_QUOTE_WORDS = 10;
const EDGE_WORDS = 4;

/** The page's URL (its own fragment dropped) with a text directive for the quote. */
export function textFragmentUrl(pageUrl: string, quote: TextQuoteSelector): string {
  const base = pageUrl.replace(/#.*$/, '');
  const exact = words(quote.exact);
  if (exact.length === 0) return base;
  const terms: string[] = [];
  // A prefix or suffix cut at the selector's length may begin or end inside a word, which a browser would not match.
  const prefixWords = words(quote.prefix);
  if (quote.prefix.length >= QUOTE_CONTEXT_CHARS && !/^\s/.test(quote.prefix)) prefixWords.shift();
  const suffixWords = words(quote.suffix);
  if (quote.suffix.length >= QUOTE_CONTEXT_CHARS && !/\s$/.test(quote.suffix)) suffixWords.pop();
  const prefix = prefixWords.slice(-3).join(' ');
  if (prefix) terms.push(`${encodeTerm(prefix)}-`);
  if (exact.length > LONG_QUOTE_WORDS) {
    terms.push(encodeTerm(exact.slice(0, EDGE_WORDS).join(' ')), encodeTerm(exact.slice(-EDGE_WORDS).join(' ')));
  } else {
    terms.push(encodeTerm(exact.join(' ')));
  }
  const suffix = suffixWords.slice(0, 3).join(' ');
  if (suffix) terms.push(`-${encodeTerm(suffix)}`);
  return `${base}#:~:text=${terms.join(',')}`;
}

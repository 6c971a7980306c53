// Numbers as news writes them: digits with separators, scale words ("4.3 billion", "4,3 млрд"), currencies, small
// numbers in words, and the words that qualify them ("more than 30", "почти 200"). Offsets are kept.
import type { Approximation } from './types.js';

export interface Quantity {
  amount: number;
  unit?: string; // a currency code when one is written
  approximation: Approximation;
  start: number;
  end: number;
  text: string;
}

const SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
  тыс: 1e3, тысяча: 1e3, тысячи: 1e3, тысяч: 1e3, млн: 1e6, миллион: 1e6, миллиона: 1e6, миллионов: 1e6,
  млрд: 1e9, миллиард: 1e9, миллиарда: 1e9, миллиардов: 1e9, трлн: 1e12, триллион: 1e12, триллиона: 1e12, триллионов: 1e12,
  bin: 1e3, milyon: 1e6, milyar: 1e9,
};

const CURRENCY_SIGN: Record<string, string> = { $: 'USD', us$: 'USD', 'c$': 'CAD', 'a$': 'AUD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB' };
const CURRENCY_WORD: Record<string, string> = {
  usd: 'USD', dollars: 'USD', dollar: 'USD', eur: 'EUR', euros: 'EUR', euro: 'EUR', gbp: 'GBP', pounds: 'GBP', jpy: 'JPY', yen: 'JPY',
  rub: 'RUB', rubles: 'RUB', roubles: 'RUB', cad: 'CAD', aud: 'AUD', долларов: 'USD', доллара: 'USD', евро: 'EUR', рублей: 'RUB', рубля: 'RUB',
};

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

// Longest first, so "more than" wins over "more".
const QUALIFIERS: [RegExp, Approximation][] = [
  [/(?:more than|over|above|in excess of|upwards of|больше|более|свыше|fazla)\s*$/iu, 'moreThan'],
  [/(?:at least|no fewer than|no less than|не менее|не меньше|en az)\s*$/iu, 'atLeast'],
  [/(?:nearly|almost|close to|just under|почти|около|порядка|примерно|приблизительно|about|around|approximately|roughly|some|an estimated|yaklaşık|ok\.)\s*$/iu, 'about'],
  [/(?:fewer than|less than|under|below|менее|меньше)\s*$/iu, 'lessThan'],
  [/(?:up to|as many as|до)\s*$/iu, 'upTo'],
];

const NUMBER = /(US\$|C\$|A\$|[$€£¥₽])?\s?(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)(?:\s?(thousand|million|billion|trillion|bn|mn|tn|тыс\.?|тысяч[аи]?|млн|миллион(?:а|ов)?|млрд|миллиард(?:а|ов)?|трлн|триллион(?:а|ов)?|bin|milyon|milyar)(?![\p{L}])|(?<=\d)(k|m|b)(?![\p{L}]))?(?:\s?(USD|EUR|GBP|JPY|RUB|CAD|AUD|dollars?|euros?|pounds|yen|roubles|rubles|долларов|доллара|евро|рублей|рубля)(?![\p{L}]))?/giu;
const WORD_NUMBER = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a dozen)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?\b/giu;

function parseDigits(raw: string, lang: string): number {
  // "4,3" is a decimal comma in Russian and Turkish; "1,909" is a thousands separator in English.
  const compact = raw.replace(/[\u00a0\u202f ]/g, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact) && lang === 'en') return Number(compact.replace(/,/g, ''));
  if (/^\d+,\d+$/.test(compact)) return lang === 'en' && /,\d{3}$/.test(compact) ? Number(compact.replace(',', '')) : Number(compact.replace(',', '.'));
  if (/^\d{1,3}(\.\d{3})+$/.test(compact) && lang === 'tr') return Number(compact.replace(/\./g, ''));
  return Number(compact.replace(/,/g, ''));
}

function qualifierBefore(text: string, start: number): Approximation {
  const before = text.slice(Math.max(0, start - 24), start);
  for (const [pattern, approximation] of QUALIFIERS) if (pattern.test(before)) return approximation;
  return 'exact';
}

/** Every number in a sentence, with its unit when it is money. Four-digit years standing alone are not numbers here. */
export function quantities(text: string, lang = 'en'): Quantity[] {
  const out: Quantity[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const [whole, sign, digits = '', scaleWord, scaleLetter, currencyWord] = match;
    const start = match.index + (whole.length - whole.trimStart().length);
    const scale = scaleWord ?? scaleLetter;
    const amount = parseDigits(digits, lang) * (scale ? (SCALE[scale.toLowerCase().replace(/\.$/, '')] ?? 1) : 1);
    if (!Number.isFinite(amount)) continue;
    const unit = sign ? CURRENCY_SIGN[sign.toLowerCase()] : currencyWord ? CURRENCY_WORD[currencyWord.toLowerCase()] : undefined;
    const isYear = !sign && !scale && !currencyWord && /^(1[89]|20)\d\d$/.test(digits);
    const glued = /[\d./-]$/.test(text.slice(0, start)) || /^[./-]\d/.test(text.slice(start + whole.trim().length));
    const reference = /(?:\b(?:No|Nr|Art|Article|Order|Law|Resolution|Decree|Section|Rule)\.?|№|[Nn]°|Приказ\p{L}*|Закон\p{L}*|ст\.)\s*$/u.test(text.slice(0, start));
    if (isYear || glued || reference) continue; // a year, a date or a reference number ("No. 199", "2023/1114")
    out.push({ amount, ...(unit ? { unit } : {}), approximation: qualifierBefore(text, start), start, end: start + whole.trim().length, text: whole.trim() });
  }
  for (const match of text.matchAll(WORD_NUMBER)) {
    const [whole, tens = '', ones] = match;
    const amount = (WORDS[tens.toLowerCase().replace(/^a /, '')] ?? 0) + (ones ? (WORDS[ones.toLowerCase()] ?? 0) : 0);
    out.push({ amount, approximation: qualifierBefore(text, match.index), start: match.index, end: match.index + whole.length, text: whole });
  }
  return out.sort((a, b) => a.start - b.start);
}

// Dates as news writes them, at the precision written: "30 December 2024" → 2024-12-30, "June 2023" → 2023-06,
// "in 1990" → 1990. chrono-node reads English, Russian and Japanese; Turkish month names are read here (chrono has no
// Turkish). A date without a year is read only when the story's date is known (its year is then inferred), and a
// relative one ("on Friday", "yesterday") never: a claim must not rest on a guess.
import type { Chrono } from 'chrono-node';
// Only the three locales used, so the background does not carry every language chrono-node knows.
import * as chronoEn from 'chrono-node/en';
import * as chronoJa from 'chrono-node/ja';
import * as chronoRu from 'chrono-node/ru';

export interface FoundDate {
  date: string; // ISO at the precision written
  start: number;
  end: number;
  text: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

const TURKISH_MONTHS = ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'];
const TURKISH_DATE = new RegExp(`(?:(\\d{1,2})\\s+)?(${TURKISH_MONTHS.join('|')})\\s+((?:19|20)\\d\\d)`, 'giu');

// A year standing alone, introduced as news introduces one.
const YEAR_ONLY: Record<string, RegExp> = {
  en: /\b(?:in|since|from|by|until|during|of|early|late|mid-?|throughout)\s+((?:19|20)\d\d)\b(?![-/]\d)/giu,
  ru: /(?:^|[\s(])(?:в|с|до|к|по)\s+((?:19|20)\d\d)\s*(?:году|года|г\.)/giu,
  tr: /((?:19|20)\d\d)\s*(?:yılında|yılından|yılı)/giu,
  ja: /((?:19|20)\d\d)年(?!\d{1,2}月)/gu,
};

const PARSERS: Record<string, Chrono | undefined> = { en: chronoEn.casual, ru: chronoRu.casual, ja: chronoJa.casual };

export function datesIn(text: string, lang: string, storyDate?: string): FoundDate[] {
  const out: FoundDate[] = [];
  const reference = storyDate ? new Date(`${storyDate}T12:00:00Z`) : new Date();
  const parser = PARSERS[lang] ?? chronoEn.casual;
  const results = parser.parse(text, reference);
  // A day written without its year takes the year the sentence gives elsewhere ("signed on 24 July 2023, in force
  // from 1 August"), else the story's.
  const sentenceYear = results.map((r) => /(?:19|20)\d\d/.exec(r.text)?.[0]).find((y) => y !== undefined);
  for (const result of results) {
    const c = result.start;
    if (!c.isCertain('month') || !/\d/.test(result.text)) continue; // weekdays, "yesterday", "mid-March" without a year
    const explicitYear = /(?:19|20)\d\d/.test(result.text);
    if (!explicitYear && ((!storyDate && !sentenceYear) || !c.isCertain('day'))) continue;
    const year = explicitYear || !sentenceYear ? c.get('year') : Number(sentenceYear);
    const month = c.get('month');
    const day = c.get('day');
    if (year === null || month === null) continue;
    const date = c.isCertain('day') && day !== null ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`;
    const lead = result.text.length - result.text.trimStart().length;
    out.push({ date, start: result.index + lead, end: result.index + result.text.trimEnd().length, text: result.text.trim() });
  }
  if (lang === 'tr') {
    for (const m of text.matchAll(TURKISH_DATE)) {
      const [whole, day, monthName = '', year] = m;
      const month = TURKISH_MONTHS.indexOf(monthName.toLocaleLowerCase('tr')) + 1;
      out.push({ date: day ? `${year}-${pad(month)}-${pad(Number(day))}` : `${year}-${pad(month)}`, start: m.index, end: m.index + whole.length, text: whole });
    }
  }
  const yearOnly = YEAR_ONLY[lang] ?? YEAR_ONLY.en;
  for (const m of text.matchAll(yearOnly as RegExp)) {
    const year = m[1] ?? '';
    const start = m.index + m[0].indexOf(year);
    if (out.some((d) => start >= d.start && start < d.end)) continue;
    out.push({ date: year, start, end: start + year.length, text: year });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The precision of an ISO date: 1 year, 2 month, 3 day. */
export function precisionOf(date: string): number {
  return date.split('-').length;
}

/** Whether two dates agree at the coarser of their precisions ("2023-06" agrees with "2023-06-29"). */
export function sameAtCoarser(a: string, b: string): boolean {
  const p = Math.min(precisionOf(a), precisionOf(b));
  return a.split('-').slice(0, p).join('-') === b.split('-').slice(0, p).join('-');
}

/** Days from a to b (ISO dates of any precision, read at their first day). */
export function daysBetween(a: string, b: string): number {
  const at = (d: string): number => Date.parse(`${d}${['', '-01-01', '-01', ''][precisionOf(d)]}T00:00:00Z`);
  return Math.round((at(b) - at(a)) / 86_400_000);
}

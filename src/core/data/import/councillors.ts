// Japan's House of Councillors (smartnews-smri/house-of-councillors, data/giin.csv): the members of its Committee on
// Financial Affairs (財政金融委員会), the upper-house committee that handles financial and crypto legislation, with
// their names in kanji and the posts they held on the date the file gives. Nobody else is imported.
import { parse } from 'csv-parse/sync';
import { toRomaji } from 'wanakana';
import type { Entity } from '../schema.js';
import { type Candidate, type PinnedDataset, datasetDate, datasetSource, fileText } from './dataset.js';

export const COUNCILLORS_FILE = 'data/giin.csv';
const FILE = COUNCILLORS_FILE;
const COMMITTEE = '財政金融委員会';
const COMMITTEE_EN = 'Committee on Financial Affairs of the House of Councillors';
/** The marks after a committee's name in the file: chair and directors. */
const TITLES: Readonly<Record<string, string>> = { 長: 'Chair', 理: 'Director' };

interface Row {
  議員氏名: string; // the name the member uses
  通称名使用議員の本名: string; // the legal name, when the member uses another
  読み方: string; // the reading in kana, family name first, an ideographic space (U+3000) between
  役職等: string; // committee posts, separated by 、
  役職等の時点: string; // the date the posts were true
}

/** "かとう\u3000こういちろう" → "Koichiro Kato": simplified Hepburn as English-language news writes it (no long vowels), given name first. */
export function englishName(reading: string): string | undefined {
  const parts = reading.split(/[\s\u3000]+/).filter(Boolean);
  if (parts.length !== 2 || !parts.every((p) => /^[\p{Script=Hiragana}ー]+$/u.test(p))) return undefined;
  const roman = (kana: string): string => {
    const plain = toRomaji(kana).replace(/ou/g, 'o').replace(/uu/g, 'u').replace(/oo/g, 'o');
    return plain.charAt(0).toUpperCase() + plain.slice(1);
  };
  return `${roman(parts[1] as string)} ${roman(parts[0] as string)}`;
}

const compact = (name: string): string => name.replace(/[\s\u3000]+/g, '');

export function importCouncillors(dataset: PinnedDataset, body: string | undefined): Candidate[] {
  const rows = parse(fileText(dataset, FILE), { columns: true, skip_empty_lines: true, bom: true }) as Row[];
  const out: Candidate[] = [];
  for (const row of rows) {
    const post = row.役職等.split('、').find((p) => p.startsWith(COMMITTEE));
    const asOf = datasetDate(row.役職等の時点);
    if (!post || !asOf) continue;
    const name = englishName(row.読み方);
    if (!name) continue; // a stage name read as one word: no given and family name to write in English
    const mark = /（(.)）$/.exec(post)?.[1];
    const title = mark ? TITLES[mark] : undefined;
    const kanji = compact(row.議員氏名);
    const aliases: Entity['aliases'] = [];
    // Japanese text writes a name with or without a space between family and given name.
    if (/[\s\u3000]/.test(row.議員氏名)) aliases.push({ text: row.議員氏名.replace(/\u3000/g, ' ') });
    // The family name alone ("宮沢" after "宮沢洋一"), only after the full name and never a single character ("星"),
    // which Japanese text uses in ordinary words.
    const family = row.議員氏名.split('\u3000')[0] as string;
    if (/[\s\u3000]/.test(row.議員氏名) && [...family].length >= 2) aliases.push({ text: family, needsFullName: true });
    const legal = row.通称名使用議員の本名 ? compact(row.通称名使用議員の本名) : undefined;
    if (legal && legal !== kanji) aliases.push({ text: legal });
    const source = datasetSource(dataset, FILE, row.議員氏名);
    const postEn = `${title ?? 'Member'}, ${COMMITTEE_EN}`;
    out.push({
      entity: {
        id: `jp-hc-${name.toLowerCase().replace(/[^a-z]+/g, '-')}`,
        type: 'official',
        name,
        nativeName: kanji,
        country: 'JP',
        aliases,
        summary: `Member of Japan's House of Councillors who sat on its Committee on Financial Affairs${title ? ` as ${title.toLowerCase()}` : ''} as of ${asOf}, according to the SmartNews Media Research Institute's dataset.`,
        roles: [{ post: postEn, ...(body ? { body } : {}), asOf, sources: [source] }],
        facts: [{ statement: `Listed as ${title ? title.toLowerCase() : 'a member'} of the House of Councillors' Committee on Financial Affairs.`, asOf, sources: [source] }],
        relations: [],
        imported: dataset.repo,
      },
      fullNames: [kanji, ...(legal ? [legal] : [])],
    });
  }
  return out;
}

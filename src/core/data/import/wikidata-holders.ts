// Office holders from the every-politician-scrapers extracts of Wikidata (Russia, Turkey, Japan, international
// bodies): html/holders21.csv lists position, person, Wikidata id, start and end. Only the posts a crypto-policy story
// names are imported (heads of state and government and their deputies, finance, economy, trade, interior and justice
// ministers, prosecutors, central bank governors, speakers, the UN's and WTO's heads), and only holders whose term ran
// into the last decade.
// The snapshots are of 2022–23: a post without an end date is known held only as of the snapshot, and says so.
import { parse } from 'csv-parse/sync';
import { foldKey } from '../../fold.js';
import type { Entity, Role } from '../schema.js';
import { type Candidate, type PinnedDataset, datasetDate, datasetSource, datedRole, fileText, isFullName, slugOf } from './dataset.js';

interface Post {
  /** How the card names the post. */
  post: string;
  /** The hand-edited entity the post belongs to, when the database has it. */
  body?: string;
}

interface HoldersConfig {
  country: string;
  /** In the place's own words, for the summary. */
  place: string;
  /** position (as holders21.csv writes it) → the post we import. */
  posts: Readonly<Record<string, Post>>;
  /** Whether names are written given name first and family name last, so the last word may stand alone. */
  familyNameLast: boolean;
  /** A file of the same extract whose labels are in the native script, keyed by Wikidata id. */
  nativeLabels?: string;
}

export const HOLDERS: Readonly<Record<string, HoldersConfig>> = {
  'every-politician-scrapers/russia-cabinet': {
    country: 'RU',
    place: 'Russia',
    familyNameLast: true,
    nativeLabels: 'sources/duma-8/wikidata.csv',
    posts: {
      President: { post: 'President of Russia' },
      'Prime Minister': { post: 'Prime Minister of Russia' },
      'Minister of Finance': { post: 'Minister of Finance of Russia', body: 'ru-ministry-of-finance' },
      'Deputy Minister of Finance': { post: 'Deputy Minister of Finance of Russia', body: 'ru-ministry-of-finance' },
      'Minister of Internal Affairs': { post: 'Minister of Internal Affairs of Russia', body: 'ru-mvd' },
      'Minister of Justice': { post: 'Minister of Justice of Russia' },
      'Prosecutor-General': { post: 'Prosecutor General of Russia', body: 'ru-prosecutor-general-office' },
      'Governor of the Central Bank': { post: 'Governor of the Bank of Russia', body: 'ru-bank-of-russia' },
      'Chairman of the State Duma': { post: 'Chairman of the State Duma', body: 'ru-state-duma' },
      'Chairman of the Federation Council': { post: 'Chairman of the Federation Council of Russia' },
      // Posts whose holders speak on crypto mining, payments in foreign trade and the digital ruble.
      'First Deputy Prime Minister': { post: 'First Deputy Prime Minister of Russia' },
      'Deputy Prime Minister': { post: 'Deputy Prime Minister of Russia' },
      'Minister of Economic Development': { post: 'Minister of Economic Development of Russia' },
      'Minister of Industry and Trade': { post: 'Minister of Industry and Trade of Russia' },
      'Minister of Digital Development, Communications and Mass Media': { post: 'Minister of Digital Development of Russia' },
      'Minister of Energy': { post: 'Minister of Energy of Russia' },
    },
  },
  'every-politician-scrapers/turkey-ministers': {
    country: 'TR',
    place: 'Turkey',
    familyNameLast: true,
    posts: {
      President: { post: 'President of Turkey' },
      'Vice President': { post: 'Vice President of Turkey' },
      'Prime Minister': { post: 'Prime Minister of Turkey' },
      'Minister of Finance': { post: 'Minister of Finance of Turkey', body: 'tr-ministry-treasury-finance' },
      'Minister of the Interior': { post: 'Minister of the Interior of Turkey' },
      'Minister of Justice': { post: 'Minister of Justice of Turkey', body: 'tr-ministry-of-justice' },
      'Governor of the Central Bank': { post: 'Governor of the Central Bank of the Republic of Turkey', body: 'tr-tcmb' },
      'Speaker of the Grand National Assembly': { post: 'Speaker of the Grand National Assembly of Turkey' },
      'Deputy Prime Minister': { post: 'Deputy Prime Minister of Turkey' },
      'Minister of Trade': { post: 'Minister of Trade of Turkey' },
      'Minister of Industry and Technology': { post: 'Minister of Industry and Technology of Turkey' },
    },
  },
  'every-politician-scrapers/japan-ministers': {
    country: 'JP',
    place: 'Japan',
    familyNameLast: true,
    posts: {
      'Prime Minister': { post: 'Prime Minister of Japan' },
      'Chief Cabinet Secretary': { post: 'Chief Cabinet Secretary of Japan' },
      'Minister of Finance': { post: 'Minister of Finance of Japan' },
      'Minister of State for Financial Services': { post: 'Minister of State for Financial Services of Japan', body: 'jp-fsa' },
      'Minister of Justice': { post: 'Minister of Justice of Japan' },
      'Minister for Internal Affairs and Communications': { post: 'Minister for Internal Affairs and Communications of Japan' },
      'Chairperson of the National Public Safety Commission': { post: 'Chairperson of the National Public Safety Commission of Japan' },
      'Minister of Economy, Trade and Industry': { post: 'Minister of Economy, Trade and Industry of Japan' },
      'Minister for Digital Transformation': { post: 'Minister for Digital Transformation of Japan' },
      'Governor of the Bank of Japan': { post: 'Governor of the Bank of Japan', body: 'jp-boj' },
      'Minister of State for Economic and Fiscal Policy': { post: 'Minister of State for Economic and Fiscal Policy of Japan' },
    },
  },
  'every-politician-scrapers/world': {
    country: 'INT',
    place: 'international bodies',
    // Names from every culture: "Ban Ki-moon" puts the family name first, so no word stands alone.
    familyNameLast: false,
    posts: {
      'Secretary-General of the United Nations': { post: 'Secretary-General of the United Nations', body: 'int-un' },
      'Deputy Secretary-General of the United Nations': { post: 'Deputy Secretary-General of the United Nations', body: 'int-un' },
      'President of the United Nations General Assembly': { post: 'President of the United Nations General Assembly', body: 'int-un' },
      'Director-General of the World Trade Organization': { post: 'Director-General of the World Trade Organization' },
    },
  },
};

export const HOLDERS_FILE = 'html/holders21.csv';
/** Holders whose term ended before this are left out: stories of the last five years rarely name them. */
const SINCE = '2016-01-01';

interface Row { position: string; person: string; personID: string; start: string; end: string }

/** "Хамзаев, Бийсултан Султанбиевич" → "Бийсултан Султанбиевич Хамзаев"; other labels unchanged. */
function nativeOrder(label: string): string {
  const comma = /^([^,]+),\s*(.+)$/.exec(label);
  return comma ? `${comma[2]} ${comma[1]}` : label;
}

function readNativeLabels(dataset: PinnedDataset, path: string): Map<string, { label: string; key: string }> {
  const rows = parse(fileText(dataset, path), { columns: true, skip_empty_lines: true }) as { item: string; itemLabel: string; psid: string }[];
  const out = new Map<string, { label: string; key: string }>();
  for (const row of rows) if (/\p{Script=Cyrillic}/u.test(row.itemLabel)) out.set(row.item, { label: nativeOrder(row.itemLabel), key: row.psid });
  return out;
}

/** Rows of one person in one post merged where they overlap (the extract repeats some terms with other ends). */
function mergeTerms(rows: readonly Row[]): { start?: string; end?: string; row: Row }[] {
  const terms: { start?: string; end?: string; row: Row }[] = [];
  const sorted = [...rows].sort((a, b) => a.start.localeCompare(b.start));
  for (const row of sorted) {
    const start = datasetDate(row.start);
    const end = datasetDate(row.end);
    if (start && end && start === end) continue; // a zero-length term is an error in the extract, not a fact
    const last = terms[terms.length - 1];
    const overlaps = last && start && last.start && (last.end === undefined || start.localeCompare(last.end) < 0);
    if (last && overlaps) {
      last.end = last.end === undefined || end === undefined ? undefined : last.end.localeCompare(end) > 0 ? last.end : end;
      continue;
    }
    terms.push({ ...(start ? { start } : {}), ...(end ? { end } : {}), row });
  }
  return terms;
}

export function importHolders(dataset: PinnedDataset, bodies: ReadonlySet<string>): Candidate[] {
  const config = HOLDERS[dataset.repo];
  if (!config) return [];
  const rows = (parse(fileText(dataset, HOLDERS_FILE), { columns: true, skip_empty_lines: true, relax_column_count: true }) as Row[]).filter(
    (row) => config.posts[row.position] !== undefined && /^Q\d+$/.test(row.personID),
  );
  const native = config.nativeLabels ? readNativeLabels(dataset, config.nativeLabels) : new Map<string, { label: string; key: string }>();
  const byPerson = new Map<string, Row[]>();
  for (const row of rows) byPerson.set(row.personID, [...(byPerson.get(row.personID) ?? []), row]);

  const out: Candidate[] = [];
  for (const [qid, held] of [...byPerson].sort(([a], [b]) => a.localeCompare(b))) {
    const name = (held[0] as Row).person.trim();
    if (!isFullName(name)) continue; // a single name, a title or a label in another script: nothing safe to match
    const roles: Role[] = [];
    for (const position of new Set(held.map((r) => r.position))) {
      const post = config.posts[position] as Post;
      const body = post.body && bodies.has(post.body) ? post.body : undefined;
      for (const term of mergeTerms(held.filter((r) => r.position === position))) {
        // The row's own key: the file has none, so the line is cited by position, person and start.
        const key = `${term.row.position} / ${qid} / ${term.row.start || 'no start'}`;
        roles.push(datedRole(post.post, term.start, term.end, dataset.committed, datasetSource(dataset, HOLDERS_FILE, key), body));
      }
    }
    if (!roles.some((r) => r.end === undefined || r.end.localeCompare(SINCE) >= 0)) continue;
    roles.sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
    const nativeLabel = native.get(qid);
    const aliases: Entity['aliases'] = [];
    const fullNames = [name];
    const words = name.split(' ');
    if (config.familyNameLast && words.length >= 2) aliases.push({ text: words[words.length - 1] as string, needsFullName: true });
    let nativeName: string | undefined;
    if (nativeLabel && foldKey(nativeLabel.label) !== foldKey(name)) {
      nativeName = nativeLabel.label;
      fullNames.push(nativeName);
      const parts = nativeName.split(' ');
      // Russian stories write "Имя Фамилия" more often than the full form with the patronymic.
      if (parts.length === 3) {
        aliases.push({ text: `${parts[0]} ${parts[2]}` });
        fullNames.push(`${parts[0]} ${parts[2]}`);
      }
      if (parts.length >= 2) aliases.push({ text: parts[parts.length - 1] as string, needsFullName: true });
    }
    const latest = roles[roles.length - 1] as Role;
    const status = latest.end ? `until ${latest.end}` : `as of the ${dataset.committed} snapshot`;
    out.push({
      entity: {
        id: slugOf(name),
        type: 'official',
        name,
        ...(nativeName ? { nativeName } : {}),
        country: config.country,
        wikidataId: qid,
        aliases,
        summary: `${latest.post} (${status}, per a Wikidata extract of office holders in ${config.place}).`,
        roles,
        facts: roles.filter((r) => r.start).map((r) => ({ statement: `Took office as ${r.post}.`, date: r.start as string, sources: r.sources })),
        relations: [],
        imported: dataset.repo,
      },
      fullNames,
    });
  }
  return out;
}

// Builds the card of an entity as of a story's date, for a one-second read: the role held that day, the three facts
// that matter most from on or before it (newest first, strongest source first), what happened after it set apart,
// and one compact source per fact.
import type { Fact, Role, Source } from './data/schema.js';
import { isAfterDay, isBefore } from './dates.js';
import { jurisdictionName } from './jurisdictions.js';
import { nativeNameLanguage } from './native-language.js';
import type { Card, CardCoverage, CardFact, CardRole, CardSource, Coverage, Entity } from './types.js';

/** How many facts the card shows before "more", and how many later events. */
export const CARD_FACTS = 3;
export const CARD_SINCE = 1;

const TIER_RANK: Record<NonNullable<CardSource['tier']>, number> = { official: 0, 'major-news': 1, reference: 2, secondary: 3 };
// A source without a tier ranks between reference works and everything else: the data predates tiers.
const UNTIERED_RANK = 2.5;

function tierRank(source: CardSource): number {
  return source.tier ? TIER_RANK[source.tier] : UNTIERED_RANK;
}

/** Whether a role is held on `date`: started on or before it and not ended before it. */
function heldOn(role: Role, date: string): boolean {
  const started = role.start === undefined || !isBefore(date, role.start);
  return started && !endedBefore(role, date);
}

function endedBefore(role: Role, date: string): boolean {
  return role.end !== undefined && isBefore(role.end, date) && !date.startsWith(role.end);
}

export function toCardRole(role: Role, date: string): CardRole {
  const former = endedBefore(role, date);
  // An open role is shown "as of" a date, never as surely current, when it is known only from a dataset snapshot of
  // that date or when all its sources are over a year old (then: the date of the latest source).
  const asOf = !former && role.end === undefined && role.asOf !== undefined ? { asOf: role.asOf } : {};
  // Or, when no source gives a date at all, it is shown as resting on undated sources.
  const undated = !former && role.end === undefined && role.undated ? { undated: true as const } : {};
  return { post: role.post, ...(role.start ? { start: role.start } : {}), ...(role.end ? { end: role.end } : {}), former, ...asOf, ...undated };
}

export function toCardSource(source: Source, coverageById: ReadonlyMap<string, Coverage>): CardSource {
  if ('coverage' in source) {
    const record = coverageById.get(source.coverage);
    if (!record) return { title: source.coverage, publisher: 'unknown' };
    return {
      title: record.title,
      publisher: record.outlet,
      ...(record.url ? { url: record.url } : {}),
      ...(record.date ? { date: record.date } : {}),
    };
  }
  if ('dataset' in source) {
    // Shown like any other source: the dataset is the publisher, the record the title, the permalink the link.
    return { title: `${source.path}, record ${source.key}`, publisher: `${source.dataset} (dataset)`, url: source.url, ...(source.published ? { date: source.published } : {}), tier: source.tier };
  }
  return {
    title: source.title,
    publisher: source.publisher,
    url: source.url,
    ...(source.published ? { date: source.published } : {}),
    ...(source.tier ? { tier: source.tier } : {}),
  };
}

export function toCardCoverage(record: Coverage): CardCoverage {
  return {
    id: record.id,
    title: record.title,
    outlet: record.outlet,
    ...(record.date ? { date: record.date } : {}),
    ...(record.url ? { url: record.url } : {}),
  };
}

/** Every source of a fact, strongest first (official, then major news, reference, the rest; linked before unlinked). */
export function rankSources(sources: readonly CardSource[]): CardSource[] {
  return [...sources].sort((a, b) => tierRank(a) - tierRank(b) || Number(!a.url) - Number(!b.url));
}

function toCardFact(fact: Fact, coverageById: ReadonlyMap<string, Coverage>): CardFact & { rank: number } {
  const sources = rankSources(fact.sources.map((s) => toCardSource(s, coverageById)));
  const source = sources[0] as CardSource; // the schema requires at least one
  return {
    statement: fact.statement,
    date: fact.date ?? fact.asOf ?? '',
    dateKind: fact.date !== undefined ? 'date' : 'asOf',
    source,
    sourceCount: sources.length,
    rank: tierRank(source),
  };
}

function withoutRank({ rank: _rank, ...fact }: CardFact & { rank: number }): CardFact {
  return fact;
}

/** The role that says who someone was on `date`: one held then (the latest begun), else the last one ended before it. */
export function roleOn(roles: readonly Role[], date: string): CardRole | undefined {
  const begun = roles.filter((role) => role.start === undefined || !isBefore(date, role.start));
  const byLatestStart = [...begun].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''));
  const role = byLatestStart.find((r) => heldOn(r, date)) ?? [...begun].sort((a, b) => (b.end ?? '').localeCompare(a.end ?? ''))[0];
  return role ? toCardRole(role, date) : undefined;
}

export interface CardInput {
  entity: Entity;
  /** Coverage records that mention the entity. */
  coverage: readonly Coverage[];
  /** Coverage records cited as sources by the entity's facts. */
  citedCoverage: readonly Coverage[];
  /** The story's date when the page tells it, else today (ISO). */
  referenceDate: string;
  /** Whether `referenceDate` is the story's own date. */
  storyDated?: boolean;
}

/** The coverage ids an entity's facts and roles cite, so the caller can fetch them. */
export function citedCoverageIds(entity: Entity): string[] {
  const ids = new Set<string>();
  for (const item of [...entity.facts, ...entity.roles]) for (const s of item.sources) if ('coverage' in s) ids.add(s.coverage);
  return [...ids];
}

export function buildCard({ entity, coverage, citedCoverage, referenceDate, storyDated = true }: CardInput): Card {
  const coverageById = new Map(citedCoverage.map((c) => [c.id, c]));
  const facts = entity.facts.map((fact) => toCardFact(fact, coverageById));
  const newestFirst = (a: CardFact & { rank: number }, b: CardFact & { rank: number }) => b.date.localeCompare(a.date) || a.rank - b.rank;
  const before = facts.filter((fact) => !isAfterDay(fact.date, referenceDate)).sort(newestFirst);
  const after = storyDated ? facts.filter((fact) => isAfterDay(fact.date, referenceDate)).sort(newestFirst) : [];
  const role = entity.type === 'regulation' ? undefined : roleOn(entity.roles, referenceDate);
  const nativeLang = entity.nativeName ? nativeNameLanguage(entity.nativeName, entity.country) : undefined;

  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    ...(entity.nativeName ? { nativeName: entity.nativeName } : {}),
    ...(nativeLang ? { nativeLang } : {}),
    jurisdiction: { code: entity.country, name: jurisdictionName(entity.country) },
    summary: entity.summary,
    ...(role ? { role } : {}),
    facts: before.slice(0, CARD_FACTS).map(withoutRank),
    since: after.slice(0, CARD_SINCE).map(withoutRank),
    factCount: facts.length,
    coverage: [...coverage].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).map(toCardCoverage),
    ...(entity.wikidataId ? { wikidataUrl: `https://www.wikidata.org/wiki/${entity.wikidataId}` } : {}),
    referenceDate,
    storyDated,
  };
}

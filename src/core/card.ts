// Builds the popover's view of an entity: roles judged against the story's date, facts with their sources resolved,
// related coverage newest first.
import type { Role, Source } from './data/schema.js';
import { jurisdictionName } from './jurisdictions.js';
import type { Card, CardCoverage, CardRole, CardSource, Coverage, Entity } from './types.js';


/** Compares ISO dates of mixed precision by their earliest day ("2022" < "2022-03"). */
function isBefore(a: string, b: string): boolean {
  return a.localeCompare(b) < 0;
}

/** Whether a role is held on `date`: started on or before it and not ended before it. */
function heldOn(role: Role, date: string): boolean {
  const started = role.start === undefined || !isBefore(date, role.start);
  const ended = role.end !== undefined && isBefore(role.end, date) && !date.startsWith(role.end);
  return started && !ended;
}

function toCardRole(role: Role, date: string): CardRole {
  const former = role.end !== undefined && isBefore(role.end, date) && !date.startsWith(role.end);
  // An open role is shown "as of" a date, never as surely current, when it is known only from a dataset snapshot of
  // that date or when all its sources are over a year old (then: the date of the latest source).
  const asOf = !former && role.end === undefined && role.asOf !== undefined ? { asOf: role.asOf } : {};
  return { post: role.post, ...(role.start ? { start: role.start } : {}), ...(role.end ? { end: role.end } : {}), former, ...asOf };
}

function toCardSource(source: Source, coverageById: ReadonlyMap<string, Coverage>): CardSource {
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
    return { title: `${source.path}, record ${source.key}`, publisher: `${source.dataset} (dataset)`, url: source.url, ...(source.published ? { date: source.published } : {}) };
  }
  return { title: source.title, publisher: source.publisher, url: source.url, ...(source.published ? { date: source.published } : {}) };
}

function toCardCoverage(record: Coverage): CardCoverage {
  return {
    id: record.id,
    title: record.title,
    outlet: record.outlet,
    ...(record.date ? { date: record.date } : {}),
    ...(record.url ? { url: record.url } : {}),
  };
}

export interface CardInput {
  entity: Entity;
  /** Coverage records that mention the entity. */
  coverage: readonly Coverage[];
  /** Coverage records cited as sources by the entity's facts. */
  citedCoverage: readonly Coverage[];
  /** The story's date when the page tells it, else today (ISO). */
  referenceDate: string;
}

/** The coverage ids an entity's facts and roles cite, so the caller can fetch them. */
export function citedCoverageIds(entity: Entity): string[] {
  const ids = new Set<string>();
  for (const item of [...entity.facts, ...entity.roles]) for (const s of item.sources) if ('coverage' in s) ids.add(s.coverage);
  return [...ids];
}

export function buildCard({ entity, coverage, citedCoverage, referenceDate }: CardInput): Card {
  const coverageById = new Map(citedCoverage.map((c) => [c.id, c]));
  // Roles held on the reference date first, then the rest, latest start first.
  const roles = [...entity.roles]
    .sort((a, b) => Number(heldOn(b, referenceDate)) - Number(heldOn(a, referenceDate)) || (b.start ?? '').localeCompare(a.start ?? ''))
    .filter((role) => role.start === undefined || !isBefore(referenceDate, role.start))
    .map((role) => toCardRole(role, referenceDate));
  const facts = entity.facts
    .map((fact) => ({
      statement: fact.statement,
      date: fact.date ?? fact.asOf ?? '',
      dateKind: fact.date !== undefined ? ('date' as const) : ('asOf' as const),
      sources: fact.sources.map((s) => toCardSource(s, coverageById)),
    }))
    .sort((a, b) => b.date.localeCompare(a.date));
  const related = [...coverage].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).map(toCardCoverage);

  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    ...(entity.nativeName ? { nativeName: entity.nativeName } : {}),
    jurisdiction: { code: entity.country, name: jurisdictionName(entity.country) },
    summary: entity.summary,
    roles,
    facts,
    coverage: related,
    ...(entity.wikidataId ? { wikidataUrl: `https://www.wikidata.org/wiki/${entity.wikidataId}` } : {}),
    referenceDate,
  };
}

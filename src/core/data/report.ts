// The data report: how big and how well sourced the database is. Printed by `npm run data:report` and kept in
// docs/data.md (a unit test checks the two agree).
import { jurisdictionName } from '../jurisdictions.js';
import type { ReferenceData } from '../types.js';
import type { ChecklistRow } from './checklist.js';
import { Tier } from './sources.js';

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function distribution(values: number[]): string {
  if (values.length === 0) return 'none';
  return `min ${Math.min(...values)}, median ${median(values)}, max ${Math.max(...values)}`;
}

// Slots that name a person: the card of the official who fills one should say the post.
const PERSON_SLOT = /head-of-state|head-of-government|minister|prosecutor-general|governor|deputies|-head$|-chair$|^head$|spokesperson/;

/** Per jurisdiction (or international body): how many slots are filled, searched and not found, or missing. */
function checklistSection(rows: readonly ChecklistRow[], labelOf: (id: string) => string, postless: (id: string) => boolean): string[] {
  if (rows.length === 0) return ['No checklist files under assets/data/checklist/.', ''];
  const count = (row: ChecklistRow, state: string) => row.slots.filter((s) => s.state === state).length;
  const names = (row: ChecklistRow, state: string) => row.slots.filter((s) => s.state === state).map((s) => s.slot).join(', ') || '—';
  const label = (row: ChecklistRow) => (row.body ? `INT: ${labelOf(row.body)}` : `${row.jurisdiction} (${jurisdictionName(row.jurisdiction)})`);
  const slots = rows.flatMap((r) => r.slots);
  return [
    table(
      ['slots', 'count'],
      [
        ['jurisdictions and bodies listed', rows.length],
        ['slots filled', slots.filter((s) => s.state === 'filled').length],
        ['slots searched and not found', slots.filter((s) => s.state === 'notFound').length],
        ['slots missing (not yet researched)', slots.filter((s) => s.state === 'missing').length],
      ],
    ),
    '',
    ...postlessLines(rows, postless),
    table(['jurisdiction', 'filled', 'not found', 'missing'], rows.map((r) => [label(r), count(r, 'filled'), count(r, 'notFound'), count(r, 'missing')])),
    '',
    ...rows.map((r) => `- **${label(r)}** — filled: ${names(r, 'filled')}; not found: ${names(r, 'notFound')}; missing: ${names(r, 'missing')}`),
    '',
  ];
}

/** Person slots whose every official shows no post on the card: filled, but the card does not say so. */
function postlessLines(rows: readonly ChecklistRow[], postless: (id: string) => boolean): string[] {
  const weak = rows.flatMap((r) =>
    r.slots.filter((s) => s.state === 'filled' && PERSON_SLOT.test(s.slot) && s.entities.every(postless)).map((s) => `${r.body ?? r.jurisdiction} ${s.slot} (${s.entities.join(', ')})`),
  );
  if (weak.length === 0) return [];
  return [`Of the filled slots that name a person, ${weak.length} are filled only by officials whose card shows no post (their roles await a source): ${weak.join('; ')}.`, ''];
}

export function dataReport(data: ReferenceData, checklist: readonly ChecklistRow[] = []): string {
  const { entities, coverage } = data;
  const types = ['official', 'agency', 'regulation'] as const;
  const plural = { official: 'officials', agency: 'agencies', regulation: 'regulations' } as const;
  const byJurisdiction = new Map<string, Record<(typeof types)[number], number>>();
  for (const entity of entities) {
    const row = byJurisdiction.get(entity.country) ?? { official: 0, agency: 0, regulation: 0 };
    row[entity.type]++;
    byJurisdiction.set(entity.country, row);
  }
  const jurisdictionRows = [...byJurisdiction]
    .sort(([a], [b]) => (a === 'INT' ? -1 : b === 'INT' ? 1 : a.localeCompare(b)))
    .map(([code, row]) => [`${code} (${jurisdictionName(code)})`, row.official, row.agency, row.regulation, row.official + row.agency + row.regulation]);
  const typeTotals = types.map((type) => entities.filter((e) => e.type === type).length);

  const facts = entities.flatMap((e) => e.facts);
  const roles = entities.flatMap((e) => e.roles);
  const sourced = [...facts, ...roles];
  const sourcesPerItem = sourced.map((item) => item.sources.length);
  const webSources = sourced.flatMap((item) => item.sources).filter((s): s is Extract<typeof s, { retrievedAt: string }> => 'retrievedAt' in s);
  const datasetRecords = new Set(sourced.flatMap((item) => item.sources).flatMap((s) => ('dataset' in s ? [`${s.url}#${s.key}`] : [])));
  const retrieved = [
    ...webSources.map((s) => s.retrievedAt),
    ...coverage.flatMap((c) => (c.retrievedAt ? [c.retrievedAt] : [])),
  ].sort();
  const coverageCount = new Map<string, number>();
  for (const record of coverage) for (const id of record.entities) coverageCount.set(id, (coverageCount.get(id) ?? 0) + 1);
  const coveragePerEntity = entities.map((e) => coverageCount.get(e.id) ?? 0);
  const topCovered = [...coverageCount].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10);
  const countries = [...byJurisdiction.keys()].filter((code) => code !== 'INT');
  const tierCounts = Tier.options.map((tier) => [`— ${tier}`, webSources.filter((s) => s.tier === tier).length] as [string, number]);
  const datedCoverage = coverage.filter((c) => c.date !== undefined).length;
  const nameOf = new Map(entities.map((e) => [e.id, e.name]));
  const postlessOfficials = new Set(entities.filter((e) => e.type === 'official' && e.roles.length === 0).map((e) => e.id));

  return [
    `## Totals`,
    '',
    table(
      ['what', 'count'],
      [
        ['entities', entities.length],
        ...types.map((type, i) => [`— ${plural[type]}`, typeTotals[i] as number]),
        ['jurisdictions (ISO countries and EU, besides international bodies)', countries.length],
        ['entities of international bodies (INT)', byJurisdiction.has('INT') ? entities.filter((e) => e.country === 'INT').length : 0],
        ['facts', facts.length],
        ['dated roles', roles.length],
        ['— open, shown as current (a source from the last 12 months, or the body\'s own undated page)', roles.filter((r) => r.end === undefined && !r.asOf && !r.undated).length],
        ['— open, shown "as of" the latest source (over a year old, only secondary, or a dataset snapshot)', roles.filter((r) => r.end === undefined && r.asOf).length],
        ['— open, shown as resting on undated sources', roles.filter((r) => r.end === undefined && r.undated).length],
        ['distinct source URLs', new Set(webSources.map((s) => s.url)).size],
        ['coverage records', coverage.length],
        ['— with a publication date', datedCoverage],
        ['aliases in the matcher', data.aliasIndex.aliases.length],
        ['entities kept for cards, never highlighted (currencies, zones, forums, lists, state companies)', entities.filter((e) => e.notHighlighted).length],
        ['entities with a Wikidata id', entities.filter((e) => e.wikidataId).length],
        ['web sources cited (facts and roles)', webSources.length],
        ...tierCounts,
        ['entities imported from open datasets', entities.filter((e) => e.imported).length],
        ['open-dataset records cited', datasetRecords.size],
      ],
    ),
    '',
    `## Sourcing`,
    '',
    table(
      ['measure', 'distribution'],
      [
        ['facts per entity', distribution(entities.map((e) => e.facts.length))],
        ['sources per fact or role', distribution(sourcesPerItem)],
        ['coverage records per entity', distribution(coveragePerEntity)],
        ['entities with no fact', entities.filter((e) => e.facts.length === 0).length],
        ['entities with no coverage', coveragePerEntity.filter((n) => n === 0).length],
        ['oldest retrievedAt', retrieved[0] ?? 'none'],
        ['newest retrievedAt', retrieved[retrieved.length - 1] ?? 'none'],
      ],
    ),
    '',
    `## Entities per jurisdiction`,
    '',
    table(['jurisdiction', 'officials', 'agencies', 'regulations', 'total'], jurisdictionRows),
    '',
    `## Most covered entities`,
    '',
    table(['entity', 'coverage records'], topCovered.map(([id, n]) => [id, n])),
    '',
    `## Checklist of slots`,
    '',
    ...checklistSection(
      checklist,
      (id) => nameOf.get(id) ?? id,
      (id) => postlessOfficials.has(id),
    ),
  ].join('\n');
}

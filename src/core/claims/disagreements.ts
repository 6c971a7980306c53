// Where the database's own sources give different values for the same statement (same subject, property and part):
// each side, ranked, with its sources. The card and the panel show them.
import type { Property, Statement } from '../data/schema.js';
import type { CardDisagreement, CardSource, Coverage } from '../types.js';
import { sameAtCoarser } from './dates.js';

function valueOf(s: Statement): string {
  const v = s.value;
  switch (v.kind) {
    case 'quantity':
      return `${v.amount.toLocaleString('en-US')} ${v.unit}`;
    case 'date':
      return v.date;
    case 'place':
      return v.name;
    case 'entity':
      return v.entity;
    case 'string':
      return v.text;
  }
}

function agree(a: Statement, b: Statement): boolean {
  if (a.value.kind === 'date' && b.value.kind === 'date') return sameAtCoarser(a.value.date, b.value.date);
  return valueOf(a) === valueOf(b);
}

// Counts change over time: two dated counts are a history, not a disagreement, unless they are dated alike.
function sameTime(a: Statement, b: Statement): boolean {
  return (a.asOf ?? a.start ?? '') === (b.asOf ?? b.start ?? '');
}

export function disagreementsOf(statements: readonly Statement[], properties: readonly Property[], source: (s: Statement['sources'][number]) => CardSource): CardDisagreement[] {
  const label = new Map(properties.map((p) => [p.id, p.label]));
  const groups = new Map<string, Statement[]>();
  for (const s of statements) {
    const key = `${s.subject}|${s.property}|${s.qualifiers.part ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const out: CardDisagreement[] = [];
  for (const group of groups.values()) {
    const first = group[0] as Statement;
    const timeless = first.value.kind !== 'quantity';
    const differs = group.some((a) => group.some((b) => a !== b && !agree(a, b) && (timeless || sameTime(a, b))));
    if (!differs) continue;
    const rankOrder = { preferred: 0, normal: 1, deprecated: 2 };
    out.push({
      property: label.get(first.property) ?? first.property,
      ...(first.qualifiers.part ? { part: first.qualifiers.part } : {}),
      sides: [...group].sort((a, b) => rankOrder[a.rank] - rankOrder[b.rank]).map((s) => ({ value: valueOf(s), rank: s.rank, ...(s.note ? { note: s.note } : {}), sources: s.sources.map(source) })),
    });
  }
  return out;
}

/** A statement's source as the card shows it. */
export function cardSourceOf(source: Statement['sources'][number], coverage: (id: string) => Coverage | undefined): CardSource {
  if ('coverage' in source) {
    const record = coverage(source.coverage);
    if (!record) return { title: source.coverage, publisher: 'unknown' };
    return { title: record.title, publisher: record.outlet, ...(record.url ? { url: record.url } : {}), ...(record.date ? { date: record.date } : {}) };
  }
  if ('dataset' in source) return { title: `${source.path}, record ${source.key}`, publisher: `${source.dataset} (dataset)`, url: source.url, ...(source.published ? { date: source.published } : {}) };
  return { title: source.title, publisher: source.publisher, url: source.url, ...(source.published ? { date: source.published } : {}) };
}

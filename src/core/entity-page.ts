// The entity page: everything the database holds on one entity (every fact with every source, every role, every
// relation with the name of what it points at, every coverage record), for the card's "more".
import { rankSources, toCardCoverage, toCardRole, toCardSource } from './card.js';
import type { Relation } from './data/schema.js';
import { jurisdictionName } from './jurisdictions.js';
import { nativeNameLanguage } from './native-language.js';
import type { CardCoverage, CardRole, CardSource, Coverage, Entity, EntityType } from './types.js';

export interface EntityPageFact {
  statement: string;
  date: string;
  dateKind: 'date' | 'asOf';
  sources: CardSource[];
}

export interface EntityPageRole extends CardRole {
  sources: CardSource[];
}

export interface EntityPageRelation {
  type: Relation['type'];
  /** The other entity's id and, when it is in the database, its name and type. */
  target: string;
  name?: string;
  targetType?: EntityType;
  /** "out": this entity → target; "in": another entity points at this one. */
  direction: 'out' | 'in';
}

export interface EntityPage {
  id: string;
  type: EntityType;
  name: string;
  nativeName?: string;
  nativeLang?: string;
  jurisdiction: { code: string; name: string };
  summary: string;
  wikidataUrl?: string;
  roles: EntityPageRole[];
  facts: EntityPageFact[];
  relations: EntityPageRelation[];
  coverage: (CardCoverage & { summary: string })[];
}

export interface EntityPageInput {
  entity: Entity;
  coverage: readonly Coverage[];
  citedCoverage: readonly Coverage[];
  /** Entities this one's relations point at, and entities whose relations point at this one. */
  related: readonly Entity[];
  /** Today (roles are judged as of it on this page). */
  today: string;
}

export function buildEntityPage({ entity, coverage, citedCoverage, related, today }: EntityPageInput): EntityPage {
  const coverageById = new Map(citedCoverage.map((c) => [c.id, c]));
  const byId = new Map(related.map((e) => [e.id, e]));
  const sources = (list: Entity['facts'][number]['sources']) => rankSources(list.map((s) => toCardSource(s, coverageById)));
  const outgoing: EntityPageRelation[] = entity.relations.map((relation) => {
    const target = byId.get(relation.target);
    return { type: relation.type, target: relation.target, direction: 'out', ...(target ? { name: target.name, targetType: target.type } : {}) };
  });
  const incoming: EntityPageRelation[] = related.flatMap((other) =>
    other.relations.filter((r) => r.target === entity.id).map((r) => ({ type: r.type, target: other.id, name: other.name, targetType: other.type, direction: 'in' as const })),
  );
  const nativeLang = entity.nativeName ? nativeNameLanguage(entity.nativeName, entity.country) : undefined;
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    ...(entity.nativeName ? { nativeName: entity.nativeName } : {}),
    ...(nativeLang ? { nativeLang } : {}),
    jurisdiction: { code: entity.country, name: jurisdictionName(entity.country) },
    summary: entity.summary,
    ...(entity.wikidataId ? { wikidataUrl: `https://www.wikidata.org/wiki/${entity.wikidataId}` } : {}),
    roles: [...entity.roles]
      .sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''))
      .map((role) => ({ ...toCardRole(role, today), sources: sources(role.sources) })),
    facts: entity.facts
      .map((fact) => ({
        statement: fact.statement,
        date: fact.date ?? fact.asOf ?? '',
        dateKind: fact.date !== undefined ? ('date' as const) : ('asOf' as const),
        sources: sources(fact.sources),
      }))
      .sort((a, b) => b.date.localeCompare(a.date)),
    relations: [...outgoing, ...incoming],
    coverage: [...coverage].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).map((c) => ({ ...toCardCoverage(c), summary: c.summary })),
  };
}

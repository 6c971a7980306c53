// Joins the importers' candidates to the hand-edited database. The hand-edited entity always wins: a candidate that
// is the same person or body (same Wikidata id, or exactly the same full name in the same country) adds its
// Wikidata id, its closed dated roles and its facts to that entity (and a fresh snapshot's open roles, "as of" it,
// where the entity shows no post held now); nothing is guessed, so two possible matches
// mean no match. A new entity keeps only aliases that cannot collide with another entity's (the build's rule).
import { foldKey } from '../../fold.js';
import type { Alias, Entity, Role } from '../schema.js';
import type { Candidate } from './dataset.js';

export interface MergeOutcome {
  /** The hand-edited entities, in order, some with a Wikidata id, roles and facts added. */
  hand: Entity[];
  /** New entities, each marked `imported`. */
  added: Entity[];
  /** Per dataset: how many entities were added, how many hand-edited ones enriched, and what was left out and why. */
  report: Map<string, DatasetReport>;
}

export interface DatasetReport {
  added: number;
  enriched: string[];
  skipped: string[];
  /** Aliases left out: another entity's without a rule, or a surname that is a common word. */
  droppedAliases: number;
}

interface Sense {
  entity: string;
  /** Has a rule that tells senses apart (context words or full name first). */
  disambiguated: boolean;
}

function disambiguated(alias: Alias): boolean {
  return alias.needsFullName === true || alias.context !== undefined;
}

/** Names that identify an entity exactly: its name, native name and aliases without a rule. */
function exactNames(entity: Entity): string[] {
  return [entity.name, ...(entity.nativeName ? [entity.nativeName] : []), ...entity.aliases.filter((a) => !disambiguated(a) && !a.caseSensitive).map((a) => a.text)];
}

function written(entity: Entity): { alias: Alias; required: boolean }[] {
  return [
    { alias: { text: entity.name }, required: true },
    ...(entity.nativeName ? [{ alias: { text: entity.nativeName }, required: true }] : []),
    ...entity.aliases.map((alias) => ({ alias, required: false })),
  ];
}

/** The same term, whatever the precision of the dates: the starts agree or the ends agree. */
function sameTerm(a: Role, b: Role): boolean {
  const agree = (x?: string, y?: string) => x !== undefined && y !== undefined && (x.startsWith(y) || y.startsWith(x));
  return agree(a.start, b.start) || agree(a.end, b.end);
}

export interface MergeOptions {
  /** The build's common-word test (folded single words): a surname that is also an English word is not imported. */
  isCommonWord?: (word: string) => boolean;
  /**
   * A snapshot taken on or after this day (ISO) is fresh: its open roles may be added, "as of" the snapshot, to a
   * hand-edited official whose card shows no post held now. Unset, no open role is ever added.
   */
  freshSince?: string;
}

export function mergeCandidates(
  handEntities: readonly Entity[],
  candidates: readonly { dataset: string; candidate: Candidate }[],
  options: MergeOptions = {},
): MergeOutcome {
  const hand = handEntities.map((e) => ({ ...e, roles: [...e.roles], facts: [...e.facts], aliases: [...e.aliases] }));
  const report = new Map<string, DatasetReport>();
  const reportOf = (dataset: string): DatasetReport => {
    let r = report.get(dataset);
    if (!r) report.set(dataset, (r = { added: 0, enriched: [], skipped: [], droppedAliases: 0 }));
    return r;
  };
  const ids = new Set(hand.map((e) => e.id));
  const byWikidata = new Map<string, Entity>();
  const byName = new Map<string, Set<Entity>>();
  const senses = new Map<string, Sense[]>();
  const index = (entity: Entity): void => {
    if (entity.wikidataId) byWikidata.set(entity.wikidataId, entity);
    for (const name of exactNames(entity)) {
      const key = `${entity.country}|${entity.type}|${foldKey(name)}`;
      byName.set(key, new Set([...(byName.get(key) ?? []), entity]));
    }
    for (const { alias } of written(entity)) {
      const key = foldKey(alias.text);
      senses.set(key, [...(senses.get(key) ?? []), { entity: entity.id, disambiguated: disambiguated(alias) }]);
    }
  };
  hand.forEach(index);

  const idMap = new Map<string, string>();
  const added: Entity[] = [];
  for (const { dataset, candidate } of candidates) {
    const r = reportOf(dataset);
    const c = candidate.entity;
    const matches = new Set<Entity>();
    const byId = c.wikidataId ? byWikidata.get(c.wikidataId) : undefined;
    if (byId) matches.add(byId);
    else for (const name of candidate.fullNames) for (const e of byName.get(`${c.country}|${c.type}|${foldKey(name)}`) ?? []) matches.add(e);
    if (matches.size > 1) {
      r.skipped.push(`${c.name}: matches ${[...matches].map((e) => e.id).join(' and ')}; not guessing which`);
      continue;
    }
    const [match] = matches;
    if (match) {
      if (match.wikidataId && c.wikidataId && match.wikidataId !== c.wikidataId) {
        r.skipped.push(`${c.name}: ${match.id} has Wikidata id ${match.wikidataId}, the dataset ${c.wikidataId}`);
        continue;
      }
      idMap.set(c.id, match.id);
      if (c.wikidataId && !match.wikidataId) {
        match.wikidataId = c.wikidataId;
        byWikidata.set(c.wikidataId, match);
      }
      // Closed roles, and the open roles of a fresh snapshot (they carry its date as "as of") where the card has no
      // post held now: an open role of an old snapshot adds nothing a hand-edited entity does not say better.
      const holdsNothingNow = !match.roles.some((own) => own.end === undefined);
      const adds = (role: Role): boolean =>
        role.end !== undefined || (holdsNothingNow && options.freshSince !== undefined && role.asOf !== undefined && role.asOf >= options.freshSince);
      for (const role of c.roles) if (adds(role) && !match.roles.some((own) => sameTerm(own, role))) match.roles.push(role);
      for (const fact of c.facts) if (!match.facts.some((own) => own.statement === fact.statement)) match.facts.push(fact);
      r.enriched.push(match.id);
      continue;
    }
    let id = c.id;
    if (ids.has(id)) id = `${c.id}-${(c.wikidataId ?? c.country).toLowerCase()}`;
    if (ids.has(id)) {
      r.skipped.push(`${c.name}: the id ${c.id} is taken`);
      continue;
    }
    // An alias another entity already has, where either sense lacks a rule, would stop the build: drop it, or the
    // entity when it is the name itself.
    const collides = (alias: Alias): string | undefined =>
      (senses.get(foldKey(alias.text)) ?? []).find((s) => !(s.disambiguated && disambiguated(alias)))?.entity;
    const blocking = written(c).find(({ alias, required }) => required && collides(alias));
    if (blocking) {
      r.skipped.push(`${c.name}: "${blocking.alias.text}" is already a name of ${collides(blocking.alias)}`);
      continue;
    }
    // "Banks" or "Green" alone would be read at the start of any sentence once Jim Banks or Al Green was named.
    const common = (alias: Alias): boolean => !/\s/.test(alias.text) && options.isCommonWord?.(foldKey(alias.text)) === true;
    const aliases = c.aliases.filter((alias) => !collides(alias) && !common(alias));
    r.droppedAliases += c.aliases.length - aliases.length;
    const entity: Entity = { ...c, id, aliases };
    idMap.set(c.id, id);
    ids.add(id);
    index(entity);
    added.push(entity);
    r.added++;
  }

  // References between candidates point at the ids they ended up with; a body or target that exists nowhere is dropped.
  const resolve = (id: string): string | undefined => {
    const target = idMap.get(id) ?? id;
    return ids.has(target) ? target : undefined;
  };
  const fixRole = (role: Role): Role => {
    if (role.body === undefined) return role;
    const body = resolve(role.body);
    if (body) return { ...role, body };
    const rest = { ...role };
    delete rest.body;
    return rest;
  };
  for (const entity of [...hand, ...added]) {
    entity.roles = entity.roles.map(fixRole);
    if (entity.imported) entity.relations = entity.relations.flatMap((rel) => (resolve(rel.target) ? [{ ...rel, target: resolve(rel.target) as string }] : []));
  }
  return { hand, added, report };
}

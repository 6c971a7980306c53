// Validates the database sources and compiles what the extension ships: the reference tables and the alias index.
// Pure: the caller reads the files and supplies the list of common words, so this runs in Node tests unchanged.
import { foldKeepingCase, foldKey } from '../fold.js';
import { needsWordBoundaries } from '../matcher.js';
import { contextKeys } from '../context-words.js';
import { germanForms, personGenitives, roleCompounds } from '../inflect-german.js';
import { billForms } from '../law-forms.js';
import { titleClassesOf } from '../titles.js';
import { russianForms } from '../inflect.js';
import { isTurkishHead, turkishForms } from '../inflect-turkish.js';
import { type PrefilterKey, prefilterFor } from '../prefilter.js';
import { namesPlainly } from '../recognize.js';
import type { AliasIndex, AliasSense, CompiledAlias, EntityLabel, ReferenceData } from '../types.js';
import { ChecklistFile, validateChecklist } from './checklist.js';
import { centralBankNames } from './central-bank-names.js';
import { countryName } from './country-names.js';
import { abbreviatedStateForms, shortForms } from './short-forms.js';
import { officialSpellings } from './latin-spellings.js';
import { westernOrder } from './name-orders.js';
import { DataFile, Entity as EntitySchema, type Alias, type Coverage, type Entity, type Property, type Role, type Source, type Statement } from './schema.js';
import { CITABLE_TIERS, hostOf, type SourceRules, Tier } from './sources.js';
import { type MergeOptions, type MergeOutcome, type PinnedDataset, importOpenData } from './import/index.js';

/** One problem in the data: which file, where inside it, and what is wrong. */
export interface DataIssue {
  file: string;
  path: string;
  message: string;
}

export interface SourceFile {
  /** The file's path as the user should see it in an error. */
  name: string;
  /** Its contents, not yet parsed. */
  text: string;
}

export interface CompileOptions {
  /** True for a folded single word so common in English that matching it alone would be wrong most of the time. */
  isCommonWord: (word: string) => boolean;
  /** A folded word's rank among English words by frequency (0 = the most frequent), Infinity when unlisted. */
  frequencyRank?: (word: string) => number;
  version: string;
  /** The tier table and the refusal rules (assets/data/rules/), parsed. */
  sources: SourceRules;
  /** The build's reference date (ISO day): a source read after it is an error; an open role's freshness is judged at it. */
  referenceDate: string;
  /** The checklist files (assets/data/checklist/*.json), validated against the compiled entities. */
  checklists?: readonly SourceFile[];
  /** Pinned open datasets, already checked against the lock: their entities are generated into the output. */
  openData?: readonly PinnedDataset[];
}

export type CompileResult = { ok: true; data: ReferenceData; imported?: MergeOutcome } | { ok: false; issues: DataIssue[] };

export function formatIssue(issue: DataIssue): string {
  return `${issue.file}: ${issue.path || '(root)'}: ${issue.message}`;
}

function pathToString(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
}

interface Located<T> {
  file: string;
  path: string;
  value: T;
}

/** A file's JSON checked against its schema; each problem is noted with the file and the path inside it. */
function parseFile<T>(file: SourceFile, schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, issues: DataIssue[]): T | undefined {
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    issues.push({ file: file.name, path: '', message: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) issues.push({ file: file.name, path: pathToString(issue.path), message: issue.message });
  return undefined;
}

export function compileData(files: readonly SourceFile[], options: CompileOptions): CompileResult {
  const issues: DataIssue[] = [];
  const entities: Located<Entity>[] = [];
  const coverage: Located<Coverage>[] = [];
  const properties: Located<Property>[] = [];
  const statements: Located<Statement>[] = [];

  for (const file of files) {
    const parsed = parseFile(file, DataFile, issues);
    if (!parsed) continue;
    parsed.entities.forEach((value, i) => entities.push({ file: file.name, path: `entities[${i}]`, value }));
    parsed.coverage.forEach((value, i) => coverage.push({ file: file.name, path: `coverage[${i}]`, value }));
    parsed.properties.forEach((value, i) => properties.push({ file: file.name, path: `properties[${i}]`, value }));
    parsed.statements.forEach((value, i) => statements.push({ file: file.name, path: `statements[${i}]`, value }));
  }

  for (const { file, path, value } of entities) {
    if (value.imported !== undefined) issues.push({ file, path: `${path}.imported`, message: 'only the build marks an entity imported (from ../shared/opendata)' });
  }
  // References can only be checked once every file has been read: a file that failed would make them all dangle.
  if (issues.length > 0) return { ok: false, issues };
  const imported = options.openData && options.openData.length > 0 ? addOpenData(entities, options.openData, { isCommonWord: options.isCommonWord, freshSince: twelveMonthsBefore(options.referenceDate) }, issues) : undefined;
  if (issues.length > 0) return { ok: false, issues };
  const entityIds = uniqueIds(entities, 'entity', issues);
  const coverageIds = uniqueIds(coverage, 'coverage record', issues);
  checkReferences(entities, coverage, entityIds, coverageIds, issues);
  checkSourcing(entities, coverage, options, issues);
  const checklists = checkChecklists(options.checklists ?? [], entities, issues);
  const propertyIds = uniqueIds(properties, 'property', issues);
  uniqueIds(statements, 'statement', issues);
  checkStatements(statements, properties, { entityIds, coverageIds, propertyIds }, issues);
  const aliasIndex = compileAliases(entities, options, issues, centralBanksOf(checklists, entities));

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    data: {
      version: options.version,
      entities: entities.map((e) => e.value),
      coverage: coverage.map((c) => c.value),
      properties: properties.map((p) => p.value),
      statements: statements.map((s) => s.value),
      aliasIndex,
    },
    ...(imported ? { imported } : {}),
  };
}

/**
 * Joins the open datasets' entities to the hand-edited ones (in place) and checks each generated entity against the
 * schema, so a template that writes a bad date or source stops the build like a hand-edited error would.
 */
function addOpenData(entities: Located<Entity>[], openData: readonly PinnedDataset[], options: MergeOptions, issues: DataIssue[]): MergeOutcome {
  const outcome = importOpenData(openData, entities.map((e) => e.value), options);
  outcome.hand.forEach((value, i) => ((entities[i] as Located<Entity>).value = value));
  for (const entity of outcome.added) {
    const file = `opendata ${entity.imported ?? ''}`;
    const parsed = EntitySchema.safeParse(entity);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push({ file, path: `${entity.id}.${pathToString(issue.path)}`, message: issue.message });
      continue;
    }
    entities.push({ file, path: entity.id, value: parsed.data });
  }
  return outcome;
}

function uniqueIds(records: readonly Located<{ id: string }>[], kind: string, issues: DataIssue[]): Set<string> {
  const seen = new Map<string, Located<{ id: string }>>();
  for (const record of records) {
    const first = seen.get(record.value.id);
    if (first) {
      issues.push({
        file: record.file,
        path: `${record.path}.id`,
        message: `duplicate ${kind} id "${record.value.id}" (first defined in ${first.file} at ${first.path})`,
      });
    } else seen.set(record.value.id, record);
  }
  return new Set(seen.keys());
}

function checkReferences(
  entities: readonly Located<Entity>[],
  coverage: readonly Located<Coverage>[],
  entityIds: ReadonlySet<string>,
  coverageIds: ReadonlySet<string>,
  issues: DataIssue[],
): void {
  const dangling = (file: string, path: string, id: string, kind: string): void => {
    issues.push({ file, path, message: `refers to unknown ${kind} "${id}"` });
  };
  const checkSources = (file: string, path: string, sources: readonly Source[]): void => {
    sources.forEach((source, i) => {
      if ('coverage' in source && !coverageIds.has(source.coverage)) dangling(file, `${path}.sources[${i}].coverage`, source.coverage, 'coverage record');
    });
  };
  for (const { file, path, value } of entities) {
    value.roles.forEach((role, i) => {
      if (role.body !== undefined && !entityIds.has(role.body)) dangling(file, `${path}.roles[${i}].body`, role.body, 'entity');
      if (role.start !== undefined && role.end !== undefined && role.end < role.start) {
        issues.push({ file, path: `${path}.roles[${i}].end`, message: `ends (${role.end}) before it starts (${role.start})` });
      }
      checkSources(file, `${path}.roles[${i}]`, role.sources);
    });
    value.facts.forEach((fact, i) => checkSources(file, `${path}.facts[${i}]`, fact.sources));
    value.relations.forEach((relation, i) => {
      if (!entityIds.has(relation.target)) dangling(file, `${path}.relations[${i}].target`, relation.target, 'entity');
    });
  }
  for (const { file, path, value } of coverage) {
    value.entities.forEach((id, i) => {
      if (!entityIds.has(id)) dangling(file, `${path}.entities[${i}]`, id, 'entity');
    });
  }
}

/** Twelve months before an ISO day: an open role needs a source at least this recent to be shown as current. */
export function twelveMonthsBefore(day: string): string {
  const [year, rest] = [Number(day.slice(0, 4)), day.slice(4)];
  return `${String(year - 1).padStart(4, '0')}${rest}`;
}

/** Whether tier `a` is better than `b`: the enum lists the tiers best first. */
function outranks(a: Tier, b: Tier): boolean {
  return Tier.options.indexOf(a) < Tier.options.indexOf(b);
}

/** A wire story on a local site ranks as the wire; an archived copy as the page it keeps. Nothing else outranks its domain. */
function mayOutrankItsDomain(source: { url: string; publisher: string }): boolean {
  return /\(via [^)]+\)/i.test(source.publisher) || hostOf(source.url) === 'web.archive.org';
}

function sourceDate(source: Source, coverageById: ReadonlyMap<string, Coverage>): string | undefined {
  if ('coverage' in source) return coverageById.get(source.coverage)?.date;
  if ('dataset' in source) return source.published; // the commit's date: the snapshot is as of then
  // A page's own date says how old its news is: a 2022 story read today shows who held a post in 2022. A body's own
  // page or a register that shows no date (its page of its members, read today) speaks for the day it was read; an
  // undated news story says nothing of when it was true.
  if (source.published !== undefined) return source.published;
  return source.tier === 'official' || source.tier === 'reference' ? source.retrievedAt : undefined;
}

/**
 * The sourcing rules of issue 14: every web source has a tier (set, or derived from its domain) and a real title and
 * address; a fact or role rests on at least one source that is not secondary; a coverage record is dated and names
 * its original outlet. Writes the derived tiers into the sources and the "as of" date into stale open roles.
 */
function checkSourcing(entities: readonly Located<Entity>[], coverage: readonly Located<Coverage>[], options: CompileOptions, issues: DataIssue[]): void {
  const { sources: rules, referenceDate } = options;
  const coverageById = new Map(coverage.map((c) => [c.value.id, c.value]));
  const coverageTier = new Map<string, Tier | undefined>();

  const checkUrl = (file: string, path: string, url: string): void => {
    const bad = rules.badUrl(url);
    if (bad) issues.push({ file, path, message: `${bad}: cite the page at its own address (${url})` });
  };
  const checkTitle = (file: string, path: string, title: string): void => {
    const placeholder = rules.placeholderTitle(title);
    if (placeholder) issues.push({ file, path, message: `${placeholder}: give the page's own title ("${title}")` });
  };

  for (const { file, path, value } of coverage) {
    // A date is read from the page, never inferred; a record whose page shows none says why in "undated", and only then.
    if (value.date === undefined && value.undated === undefined) issues.push({ file, path: `${path}.date`, message: 'a coverage record needs the date the article was published, or "undated" saying why the page shows none' });
    if (value.date !== undefined && value.undated !== undefined) issues.push({ file, path: `${path}.undated`, message: 'a dated coverage record gives no "undated" reason: remove one of the two' });
    if (value.date !== undefined && value.date > referenceDate) issues.push({ file, path: `${path}.date`, message: `published after the build's reference date ${referenceDate}` });
    checkTitle(file, `${path}.title`, value.title);
    if (value.url !== undefined) {
      checkUrl(file, `${path}.url`, value.url);
      if (rules.isRepublisher(value.url)) issues.push({ file, path: `${path}.url`, message: `${hostOf(value.url)} republishes other outlets' stories: cite the original outlet` });
      coverageTier.set(value.id, rules.tierOfHost(hostOf(value.url)));
    }
  }

  const checkItem = (file: string, path: string, sources: Source[], what: string): void => {
    let citable = false;
    sources.forEach((source, i) => {
      const at = `${path}.sources[${i}]`;
      if ('coverage' in source) {
        const tier = coverageTier.get(source.coverage);
        if (tier !== undefined && CITABLE_TIERS.includes(tier)) citable = true;
        return;
      }
      // A record of a pinned open dataset, cited at its commit: the importer has checked it against the lock.
      if ('dataset' in source) {
        if (CITABLE_TIERS.includes(source.tier)) citable = true;
        return;
      }
      checkUrl(file, `${at}.url`, source.url);
      checkTitle(file, `${at}.title`, source.title);
      if (source.retrievedAt > referenceDate) issues.push({ file, path: `${at}.retrievedAt`, message: `read after the build's reference date ${referenceDate}` });
      if (source.published !== undefined && source.published > source.retrievedAt) issues.push({ file, path: `${at}.published`, message: `published (${source.published}) after it was read (${source.retrievedAt})` });
      const tableTier = rules.tierOfHost(hostOf(source.url));
      if (source.tier !== undefined && tableTier !== undefined && outranks(source.tier, tableTier) && !mayOutrankItsDomain(source)) {
        issues.push({ file, path: `${at}.tier`, message: `"${source.tier}" is above the tier of ${hostOf(source.url)} ("${tableTier}"): a source may rank above its domain only as a wire story hosted elsewhere (publisher "Reuters (via …)") or an archived copy` });
      }
      const tier = source.tier ?? tableTier;
      if (tier === undefined) {
        issues.push({ file, path: `${at}.url`, message: `cannot tell the tier of ${hostOf(source.url)}: add its domain to assets/data/rules/tiers.json or give the source a "tier"` });
        return;
      }
      source.tier = tier;
      if (CITABLE_TIERS.includes(tier)) citable = true;
    });
    if (!citable) issues.push({ file, path: `${path}.sources`, message: `the ${what} rests only on secondary sources: cite the body's own site, an official register, or wire or major news` });
  };

  const freshFrom = twelveMonthsBefore(referenceDate);
  for (const { file, path, value } of entities) {
    value.facts.forEach((fact, i) => checkItem(file, `${path}.facts[${i}]`, fact.sources, 'fact'));
    value.roles.forEach((role: Role, i) => {
      const at = `${path}.roles[${i}]`;
      // Only the importer dates a role "as of" its snapshot (on its own entities, or a role it adds to a hand-edited
      // one, citing only dataset records); for hand-edited data the build computes it.
      const fromDataset = role.sources.length > 0 && role.sources.every((source) => 'dataset' in source);
      if (role.asOf !== undefined && !value.imported && !fromDataset) issues.push({ file, path: `${at}.asOf`, message: 'a role\'s "asOf" is computed by the build: remove it' });
      if (role.undated !== undefined) issues.push({ file, path: `${at}.undated`, message: 'a role\'s "undated" is computed by the build: remove it' });
      checkItem(file, at, role.sources, 'role');
      if (role.end !== undefined) return;
      // Tiers are known from here on (checkItem writes them): sourceDate reads them.
      const latestOf = (sources: readonly Source[]) => sources.map((s) => sourceDate(s, coverageById)).filter((d): d is string => d !== undefined).sort().pop();
      const latest = latestOf(role.sources);
      // Only a source of a citable tier shows the role as current; a recent secondary page (a repost, a law firm's
      // note) dates it "as of" at most.
      const latestCitable = latestOf(role.sources.filter((s) => !('tier' in s) || s.tier !== 'secondary'));
      if (latest === undefined && role.asOf === undefined) role.undated = true;
      else if (latest !== undefined && (latestCitable === undefined || latestCitable < freshFrom)) role.asOf = latest;
    });
  }
}

interface KnownIds {
  entityIds: ReadonlySet<string>;
  coverageIds: ReadonlySet<string>;
  propertyIds: ReadonlySet<string>;
}

/** A statement must name a known subject and property, and carry a value of the kind its property takes. */
function checkStatements(statements: readonly Located<Statement>[], properties: readonly Located<Property>[], ids: KnownIds, issues: DataIssue[]): void {
  const kinds = new Map(properties.map((p) => [p.value.id, p.value.valueKind]));
  for (const { file, path, value } of statements) {
    if (!ids.entityIds.has(value.subject)) issues.push({ file, path: `${path}.subject`, message: `refers to unknown entity "${value.subject}"` });
    const kind = kinds.get(value.property);
    if (kind === undefined) issues.push({ file, path: `${path}.property`, message: `unknown property "${value.property}": add it to the properties vocabulary first` });
    else if (kind !== value.value.kind) issues.push({ file, path: `${path}.value.kind`, message: `property "${value.property}" takes a ${kind} value, not a ${value.value.kind}` });
    if (value.value.kind === 'entity' && !ids.entityIds.has(value.value.entity)) issues.push({ file, path: `${path}.value.entity`, message: `refers to unknown entity "${value.value.entity}"` });
    value.sources.forEach((source, i) => {
      if ('coverage' in source && !ids.coverageIds.has(source.coverage)) issues.push({ file, path: `${path}.sources[${i}].coverage`, message: `refers to unknown coverage record "${source.coverage}"` });
    });
  }
}

function checkChecklists(files: readonly SourceFile[], entities: readonly Located<Entity>[], issues: DataIssue[]): ChecklistFile[] {
  const entityCountry = new Map(entities.map((e) => [e.value.id, e.value.country]));
  const checklists: ChecklistFile[] = [];
  for (const file of files) {
    const parsed = parseFile(file, ChecklistFile, issues);
    if (!parsed) continue;
    for (const issue of validateChecklist(parsed, entityCountry)) issues.push({ file: file.name, ...issue });
    checklists.push(parsed);
  }
  return checklists;
}

/** The agency each country's checklist gives as its central bank, when it is that country's own (not a union's). */
function centralBanksOf(checklists: readonly ChecklistFile[], entities: readonly Located<Entity>[]): Map<string, string> {
  const byId = new Map(entities.map((e) => [e.value.id, e.value]));
  const banks = new Map<string, string>();
  for (const { jurisdictions } of checklists) {
    for (const { jurisdiction, slots } of jurisdictions) {
      for (const id of slots.find((slot) => slot.slot === 'central-bank')?.entities ?? []) {
        const entity = byId.get(id);
        if (entity?.type === 'agency' && entity.country === jurisdiction && NATIONAL.test(jurisdiction) && !entity.notHighlighted) banks.set(id, jurisdiction);
      }
    }
  }
  return banks;
}

interface SenseOrigin {
  sense: AliasSense;
  file: string;
  path: string;
  text: string;
}

function hasRule(alias: Alias): boolean {
  return alias.caseSensitive === true || alias.needsFullName === true || alias.context !== undefined;
}

/**
 * A body with at most this many officials in the database vouches for their surnames: "Lagarde" on a page that names
 * the ECB is Christine Lagarde. A legislature with hundreds of members does not: another Brown may sit in it.
 */
const MAX_OFFICIALS_OF_A_LICENSING_BODY = 8;

/**
 * A seat in an assembly ("Member of the European Parliament", "депутат Государственной думы"): the database may hold
 * few of its members, but the assembly has hundreds, so naming it settles no surname.
 */
const MEMBERSHIP_POST = /\b(member|senator|representative|deputy (of|in|to) the)\b|\b(MEP|MP)\b|депутат|член |milletvekili|üyesi|議員/i;

/**
 * For each official, the bodies of its roles small enough that naming one settles who a surname alone means; and for
 * each such body, those officials: a body's short name ("la Banque centrale") is as clear after its governor was named
 * in full ("Marouan Abassi … le gouverneur de la Banque centrale") as after its own full name.
 */
function licensingBodies(entities: readonly Located<Entity>[]): Map<string, string[]> {
  const officialsOf = new Map<string, Set<string>>();
  for (const { value: entity } of entities) {
    for (const role of entity.roles) if (role.body) (officialsOf.get(role.body) ?? officialsOf.set(role.body, new Set()).get(role.body)!).add(entity.id);
  }
  const licenses = (role: Entity['roles'][number]): role is Entity['roles'][number] & { body: string } =>
    role.body !== undefined && !MEMBERSHIP_POST.test(role.post) && officialsOf.get(role.body)!.size <= MAX_OFFICIALS_OF_A_LICENSING_BODY;
  const bodies = new Map<string, string[]>();
  const heads = new Map<string, Set<string>>();
  for (const { value: entity } of entities) {
    const small = [...new Set(entity.roles.filter(licenses).map((role) => role.body))];
    if (small.length > 0) bodies.set(entity.id, small.sort());
    for (const body of small) (heads.get(body) ?? heads.set(body, new Set()).get(body)!).add(entity.id);
  }
  for (const [body, officials] of heads) bodies.set(body, [...officials].sort());
  return bodies;
}

function compileAliases(entities: readonly Located<Entity>[], options: CompileOptions, issues: DataIssue[], centralBanks: ReadonlyMap<string, string> = new Map()): AliasIndex {
  const byKey = new Map<string, SenseOrigin[]>();
  const labels: Record<string, EntityLabel> = {};
  const licensing = licensingBodies(entities);

  for (const { file, path, value: entity } of entities) {
    labels[entity.id] = { name: entity.name, type: entity.type, ...(entity.wikidataId ? { wikidataId: entity.wikidataId } : {}) };
    // The name and native name are aliases too; an alias written out with the same text gives it match rules (a
    // native name two countries share, such as Portugal's and Brazil's "Procuradoria-Geral da República").
    // Same text exactly: "INTERPOL" (case kept) beside the name "Interpol" is another alias, not its rule.
    const listed = new Set(entity.aliases.map((alias) => alias.text));
    const written: { alias: Alias; path: string }[] = [];
    if (!listed.has(entity.name)) written.push({ alias: { text: entity.name }, path: `${path}.name` });
    if (entity.nativeName !== undefined && !listed.has(entity.nativeName)) written.push({ alias: { text: entity.nativeName }, path: `${path}.nativeName` });
    entity.aliases.forEach((alias, i) => written.push({ alias, path: `${path}.aliases[${i}]` }));
    // English names are written with "&" as often as with "and" ("Australian Securities & Investments Commission").
    for (const { alias, path: at } of [...written]) {
      if (!alias.text.includes(' and ')) continue;
      const ampersand = (text: string) => text.replaceAll(' and ', ' & ');
      written.push({ alias: { ...alias, text: ampersand(alias.text), ...(alias.notIn ? { notIn: alias.notIn.map(ampersand) } : {}) }, path: at });
    }

    for (const { alias, path: aliasPath } of written) {
      const key = foldKey(alias.text);
      if (key.length === 0) {
        issues.push({ file, path: aliasPath, message: `alias "${alias.text}" folds to nothing` });
        continue;
      }
      if (!key.includes(' ') && !hasRule(alias) && options.isCommonWord(key)) {
        issues.push({
          file,
          path: aliasPath,
          message: `alias "${alias.text}" is a common English word: give it caseSensitive, needsFullName or context`,
        });
      }
      if (entity.notHighlighted) {
        addSense(byKey, key, { sense: { entity: entity.id, blocks: true }, file, path: aliasPath, text: alias.text });
        continue;
      }
      const sense = senseOf(entity, alias, licensing);
      for (const phrase of alias.notIn ?? []) {
        const phraseKey = foldKey(phrase);
        if (!phraseKey.includes(key)) {
          issues.push({ file, path: `${aliasPath}.notIn`, message: `"${phrase}" does not contain the alias "${alias.text}"` });
          continue;
        }
        const blockers = byKey.get(phraseKey) ?? [];
        if (!blockers.some((s) => s.sense.blocks && s.sense.entity === entity.id)) blockers.push({ sense: { entity: entity.id, blocks: true, ownNamesOnly: true }, file, path: `${aliasPath}.notIn`, text: phrase });
        byKey.set(phraseKey, blockers);
      }
      addSense(byKey, key, { sense, file, path: aliasPath, text: alias.text });
    }
  }

  // A central bank named after its country in another language ("Banque centrale du Nigeria"), unless a written alias
  // already claims that name (central-bank-names.ts).
  for (const [id, country] of centralBanks) {
    for (const text of centralBankNames(country)) {
      const key = foldKey(text);
      if (key.length === 0 || byKey.has(key)) continue;
      const sense: AliasSense = { entity: id, country };
      if (/\p{Lu}/u.test(text)) sense.properNoun = true;
      if (text.endsWith(' Merkez Bankası')) sense.capitalHead = true;
      byKey.set(key, [{ sense, file: 'central-bank-names', path: country, text }]);
    }
  }

  // German names a central bank again by its head noun alone ("die Zentralbank", "die Notenbank") once the story has
  // named it: a short form of every checklist central bank, counted only after that bank's full name, so a page naming
  // two central banks leaves it plain.
  for (const [id, country] of centralBanks) {
    for (const text of GERMAN_CENTRAL_BANK_NOUNS) {
      const key = foldKey(text);
      if ((byKey.get(key) ?? []).some((origin) => origin.file !== 'central-bank-names')) continue;
      // Not licensed by the bank's governor: "die Zentralbank" in a governor's interview is as often central banks at large.
      addSense(byKey, key, { sense: { entity: id, needsFullName: true, properNoun: true, country }, file: 'central-bank-names', path: country, text });
    }
  }
  // An indefinite or negated one ("keine Zentralbank", "eine Notenbank") is no particular bank: the phrase yields nothing.
  const someBank = centralBanks.keys().next().value;
  if (someBank !== undefined) {
    for (const determiner of GERMAN_INDEFINITE_DETERMINERS) {
      for (const noun of GERMAN_CENTRAL_BANK_NOUNS) {
        const key = foldKey(`${determiner} ${noun}`);
        if (!byKey.has(key)) byKey.set(key, [{ sense: { entity: someBank, blocks: true }, file: 'central-bank-names', path: determiner, text: `${determiner} ${noun}` }]);
      }
    }
  }

  // Korean names a government by its country: "베트남 정부", "러시아정부" (country names from ICU, country-names.ts).
  for (const { value: entity } of entities) {
    if (entity.type !== 'agency' || entity.notHighlighted || !NATIONAL.test(entity.country) || !GOVERNMENT_NAME.test(entity.name)) continue;
    const korean = countryName(entity.country, 'ko');
    if (!korean) continue;
    // With a space or without: "베트남 정부", "베트남정부".
    for (const text of [`${korean} 정부`, `${korean}정부`]) {
      const key = foldKey(text);
      if (byKey.has(key)) continue;
      byKey.set(key, [{ sense: { entity: entity.id, country: entity.country }, file: 'government-names', path: entity.id, text }]);
    }
  }

  // A body's name without its country ("the National Bank" after "the National Bank of Ukraine"), counted only once
  // the page has named the body in full, unless a written alias already claims it for a body plainly (one that other
  // bodies' context words gate it may share: `mayShareShortForm`); and a Russian name with its state
  // abbreviated ("Национального банка РК"), a name of its own, written nowhere else (short-forms.ts).
  const shortened = new Map<string, SenseOrigin[]>();
  const abbreviated: { key: string; origin: SenseOrigin }[] = [];
  for (const { value: entity } of entities) {
    if (entity.type !== 'agency' || entity.notHighlighted || !NATIONAL.test(entity.country)) continue;
    const names = [entity.name, entity.nativeName, ...entity.aliases.filter((a) => !a.caseSensitive && !a.needsFullName && !a.context).map((a) => a.text)];
    for (const name of names) {
      if (name === undefined) continue;
      for (const text of shortForms(name, entity.country)) {
        const key = foldKey(text);
        if (key.length === 0 || !mayShareShortForm(byKey.get(key), entity.id)) continue;
        const heads = licensing.get(entity.id);
        addSense(shortened, key, { sense: { entity: entity.id, needsFullName: true, properNoun: true, ...(heads ? { licensedBy: heads } : {}) }, file: 'short-forms', path: entity.id, text });
      }
      for (const text of abbreviatedStateForms(name, entity.country)) {
        const sense: AliasSense = { entity: entity.id, properNoun: true, country: entity.country };
        abbreviated.push({ key: foldKey(text), origin: { sense, file: 'short-forms', path: entity.id, text } });
      }
    }
  }
  for (const [key, senses] of shortened) byKey.set(key, [...(byKey.get(key) ?? []), ...senses]);
  for (const { key, origin } of abbreviated) if (key.length > 0 && !byKey.has(key)) byKey.set(key, [origin]);

  // An official's name as German, French and Turkish stories spell it from the Cyrillic ("Lukaschenko", "Loukachenko",
  // "Lukaşenko": latin-spellings.ts), unless a written alias already claims that spelling. The spelt surname alone
  // takes the rules of the Cyrillic surname's alias, or counts only after the full name when there is none.
  for (const { value: entity } of entities) {
    if (entity.type !== 'official' || entity.notHighlighted) continue;
    const names = [entity.nativeName, ...entity.aliases.map((alias) => alias.text)].filter((name): name is string => name !== undefined);
    const spellings = officialSpellings(names, entity.name, entity.country);
    const surnameAlias = entity.aliases.find((alias) => alias.text === spellings.cyrillicSurname);
    const derived: Alias[] = [
      ...spellings.full.map((text) => ({ text })),
      ...spellings.surname.map((text) => ({ text, ...(surnameAlias ? { needsFullName: surnameAlias.needsFullName, context: surnameAlias.context } : { needsFullName: true }) })),
    ];
    for (const alias of derived) {
      const key = foldKey(alias.text);
      if (key.length < 4 || byKey.has(key) || (!key.includes(' ') && options.isCommonWord(key))) continue;
      byKey.set(key, [{ sense: senseOf(entity, alias, licensing), file: 'latin-spellings', path: entity.id, text: alias.text }]);
    }
  }

  // A Chinese or Korean official's name turned round as some English outlets write it ("Ming-tsai Lo"), unless a
  // written alias already claims it (name-orders.ts).
  for (const { value: entity } of entities) {
    if (entity.type !== 'official' || entity.notHighlighted) continue;
    for (const name of [entity.name, ...entity.aliases.filter((a) => !a.needsFullName && !a.context).map((a) => a.text)]) {
      const text = westernOrder(name, entity.country);
      const key = text === undefined ? '' : foldKey(text);
      if (text === undefined || byKey.has(key)) continue;
      byKey.set(key, [{ sense: senseOf(entity, { text }, licensing), file: 'name-orders', path: entity.id, text }]);
    }
  }

  // A Korean official's family name, as Korean news names the person again after the full name: "이 총재", "김 의원"
  // (three-syllable names only, whose first syllable is the family name). It counts only under a title (see
  // `koreanInitial`), so many officials share one key and the page's full name picks among them.
  for (const { value: entity } of entities) {
    if (entity.type !== 'official' || entity.notHighlighted || entity.country !== 'KR') continue;
    const titles = titleClassesOf(entity.roles.map((role) => role.post));
    if (!titles) continue;
    const fullNames = [entity.nativeName, ...entity.aliases.filter((a) => !a.needsFullName && !a.context).map((a) => a.text)];
    const initials = new Set(fullNames.filter((name): name is string => name !== undefined && KOREAN_FULL_NAME.test(name)).map((name) => name.charAt(0)));
    for (const initial of initials) {
      const key = foldKey(initial);
      if ((byKey.get(key) ?? []).some((s) => !s.sense.koreanInitial)) continue;
      addSense(byKey, key, { sense: { entity: entity.id, needsFullName: true, titles, koreanInitial: true }, file: 'korean-initials', path: entity.id, text: initial });
    }
  }

  const aliases: CompiledAlias[] = [];
  const officialCountry = new Map(entities.filter((e) => e.value.type === 'official').map((e) => [e.value.id, e.value.country]));
  const countryNames: Record<string, string[]> = {};
  for (const [key, senses] of byKey) {
    reportCollisions(senses, issues);
    const compiled = withCountryToStandIn(key, senses.map((s) => s.sense), officialCountry, options.isCommonWord);
    const standing = compiled[0]?.aloneIn;
    if (standing !== undefined) countryNames[standing] ??= contextKeys(countryNamesOf(standing));
    aliases.push({ key, bounded: needsWordBoundaries(key), senses: compiled });
  }
  // Declined forms of Russian, German and Turkish aliases, unless a written alias already claims that form (Korean
  // particles are a rule of the matcher, not forms: inflect-korean.ts).
  const declined = new Map<string, AliasSense[]>();
  // Turkish aliases (of Turkish entities only: an English name ending in -i or -u takes no such endings) get the
  // case endings written without an apostrophe.
  const entityCountry = new Map(entities.map((e) => [e.value.id, e.value.country]));
  // A foreign body's Turkish name ("Rusya Merkez Bankası", "Mali Hizmetler Komisyonu") takes the same endings: its
  // head noun is a Turkish one (`isTurkishHead` in inflect-turkish.ts).
  const isTurkish = (senses: readonly AliasSense[], key: string): boolean =>
    senses.every((s) => entityCountry.get(s.entity) === 'TR') || isTurkishHead(key);
  // A German-speaking state's body glued to a role noun ("Bundesbankchef"): inflect-german.ts.
  const isGermanSpeaking = (senses: readonly AliasSense[]): boolean => senses.every((s) => GERMAN_SPEAKING.has(entityCountry.get(s.entity) ?? ''));
  // A bill's name is only made from a law's, a genitive only from a person's: "Lagardes" never from a body's name.
  const entityType = new Map(entities.map((e) => [e.value.id, e.value.type]));
  const allOfType = (senses: readonly AliasSense[], type: Entity['type']): boolean => senses.every((s) => !s.blocks && entityType.get(s.entity) === type);
  for (const { key, senses } of aliases) {
    if (senses.every((s) => s.koreanInitial)) continue;
    const forms = [
      ...russianForms(key),
      ...germanForms(key),
      ...(isTurkish(senses, key) ? turkishForms(key) : []),
      ...(allOfType(senses, 'regulation') ? billForms(key) : []),
      ...(allOfType(senses, 'agency') && isGermanSpeaking(senses) ? roleCompounds(key) : []),
      // "Prices" or "Stocks" is a word first: a surname that is a common word gets no genitive.
      ...(allOfType(senses, 'official') && !options.isCommonWord(lastWord(key)) ? personGenitives(key) : []),
    ];
    for (const form of forms) {
      if (form === key || byKey.has(form)) continue;
      const list = declined.get(form) ?? [];
      for (const sense of senses) if (!list.some((s) => s.entity === sense.entity)) list.push(declinedSense(sense, key, form));
      declined.set(form, list);
    }
  }
  for (const [key, senses] of declined) aliases.push({ key, bounded: needsWordBoundaries(key), senses });
  aliases.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const prefilter = prefilterFor(aliases.map(prefilterKeyOf), options.frequencyRank);
  return { version: options.version, aliases, entities: labels, prefilter, countryNames };
}

/** How the matcher counts one alias of an entity: its case, the full name or context words it needs, its country. */
function senseOf(entity: Entity, alias: Alias, licensing: ReadonlyMap<string, string[]>): AliasSense {
  const sense: AliasSense = { entity: entity.id };
  if (alias.caseSensitive) sense.exact = foldKeepingCase(alias.text).trim();
  else if (/\p{Lu}/u.test(alias.text)) sense.properNoun = true;
  if (alias.needsFullName) sense.needsFullName = true;
  const bodies = alias.needsFullName ? licensing.get(entity.id) : undefined;
  if (bodies) sense.licensedBy = bodies;
  const titles = alias.needsFullName && entity.type === 'official' ? titleClassesOf(entity.roles.map((role) => role.post)) : undefined;
  if (titles) sense.titles = titles;
  if (alias.context) sense.context = contextKeys(withCountryNames(alias.context.any, entity.country));
  if (alias.generic) sense.generic = true;
  if (entity.namesTerritory) sense.territory = true;
  if (entity.namedInQuotes) sense.inQuotes = true;
  if (NATIONAL.test(entity.country) && (sense.context || namesPlainly(sense))) sense.country = entity.country;
  return sense;
}

// A surname shorter than this may be a word or a given name in some language the set reads ("Lima", "Hill").
const DISTINCT_SURNAME_CHARS = 5;

/**
 * A distinctive surname (one official's only, one word, no dictionary word, at least DISTINCT_SURNAME_CHARS letters)
 * may stand without the full name on a page that names its bearer's country: it carries that country's code
 * (`aloneIn`, read by recognize.ts), whose names in English and the set's languages the index keeps once.
 */
function withCountryToStandIn(key: string, senses: AliasSense[], officialCountry: ReadonlyMap<string, string>, isCommonWord: (word: string) => boolean): AliasSense[] {
  const sense = senses[0];
  if (senses.length !== 1 || sense === undefined || !sense.needsFullName || sense.context) return senses;
  const country = officialCountry.get(sense.entity);
  if (country === undefined || !NATIONAL.test(country)) return senses;
  if (key.length < DISTINCT_SURNAME_CHARS || !/^[\p{Script=Latin}\p{Script=Cyrillic}]+$/u.test(key) || isCommonWord(key)) return senses;
  // "Monaco" (Lisa Monaco) written twice on an American page may be the country.
  if (allCountryNameKeys().has(key)) return senses;
  return countryNamesOf(country).length === 0 ? senses : [{ ...sense, aloneIn: country }];
}

/** A country's names in English (with and without "South"/"North") and the languages of COUNTRY_NAME_LOCALES. */
function countryNamesOf(country: string): string[] {
  const english = countryName(country, 'en');
  if (english === undefined) return [];
  return [...new Set([english, english.replace(/^(?:South|North) /, ''), ...localCountryNames(country)])];
}

/**
 * Whether a body's short form may join the written senses of its key: none, or only other bodies' senses that a
 * context word gates ("Banque centrale" with Tunisia words for Tunisia's bank), which a page that named this body in
 * full does not fit unless it also has those words; then the body named before wins (`namedBefore` in recognize.ts).
 */
function mayShareShortForm(written: readonly SenseOrigin[] | undefined, entity: string): boolean {
  if (written === undefined) return true;
  return written.every((origin) => origin.sense.entity !== entity && origin.sense.context !== undefined && !origin.sense.blocks);
}

let countryNameKeys: Set<string> | undefined;

/** Every country's name in English and the languages of COUNTRY_NAME_LOCALES, folded. */
function allCountryNameKeys(): Set<string> {
  if (countryNameKeys) return countryNameKeys;
  countryNameKeys = new Set();
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      for (const name of countryNamesOf(code)) countryNameKeys.add(foldKey(name));
    }
  }
  return countryNameKeys;
}

function localCountryNames(country: string): string[] {
  return COUNTRY_NAME_LOCALES.map((locale) => countryName(country, locale)).filter((name): name is string => name !== undefined);
}

// The languages a gate naming its country in English is given that country's name in too. Korean is left out: its
// particles join the name ("싱가포르의"), and a context word is looked for as a whole word.
const COUNTRY_NAME_LOCALES = ['ru', 'tr', 'ja', 'es', 'de', 'fr', 'pt', 'it', 'pl'];

/**
 * A gate that names the entity's country in English ("MAS" with "Singapore") names it in the set's other languages
 * too ("Singapur", "Сингапур", "シンガポール"), from ICU: the same decision, not a list kept by hand per alias. A
 * gate that does not name the country (a surname's, an acronym's settled by a person or a city) is left as it is.
 */
function withCountryNames(words: readonly string[], country: string): readonly string[] {
  if (!NATIONAL.test(country)) return words;
  const english = countryName(country, 'en');
  if (english === undefined) return words;
  const shortEnglish = english.replace(/^(?:South|North) /, '');
  if (!words.some((word) => word === english || word === shortEnglish)) return words;
  return [...words, ...localCountryNames(country)];
}

/**
 * A sense for a declined form of its alias. A case-sensitive alias keeps its case in the form ("Секретная служба" →
 * "Секретной службы", "Trump" → "Trumps"): the ending is the form's, the case of the stem the alias's. A form whose
 * stem is not the alias's own is a proper noun (matches unless all lower case).
 */
function declinedSense(sense: AliasSense, key: string, form: string): AliasSense {
  if (sense.exact === undefined) return sense;
  let stem = 0;
  while (stem < key.length && stem < form.length && key[stem] === form[stem]) stem++;
  const { exact, ...rest } = sense;
  if (exact.length !== key.length || exact.toLowerCase() !== key) return { ...rest, properNoun: true };
  return { ...rest, exact: exact.slice(0, stem) + form.slice(stem) };
}

function addSense(byKey: Map<string, SenseOrigin[]>, key: string, origin: SenseOrigin): void {
  const senses = byKey.get(key) ?? [];
  if (senses.some((s) => s.sense.entity === origin.sense.entity && sameRules(s.sense, origin.sense))) return; // harmless repeat
  senses.push(origin);
  byKey.set(key, senses);
}

/** A key for the prefilter: with its written forms when every sense that names something asks for its exact case. */
function prefilterKeyOf({ key, senses }: CompiledAlias): PrefilterKey {
  const naming = senses.filter((sense) => !sense.blocks);
  if (naming.length === 0 || !naming.every((sense) => sense.exact !== undefined)) return { key };
  return { key, exact: [...new Set(naming.map((sense) => sense.exact as string))] };
}

function lastWord(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}

const GERMAN_SPEAKING = new Set(['DE', 'AT', 'CH', 'LI']);

/** A jurisdiction's code, as opposed to INT (international bodies) and EU (the Union's own institutions). */
const NATIONAL = /^(?!EU$)[A-Z]{2}$/;
const KOREAN_FULL_NAME = /^[가-힣]{3}$/u;
const GERMAN_CENTRAL_BANK_NOUNS = ['Zentralbank', 'Notenbank'];
const GERMAN_INDEFINITE_DETERMINERS = ['eine', 'einer', 'einen', 'keine', 'keiner', 'keinen', 'jede', 'jeder', 'jeden'];
// A country's government as a body: "Government of Vietnam", "Federal Government of Nigeria" (not a canton's or a state's).
const GOVERNMENT_NAME = /^(?:Federal )?Government of (?!the Canton|the State)/;

function sameRules(a: AliasSense, b: AliasSense): boolean {
  return (
    a.exact === b.exact &&
    a.properNoun === b.properNoun &&
    a.needsFullName === b.needsFullName &&
    a.territory === b.territory &&
    a.inQuotes === b.inQuotes &&
    String(a.context) === String(b.context)
  );
}

/** Two entities may share an alias only when each sense says how the page tells them apart. */
function reportCollisions(senses: readonly SenseOrigin[], issues: DataIssue[]): void {
  for (let i = 0; i < senses.length; i++) {
    for (let j = i + 1; j < senses.length; j++) {
      const a = senses[i] as SenseOrigin;
      const b = senses[j] as SenseOrigin;
      if (a.sense.entity === b.sense.entity || a.sense.blocks || b.sense.blocks) continue;
      const caseSeparates = a.sense.exact !== undefined && b.sense.exact !== undefined && a.sense.exact !== b.sense.exact;
      if (caseSeparates) continue;
      // A generic word yields on a page about another country (resolveSense), so another country's gated sense may share it.
      const disambiguated = (s: AliasSense): boolean => s.context !== undefined || s.needsFullName === true || s.generic === true;
      if (disambiguated(a.sense) && disambiguated(b.sense)) continue;
      issues.push({
        file: b.file,
        path: b.path,
        message: `alias "${b.text}" of "${b.sense.entity}" collides with alias "${a.text}" of "${a.sense.entity}" (${a.file} at ${a.path}) without a disambiguation rule: give both senses context words`,
      });
    }
  }
}

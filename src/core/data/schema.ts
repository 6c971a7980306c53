// The shape of the human-edited database sources under assets/data/. This file is the single definition of the
// reference data: build.mjs validates every file against it, and the types below are inferred from it.
// Field names follow FollowTheMoney / OpenSanctions where one fits (name, alias, country, wikidataId, sourceUrl).
import { z } from 'zod';
import { isKnownJurisdiction } from '../jurisdictions.js';


/** ISO 8601 calendar date at day, month or year precision ("2022-11-11", "2022-11", "2022"), checked for real days. */
export const IsoDate = z.string().refine((value) => {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  const lastDay = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return d >= 1 && d <= lastDay;
}, 'not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)');

export const EntityId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase slugs: a-z, 0-9 and single dashes');

const Jurisdiction = z.string().refine(isKnownJurisdiction, 'unknown jurisdiction: use ISO 3166-1 alpha-2, "EU" or "INT"');

/** A page we read and cite. */
export const WebSource = z.strictObject({
  url: z.url({ protocol: /^https?$/ }), // the address the statement can be checked at
  title: z.string().min(1), // the page's title as published
  publisher: z.string().min(1), // the site or organisation behind it
  published: IsoDate.optional(), // when the page was published, if it says
  retrievedAt: IsoDate, // when we checked that the page supports the statement
  tier: z.enum(['official', 'major-news', 'reference', 'secondary']).optional(), // official: the body's own site, official journal or register; major-news: wire and major outlets; reference: encyclopaedias and databases; secondary: everything else
});

/** A statement sourced to one of our coverage records (used for the seed articles, which have no stored URL). */
export const CoverageSource = z.strictObject({
  coverage: EntityId, // the id of a coverage record in this database
});

/**
 * A record of a pinned open dataset (../shared/opendata, checked against assets/opendata.lock.json), cited at the
 * commit the copy was taken from: the permalink shows the file exactly as it was imported.
 */
export const DatasetSource = z.strictObject({
  dataset: z.string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'a dataset is a GitHub repository: "owner/name"'),
  commit: z.string().regex(/^[0-9a-f]{40}$/, 'a commit is 40 hexadecimal digits'),
  path: z.string().min(1), // the file inside the repository
  key: z.string().min(1), // the record's key in that file (a bioguide id, a Wikidata statement id, a row's own key)
  url: z.url({ protocol: /^https$/ }), // https://github.com/<dataset>/blob/<commit>/<path>
  published: IsoDate.optional(), // the commit's date: the dataset was true as of then
  tier: z.literal('reference'),
}).refine((s) => s.url === `https://github.com/${s.dataset}/blob/${s.commit}/${s.path}`, 'the url must be the permalink https://github.com/<dataset>/blob/<commit>/<path>');

export const Source = z.union([WebSource, CoverageSource, DatasetSource]);

/** One way a story may name an entity, with the rules that keep the match precise. */
export const Alias = z.strictObject({
  text: z.string().trim().min(1), // as written; the matcher folds case (unless caseSensitive) and diacritics
  caseSensitive: z.boolean().optional(), // "SEC" must not match "sec."
  needsFullName: z.boolean().optional(), // a surname alone counts only after the full name appeared on the page
  context: z
    .strictObject({
      any: z.array(z.string().trim().min(1)).min(1), // the alias counts only when one of these appears on the page
    })
    .optional(),
  notIn: z.array(z.string().trim().min(1)).min(1).optional(), // longer phrases in which it names something else ("Albuquerque, New Mexico")
  // The language's everyday word for a kind of body every country has ("財務省", "Adalet Bakanlığı", "Congress"): it
  // names this entity, except on a page about another country, where it names that country's body.
  generic: z.boolean().optional(),
});

/** A post an official held, dated so that a story from any year shows who held it then. */
export const Role = z.strictObject({
  post: z.string().min(1), // e.g. "Prosecutor General of Russia"
  body: EntityId.optional(), // the agency the post belongs to, when it is in the database
  start: IsoDate.optional(),
  end: IsoDate.optional(), // absent: still held as of the sources
  sources: z.array(Source).min(1),
  // Known held on this date only, shown "as of", never "current": an imported dataset's snapshot date, or (set by the
  // build, never by hand) the date of the newest source of an open role when it is over 12 months old.
  asOf: IsoDate.optional(),
  // Set by the build, never by hand: an open role none of whose sources gives a date (undated news stories only), so
  // nothing says it still holds; the card says the sources are undated instead of showing it as current.
  undated: z.literal(true).optional(),
});

export const Fact = z
  .strictObject({
    statement: z.string().min(1), // our own words
    date: IsoDate.optional(), // when it happened
    asOf: IsoDate.optional(), // or: the date a state of affairs was true
    sources: z.array(Source).min(1),
  })
  .refine((fact) => fact.date !== undefined || fact.asOf !== undefined, 'a fact needs a "date" or an "asOf" date');

export const RelationType = z.enum(['heads', 'memberOf', 'partOf', 'enactedBy', 'regulates', 'administers']);

export const Relation = z.strictObject({
  type: RelationType,
  target: EntityId,
});

export const EntityType = z.enum(['official', 'agency', 'regulation']);

export const Entity = z.strictObject({
  id: EntityId, // stable slug, used in data-entity-id on the page
  type: EntityType,
  name: z.string().min(1), // English name
  nativeName: z.string().min(1).optional(), // in the native script or language, when not English
  country: Jurisdiction, // ISO 3166-1 alpha-2, "EU" or "INT"
  wikidataId: z.string().regex(/^Q\d+$/, 'a Wikidata id looks like Q123').optional(),
  aliases: z.array(Alias).default([]), // besides name and nativeName, which are always matched
  // A union whose name also names the area it covers ("in the EU", "dans la CEMAC", "EU-Recht"): there it is a place.
  namesTerritory: z.literal(true).optional(),
  // A body that stories put in quotes as often as not («Роскомнадзор», «Росфинмониторинг»): its names count inside
  // «» too, where by default a body's name is a company's or a publication's («Минфин» the news site, «Сбер»).
  namedInQuotes: z.literal(true).optional(),
  // What the entity is when it is none of the three kinds a page highlights (a currency, a free zone, a forum of
  // countries, a published list, a state-owned company): kept for the cards and relations that name it, never
  // highlighted. Its names still cover the text, so that "digital euro" does not highlight the "euro" of some other
  // name inside it.
  notHighlighted: z.enum(['currency', 'zone', 'forum', 'list', 'company']).optional(),
  summary: z.string().min(1), // our own words
  roles: z.array(Role).default([]),
  facts: z.array(Fact).default([]),
  relations: z.array(Relation).default([]),
  imported: z.string().min(1).optional(), // set by the build on entities generated from an open dataset (its repository); never written by hand
});

/** A claim an article makes, located by position so that no third-party sentence is stored. */
export const Claim = z.strictObject({
  paragraph: z.number().int().min(1).optional(),
  sentence: z.number().int().min(1).optional(),
  summary: z.string().min(1), // our own words
});

/** A real article that mentions entities of the database: metadata and our own one-line summary only. */
export const Coverage = z.strictObject({
  id: EntityId,
  title: z.string().min(1),
  outlet: z.string().min(1),
  author: z.string().min(1).optional(),
  date: IsoDate.optional(), // the publication date shown on the page; never inferred from the events it reports
  undated: z.string().trim().min(1).optional(), // why no date can be given (required exactly when date is absent)
  url: z.url({ protocol: /^https?$/ }).optional(),
  summary: z.string().min(1),
  entities: z.array(EntityId).min(1),
  claims: z.array(Claim).default([]),
  retrievedAt: IsoDate.optional(),
  language: z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code such as "en"').optional(), // the article's language
});

// Machine-checkable statements (issue 10), in Wikidata's model: subject, property, value, interval, qualifiers,
// sources. The vocabulary of properties is itself data (assets/data/properties.json).

/** The kinds of value a property takes. */
export const ValueKind = z.enum(['quantity', 'date', 'entity', 'place', 'string']);

/** How a claimed value is compared with the database's: data, so that a rule is changed without code. */
export const Tolerance = z.strictObject({
  relative: z.number().min(0).max(1).default(0), // a plain number must be within this fraction (0: exact)
  approximate: z.number().min(0).max(1).default(0.1), // "about", "nearly", "some": within this fraction
  staleAfterDays: z.number().int().positive().optional(), // a value older than this cannot contradict a later story
});

export const Property = z.strictObject({
  id: z.string().regex(/^[a-z][a-zA-Z]+$/, 'property ids are lowerCamelCase'), // e.g. "memberCount"
  label: z.string().min(1), // how the panel names it
  valueKind: ValueKind,
  unit: z.string().min(1).optional(), // for quantities whose unit is implied ("member"); money carries its own
  subjectTypes: z.array(z.enum(['official', 'agency', 'regulation'])).min(1), // what it can be said of: a sentence naming only other kinds is no claim of it
  tolerance: Tolerance.default({ relative: 0, approximate: 0.1 }),
  cues: z.record(z.string().regex(/^[a-z]{2}$/), z.array(z.string().min(1)).min(1)), // words (per language) that make a sentence a claim of this property
  note: z.string().min(1).optional(), // why the rule is what it is
});

export const StatementValue = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('quantity'), amount: z.number(), unit: z.string().min(1) }), // unit: "member", "firm", "USD", "EUR"…
  z.strictObject({ kind: z.literal('date'), date: IsoDate }),
  z.strictObject({ kind: z.literal('entity'), entity: EntityId }),
  z.strictObject({ kind: z.literal('place'), name: z.string().min(1), names: z.array(z.string().min(1)).default([]) }), // names: other ways stories write it ("Turkey's capital", "Анкаре")
  z.strictObject({ kind: z.literal('string'), text: z.string().min(1) }),
]);

export const Statement = z
  .strictObject({
    id: EntityId, // stable slug, cited by verdicts
    subject: EntityId, // the entity the statement is about
    property: z.string().min(1), // an id from the properties vocabulary
    value: StatementValue,
    start: IsoDate.optional(), // holds from
    end: IsoDate.optional(), // holds until
    asOf: IsoDate.optional(), // or: known to hold on this date
    qualifiers: z
      .strictObject({
        approximate: z.boolean().optional(), // the source gives a round figure ("about $4.3 billion")
        lowerBound: z.boolean().optional(), // the source says "more than"
        part: z.string().min(1).optional(), // which part of the subject it concerns ("Titles III and IV")
        party: z.string().min(1).optional(), // the other party, e.g. the firm a fine was imposed on
      })
      .default({}),
    rank: z.enum(['preferred', 'normal', 'deprecated']).default('normal'), // Wikidata's rank: deprecated = a value some sources give that better sources contradict
    note: z.string().min(1).optional(), // our words: why the rank, what the sources disagree on
    sources: z.array(Source).min(1),
  })
  .refine((s) => s.start === undefined || s.end === undefined || s.start <= s.end, 'a statement ends before it starts');

export const DataFile = z.strictObject({
  $schema: z.string().optional(),
  file: z.string().min(1), // the file's own name, without .json
  entities: z.array(Entity).default([]),
  coverage: z.array(Coverage).default([]),
  properties: z.array(Property).default([]), // the statement vocabulary (assets/data/properties.json)
  statements: z.array(Statement).default([]),
});

export type IsoDate = z.infer<typeof IsoDate>;
export type WebSource = z.infer<typeof WebSource>;
export type Source = z.infer<typeof Source>;
export type DatasetSource = z.infer<typeof DatasetSource>;
export type Alias = z.infer<typeof Alias>;
export type Role = z.infer<typeof Role>;
export type Fact = z.infer<typeof Fact>;
export type Relation = z.infer<typeof Relation>;
export type EntityType = z.infer<typeof EntityType>;
export type Entity = z.infer<typeof Entity>;
export type Coverage = z.infer<typeof Coverage>;
export type DataFile = z.infer<typeof DataFile>;
export type ValueKind = z.infer<typeof ValueKind>;
export type Tolerance = z.infer<typeof Tolerance>;
export type Property = z.infer<typeof Property>;
export type StatementValue = z.infer<typeof StatementValue>;
export type Statement = z.infer<typeof Statement>;

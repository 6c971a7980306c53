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

export const Source = z.union([WebSource, CoverageSource]);

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
});

/** A post an official held, dated so that a story from any year shows who held it then. */
export const Role = z.strictObject({
  post: z.string().min(1), // e.g. "Prosecutor General of Russia"
  body: EntityId.optional(), // the agency the post belongs to, when it is in the database
  start: IsoDate.optional(),
  end: IsoDate.optional(), // absent: still held as of the sources
  sources: z.array(Source).min(1),
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
  summary: z.string().min(1), // our own words
  roles: z.array(Role).default([]),
  facts: z.array(Fact).default([]),
  relations: z.array(Relation).default([]),
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
  date: IsoDate.optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  summary: z.string().min(1),
  entities: z.array(EntityId).min(1),
  claims: z.array(Claim).default([]),
  retrievedAt: IsoDate.optional(),
});

export const DataFile = z.strictObject({
  $schema: z.string().optional(),
  file: z.string().min(1), // the file's own name, without .json
  entities: z.array(Entity).default([]),
  coverage: z.array(Coverage).default([]),
});

export type IsoDate = z.infer<typeof IsoDate>;
export type WebSource = z.infer<typeof WebSource>;
export type Source = z.infer<typeof Source>;
export type Alias = z.infer<typeof Alias>;
export type Role = z.infer<typeof Role>;
export type Fact = z.infer<typeof Fact>;
export type Relation = z.infer<typeof Relation>;
export type EntityType = z.infer<typeof EntityType>;
export type Entity = z.infer<typeof Entity>;
export type Coverage = z.infer<typeof Coverage>;
export type DataFile = z.infer<typeof DataFile>;

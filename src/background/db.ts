// The extension's database. Reference tables are replaced wholesale by each dataset version; user tables are the
// user's and are never touched by a reseed.
import Dexie, { type Table } from 'dexie';
import type { Annotation } from '../core/annotations/model.js';
import type { AnnotationDraft } from '../core/annotations/edit.js';
import type { Coverage, Entity } from '../core/types.js';

export const DATABASE_NAME = 'policy-lens';

/**
 * Reference-data metadata: which dataset version is loaded. Read on every wake of the background, so it stays
 * small. Earlier builds kept the alias index in it too; such a record is reseeded (startup.ts).
 */
export interface DatasetMeta {
  key: 'dataset';
  version: string;
  seededAt: string;
  /** How long the seeding transaction took, in milliseconds. */
  seedMs: number;
}

/** The user's choice for one site. */
export interface SiteSetting {
  host: string;
  enabled: boolean;
  updatedAt: string;
}

/** One of the user's settings (annotation author, rating scale), by name; validated where it is read. */
export interface UserSetting {
  key: string;
  value: unknown;
  updatedAt: string;
}

/** A selection waiting for the side panel to open on its tab (context menu, keyboard shortcut, card button). */
export interface StoredDraft {
  tabId: number;
  draft: AnnotationDraft;
  createdAt: string;
}

/** The reference tables a reseed replaces; every other table is the user's. */
export const REFERENCE_TABLES = ['entities', 'coverage', 'meta'] as const;

export class PolicyLensDatabase extends Dexie {
  // Reference tables.
  entities!: Table<Entity, string>;
  coverage!: Table<Coverage, string>;
  meta!: Table<DatasetMeta, string>;
  // User tables.
  siteSettings!: Table<SiteSetting, string>;
  annotations!: Table<Annotation, string>;
  settings!: Table<UserSetting, string>;
  drafts!: Table<StoredDraft, number>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      entities: 'id, type, country',
      coverage: 'id, *entities, date',
      meta: 'key',
      siteSettings: 'host',
    });
    // Version 2 adds the fact-checkers' tables (issue 9); version 1's tables and rows are kept as they are.
    this.version(2).stores({
      annotations: 'id, page.url, *tags, *entities, verdict.label, created, modified',
      settings: 'key',
      drafts: 'tabId',
    });
    // Version 3 indexes the claim a verdict rates (issue 10), so a claim rated before is found by its (entity,
    // property, value) in one lookup; annotations without a claim are simply not in that index. Nothing to migrate.
    this.version(3).stores({
      annotations: 'id, page.url, *tags, *entities, verdict.label, created, modified, [claim.entity+claim.property+claim.value]',
    });
    // Version 4 drops the entity indexes on type and country: nothing looks entities up by them, and every install and
    // data update paid for writing them, one entry per entity each. The rows are untouched.
    this.version(4).stores({ entities: 'id' });
  }
}

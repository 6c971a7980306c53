// The extension's database. Reference tables are replaced wholesale by each dataset version; user tables are the
// user's and are never touched by a reseed.
import Dexie, { type Table } from 'dexie';
import type { AliasIndex, Coverage, Entity } from '../core/types.js';

export const DATABASE_NAME = 'policy-lens';

/** Reference-data metadata: which dataset version is loaded, and the alias index compiled with it. */
export interface DatasetMeta {
  key: 'dataset';
  version: string;
  aliasIndex: AliasIndex;
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

export class PolicyLensDatabase extends Dexie {
  // Reference tables.
  entities!: Table<Entity, string>;
  coverage!: Table<Coverage, string>;
  meta!: Table<DatasetMeta, string>;
  // User tables.
  siteSettings!: Table<SiteSetting, string>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      entities: 'id, type, country',
      coverage: 'id, *entities, date',
      meta: 'key',
      siteSettings: 'host',
    });
  }
}

// Loads a dataset version into the reference tables, in one transaction, only when the version changed. The alias
// index is not stored: it ships as its own file (see SeededReferenceData).
import type { SeededReferenceData } from '../core/types.js';
import type { DatasetMeta, PolicyLensDatabase } from './db.js';

export type SeedOutcome = 'seeded' | 'current';

/**
 * Whether the stored dataset is this version, in this build's layout: a record of an earlier build that still holds
 * the alias index is seeded again, so no wake reads it.
 */
export function isCurrentDataset(meta: DatasetMeta | undefined, version: string): boolean {
  return meta?.version === version && !('aliasIndex' in meta);
}

export async function seedReferenceData(db: PolicyLensDatabase, data: SeededReferenceData, now = new Date()): Promise<SeedOutcome> {
  if (isCurrentDataset(await db.meta.get('dataset'), data.version)) return 'current';
  const started = performance.now();
  await db.transaction('rw', db.entities, db.coverage, db.meta, async () => {
    await Promise.all([db.entities.clear(), db.coverage.clear()]);
    await db.entities.bulkAdd(data.entities);
    await db.coverage.bulkAdd(data.coverage);
    await db.meta.put({ key: 'dataset', version: data.version, seededAt: now.toISOString(), seedMs: 0 });
  });
  // Only a timing: the dataset is already whole, so a failure here (a full disk) must not fail the start.
  await db.meta.update('dataset', { seedMs: performance.now() - started }).catch(() => {});
  return 'seeded';
}

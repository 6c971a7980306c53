// Loads a dataset version into the reference tables, in one transaction, only when the version changed. The alias
// index is not stored: it ships as its own file (see SeededReferenceData).
import type { SeededReferenceData } from '../core/types.js';
import type { PolicyLensDatabase } from './db.js';

export type SeedOutcome = 'seeded' | 'current';

/** `force` seeds even when the stored version is the same (a record in an earlier build's layout). */
export async function seedReferenceData(db: PolicyLensDatabase, data: SeededReferenceData, now = new Date(), { force = false } = {}): Promise<SeedOutcome> {
  const current = await db.meta.get('dataset');
  if (current?.version === data.version && !force) return 'current';
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

// Opening the database at start, and coming back from a failure. Nothing here ever deletes the database or a user
// table: a start that fails (the database cannot be opened, the disk is full, the worker is stopped while seeding)
// leaves everything as it was, answers with a clear error, and the next request tries again. Seeding is one
// transaction, so an interrupted or refused seed leaves the previous dataset whole (IndexedDB aborts all of it).
import type { SeededReferenceData } from '../core/types.js';
import type { PolicyLensDatabase } from './db.js';
import { isCurrentDataset, seedReferenceData } from './seed.js';

export interface Opened {
  db: PolicyLensDatabase;
}

export interface StartupDeps {
  makeDatabase: () => PolicyLensDatabase;
  /** The version of the bundled dataset this build was made with. */
  datasetVersion: string;
  /** Reads the bundled dataset (only when the stored version differs). */
  loadBundledData: () => Promise<SeededReferenceData>;
}

/** Opens the database, seeding it if needed. */
export async function openReferenceData({ makeDatabase, datasetVersion, loadBundledData }: StartupDeps): Promise<Opened> {
  const db = makeDatabase();
  try {
    await db.open();
    if (isCurrentDataset(await db.meta.get('dataset'), datasetVersion)) return { db };
    const data = await loadBundledData();
    await seedReferenceData(db, data);
    return { db };
  } catch (error) {
    db.close(); // the next attempt opens a fresh connection
    throw new Error(`the database could not be prepared (${describe(error)}); nothing was deleted, and it will be tried again`, { cause: error });
  }
}

/**
 * Opens the database for the user's own data (annotations, their settings, backups), which never waits for the
 * reference data: seeding a new dataset after an install or an update takes seconds, and the reader's notes must not.
 * A connection of its own, so that a seed that fails and closes its connection leaves this one working.
 */
export async function openUserData(makeDatabase: () => PolicyLensDatabase): Promise<PolicyLensDatabase> {
  const db = makeDatabase();
  try {
    await db.open();
    return db;
  } catch (error) {
    db.close();
    throw new Error(`the database could not be opened (${describe(error)}); nothing was deleted, and it will be tried again`, { cause: error });
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.replace(/\s+/g, ' ');
  return String(error);
}

/**
 * A value made on first use and remade after a failure: each caller after a failure (no sooner than `retryAfterMs`)
 * starts a new attempt, so a background that could not open its database at start recovers without a restart.
 */
export function retrying<T>(make: () => Promise<T>, retryAfterMs: number, now: () => number = Date.now): () => Promise<T> {
  let current: Promise<T> | undefined;
  let failedAt = -Infinity;
  return () => {
    if (current && !(failedAt > -Infinity && now() - failedAt >= retryAfterMs)) return current;
    failedAt = -Infinity;
    const attempt = make();
    current = attempt;
    attempt.catch(() => {
      if (current === attempt) failedAt = now();
    });
    return attempt;
  };
}

// Reads the pinned open datasets for the build: checks every file's sha256 against assets/opendata.lock.json and
// returns their text, or says plainly that the folder is absent. `npm run opendata:lock` (scripts/opendata-lock.ts)
// writes the lock from ../shared/opendata/MANIFEST.json.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PinnedDataset } from '../src/core/data/import/dataset.js';
import { Lock, formatMismatches, lockMismatches } from '../src/core/data/import/lock.js';

export type OpenDataRead = { status: 'absent'; message: string } | { status: 'ok'; datasets: PinnedDataset[] };

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function exists(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

export async function readLock(lockPath: string): Promise<Lock> {
  const parsed = Lock.safeParse(JSON.parse(await readFile(lockPath, 'utf8')));
  if (!parsed.success) throw new Error(`${lockPath}: not a valid lock file: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** Reads every locked file under `dir`; throws with each mismatching or missing file when one differs from the lock. */
export async function readOpenData(dir: string, lockPath: string): Promise<OpenDataRead> {
  const lock = await readLock(lockPath);
  if (!(await exists(dir))) {
    return {
      status: 'absent',
      message: `Open data: ${dir} is absent, so this build has none of the ${lock.datasets.length} imported datasets (only the hand-edited database).`,
    };
  }
  const hashes = new Map<string, string | undefined>();
  const texts = new Map<string, string>();
  for (const dataset of lock.datasets) {
    for (const file of dataset.files) {
      const key = `${dataset.folder}/${file.path}`;
      const bytes = await readFile(path.join(dir, dataset.folder, file.path)).catch(() => undefined);
      hashes.set(key, bytes ? sha256(bytes) : undefined);
      if (bytes) texts.set(key, new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
  }
  const mismatches = lockMismatches(lock, hashes);
  if (mismatches.length > 0) throw new Error(formatMismatches(mismatches, path.basename(lockPath)));
  return {
    status: 'ok',
    datasets: lock.datasets.map((d) => ({
      repo: d.repo,
      commit: d.commit,
      committed: d.committed,
      files: new Map(d.files.map((f) => [f.path, texts.get(`${d.folder}/${f.path}`) as string])),
    })),
  };
}

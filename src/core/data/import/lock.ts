// The lock file (assets/opendata.lock.json): which open datasets the build imports, each file's sha256 as pinned.
// The build refuses to import anything whose bytes differ from the lock, so a changed copy can never slip in.
import { z } from 'zod';

export const LockFile = z.strictObject({
  path: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const LockedDataset = z.strictObject({
  repo: z.string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  committed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), // the commit's date
  folder: z.string().min(1), // its folder under ../shared/opendata
  licence: z.string().min(1),
  files: z.array(LockFile).min(1),
});

export const Lock = z.strictObject({
  about: z.string(),
  datasets: z.array(LockedDataset).min(1),
});

export type Lock = z.infer<typeof Lock>;
export type LockedDataset = z.infer<typeof LockedDataset>;

/** One file whose bytes do not match the lock, or that is missing. */
export interface LockMismatch {
  file: string; // folder/path under the open-data folder
  expected: string;
  actual: string | undefined; // undefined: the file is missing
}

/** Compares the sha256 of each locked file (as computed by the caller, keyed "folder/path") with the lock. */
export function lockMismatches(lock: Lock, actual: ReadonlyMap<string, string | undefined>): LockMismatch[] {
  const out: LockMismatch[] = [];
  for (const dataset of lock.datasets) {
    for (const file of dataset.files) {
      const key = `${dataset.folder}/${file.path}`;
      const sha = actual.get(key);
      if (sha !== file.sha256) out.push({ file: key, expected: file.sha256, actual: sha });
    }
  }
  return out;
}

export function formatMismatches(mismatches: readonly LockMismatch[], lockName: string): string {
  const lines = mismatches.map((m) =>
    m.actual === undefined ? `  ${m.file}: missing (the lock expects sha256 ${m.expected})` : `  ${m.file}: sha256 ${m.actual}, but the lock says ${m.expected}`,
  );
  return [
    `The open datasets do not match ${lockName}; refusing to import them:`,
    ...lines,
    `If the copies were re-pinned on purpose, review the change and run \`npm run opendata:lock\` to update the lock.`,
  ].join('\n');
}

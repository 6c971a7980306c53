// Backing up and restoring all user data (annotations, settings, site switches) as one file, with
// dexie-export-import. The reference tables are left out: every build brings its own. A restore is checked row by
// row before anything is written, and merges (a row with the same key is replaced, rows made since the backup are
// kept), so restoring can never lose an annotation.
import { exportDB, importInto } from 'dexie-export-import';
import * as z from 'zod';
import { Annotation, describeIssue } from '../core/annotations/model.js';
import { ProblemError, SCHEMA_MESSAGES, problemFromZod } from '../core/annotations/problem.js';
import type { BackupApi, Handlers } from '../messages.js';
import { REFERENCE_TABLES, type PolicyLensDatabase } from './db.js';

/** Tables a backup leaves out: the reference data, and drafts (selections waiting a few seconds for the panel). */
const NOT_BACKED_UP = [...REFERENCE_TABLES, 'drafts'];

const rowSchemas: Record<string, z.ZodTypeAny> = {
  annotations: Annotation,
  settings: z.object({ key: z.string().min(1).max(200), value: z.unknown(), updatedAt: z.string() }),
  siteSettings: z.object({ host: z.string().min(1).max(253), enabled: z.boolean(), updatedAt: z.string() }),
};

const BackupFile = z.object({
  formatName: z.literal('dexie', { message: SCHEMA_MESSAGES.notBackup }),
  formatVersion: z.number(),
  data: z.object({
    databaseName: z.string(),
    databaseVersion: z.number(),
    tables: z.array(z.object({ name: z.string(), schema: z.string(), rowCount: z.number() })),
    data: z.array(z.object({ tableName: z.string(), inbound: z.boolean(), rows: z.array(z.unknown()) })),
  }),
});

/** Checks a backup's text; returns the number of rows per user table, or throws saying what and where. */
export function checkBackup(text: string): Record<string, number> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ProblemError({ kind: 'backupNotJson', where: '', values: [reason] }, `the backup is not JSON: ${reason}`);
  }
  const parsed = BackupFile.safeParse(json);
  if (!parsed.success) throw new ProblemError(problemFromZod(parsed.error, 'backup'), describeIssue(parsed.error, 'backup'));
  const counts: Record<string, number> = {};
  for (const [t, table] of parsed.data.data.data.entries()) {
    if (NOT_BACKED_UP.includes(table.tableName)) continue;
    const schema = rowSchemas[table.tableName];
    if (!schema) continue; // a table from a later version: left alone (acceptMissingTables)
    for (const [r, row] of table.rows.entries()) {
      const checked = schema.safeParse(row);
      const where = `backup.data.data[${t}] (${table.tableName}) row ${r}`;
      if (!checked.success) throw new ProblemError(problemFromZod(checked.error, where), describeIssue(checked.error, where));
    }
    counts[table.tableName] = table.rows.length;
  }
  return counts;
}

export function createBackupHandlers(db: PolicyLensDatabase, now: () => Date = () => new Date()): Handlers<BackupApi> {
  return {
    async backupAll() {
      const blob = await exportDB(db, { skipTables: NOT_BACKED_UP });
      const text = await blob.text();
      const count = await db.annotations.count();
      return { filename: `policy-lens-backup-${now().toISOString().slice(0, 10)}.json`, mimeType: 'application/json', text, count };
    },

    async restoreBackup({ text }) {
      if (typeof text !== 'string') throw new ProblemError({ kind: 'notText', where: '', values: [] }, 'the backup must be text');
      const counts = checkBackup(text);
      await importInto(db, new Blob([text], { type: 'application/json' }), {
        acceptNameDiff: true,
        acceptVersionDiff: true,
        acceptMissingTables: true,
        overwriteValues: true,
        skipTables: NOT_BACKED_UP,
      });
      return { annotations: counts.annotations ?? 0, settings: counts.settings ?? 0, siteSettings: counts.siteSettings ?? 0 };
    },
  };
}

// Every message the background accepts is checked against a schema before any handler sees it: the shape, the types
// and the sizes. A message from one of our own pages or content scripts should always pass; one that does not gets
// an error reply that says what is wrong and where, and nothing runs. (A content script runs inside a page that may
// be hostile, and a compromised renderer can send anything in the extension's name.)
import { z } from 'zod';
import type { BackgroundApi, Params } from '../messages.js';

/** The most text one batch may carry (the scanner sends ~128 K characters per batch, a single run at most 1 M). */
export const MAX_BATCH_CHARS = 4 * 1024 * 1024;
/** The most runs of text one batch may carry. */
export const MAX_BATCH_TEXTS = 100_000;
export const MAX_NAME_LENGTH = 64;

const host = z.string().min(1, 'a host name is required').max(253, 'a host name has at most 253 characters');
const texts = z
  .array(z.string().max(MAX_BATCH_CHARS), 'texts must be an array of strings')
  .max(MAX_BATCH_TEXTS, `a batch may hold at most ${MAX_BATCH_TEXTS} texts`)
  .refine((list) => list.reduce((total, text) => total + text.length, 0) <= MAX_BATCH_CHARS, `a batch of text may hold at most ${MAX_BATCH_CHARS} characters`);
const entityId = z
  .string()
  .max(200, 'an entity id has at most 200 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an entity id is a lowercase slug');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');

type Schemas = { [K in keyof BackgroundApi]: z.ZodType<Params<BackgroundApi, K>> };

/** One schema per message; a message added to BackgroundApi without one does not compile. */
export const requestSchemas: Schemas = {
  getPageSetup: z.strictObject({ host }),
  mayName: z.strictObject({ texts }),
  findCandidates: z.strictObject({ texts }),
  getCard: z.strictObject({ id: entityId, storyDate: isoDate.optional() }),
  getDatasetInfo: z.strictObject({}),
  getSiteEnabled: z.strictObject({ host }),
  setSiteEnabled: z.strictObject({ host, enabled: z.boolean('enabled must be true or false') }),
};

const envelope = z.object({
  name: z.string().max(MAX_NAME_LENGTH, 'a message name has at most 64 characters'),
  params: z.unknown(),
});

export type CheckedRequest = { ok: true; name: keyof BackgroundApi; params: unknown } | { ok: false; error: string };

function describe(error: z.ZodError, name: string): string {
  const issue = error.issues[0];
  if (!issue) return `${name}: invalid`;
  const where = issue.path.length > 0 ? `params.${issue.path.join('.')}` : 'params';
  return `${name}: ${where}: ${issue.message}`;
}

/** Checks a message before dispatch: a known name, and params that match its schema. */
export function checkRequest(message: unknown): CheckedRequest {
  const outer = envelope.safeParse(message);
  if (!outer.success) return { ok: false, error: 'a message is { name, params }' };
  const { name, params } = outer.data;
  if (!Object.prototype.hasOwnProperty.call(requestSchemas, name)) return { ok: false, error: `unknown message ${name}` };
  const known = name as keyof BackgroundApi;
  const checked = requestSchemas[known].safeParse(params);
  if (!checked.success) return { ok: false, error: describe(checked.error, known) };
  return { ok: true, name: known, params: checked.data };
}

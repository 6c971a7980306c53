// Every message the background accepts is checked against a schema before any handler sees it: the shape, the types
// and the sizes. A message from one of our own pages or content scripts should always pass; one that does not gets
// an error reply that says what is wrong and where, and nothing runs. (A content script runs inside a page that may
// be hostile, and a compromised renderer can send anything in the extension's name.)
import * as z from 'zod';
import { AnnotationDraft, AnnotationChanges } from '../core/annotations/edit.js';
import { Annotation, AnnotationSettings, ClaimRef, MAX_TEXT } from '../core/annotations/model.js';
import type { BackgroundApi, Params, UserDataApi } from '../messages.js';

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

/** Every message the background answers: the reference data's and the user's own (annotations, backups). */
type AcceptedApi = BackgroundApi & UserDataApi;
type Schemas = { [K in keyof AcceptedApi]: z.ZodType<Params<AcceptedApi, K>> };

/** The largest file an import or a restore may carry. */
export const MAX_FILE_CHARS = 64 * 1024 * 1024;
const annotationId = z.string().min(1).max(200);
const ids = z.array(annotationId).max(100_000).optional();
const url = z.string().max(8192);
const fileText = z.string().max(MAX_FILE_CHARS, `a file may hold at most ${MAX_FILE_CHARS} characters`);
// A page's blocks for claim checking (issue 10): paragraphs with the highlights in them.
const claimBlocks = z
  .array(
    z.strictObject({
      text: z.string().max(64 * 1024),
      mentions: z.array(z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(0), entity: z.string().max(200) })).max(10_000),
    }),
  )
  .max(20_000);

/** One schema per message; a message added to BackgroundApi without one does not compile. */
export const requestSchemas: Schemas = {
  getPageSetup: z.strictObject({ host }),
  mayName: z.strictObject({ texts }),
  findCandidates: z.strictObject({ texts }),
  getCard: z.strictObject({ id: entityId, storyDate: isoDate.optional() }),
  getDatasetInfo: z.strictObject({}),
  getSiteEnabled: z.strictObject({ host }),
  setSiteEnabled: z.strictObject({ host, enabled: z.boolean('enabled must be true or false') }),
  getEntityPage: z.strictObject({ id: entityId }),
  openEntityPage: z.strictObject({ id: entityId }),
  getLocaleMessages: z.strictObject({ language: z.string().regex(/^[a-z]{2}(?:-[A-Za-z]{2,4})?$/, 'a language is a code such as "en" or "ja"') }),
  checkClaims: z.strictObject({ blocks: claimBlocks, storyDate: isoDate.optional() }),
  getAnnotationSettings: z.strictObject({}),
  setAnnotationSettings: z.strictObject({ settings: AnnotationSettings }),
  createAnnotation: z.strictObject({ draft: AnnotationDraft, changes: AnnotationChanges }),
  updateAnnotation: z.strictObject({ id: annotationId, changes: AnnotationChanges }),
  deleteAnnotation: z.strictObject({ id: annotationId }),
  restoreAnnotation: z.strictObject({ annotation: Annotation }),
  listAnnotations: z.strictObject({ url: url.optional() }),
  listPlacementTargets: z.strictObject({ url }),
  exportAnnotations: z.strictObject({ format: z.enum(['w3c', 'claimreview', 'csv', 'markdown', 'hypothesis']), ids }),
  checkClaimReviewReadiness: z.strictObject({ ids }),
  importAnnotations: z.strictObject({ text: fileText }),
  takeDraft: z.strictObject({ tabId: z.number().int().min(0) }),
  findEntities: z.strictObject({ query: z.string().max(MAX_TEXT).optional(), ids: z.array(entityId).max(1000).optional() }),
  backupAll: z.strictObject({}),
  restoreBackup: z.strictObject({ text: fileText }),
  findRatedClaims: z.strictObject({ claims: z.array(ClaimRef).max(20_000) }),
};

const envelope = z.object({
  name: z.string().max(MAX_NAME_LENGTH, 'a message name has at most 64 characters'),
  params: z.unknown(),
});

export type CheckedRequest = { ok: true; name: keyof AcceptedApi; params: unknown } | { ok: false; error: string };

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
  const known = name as keyof AcceptedApi;
  const checked = requestSchemas[known].safeParse(params);
  if (!checked.success) return { ok: false, error: describe(checked.error, known) };
  return { ok: true, name: known, params: checked.data };
}

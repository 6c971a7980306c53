// The background's answers about annotations: saving, editing, deleting with undo, listing, exporting and importing,
// and the annotation settings. No browser API here, so it is tested in Node against fake-indexeddb. Every annotation
// that arrives is validated with the model's zod schema before it is written.
import type * as z from 'zod';
import { claimReviewReadiness, toClaimReviews } from '../core/annotations/claimreview.js';
import { toCsv } from '../core/annotations/csv.js';
import { AnnotationChanges, AnnotationDraft, applyChanges, newAnnotation } from '../core/annotations/edit.js';
import { toHypothesisExport } from '../core/annotations/hypothesis.js';
import { duplicateKey, parseAnnotationFile } from '../core/annotations/import.js';
import { toMarkdown } from '../core/annotations/markdown.js';
import { Annotation, AnnotationSettings, describeIssue } from '../core/annotations/model.js';
import { ProblemError, problemFromZod } from '../core/annotations/problem.js';
import { passageHash } from '../core/annotations/passage.js';
import { DEFAULT_RATING_SCALE } from '../core/annotations/rating-scale.js';
import { textFragmentUrl } from '../core/annotations/text-fragment.js';
import { toW3CCollection } from '../core/annotations/w3c.js';
import type { AnnotationApi, ExportFormat, ExportedFile, Handlers } from '../messages.js';
import type { PolicyLensDatabase } from './db.js';

const SETTINGS_KEY = 'annotationSettings';
export const DEFAULT_SETTINGS: AnnotationSettings = { author: '', scale: DEFAULT_RATING_SCALE };

/** Parses with a schema, or throws one sentence naming what is wrong and where. */
function check<T extends z.ZodTypeAny>(schema: T, value: unknown, where: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ProblemError(problemFromZod(parsed.error, where), describeIssue(parsed.error, where));
  return parsed.data;
}

function requireId(id: unknown): string {
  if (typeof id !== 'string' || id.length === 0 || id.length > 200) throw new Error('an annotation id is required');
  return id;
}

const FORMATS: Record<ExportFormat, { extension: string; mimeType: string }> = {
  w3c: { extension: 'jsonld', mimeType: 'application/ld+json' },
  claimreview: { extension: 'claimreview.jsonld', mimeType: 'application/ld+json' },
  csv: { extension: 'csv', mimeType: 'text/csv;charset=utf-8' },
  markdown: { extension: 'md', mimeType: 'text/markdown;charset=utf-8' },
  hypothesis: { extension: 'hypothesis.json', mimeType: 'application/json' },
};

export interface AnnotationHandlerOptions {
  now?: () => Date;
  newId?: () => string;
}

export function createAnnotationHandlers(db: PolicyLensDatabase, options: AnnotationHandlerOptions = {}): Handlers<AnnotationApi> {
  const now = () => (options.now?.() ?? new Date()).toISOString();
  const newId = options.newId ?? (() => crypto.randomUUID());

  const readSettings = async (): Promise<AnnotationSettings> => {
    const stored = await db.settings.get(SETTINGS_KEY);
    const parsed = AnnotationSettings.safeParse(stored?.value);
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  };

  const select = async (ids: unknown): Promise<Annotation[]> => {
    if (ids === undefined) return db.annotations.orderBy('created').toArray();
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) throw new Error('ids must be a list of annotation ids');
    const found = await db.annotations.bulkGet(ids);
    return found.filter((a): a is Annotation => a !== undefined);
  };

  return {
    getAnnotationSettings: readSettings,

    async setAnnotationSettings({ settings }) {
      const valid = check(AnnotationSettings, settings, 'settings');
      await db.settings.put({ key: SETTINGS_KEY, value: valid, updatedAt: now() });
      return valid;
    },

    async createAnnotation({ draft, changes }) {
      const validDraft = check(AnnotationDraft, draft, 'draft');
      const validChanges = check(AnnotationChanges, changes ?? {}, 'changes');
      const { author } = await readSettings();
      const at = now();
      const base = newAnnotation(validDraft, { id: newId(), now: at, contextHash: await passageHash(validDraft.context), ...(author ? { author } : {}) });
      const annotation = check(Annotation, applyChanges(base, validChanges, { now: at, ...(author ? { author } : {}) }), 'annotation');
      await db.annotations.add(annotation);
      return annotation;
    },

    async updateAnnotation({ id, changes }) {
      const validChanges = check(AnnotationChanges, changes, 'changes');
      const { author } = await readSettings();
      return db.transaction('rw', db.annotations, async () => {
        const current = await db.annotations.get(requireId(id));
        if (!current) throw new Error(`no annotation ${id}`);
        const next = check(Annotation, applyChanges(current, validChanges, { now: now(), ...(author ? { author } : {}) }), 'annotation');
        await db.annotations.put(next);
        return next;
      });
    },

    async deleteAnnotation({ id }) {
      return db.transaction('rw', db.annotations, async () => {
        const current = await db.annotations.get(requireId(id));
        if (current) await db.annotations.delete(current.id);
        return current ?? null;
      });
    },

    async restoreAnnotation({ annotation }) {
      const valid = check(Annotation, annotation, 'annotation');
      await db.annotations.put(valid);
      return valid;
    },

    async listAnnotations({ url }) {
      if (url === undefined) return db.annotations.orderBy('created').toArray();
      if (typeof url !== 'string') throw new Error('url must be a string');
      return db.annotations.where('page.url').equals(url.replace(/#.*$/, '')).sortBy('created');
    },

    async listPlacementTargets({ url }) {
      if (typeof url !== 'string') throw new Error('url must be a string');
      const annotations = await db.annotations.where('page.url').equals(url.replace(/#.*$/, '')).sortBy('created');
      return annotations.map(({ id, target }) => ({ id, quote: target.quote, ...(target.position ? { position: target.position } : {}) }));
    },

    async exportAnnotations({ format, ids }) {
      const spec = FORMATS[format];
      if (!spec) throw new Error(`unknown export format ${String(format)}`);
      const annotations = await select(ids);
      const generated = now();
      const { scale } = await readSettings();
      let text: string;
      let count = annotations.length;
      if (format === 'w3c') text = JSON.stringify(toW3CCollection(annotations, generated), null, 2);
      else if (format === 'claimreview') {
        const reviews = toClaimReviews(annotations, scale);
        count = reviews.length;
        text = JSON.stringify(reviews, null, 2);
      } else if (format === 'csv') text = toCsv(annotations);
      else if (format === 'markdown') text = toMarkdown(annotations, generated);
      else text = JSON.stringify(toHypothesisExport(annotations, generated), null, 2);
      const file: ExportedFile = { filename: `policy-lens-annotations-${generated.slice(0, 10)}.${spec.extension}`, mimeType: spec.mimeType, text, count };
      return file;
    },

    async checkClaimReviewReadiness({ ids }) {
      const { scale } = await readSettings();
      return (await select(ids))
        .filter((a) => a.verdict)
        .map((a) => ({ id: a.id, quote: a.target.quote.exact, gaps: claimReviewReadiness(a, scale) }));
    },

    async importAnnotations({ text }) {
      if (typeof text !== 'string') throw new ProblemError({ kind: 'notText', where: '', values: [] }, 'the file must be text');
      const { scale } = await readSettings();
      const parsed = parseAnnotationFile(text, scale, now(), newId);
      if (!parsed.ok) throw new ProblemError(parsed.problem, parsed.error);
      // One transaction: either every new annotation is written or none is.
      return db.transaction('rw', db.annotations, async () => {
        const existing = await db.annotations.toArray();
        const ids = new Set(existing.map((a) => a.id));
        const keys = new Set(existing.map(duplicateKey));
        const fresh: Annotation[] = [];
        for (const annotation of parsed.annotations) {
          const key = duplicateKey(annotation);
          if (ids.has(annotation.id) || keys.has(key)) continue;
          ids.add(annotation.id);
          keys.add(key);
          fresh.push(annotation);
        }
        await db.annotations.bulkAdd(fresh);
        return { added: fresh.length, duplicates: parsed.annotations.length - fresh.length };
      });
    },

    async takeDraft({ tabId }) {
      if (!Number.isInteger(tabId)) throw new Error('a tab id is required');
      return db.transaction('rw', db.drafts, async () => {
        const stored = await db.drafts.get(tabId);
        if (stored) await db.drafts.delete(tabId);
        return stored?.draft ?? null;
      });
    },

    async findEntities({ query, ids }) {
      const toLabel = (e: { id: string; name: string; type: 'official' | 'agency' | 'regulation' }) => ({ id: e.id, name: e.name, type: e.type });
      if (ids !== undefined) {
        if (!Array.isArray(ids)) throw new Error('ids must be a list');
        return (await db.entities.bulkGet(ids.filter((id): id is string => typeof id === 'string'))).filter((e) => e !== undefined).map(toLabel);
      }
      const q = typeof query === 'string' ? query.trim().toLowerCase() : '';
      if (q.length < 2) return [];
      const matches = await db.entities.filter((e) => e.name.toLowerCase().includes(q) || e.id.includes(q)).limit(20).toArray();
      return matches.map(toLabel);
    },

    async findRatedClaims({ claims }) {
      if (!Array.isArray(claims)) throw new Error('claims must be a list');
      const keys = claims.map((c) => [c.entity, c.property, c.value]);
      if (keys.length === 0) return [];
      // One indexed lookup for the page (the compound index of db.ts version 3); the latest verdict per claim wins.
      const rated = await db.annotations.where('[claim.entity+claim.property+claim.value]').anyOf(keys).toArray();
      const latest = new Map<string, Annotation>();
      for (const a of rated) {
        if (!a.verdict || !a.claim) continue;
        const key = JSON.stringify([a.claim.entity, a.claim.property, a.claim.value]);
        const other = latest.get(key);
        if (!other || other.modified < a.modified) latest.set(key, a);
      }
      return [...latest.values()].flatMap((a) => (a.claim && a.verdict ? [{
        claim: a.claim,
        annotationId: a.id,
        verdict: a.verdict.label,
        // The link opens the earlier page at the rated sentence.
        url: textFragmentUrl(a.page.url, a.target.quote),
        title: a.page.title,
        date: a.verdictHistory.at(-1)?.at ?? a.modified,
      }] : []));
    },
  };
}

/** Keeps a captured selection for the side panel of its tab (the panel takes it once it has opened). */
export async function storeDraft(db: PolicyLensDatabase, tabId: number, draft: unknown, at = new Date()): Promise<void> {
  await db.drafts.put({ tabId, draft: check(AnnotationDraft, draft, 'draft'), createdAt: at.toISOString() });
}

// Reading an annotation file: our own W3C export, or another tool's W3C annotations that carry a TextQuoteSelector.
// Everything is validated before anything is written; the first problem is reported as one sentence saying what is
// wrong and where ("items[2].target: no TextQuoteSelector with an exact quote"), and then nothing is imported.
import * as z from 'zod';
import { Annotation, describeIssue, type RatingScale, TextPositionSelector, TextQuoteSelector } from './model.js';
import { type Problem, SCHEMA_MESSAGES, problemFromZod } from './problem.js';
import { findRating } from './rating-scale.js';
import { ENTITY_IRI_PREFIX } from './w3c.js';

/** A failed parse: the English sentence (what and where) and the same as data for the interface's language. */
export type ParseFailure = { ok: false; error: string; problem: Problem };
export type ParseResult = { ok: true; annotations: Annotation[] } | ParseFailure;

const fail = (kind: Problem['kind'], where: string, values: string[], error: string): ParseFailure => ({ ok: false, error, problem: { kind, where, values } });
const zodFail = (error: z.ZodError, where: string): ParseFailure => ({ ok: false, error: describeIssue(error, where), problem: problemFromZod(error, where) });
const isFailure = (value: unknown): value is ParseFailure => typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;

/** The largest file we read: far above any real set, small enough not to exhaust the page. */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;
export const MAX_IMPORT_ANNOTATIONS = 100_000;

const oneOrMany = <T extends z.ZodTypeAny>(schema: T) => z.union([schema, z.array(schema)]).transform((v) => (Array.isArray(v) ? v : [v]));

const Body = z.union([
  z.string().transform((id) => ({ id }) as Record<string, unknown>),
  z.record(z.string(), z.unknown()),
]);

const Selector = z.record(z.string(), z.unknown());
const TargetObject = z.object({
  source: z.string().min(1, SCHEMA_MESSAGES.noSource),
  selector: oneOrMany(Selector).optional(),
});

/** The parts of a W3C annotation we read; anything else is ignored, as the model allows. */
const ForeignAnnotation = z.object({
  id: z.string().max(200).optional(),
  type: z.union([z.string(), z.array(z.string())]).optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  creator: z.union([z.string(), z.object({ name: z.string().optional() }).passthrough()]).optional(),
  body: oneOrMany(Body).optional(),
  bodyValue: z.string().optional(),
  target: oneOrMany(z.union([z.string(), TargetObject])),
  policyLens: z.unknown().optional(),
});

function stringValue(body: Record<string, unknown>): string | null {
  return typeof body.value === 'string' ? body.value : null;
}

function validTime(value: string | undefined, fallback: string): string {
  return value && !Number.isNaN(Date.parse(value)) && z.string().datetime({ offset: true }).safeParse(value).success ? value : fallback;
}

/** Converts another tool's annotation; `where` names it in messages. */
function fromForeign(raw: z.infer<typeof ForeignAnnotation>, where: string, scale: RatingScale, now: string, newId: () => string): Annotation | ParseFailure {
  const targets = raw.target.filter((t): t is z.infer<typeof TargetObject> => typeof t !== 'string');
  let quote: TextQuoteSelector | undefined;
  let position: TextPositionSelector | undefined;
  let source: string | undefined;
  for (const target of targets) {
    for (const selector of target.selector ?? []) {
      if (selector.type === 'TextQuoteSelector' && !quote) {
        const parsed = TextQuoteSelector.safeParse(selector);
        if (!parsed.success) return zodFail(parsed.error, `${where}.target.selector`);
        quote = parsed.data;
        source = target.source;
      } else if (selector.type === 'TextPositionSelector' && !position) {
        const parsed = TextPositionSelector.safeParse(selector);
        if (parsed.success) position = parsed.data;
      }
    }
  }
  if (!quote || !source) return fail('noQuote', `${where}.target`, [], `${where}.target: no TextQuoteSelector with an exact quote (only text annotations can be placed on a page)`);

  const bodies = raw.body ?? [];
  const purposeOf = (body: Record<string, unknown>) => (typeof body.purpose === 'string' ? body.purpose : 'commenting');
  const notes: string[] = raw.bodyValue ? [raw.bodyValue] : [];
  const tags: string[] = [];
  const entities: string[] = [];
  const explanations: string[] = [];
  const evidence: Annotation['evidence'] = [];
  let verdictLabel: string | undefined;
  for (const [i, body] of bodies.entries()) {
    const purpose = purposeOf(body);
    const value = stringValue(body);
    const linked = typeof body.source === 'string' ? body.source : typeof body.id === 'string' ? body.id : null;
    if (purpose === 'assessing' && value !== null) {
      if (verdictLabel !== undefined) return fail('secondVerdict', `${where}.body[${i}]`, [value], `${where}.body[${i}]: a second verdict ("${value}"); an annotation has one`);
      verdictLabel = value;
    } else if (purpose === 'describing' && value !== null) explanations.push(value);
    else if (purpose === 'tagging' && value !== null) tags.push(value);
    else if (purpose === 'identifying' && linked?.startsWith(ENTITY_IRI_PREFIX)) entities.push(decodeURIComponent(linked.slice(ENTITY_IRI_PREFIX.length)));
    else if (purpose === 'linking' && linked && /^https?:/i.test(linked)) evidence.push({ kind: 'link', url: linked, title: '' });
    else if (value !== null) notes.push(value);
  }
  let verdict: Annotation['verdict'];
  if (verdictLabel !== undefined) {
    const rating = findRating(scale, verdictLabel);
    if (!rating) {
      const labels = scale.ratings.map((r) => r.label).join(', ');
      return fail('verdictNotOnScale', `${where}.body`, [verdictLabel, labels], `${where}.body: the verdict "${verdictLabel}" is not on your rating scale (${labels})`);
    }
    verdict = { label: rating.label, value: rating.value, explanation: explanations.join('\n\n') };
  } else if (explanations.length) notes.push(...explanations);
  const created = validTime(raw.created, now);
  const candidate = {
    id: raw.id ?? newId(),
    page: { url: source.replace(/#.*$/, ''), title: '' },
    target: { quote, ...(position ? { position } : {}), context: '', contextHash: '' },
    note: notes.join('\n\n'),
    tags,
    entities,
    ...(verdict ? { verdict } : {}),
    evidence,
    ...(typeof raw.creator === 'object' && raw.creator.name ? { author: raw.creator.name } : {}),
    created,
    modified: validTime(raw.modified, created),
    verdictHistory: verdict ? [{ at: created, label: verdict.label, value: verdict.value }] : [],
  };
  const parsed = Annotation.safeParse(candidate);
  return parsed.success ? parsed.data : zodFail(parsed.error, where);
}

const NOT_ANNOTATIONS = 'the file holds no annotations (expected a W3C AnnotationCollection, AnnotationPage, Annotation or an array of them)';

/** Finds the annotations in a parsed file, and the path prefix that names each in messages. */
function listItems(json: unknown): { items: unknown[]; path: string } | ParseFailure {
  if (Array.isArray(json)) return { items: json, path: '' };
  if (typeof json !== 'object' || json === null) return fail('notAnnotationFile', '', [], NOT_ANNOTATIONS);
  const root = json as Record<string, unknown>;
  const isType = (value: unknown, type: string) => value === type || (Array.isArray(value) && value.includes(type));
  if (isType(root.type, 'AnnotationCollection')) {
    const first = root.first;
    if (typeof first === 'object' && first !== null && Array.isArray((first as Record<string, unknown>).items)) return { items: (first as { items: unknown[] }).items, path: 'first.items' };
    if (Array.isArray(root.items)) return { items: root.items, path: 'items' };
    return fail('linkedPages', '', [], 'the AnnotationCollection has no embedded page of items (first.items); a collection that links its pages cannot be read offline');
  }
  if (isType(root.type, 'AnnotationPage') && Array.isArray(root.items)) return { items: root.items, path: 'items' };
  if (isType(root.type, 'Annotation')) return { items: [root], path: '' };
  if (Array.isArray(root.annotations)) return fail('hypothesisFile', '', [], 'this looks like a Hypothesis export; import W3C Web Annotations (Policy Lens reads W3C JSON-LD)');
  return fail('notAnnotationFile', '', [], NOT_ANNOTATIONS);
}

/**
 * Parses an annotation file. `now` dates foreign annotations that carry no date; `newId` names those without an id.
 * Our own export's `policyLens` record is taken whole (it is the lossless copy); other tools' annotations are read
 * from their W3C fields.
 */
export function parseAnnotationFile(text: string, scale: RatingScale, now: string, newId: () => string): ParseResult {
  if (text.length > MAX_IMPORT_CHARS) return fail('fileTooLarge', '', [String(MAX_IMPORT_CHARS / 1024 / 1024)], `the file is larger than ${MAX_IMPORT_CHARS / 1024 / 1024} MB`);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('notJson', '', [reason], `the file is not JSON: ${reason}`);
  }
  const listed = listItems(json);
  if (isFailure(listed)) return listed;
  if (listed.items.length > MAX_IMPORT_ANNOTATIONS) return fail('tooMany', '', [String(listed.items.length), String(MAX_IMPORT_ANNOTATIONS)], `the file holds ${listed.items.length} annotations; at most ${MAX_IMPORT_ANNOTATIONS} can be imported at once`);
  const annotations: Annotation[] = [];
  for (const [i, item] of listed.items.entries()) {
    const where = listed.path ? `${listed.path}[${i}]` : listed.items.length === 1 && !Array.isArray(json) ? 'annotation' : `[${i}]`;
    const raw = ForeignAnnotation.safeParse(item);
    if (!raw.success) return zodFail(raw.error, where);
    if (raw.data.policyLens !== undefined) {
      const own = Annotation.safeParse(raw.data.policyLens);
      if (!own.success) return zodFail(own.error, `${where}.policyLens`);
      annotations.push(own.data);
      continue;
    }
    const converted = fromForeign(raw.data, where, scale, now, newId);
    if (isFailure(converted)) return converted;
    annotations.push(converted);
  }
  if (annotations.length === 0) return fail('noAnnotations', '', [], 'the file holds no annotations');
  return { ok: true, annotations };
}

/** Two annotations of the same passage with the same words are one: imported twice, it is kept once. */
export function duplicateKey(annotation: Annotation): string {
  const { quote } = annotation.target;
  return JSON.stringify([annotation.page.url, quote.exact, quote.prefix, quote.suffix, annotation.note, annotation.verdict?.label ?? '']);
}

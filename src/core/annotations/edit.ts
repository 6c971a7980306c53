// Making and changing annotations: what a new one starts with, and how an edit keeps the verdict history.
import * as z from 'zod';
import { Annotation, PageRef, TextPositionSelector, TextQuoteSelector } from './model.js';

/** What the page gives when the user asks to annotate a selection (content/annotations/selection.ts makes it). */
export const AnnotationDraft = z.object({
  page: PageRef, // the page and its story date
  quote: TextQuoteSelector, // the selected passage with its surroundings
  position: TextPositionSelector, // where it is in the page's text
  context: z.string().max(4_000), // the passage with its wider surroundings, for change detection
  entities: z.array(z.string().min(1).max(200)).max(200), // entities highlighted inside the selection
});
export type AnnotationDraft = z.infer<typeof AnnotationDraft>;

const fields = Annotation.shape;
/**
 * The fields the editor changes; everything else belongs to the annotation's life cycle. `null` clears an optional
 * field (messages between extension pages drop `undefined`).
 */
export const AnnotationChanges = z
  .object({
    page: fields.page,
    note: fields.note.unwrap(),
    tags: fields.tags.unwrap(),
    entities: fields.entities.unwrap(),
    evidence: fields.evidence.unwrap(),
    verdict: fields.verdict.unwrap().nullable(),
    claimant: fields.claimant.unwrap().nullable(),
    claimantKind: fields.claimantKind.unwrap().nullable(),
    claimDate: fields.claimDate.unwrap().nullable(),
    reviewUrl: fields.reviewUrl.unwrap().nullable(),
    claim: fields.claim.unwrap().nullable(),
  })
  .partial()
  .strict();
export type AnnotationChanges = z.input<typeof AnnotationChanges>;

export function newAnnotation(draft: AnnotationDraft, options: { id: string; now: string; author?: string; contextHash: string }): Annotation {
  return {
    id: options.id,
    page: draft.page,
    target: { quote: draft.quote, position: draft.position, context: draft.context, contextHash: options.contextHash },
    note: '',
    tags: [],
    entities: [...new Set(draft.entities)],
    evidence: [],
    ...(options.author ? { author: options.author } : {}),
    created: options.now,
    modified: options.now,
    verdictHistory: [],
  };
}

/**
 * The annotation after an edit. A verdict that changes (label or number) is appended to the history, with the
 * author; clearing a verdict is a change too, so the history never loses a step. The changes are validated here.
 */
export function applyChanges(annotation: Annotation, input: AnnotationChanges, options: { now: string; author?: string }): Annotation {
  const changes = AnnotationChanges.parse(input);
  const next: Annotation = { ...annotation, modified: options.now };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete (next as Partial<Annotation>)[key as keyof Annotation];
    else if (value !== undefined) (next as Record<string, unknown>)[key] = value;
  }
  const before = annotation.verdict;
  const after = next.verdict;
  if ('verdict' in changes && (before?.label !== after?.label || before?.value !== after?.value)) {
    next.verdictHistory = [
      ...annotation.verdictHistory,
      {
        at: options.now,
        label: after?.label ?? '(verdict removed)',
        value: after?.value ?? 0,
        ...(options.author ? { author: options.author } : {}),
      },
    ];
  }
  if (options.author && !next.author) next.author = options.author;
  return next;
}

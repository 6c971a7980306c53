// Making and changing annotations: what a new one starts with, and how an edit keeps the verdict history.
import { type Annotation, type PageRef, type TextPositionSelector, type TextQuoteSelector } from './model.js';

/** What the page gives when the user asks to annotate a selection (content/selection.ts makes it). */
export interface AnnotationDraft {
  page: PageRef; // the page and its story date
  quote: TextQuoteSelector; // the selected passage with its surroundings
  position: TextPositionSelector; // where it is in the page's text
  context: string; // the passage with its wider surroundings, for change detection
  entities: string[]; // entities highlighted inside the selection
}

/** The fields the editor changes; everything else belongs to the annotation's life cycle. */
export type AnnotationChanges = Partial<
  Pick<Annotation, 'note' | 'tags' | 'entities' | 'verdict' | 'claimant' | 'claimantKind' | 'claimDate' | 'reviewUrl' | 'evidence' | 'page'>
>;

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
 * author; clearing a verdict is a change too, so the history never loses a step. Explicit `undefined` clears a field.
 */
export function applyChanges(annotation: Annotation, changes: AnnotationChanges, options: { now: string; author?: string }): Annotation {
  const next: Annotation = { ...annotation, modified: options.now };
  for (const [key, value] of Object.entries(changes) as [keyof AnnotationChanges, unknown][]) {
    if (value === undefined) delete (next as Partial<Annotation>)[key];
    else (next as Record<string, unknown>)[key] = value;
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

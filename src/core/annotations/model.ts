// The annotation: a fact-checker's note on a passage of a page, with a verdict on a rating scale, evidence and the
// selectors that find the passage again. The zod schemas are the one definition; the types are inferred from them,
// and every import and every message that carries an annotation is checked against them.
// A namespace import, not the exported `z` object: the bundler then keeps only what is used (the `z` object keeps all of zod).
import * as z from 'zod';
import { SCHEMA_MESSAGES } from './problem.js';

/** Longest text we accept in any one field: a quote of a long paragraph fits, a pasted book does not. */
export const MAX_TEXT = 20_000;
const text = (max = MAX_TEXT) => z.string().max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, SCHEMA_MESSAGES.badDate);
const isoDateTime = z.string().datetime({ offset: true, message: SCHEMA_MESSAGES.badDateTime });
const webUrl = z
  .string()
  .max(8_000)
  .url()
  .refine((value) => /^https?:/i.test(value), SCHEMA_MESSAGES.badUrl);

/** The quoted passage, with the text just before and after it (W3C TextQuoteSelector). */
export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: text().min(1, SCHEMA_MESSAGES.quoteEmpty), // the passage itself
  prefix: text(1_000).default(''), // the text just before it, to tell repeated passages apart
  suffix: text(1_000).default(''), // the text just after it
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

/** Where the passage was in the page's text, as character offsets (W3C TextPositionSelector). */
export const TextPositionSelector = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(), // offset of the first character
    end: z.number().int().nonnegative(), // offset just after the last character
  })
  .refine((s) => s.end > s.start, SCHEMA_MESSAGES.endBeforeStart);
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;

/** What the passage is and how to find it again. */
export const Target = z.object({
  quote: TextQuoteSelector, // the precise selector, tried after the position
  position: TextPositionSelector.optional(), // the fastest selector while the page is unchanged
  context: text(4_000).default(''), // the passage with its surroundings as they were when checked
  contextHash: z.string().max(128).default(''), // SHA-256 of the context, to tell cheaply whether the page changed
});
export type Target = z.infer<typeof Target>;

/** The page the passage was on. */
export const PageRef = z.object({
  url: webUrl, // the page's address, without its fragment
  title: text(1_000).default(''), // the page's title when annotated
  storyDate: isoDate.optional(), // the story's publication date, when the page states one
});
export type PageRef = z.infer<typeof PageRef>;

/** A verdict on the claim, on the user's rating scale. */
export const Verdict = z.object({
  label: text(100).min(1, SCHEMA_MESSAGES.verdictNoLabel), // the rating's label, e.g. "Mostly false"
  value: z.number().finite(), // the number the scale maps the label to (ClaimReview ratingValue)
  explanation: text().default(''), // why, in the fact-checker's words
});
export type Verdict = z.infer<typeof Verdict>;

/** One change of verdict, kept forever. */
export const VerdictChange = z.object({
  at: isoDateTime, // when it was set
  label: text(100).min(1), // the verdict set
  value: z.number().finite(), // its number on the scale
  author: text(200).optional(), // who set it, when known
});
export type VerdictChange = z.infer<typeof VerdictChange>;

/** A piece of evidence: a link the fact-checker read, or a fact from the bundled database. */
export const Evidence = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('link'),
    url: webUrl, // the evidence's address
    title: text(1_000).default(''), // its title as published
    seen: isoDate.optional(), // the day the fact-checker read it
  }),
  z.object({
    kind: z.literal('fact'),
    entityId: z.string().min(1).max(200), // the entity the fact belongs to, by its stable id
    date: text(40).default(''), // the fact's date as the database gives it (with the statement, the reference)
    statement: text(2_000).min(1), // the fact's statement when cited, so the evidence still reads if the data moves on
  }),
]);
export type Evidence = z.infer<typeof Evidence>;

/**
 * The claim a verdict rates, reduced to (entity, property, value) by the claim checker (issue 10): the same triple on
 * a later page is recognised as rated before. `value` is the checker's normalised value (src/core/claims/rated.ts).
 */
export const ClaimRef = z.object({
  entity: z.string().min(1).max(200), // the entity's stable id
  property: z.string().min(1).max(100), // the statement property, e.g. memberCount
  value: text(500).min(1), // the value as normalised, e.g. "196", "more than 30 exchanges", "2024-12-30"
});
export type ClaimRef = z.infer<typeof ClaimRef>;

/** A fact-checker's annotation. */
export const Annotation = z.object({
  id: z.string().min(1).max(200), // a UUID, stable across export and import
  page: PageRef, // where the passage is
  target: Target, // the passage and how to find it again
  note: text().default(''), // free comment
  tags: z.array(text(100).min(1)).max(100).default([]), // the fact-checker's own labels
  entities: z.array(z.string().min(1).max(200)).max(200).default([]), // database entities the claim concerns
  verdict: Verdict.optional(), // absent for a comment that rates nothing
  claimant: text(500).optional(), // who made the claim, when known
  claimantKind: z.enum(['person', 'organization']).optional(), // whether the claimant is a person or a body (ClaimReview)
  claimDate: isoDate.optional(), // when the claim was made, when known
  reviewUrl: webUrl.optional(), // where the fact-check is published (ClaimReview url), when it is
  evidence: z.array(Evidence).max(500).default([]), // what supports the verdict
  author: text(200).optional(), // the fact-checker's name, from settings
  created: isoDateTime, // when it was first saved
  modified: isoDateTime, // when it was last changed
  verdictHistory: z.array(VerdictChange).max(1_000).default([]), // every verdict set, oldest first
  claim: ClaimRef.optional(), // the checked claim the verdict rates, when made from one (issue 10)
});
export type Annotation = z.infer<typeof Annotation>;
/** An annotation as typed by a caller, before defaults are filled in. */
export type AnnotationInput = z.input<typeof Annotation>;

/** A rating scale: labels, each mapped to a number, best and worst for ClaimReview. */
export const RatingScale = z
  .object({
    name: text(200).min(1), // what the scale is called
    best: z.number().finite(), // bestRating
    worst: z.number().finite(), // worstRating
    ratings: z
      .array(
        z.object({
          label: text(100).min(1), // e.g. "Mostly true"
          value: z.number().finite(), // ratingValue
          description: text(1_000).default(''), // what the label means, for readers of the export
        }),
      )
      .min(1, SCHEMA_MESSAGES.scaleEmpty)
      .max(50),
    documentationUrl: webUrl.optional(), // the published page that explains the scale (ClaimReview readiness)
  })
  .superRefine((scale, ctx) => {
    const labels = new Set<string>();
    scale.ratings.forEach((rating, i) => {
      const key = rating.label.trim().toLowerCase();
      if (labels.has(key)) ctx.addIssue({ code: 'custom', path: ['ratings', i, 'label'], message: `"${rating.label}" appears twice`, params: { problem: 'duplicateLabel', values: [rating.label] } });
      labels.add(key);
      const [low, high] = scale.worst <= scale.best ? [scale.worst, scale.best] : [scale.best, scale.worst];
      if (rating.value < low || rating.value > high) ctx.addIssue({ code: 'custom', path: ['ratings', i, 'value'], message: `must lie between worst (${scale.worst}) and best (${scale.best})`, params: { problem: 'outsideScale', values: [String(scale.worst), String(scale.best)] } });
    });
  });
export type RatingScale = z.infer<typeof RatingScale>;

/** The user's settings for annotating. */
export const AnnotationSettings = z.object({
  author: text(200).default(''), // the name put on new annotations
  scale: RatingScale, // the rating scale verdicts use
});
export type AnnotationSettings = z.infer<typeof AnnotationSettings>;

/** Where a zod issue is, in the words a user can follow: "items[2].target.quote.exact". */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** The first problem zod found, as one sentence naming where it is. */
export function describeIssue(error: z.ZodError, prefix = ''): string {
  const issue = error.issues[0];
  if (!issue) return `${prefix || 'the value'} is not valid`;
  const where = issuePath([...(prefix ? [prefix] : []), ...issue.path]);
  return `${where || 'the value'}: ${issue.message}`;
}

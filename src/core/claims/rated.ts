// A checked claim as a fact-checker's annotation (issue 10): the (entity, property, value) it reduces to, so the same
// claim is recognised on a later page; the verdict mapped onto the user's rating scale; the worked reasoning as the
// explanation; the database's statement and its sources as evidence. Pure: the panel and the background use it.
import type { ClaimRef, Evidence, RatingScale } from '../annotations/model.js';
import { findRating } from '../annotations/rating-scale.js';
import { verdictLabel } from './citation.js';
import type { CheckedClaim, ClaimValue, FoundClaim } from './types.js';

const APPROXIMATION_WORDS: Record<string, string> = { about: 'about', moreThan: 'more than', atLeast: 'at least', nearly: 'nearly', lessThan: 'less than', upTo: 'up to' };

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The value as the triple keeps it: what the sentence asserts, not how it was written. "more than 30" and "30" are
 * different claims, so the approximation stays; a place is folded ("İstanbul" = "Istanbul"); a post keeps "former".
 */
export function normalisedValue(value: ClaimValue): string {
  switch (value.kind) {
    case 'quantity': {
      const approx = APPROXIMATION_WORDS[value.approximation];
      return `${approx ? `${approx} ` : ''}${value.amount}${value.unit ? ` ${value.unit}` : ''}`;
    }
    case 'date':
      return value.date;
    case 'place':
      return fold(value.name);
    case 'post':
      return `${value.former ? 'former ' : ''}${value.post}`;
  }
}

/** The (entity, property, value) a claim reduces to. */
export function claimRefOf(claim: Pick<FoundClaim, 'entity' | 'property' | 'value'>): ClaimRef {
  return { entity: claim.entity, property: claim.property, value: normalisedValue(claim.value).slice(0, 500) };
}

/** One string per triple, for maps (never stored). */
export function claimRefKey(ref: ClaimRef): string {
  return `${ref.entity}\u001f${ref.property}\u001f${ref.value}`;
}

/**
 * The label on the default scale (src/core/annotations/rating-scale.ts) a verdict maps to, or none. Supported is
 * True; contradicted is False. Outdated depends on which way: true earlier but not on the story's date is Misleading
 * (accurate words once, a false impression on the day: the scale's own definition), while true on the story's date
 * and changed since is Mostly true (accurate when published, needs the context of what changed). Not in the database
 * and not judged get no verdict: the record says nothing, and the fact-checker decides.
 */
export function ratingLabelFor(claim: Pick<CheckedClaim, 'verdict' | 'direction'>): string | undefined {
  if (claim.verdict === 'supported') return 'True';
  if (claim.verdict === 'contradicted') return 'False';
  if (claim.verdict === 'outdated') return claim.direction === 'changed-since' ? 'Mostly true' : 'Misleading';
  return undefined;
}

const MAX_EVIDENCE_TEXT = 2_000;

/** The database's value behind the verdict as evidence: the statement by reference, and each source read as a link. */
function evidenceOf(claim: CheckedClaim): Evidence[] {
  const recorded = claim.recorded;
  if (!recorded) return [];
  // The editor shows the entity's name beside the statement: the statement itself starts at the property.
  const statement = `${claim.propertyLabel}: ${recorded.value}${recorded.part ? ` (${recorded.part})` : ''}${recorded.statement ? ` [statement ${recorded.statement}]` : ''}`;
  const sources = recorded.sources.map((s) => [s.title, s.publisher, s.date].filter(Boolean).join(', ')).join('; ');
  const evidence: Evidence[] = [
    { kind: 'fact', entityId: claim.entity, date: (recorded.date ?? '').slice(0, 40), statement: `${statement}${sources ? ` — source: ${sources}` : ''}`.slice(0, MAX_EVIDENCE_TEXT) },
  ];
  for (const source of recorded.sources) {
    if (!source.url || !/^https?:\/\//i.test(source.url)) continue;
    if (evidence.some((e) => e.kind === 'link' && e.url === source.url)) continue;
    evidence.push({ kind: 'link', url: source.url, title: source.title.slice(0, 1_000), ...(source.seen && /^\d{4}-\d{2}-\d{2}$/.test(source.seen) ? { seen: source.seen } : {}) });
  }
  return evidence;
}

/** What the editor starts with for an annotation of a checked claim (the user confirms or changes each). */
export interface AnnotationPreset {
  entities: string[];
  evidence: Evidence[];
  /** A label on the user's scale, when the verdict maps to one that the scale has. */
  verdict?: string;
  explanation: string;
  claim: ClaimRef;
}

/** The editor's starting values for an annotation of a checked claim, on the user's scale. */
export function claimAnnotationPreset(claim: CheckedClaim, scale: RatingScale): AnnotationPreset {
  const label = ratingLabelFor(claim);
  const rating = label ? findRating(scale, label) : undefined;
  const explanation = [`Policy Lens: ${verdictLabel(claim.verdict)} — ${claim.entityName}, ${claim.propertyLabel}, as of ${claim.referenceDate}.`, ...claim.reasoning].join('\n');
  return { entities: [claim.entity], evidence: evidenceOf(claim), ...(rating ? { verdict: rating.label } : {}), explanation, claim: claimRefOf(claim) };
}

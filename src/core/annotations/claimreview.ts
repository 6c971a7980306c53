// schema.org ClaimReview export, for annotations that carry a verdict, and the publish-readiness check that says
// what a fact-check page would still miss before publishing it (the user may export anyway).
import type { Annotation, RatingScale } from './model.js';

/** A claim longer than this reads as a passage, not a claim (Google asks for a short summary of the claim). */
export const MAX_CLAIM_CHARS = 300;

export interface ReadinessGap {
  /** Which part is missing or wrong. */
  field: 'claimReviewed' | 'verdict' | 'explanation' | 'claimant' | 'claimDate' | 'evidence' | 'scale' | 'url' | 'author';
  /** For claimReviewed, which of its two problems this is (an interface says it in the reader's language). */
  problem?: 'too-long' | 'names-verdict';
  message: string;
}

function containsPhrase(text: string, phrase: string): boolean {
  const escaped = phrase.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return escaped.length > 0 && new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

/** What stops this annotation from being published as a ClaimReview; empty when it is ready. */
export function claimReviewReadiness(annotation: Annotation, scale: RatingScale): ReadinessGap[] {
  const gaps: ReadinessGap[] = [];
  const claim = annotation.target.quote.exact.trim();
  if (claim.length > MAX_CLAIM_CHARS) gaps.push({ field: 'claimReviewed', problem: 'too-long', message: `the claim is ${claim.length} characters; keep it under ${MAX_CLAIM_CHARS}` });
  if (!annotation.verdict) gaps.push({ field: 'verdict', message: 'no verdict' });
  else if (containsPhrase(claim, annotation.verdict.label)) gaps.push({ field: 'claimReviewed', problem: 'names-verdict', message: `the claim text contains the verdict "${annotation.verdict.label}"` });
  if (!annotation.verdict?.explanation.trim()) gaps.push({ field: 'explanation', message: 'no explanation of the verdict' });
  if (!annotation.claimant?.trim()) gaps.push({ field: 'claimant', message: 'no claimant (who made the claim)' });
  if (!annotation.claimDate) gaps.push({ field: 'claimDate', message: 'no date for the claim' });
  if (annotation.evidence.length === 0) gaps.push({ field: 'evidence', message: 'no source cited as evidence' });
  if (!scale.documentationUrl) gaps.push({ field: 'scale', message: 'the rating scale has no published explanation (documentation URL)' });
  if (!annotation.reviewUrl) gaps.push({ field: 'url', message: 'no URL of the published fact-check' });
  if (!annotation.author?.trim()) gaps.push({ field: 'author', message: 'no author (set your name in Settings)' });
  return gaps;
}

/** One ClaimReview (JSON-LD, schema.org), or null for an annotation without a verdict. */
export function toClaimReview(annotation: Annotation, scale: RatingScale): Record<string, unknown> | null {
  const verdict = annotation.verdict;
  if (!verdict) return null;
  const appearance: Record<string, unknown> = { '@type': 'CreativeWork', url: annotation.page.url };
  if (annotation.page.title) appearance.headline = annotation.page.title;
  if (annotation.page.storyDate) appearance.datePublished = annotation.page.storyDate;
  const claim: Record<string, unknown> = { '@type': 'Claim', appearance };
  if (annotation.claimant) claim.author = { '@type': annotation.claimantKind === 'organization' ? 'Organization' : 'Person', name: annotation.claimant };
  if (annotation.claimDate) claim.datePublished = annotation.claimDate;
  const rating: Record<string, unknown> = {
    '@type': 'Rating',
    ratingValue: verdict.value,
    bestRating: scale.best,
    worstRating: scale.worst,
    alternateName: verdict.label,
  };
  if (verdict.explanation) rating.ratingExplanation = verdict.explanation;
  const review: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: annotation.target.quote.exact,
    reviewRating: rating,
    itemReviewed: claim,
    datePublished: annotation.modified.slice(0, 10),
  };
  if (annotation.reviewUrl) review.url = annotation.reviewUrl;
  if (annotation.author) review.author = { '@type': 'Person', name: annotation.author };
  if (verdict.explanation) review.reviewBody = verdict.explanation;
  const links = annotation.evidence.filter((e) => e.kind === 'link');
  if (links.length) review.citation = links.map((link) => ({ '@type': 'CreativeWork', url: link.url, ...(link.title ? { name: link.title } : {}) }));
  return review;
}

/** Every annotation with a verdict, as a JSON-LD array of ClaimReviews. */
export function toClaimReviews(annotations: readonly Annotation[], scale: RatingScale): Record<string, unknown>[] {
  return annotations.map((annotation) => toClaimReview(annotation, scale)).filter((review): review is Record<string, unknown> => review !== null);
}

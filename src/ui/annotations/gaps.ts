// What a ClaimReview would still miss, said in the interface language (core's English message is for logs and tests).
import { MAX_CLAIM_CHARS, type ReadinessGap } from '../../core/annotations/claimreview.js';
import { type MessageKey, t } from '../i18n.js';

const GAP_KEY: Record<Exclude<ReadinessGap['field'], 'claimReviewed'>, MessageKey> = {
  verdict: 'gapVerdict',
  explanation: 'gapExplanation',
  claimant: 'gapClaimant',
  claimDate: 'gapClaimDate',
  evidence: 'gapEvidence',
  scale: 'gapScale',
  url: 'gapUrl',
  author: 'gapAuthor',
};

/** `quote` is the annotation's quoted claim and `verdict` its verdict's label, which two of the gaps name. */
export function gapText(gap: ReadinessGap, quote: string, verdict: string): string {
  if (gap.field !== 'claimReviewed') return t(GAP_KEY[gap.field]);
  if (gap.problem === 'too-long') return t('gapClaimTooLong', quote.trim().length, MAX_CLAIM_CHARS);
  if (gap.problem === 'names-verdict') return t('gapClaimNamesVerdict', verdict);
  return gap.message;
}

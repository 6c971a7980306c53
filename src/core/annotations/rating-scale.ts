// The default rating scale and the lookups a verdict needs. The numbers are what ClaimReview's ratingValue carries;
// the label (alternateName) is what readers and Google's tools show, so the numbers only order the labels.
import { type RatingScale, type Verdict } from './model.js';

/**
 * True (5) to False (1). Misleading sits with Mostly false: the words may be accurate, the impression is not.
 * Unproven sits in the middle: the record supports neither side.
 */
export const DEFAULT_RATING_SCALE: RatingScale = {
  name: 'Policy Lens default scale',
  best: 5,
  worst: 1,
  ratings: [
    { label: 'True', value: 5, description: 'Accurate, with nothing significant missing.' },
    { label: 'Mostly true', value: 4, description: 'Accurate, but needs clarification or context.' },
    { label: 'Mixed', value: 3, description: 'Partly accurate, partly not.' },
    { label: 'Mostly false', value: 2, description: 'Contains an element of truth but ignores facts that change the impression.' },
    { label: 'False', value: 1, description: 'Not accurate.' },
    { label: 'Misleading', value: 2, description: 'Accurate words that leave a false impression.' },
    { label: 'Unproven', value: 3, description: 'The available evidence neither supports nor refutes it.' },
  ],
};

/** The rating a label names on a scale, matched without regard to case or surrounding space. */
export function findRating(scale: RatingScale, label: string): RatingScale['ratings'][number] | undefined {
  const key = label.trim().toLowerCase();
  return scale.ratings.find((rating) => rating.label.toLowerCase() === key);
}

/** A verdict for a label on the scale; throws with the labels it knows when the label is not one of them. */
export function verdictFor(scale: RatingScale, label: string, explanation = ''): Verdict {
  const rating = findRating(scale, label);
  if (!rating) throw new Error(`"${label}" is not on the rating scale (${scale.ratings.map((r) => r.label).join(', ')})`);
  return { label: rating.label, value: rating.value, explanation };
}

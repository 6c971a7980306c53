// The difference between the passage as it was checked and as the page has it today (word diff from core).
import type { DiffPart } from '../../core/annotations/passage.js';
import { t } from '../i18n.js';

export function PassageDiff({ parts }: { parts: DiffPart[] }) {
  return (
    <p class="diff" aria-label={t('annDiffLabel')}>
      {parts.map((part) =>
        part.kind === 'added' ? (
          <ins>{part.text}</ins>
        ) : part.kind === 'removed' ? (
          <del>{part.text}</del>
        ) : (
          <span>{part.text}</span>
        ),
      )}
    </p>
  );
}

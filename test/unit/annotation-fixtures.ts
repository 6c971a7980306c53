// Annotations for the tests: one fully filled in, and a page's text to anchor in.
import { type Annotation, describePassage, passageContext } from '../../src/core/annotations/index.js';

export const ARTICLE = [
  'MOSCOW — Prosecutor General Igor Krasnov said on Tuesday that crypto exchanges would face new checks.',
  'The Bank of Russia has 12 licensed operators, the regulator said in a statement.',
  'Critics said the checks would not stop fraud. The Bank of Russia declined to comment further.',
].join('\n');

/** `undefined` in the overrides removes the field, as an annotation without it would be stored. */
export function sampleAnnotation(overrides: Partial<Annotation> = {}): Annotation {
  const exact = 'The Bank of Russia has 12 licensed operators';
  const start = ARTICLE.indexOf(exact);
  const { quote, position } = describePassage(ARTICLE, start, start + exact.length);
  const annotation: Annotation = {
    id: '8f14e45f-ceea-4e67-a1c2-1b2c3d4e5f60',
    page: { url: 'https://news.example/russia-checks', title: 'Russia plans crypto checks', storyDate: '2026-11-30' },
    target: { quote, position, context: passageContext(ARTICLE, start, start + exact.length), contextHash: '' },
    note: 'Compare with the register.',
    tags: ['russia', 'licensing'],
    entities: ['ru-cbr'],
    verdict: { label: 'Mostly false', value: 2, explanation: 'The register lists 9 operators as of November.' },
    claimant: 'Bank of Russia',
    claimantKind: 'organization',
    claimDate: '2026-11-29',
    reviewUrl: 'https://factcheck.example/reviews/cbr-operators',
    evidence: [
      { kind: 'link', url: 'https://cbr.example/register', title: 'Register of operators', seen: '2026-12-01' },
      { kind: 'fact', entityId: 'ru-cbr', date: '2024-01-01', statement: 'Regulates crypto operators.' },
    ],
    author: 'A. Checker',
    created: '2026-12-01T10:00:00.000Z',
    modified: '2026-12-01T11:00:00.000Z',
    verdictHistory: [{ at: '2026-12-01T11:00:00.000Z', label: 'Mostly false', value: 2, author: 'A. Checker' }],
    ...overrides,
  };
  for (const key of Object.keys(annotation) as (keyof Annotation)[]) if (annotation[key] === undefined) delete annotation[key];
  return annotation;
}

import assert from 'node:assert/strict';
import { test } from 'node:test';
import Papa from 'papaparse';
import {
  Annotation,
  CSV_COLUMNS,
  DEFAULT_RATING_SCALE,
  RatingScale,
  claimReviewReadiness,
  escapeMarkdown,
  toClaimReview,
  toClaimReviews,
  toCsv,
  toHypothesisExport,
  toMarkdown,
  toW3CCollection,
  verdictFor,
} from '../../src/core/annotations/index.js';
import { sampleAnnotation } from './annotation-fixtures.js';

const documentedScale = { ...DEFAULT_RATING_SCALE, documentationUrl: 'https://factcheck.example/ratings' };

test('the sample annotation and the default scale satisfy their schemas', () => {
  assert.deepEqual(Annotation.parse(sampleAnnotation()), sampleAnnotation());
  assert.equal(RatingScale.parse(DEFAULT_RATING_SCALE).ratings.length, 7);
  assert.deepEqual(
    DEFAULT_RATING_SCALE.ratings.map((r) => r.label),
    ['True', 'Mostly true', 'Mixed', 'Mostly false', 'False', 'Misleading', 'Unproven'],
  );
  assert.deepEqual(verdictFor(DEFAULT_RATING_SCALE, ' mostly FALSE '), { label: 'Mostly false', value: 2, explanation: '' });
  assert.throws(() => verdictFor(DEFAULT_RATING_SCALE, 'Pants on fire'), /not on the rating scale/);
  const bad = RatingScale.safeParse({ ...DEFAULT_RATING_SCALE, ratings: [...DEFAULT_RATING_SCALE.ratings, { label: 'true', value: 9 }] });
  assert.equal(bad.success, false);
});

test('W3C export: an AnnotationCollection whose annotations carry the verdict, note, tags, entities and both selectors', () => {
  const collection = toW3CCollection([sampleAnnotation()], '2026-12-02T00:00:00.000Z');
  assert.deepEqual(collection['@context'], ['http://www.w3.org/ns/anno.jsonld', { policyLens: { '@id': 'urn:policy-lens:record', '@type': '@json' } }]);
  assert.equal(collection.type, 'AnnotationCollection');
  assert.equal(collection.total, 1);
  const [item] = (collection.first as { items: Record<string, unknown>[] }).items;
  assert.equal(item?.type, 'Annotation');
  assert.equal(item?.id, 'urn:uuid:8f14e45f-ceea-4e67-a1c2-1b2c3d4e5f60');
  assert.equal(item?.motivation, 'assessing');
  const bodies = item?.body as Record<string, unknown>[];
  assert.deepEqual(bodies.find((b) => b.purpose === 'assessing'), { type: 'TextualBody', purpose: 'assessing', value: 'Mostly false', format: 'text/plain' });
  assert.equal(bodies.find((b) => b.purpose === 'commenting')?.value, 'Compare with the register.');
  assert.deepEqual(bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value), ['russia', 'licensing']);
  assert.deepEqual(bodies.find((b) => b.purpose === 'identifying'), { type: 'SpecificResource', purpose: 'identifying', source: 'urn:policy-lens:entity:ru-cbr' });
  const target = item?.target as { source: string; selector: Record<string, unknown>[] };
  assert.equal(target.source, 'https://news.example/russia-checks');
  assert.deepEqual(target.selector.map((s) => s.type), ['TextQuoteSelector', 'TextPositionSelector']);
});

test('ClaimReview export carries every field the spec asks for', () => {
  const review = toClaimReview(sampleAnnotation(), documentedScale)!;
  assert.equal(review['@context'], 'https://schema.org');
  assert.equal(review['@type'], 'ClaimReview');
  assert.equal(review.claimReviewed, 'The Bank of Russia has 12 licensed operators');
  assert.equal(review.url, 'https://factcheck.example/reviews/cbr-operators');
  assert.equal(review.datePublished, '2026-12-01');
  assert.deepEqual(review.author, { '@type': 'Person', name: 'A. Checker' });
  assert.deepEqual(review.reviewRating, {
    '@type': 'Rating',
    ratingValue: 2,
    bestRating: 5,
    worstRating: 1,
    alternateName: 'Mostly false',
    ratingExplanation: 'The register lists 9 operators as of November.',
  });
  assert.deepEqual(review.itemReviewed, {
    '@type': 'Claim',
    appearance: { '@type': 'CreativeWork', url: 'https://news.example/russia-checks', headline: 'Russia plans crypto checks', datePublished: '2026-11-30' },
    author: { '@type': 'Organization', name: 'Bank of Russia' },
    datePublished: '2026-11-29',
  });
  assert.equal(toClaimReview(sampleAnnotation({ verdict: undefined }), documentedScale), null);
  assert.equal(toClaimReviews([sampleAnnotation(), sampleAnnotation({ verdict: undefined })], documentedScale).length, 1);
});

test('the publish-readiness check lists what a ClaimReview still misses', () => {
  assert.deepEqual(claimReviewReadiness(sampleAnnotation(), documentedScale), []);
  const bare = sampleAnnotation({ claimant: undefined, claimDate: undefined, evidence: [], reviewUrl: undefined, author: undefined, verdict: { label: 'False', value: 1, explanation: '' } });
  assert.deepEqual(
    claimReviewReadiness(bare, DEFAULT_RATING_SCALE).map((gap) => gap.field),
    ['explanation', 'claimant', 'claimDate', 'evidence', 'scale', 'url', 'author'],
  );
  const withVerdictInClaim = sampleAnnotation({ target: { ...sampleAnnotation().target, quote: { type: 'TextQuoteSelector', exact: 'FALSE: the bank has 12 operators', prefix: '', suffix: '' } }, verdict: { label: 'False', value: 1, explanation: 'x' } });
  assert.deepEqual(claimReviewReadiness(withVerdictInClaim, documentedScale).map((gap) => gap.message), ['the claim text contains the verdict "False"']);
  const long = sampleAnnotation({ target: { ...sampleAnnotation().target, quote: { type: 'TextQuoteSelector', exact: 'x'.repeat(301), prefix: '', suffix: '' } } });
  assert.match(claimReviewReadiness(long, documentedScale)[0]!.message, /301 characters/);
});

test('CSV: UTF-8 with BOM, RFC 4180 quoting, formulas neutralised, Cyrillic and kanji intact', () => {
  const tricky = sampleAnnotation({
    note: '=HYPERLINK("http://evil.example","click")',
    claimant: '+7 495 000',
    tags: ['@mention', '-minus'],
    target: { ...sampleAnnotation().target, quote: { type: 'TextQuoteSelector', exact: 'Банк России, "12", 金融庁\nsecond line', prefix: '', suffix: '' } },
  });
  const csv = toCsv([tricky]);
  assert.ok(csv.startsWith('\uFEFF"id","page_url"'));
  assert.ok(csv.includes('\r\n'));
  const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
  assert.deepEqual(parsed.errors, []);
  const [header, row] = parsed.data;
  assert.deepEqual(header, [...CSV_COLUMNS]);
  const cell = (name: string) => row![CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number])];
  assert.equal(cell('quote'), 'Банк России, "12", 金融庁\nsecond line');
  assert.equal(cell('note'), `'=HYPERLINK("http://evil.example","click")`);
  assert.equal(cell('claimant'), `'+7 495 000`);
  assert.equal(cell('tags'), `'@mention; -minus`);
  assert.equal(cell('verdict'), 'Mostly false');
  assert.match(cell('link')!, /^https:\/\/news\.example\/russia-checks#:~:text=/);
  for (const lead of ['-1', '\tx', '\rx']) {
    const [, r] = Papa.parse<string[]>(toCsv([sampleAnnotation({ note: lead })]).slice(1)).data;
    assert.equal(r![CSV_COLUMNS.indexOf('note')], `'${lead}`);
  }
});

test('Markdown: one section per page, quote, verdict, explanation and sources, user text escaped', () => {
  const md = toMarkdown([sampleAnnotation({ note: 'See [this](javascript:alert(1)) <b>now</b>' })], '2026-12-02T00:00:00.000Z');
  assert.match(md, /^# Fact-check report\n/);
  assert.match(md, /## \[Russia plans crypto checks\]\(<https:\/\/news\.example\/russia-checks>\)/);
  assert.match(md, /> The Bank of Russia has 12 licensed operators/);
  assert.match(md, /\*\*Verdict: Mostly false\*\*/);
  assert.match(md, /The register lists 9 operators as of November\./);
  assert.match(md, /- \[Register of operators\]\(<https:\/\/cbr\.example\/register>\), seen 2026-12-01/);
  assert.ok(md.includes('See \\[this\\](javascript:alert(1)) \\<b\\>now\\</b\\>'));
  assert.equal(escapeMarkdown('*a*_b_'), '\\*a\\*\\_b\\_');
  assert.equal(escapeMarkdown('# not a heading\n1. not a list\n- nor this'), '\\# not a heading\n1\\. not a list\n\\- nor this');
});

test('Hypothesis export: the file its Import reads, with uri, document, text, tags and target selectors', () => {
  const file = toHypothesisExport([sampleAnnotation()], '2026-12-02T00:00:00.000Z');
  assert.equal(file.export_date, '2026-12-02T00:00:00.000Z');
  const [ann] = file.annotations as Record<string, unknown>[];
  assert.equal(ann?.uri, 'https://news.example/russia-checks');
  assert.deepEqual(ann?.document, { title: ['Russia plans crypto checks'] });
  assert.deepEqual(ann?.tags, ['russia', 'licensing', 'verdict:Mostly false']);
  assert.match(String(ann?.text), /^\*\*Verdict: Mostly false\*\*/);
  const [target] = ann?.target as { source: string; selector: { type: string }[] }[];
  assert.deepEqual(target?.selector.map((s) => s.type), ['TextQuoteSelector', 'TextPositionSelector']);
  assert.equal(typeof ann?.user, 'string');
});

test('CSV neutralises a formula that goes on over several lines (papaparse alone would not)', () => {
  const [, row] = Papa.parse<string[]>(toCsv([sampleAnnotation({ note: '=HYPERLINK("http://evil.example")\nmore' })]).slice(1)).data;
  assert.equal(row![CSV_COLUMNS.indexOf('note')], `'=HYPERLINK("http://evil.example")\nmore`);
});

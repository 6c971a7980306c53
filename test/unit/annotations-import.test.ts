import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_RATING_SCALE, duplicateKey, parseAnnotationFile, toW3CCollection } from '../../src/core/annotations/index.js';
import { sampleAnnotation } from './annotation-fixtures.js';

const NOW = '2026-12-02T12:00:00.000Z';
let counter = 0;
const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
const parse = (value: unknown) => parseAnnotationFile(typeof value === 'string' ? value : JSON.stringify(value), DEFAULT_RATING_SCALE, NOW, newId);
const errorOf = (value: unknown) => {
  const result = parse(value);
  assert.equal(result.ok, false, 'expected the file to be refused');
  return result.ok ? '' : result.error;
};

const foreign = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'https://annotations.example/anno/1',
  type: 'Annotation',
  created: '2025-05-01T09:00:00Z',
  body: [
    { type: 'TextualBody', purpose: 'assessing', value: 'misleading' },
    { type: 'TextualBody', purpose: 'describing', value: 'Out of context.' },
    { type: 'TextualBody', value: 'A plain comment' },
    { type: 'TextualBody', purpose: 'tagging', value: 'sanctions' },
    { type: 'SpecificResource', purpose: 'identifying', source: 'urn:policy-lens:entity:ru-prosecutor-general' },
    { type: 'SpecificResource', purpose: 'linking', source: 'https://evidence.example/a' },
  ],
  target: { source: 'https://news.example/story#section', selector: [{ type: 'TextQuoteSelector', exact: 'the claim', prefix: 'before ', suffix: ' after' }, { type: 'TextPositionSelector', start: 10, end: 19 }] },
};

test('our own W3C export imports back as the same annotations', () => {
  const annotations = [sampleAnnotation(), sampleAnnotation({ id: 'b1d4e5f6-0000-4000-8000-000000000001', verdict: undefined, verdictHistory: [] })];
  const result = parse(toW3CCollection(annotations, NOW));
  assert.deepEqual(result, { ok: true, annotations });
});

test("another tool's W3C annotation is read from its bodies and selectors", () => {
  const result = parse(foreign);
  assert.equal(result.ok, true);
  const [annotation] = result.ok ? result.annotations : [];
  assert.equal(annotation?.id, 'https://annotations.example/anno/1');
  assert.equal(annotation?.page.url, 'https://news.example/story');
  assert.deepEqual(annotation?.verdict, { label: 'Misleading', value: 2, explanation: 'Out of context.' });
  assert.equal(annotation?.note, 'A plain comment');
  assert.deepEqual(annotation?.tags, ['sanctions']);
  assert.deepEqual(annotation?.entities, ['ru-prosecutor-general']);
  assert.deepEqual(annotation?.evidence, [{ kind: 'link', url: 'https://evidence.example/a', title: '' }]);
  assert.deepEqual(annotation?.target.position, { type: 'TextPositionSelector', start: 10, end: 19 });
  assert.equal(annotation?.created, '2025-05-01T09:00:00Z');
  assert.equal(annotation?.verdictHistory.length, 1);
  // An AnnotationPage and a bare array are read too.
  assert.equal(parse({ type: 'AnnotationPage', items: [foreign] }).ok, true);
  assert.equal(parse([foreign, foreign]).ok, true);
});

test('each kind of bad file gets one message that says what is wrong and where', () => {
  assert.match(errorOf('{"type": "Annotation", '), /^the file is not JSON: /);
  assert.match(errorOf('42'), /holds no annotations/);
  assert.match(errorOf({ annotations: [] }), /Hypothesis export/);
  assert.match(errorOf({ type: 'AnnotationCollection', first: 'https://example.org/page1' }), /no embedded page/);
  assert.match(errorOf({ type: 'AnnotationPage', items: [] }), /holds no annotations/);
  assert.equal(errorOf([foreign, { ...foreign, target: 'https://news.example/x' }]), '[1].target: no TextQuoteSelector with an exact quote (only text annotations can be placed on a page)');
  assert.equal(errorOf([{ ...foreign, target: { source: 'https://a.example', selector: { type: 'TextQuoteSelector', exact: '' } } }]), '[0].target.selector.exact: the quote is empty');
  assert.match(errorOf({ ...foreign, body: [{ type: 'TextualBody', purpose: 'assessing', value: 'Pants on fire' }] }), /^annotation\.body: the verdict "Pants on fire" is not on your rating scale/);
  assert.match(errorOf({ ...foreign, target: { source: 'javascript:alert(1)', selector: foreign.target.selector } }), /^annotation\.page\.url: must be an http or https URL/);
  const own = toW3CCollection([sampleAnnotation()], NOW) as { first: { items: Record<string, unknown>[] } };
  (own.first.items[0]!.policyLens as { created: string }).created = 'yesterday';
  assert.equal(errorOf(own), 'first.items[0].policyLens.created: must be an ISO 8601 date and time');
  assert.match(errorOf({ ...foreign, target: 12 }), /^annotation\.target: /);
});

test('the same passage with the same words has the same duplicate key', () => {
  const a = sampleAnnotation();
  assert.equal(duplicateKey(a), duplicateKey({ ...a, id: 'other', created: NOW }));
  assert.notEqual(duplicateKey(a), duplicateKey({ ...a, note: 'different' }));
});

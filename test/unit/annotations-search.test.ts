import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AnnotationIndex, isFilterOn, siteOf } from '../../src/core/annotations/index.js';
import { sampleAnnotation } from './annotation-fixtures.js';

const annotations = [
  sampleAnnotation(),
  sampleAnnotation({ id: 'b', page: { url: 'https://www.other.example/x', title: 'Банк России и биржи' }, tags: ['exchanges'], entities: ['us-sec'], verdict: undefined, note: 'Проверить лицензии', created: '2026-10-01T00:00:00.000Z', modified: '2026-10-01T00:00:00.000Z' }),
  sampleAnnotation({ id: 'c', verdict: { label: 'True', value: 5, explanation: 'Matches the register.' }, tags: [], created: '2026-12-02T00:00:00.000Z', modified: '2026-12-02T00:00:00.000Z' }),
];
const index = new AnnotationIndex(annotations);
const ids = (list: { id: string }[]) => list.map((a) => a.id);

test('without a filter every annotation is listed, newest first', () => {
  assert.deepEqual(ids(index.query({})), ['c', sampleAnnotation().id, 'b']);
  assert.equal(isFilterOn({}), false);
  assert.equal(isFilterOn({ text: '  ' }), false);
  assert.equal(isFilterOn({ tag: 'x' }), true);
});

test('search finds words in notes, explanations and titles, in any script, with prefixes', () => {
  assert.deepEqual(ids(index.query({ text: 'register' })).sort(), ['8f14e45f-ceea-4e67-a1c2-1b2c3d4e5f60', 'c']);
  assert.deepEqual(ids(index.query({ text: 'лиценз' })), ['b']);
  assert.deepEqual(ids(index.query({ text: 'Банк' })), ['b']);
});

test('filters by site, tag, verdict, entity and creation date combine', () => {
  assert.equal(siteOf('https://www.other.example/x'), 'other.example');
  assert.deepEqual(ids(index.query({ site: 'other.example' })), ['b']);
  assert.deepEqual(ids(index.query({ tag: 'russia' })), [sampleAnnotation().id]);
  assert.deepEqual(ids(index.query({ verdict: 'True' })), ['c']);
  assert.deepEqual(ids(index.query({ verdict: 'none' })), ['b']);
  assert.deepEqual(ids(index.query({ entity: 'us-sec' })), ['b']);
  assert.deepEqual(ids(index.query({ from: '2026-12-01', to: '2026-12-01' })), [sampleAnnotation().id]);
  assert.deepEqual(ids(index.query({ text: 'register', verdict: 'Mostly false' })), [sampleAnnotation().id]);
});

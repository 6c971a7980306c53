import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCard } from '../../src/core/card.js';
import type { Entity } from '../../src/core/types.js';
import { testReferenceData } from './fixture-data.js';

const data = testReferenceData();
const krasnov = data.entities.find((e) => e.id === 'igor-krasnov') as Entity;
const card = (referenceDate: string) =>
  buildCard({ entity: krasnov, coverage: data.coverage.filter((c) => c.entities.includes('igor-krasnov')), citedCoverage: data.coverage, referenceDate });

test('a role held on the story date is current', () => {
  assert.deepEqual(card('2022-11-11').roles, [{ post: 'Prosecutor General of Russia', start: '2020-01-22', end: '2025-09-24', former: false }]);
});

test('a role that ended before the reference date is marked former', () => {
  assert.equal(card('2026-11-21').roles[0]?.former, true);
});

test('an open role the build marked stale says "as of" its latest source; once ended it is simply former', () => {
  const stale = { ...krasnov, roles: [{ post: 'Head', start: '2020', asOf: '2024-03-05', sources: krasnov.roles[0]?.sources ?? [] }] } as Entity;
  const at = (referenceDate: string, entity: Entity) => buildCard({ entity, coverage: [], citedCoverage: [], referenceDate }).roles[0];
  assert.equal(at('2026-11-21', stale)?.asOf, '2024-03-05');
  assert.equal(at('2026-11-21', krasnov)?.asOf, undefined);
});

test('a role that had not begun on the story date is not shown', () => {
  assert.deepEqual(card('2019-05-01').roles, []);
});

test('a fact sourced to a coverage record shows that record as its source', () => {
  assert.deepEqual(card('2022-11-11').facts[0]?.sources, [{ title: 'A test article', publisher: 'Test Outlet', url: 'https://news.example/test', date: '2022-11-11' }]);
});

test('related coverage is listed newest first', () => {
  assert.deepEqual(card('2022-11-11').coverage.map((c) => c.id), ['cov-later', 'cov-test']);
});

test('the jurisdiction is named and Wikidata linked where known', () => {
  const interpol = buildCard({ entity: data.entities.find((e) => e.id === 'int-interpol') as Entity, coverage: [], citedCoverage: [], referenceDate: '2024-01-01' });
  assert.equal(interpol.jurisdiction.name, 'International');
  assert.equal(interpol.wikidataUrl, 'https://www.wikidata.org/wiki/Q0');
  assert.equal(card('2022-11-11').jurisdiction.name, 'Russia');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCard } from '../../src/core/card.js';
import { buildEntityPage } from '../../src/core/entity-page.js';
import type { Entity } from '../../src/core/types.js';
import { testReferenceData } from './fixture-data.js';

const data = testReferenceData();
const entity = (id: string) => data.entities.find((e) => e.id === id) as Entity;
const krasnov = entity('igor-krasnov');
const card = (referenceDate: string, subject: Entity = krasnov) =>
  buildCard({ entity: subject, coverage: data.coverage.filter((c) => c.entities.includes(subject.id)), citedCoverage: data.coverage, referenceDate });

const web = (publisher: string, tier?: 'official' | 'major-news' | 'reference' | 'secondary') => ({
  url: `https://example.org/${publisher}`, title: publisher, publisher, retrievedAt: '2026-11-21', ...(tier ? { tier } : {}),
});

test('the role held on the story date is the card\'s role, not former', () => {
  assert.deepEqual(card('2022-11-11').role, { post: 'Prosecutor General of Russia', start: '2020-01-22', end: '2025-09-24', former: false });
});

test('a role that ended before the story date is shown as former', () => {
  assert.equal(card('2026-11-21').role?.former, true);
});

test('an open role the build marked stale says "as of" its latest source; once ended it is simply former', () => {
  const stale = { ...krasnov, roles: [{ post: 'Head', start: '2020', asOf: '2024-03-05', sources: krasnov.roles[0]?.sources ?? [] }] } as Entity;
  const at = (referenceDate: string, entity: Entity) => buildCard({ entity, coverage: [], citedCoverage: [], referenceDate }).role;
  assert.equal(at('2026-11-21', stale)?.asOf, '2024-03-05');
  assert.equal(at('2026-11-21', krasnov)?.asOf, undefined);
});

test('an open role whose sources are all undated news says so instead of showing as current', () => {
  const undated = { ...krasnov, roles: [{ post: 'Head', start: '2020', undated: true, sources: krasnov.roles[0]?.sources ?? [] }] } as Entity;
  const at = (referenceDate: string, entity: Entity) => buildCard({ entity, coverage: [], citedCoverage: [], referenceDate }).role;
  assert.equal(at('2026-11-21', undated)?.undated, true);
  assert.equal(at('2026-11-21', krasnov)?.undated, undefined);
});

test('a role that had not begun on the story date is not shown', () => {
  assert.equal(card('2019-05-01').role, undefined);
});

test('a regulation gets no role line', () => {
  const mica = { ...entity('eu-mica'), roles: [{ post: 'In force', start: '2023-06-09', sources: [web('EU')] }] } as Entity;
  assert.equal(card('2024-01-01', mica).role, undefined);
});

test('the native name carries its language', () => {
  assert.equal(card('2022-11-11').nativeLang, 'ru');
  assert.equal(card('2022-11-11', entity('jp-fsa')).nativeLang, 'ja');
});

test('a fact sourced to a coverage record shows that record as its one source', () => {
  assert.deepEqual(card('2022-11-11').facts[0]?.source, { title: 'A test article', publisher: 'Test Outlet', url: 'https://news.example/test', date: '2022-11-11' });
});

test('the latest fact after the story is set apart, and at most three facts from before it are shown, newest first', () => {
  const busy = {
    ...krasnov,
    facts: ['2019-01', '2020-02', '2021-03', '2022-04', '2022-11', '2023-05', '2024-06'].map((date) => ({ statement: `On ${date}.`, date, sources: [web('x')] })),
  } as Entity;
  const built = card('2022-11-11', busy);
  assert.deepEqual(built.facts.map((f) => f.date), ['2022-11', '2022-04', '2021-03']);
  assert.deepEqual(built.since.map((f) => f.date), ['2024-06']);
  assert.equal(built.factCount, 7);
});

test('without a story date nothing is "since the story"', () => {
  const later = { ...krasnov, facts: [{ statement: 'Later.', date: '2030-01-01', sources: [web('x')] }] } as Entity;
  const built = buildCard({ entity: later, coverage: [], citedCoverage: [], referenceDate: '2026-12-02', storyDated: false });
  assert.deepEqual(built.since, []);
});

test('the one source shown is the strongest: official before major news before untiered', () => {
  const sourced = { ...krasnov, facts: [{ statement: 'S.', date: '2021', sources: [web('blog'), web('wire', 'major-news'), web('gov', 'official')] }] } as Entity;
  const fact = card('2022-11-11', sourced).facts[0];
  assert.equal(fact?.source.publisher, 'gov');
  assert.equal(fact?.sourceCount, 3);
});

test('related coverage is listed newest first', () => {
  assert.deepEqual(card('2022-11-11').coverage.map((c) => c.id), ['cov-later', 'cov-test']);
});

test('the jurisdiction is named and Wikidata linked where known', () => {
  const interpol = card('2024-01-01', entity('int-interpol'));
  assert.equal(interpol.jurisdiction.name, 'International');
  assert.equal(interpol.wikidataUrl, 'https://www.wikidata.org/wiki/Q0');
  assert.equal(card('2022-11-11').jurisdiction.name, 'Russia');
});

test('the entity page lists every fact with every source, roles, relations both ways and coverage', () => {
  const office = { ...entity('ru-prosecutor-general-office'), relations: [{ type: 'partOf', target: 'ru-bank-of-russia' }] } as Entity;
  const person = { ...krasnov, relations: [{ type: 'heads', target: 'ru-prosecutor-general-office' }] } as Entity;
  const page = buildEntityPage({ entity: office, coverage: [], citedCoverage: [], related: [person, entity('ru-bank-of-russia')], today: '2026-12-02' });
  assert.deepEqual(page.relations, [
    { type: 'partOf', target: 'ru-bank-of-russia', direction: 'out', name: 'Bank of Russia', targetType: 'agency' },
    { type: 'heads', target: 'igor-krasnov', direction: 'in', name: 'Igor Krasnov', targetType: 'official' },
  ]);
  const full = buildEntityPage({ entity: krasnov, coverage: data.coverage.filter((c) => c.entities.includes('igor-krasnov')), citedCoverage: data.coverage, related: [], today: '2026-12-02' });
  assert.equal(full.facts.length, krasnov.facts.length);
  assert.equal(full.roles[0]?.former, true);
  assert.equal(full.coverage.length, 2);
});

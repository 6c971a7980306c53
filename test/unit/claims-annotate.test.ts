// A checked claim turned into an annotation, and recognised on a later page (issue 10): the triple a claim reduces
// to, the verdict mapped onto the rating scale, the evidence by reference, the version-3 index of the user table and
// its upgrade from version 2 with every row kept.
import 'fake-indexeddb/auto';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Dexie from 'dexie';
import { createAnnotationHandlers } from '../../src/background/annotation-handlers.js';
import { PolicyLensDatabase } from '../../src/background/db.js';
import { type AnnotationDraft, DEFAULT_RATING_SCALE, describePassage, passageContext } from '../../src/core/annotations/index.js';
import { claimAnnotationPreset, claimRefOf, normalisedValue, ratingLabelFor } from '../../src/core/claims/rated.js';
import type { CheckedClaim } from '../../src/core/claims/types.js';
import { ARTICLE, sampleAnnotation } from './annotation-fixtures.js';

function claim(overrides: Partial<CheckedClaim> = {}): CheckedClaim {
  return {
    block: 0,
    start: 0,
    end: 40,
    sentence: 'Interpol has more than 190 member countries.',
    entity: 'interpol',
    property: 'memberCount',
    value: { kind: 'quantity', amount: 190, approximation: 'moreThan', text: 'more than 190' },
    alsoNamed: [],
    verdict: 'supported',
    reasoning: ['Read "more than 190".', 'The database holds 196 members as of 2024-11-01.', '196 > 190: supported.'],
    rule: 'a lower bound is supported by any larger value',
    recorded: {
      statement: 'interpol-members',
      value: '196 members',
      date: 'as of 2024-11-01',
      sources: [{ title: 'Member countries', publisher: 'Interpol', url: 'https://www.interpol.int/en/Who-we-are/Member-countries', seen: '2026-12-02' }],
    },
    referenceDate: '2026-12-02',
    referenceDateSource: 'today',
    propertyLabel: 'number of members',
    entityName: 'Interpol',
    ...overrides,
  };
}

test('a claim reduces to (entity, property, value): the approximation, folded places and "former" are kept', () => {
  assert.deepEqual(claimRefOf(claim()), { entity: 'interpol', property: 'memberCount', value: 'more than 190' });
  assert.equal(normalisedValue({ kind: 'quantity', amount: 30, unit: 'exchanges', approximation: 'exact', text: '30' }), '30 exchanges');
  assert.equal(normalisedValue({ kind: 'place', name: 'İstanbul', known: true, text: 'İstanbul' }), normalisedValue({ kind: 'place', name: 'Istanbul', known: true, text: 'Istanbul' }));
  assert.equal(normalisedValue({ kind: 'date', date: '2024-12-30', text: '30 December 2024' }), '2024-12-30');
  assert.equal(normalisedValue({ kind: 'post', post: 'SEC Chair', former: true, then: false, text: 'former SEC Chair' }), 'former SEC Chair');
});

test('verdicts map onto the default scale; not in the database and not judged get none', () => {
  assert.equal(ratingLabelFor({ verdict: 'supported' }), 'True');
  assert.equal(ratingLabelFor({ verdict: 'contradicted' }), 'False');
  assert.equal(ratingLabelFor({ verdict: 'outdated', direction: 'was-true-earlier' }), 'Misleading');
  assert.equal(ratingLabelFor({ verdict: 'outdated', direction: 'changed-since' }), 'Mostly true');
  assert.equal(ratingLabelFor({ verdict: 'unknown' }), undefined);
  assert.equal(ratingLabelFor({ verdict: 'unjudged' }), undefined);
  for (const label of ['True', 'False', 'Misleading', 'Mostly true']) assert.ok(DEFAULT_RATING_SCALE.ratings.some((r) => r.label === label), label);
});

test('the preset carries the reasoning, the entity, the statement by reference and its source; a scale without the label leaves the verdict open', () => {
  const preset = claimAnnotationPreset(claim({ verdict: 'contradicted' }), DEFAULT_RATING_SCALE);
  assert.equal(preset.verdict, 'False');
  assert.deepEqual(preset.entities, ['interpol']);
  assert.match(preset.explanation, /^Policy Lens: Contradicted — Interpol, number of members, as of 2026-12-02\.\nRead "more than 190"\./);
  const [fact, link] = preset.evidence;
  assert.equal(fact?.kind, 'fact');
  assert.ok(fact?.kind === 'fact' && fact.entityId === 'interpol' && fact.date === 'as of 2024-11-01' && fact.statement.includes('196 members') && fact.statement.includes('Member countries, Interpol'));
  assert.deepEqual(link, { kind: 'link', url: 'https://www.interpol.int/en/Who-we-are/Member-countries', title: 'Member countries', seen: '2026-12-02' });
  const custom = { ...DEFAULT_RATING_SCALE, ratings: [{ label: 'Correct', value: 5, description: '' }] };
  assert.equal(claimAnnotationPreset(claim(), custom).verdict, undefined);
});

let counter = 0;
const name = () => `claims-annotate-${++counter}`;

function draft(url: string): AnnotationDraft {
  const exact = 'The Bank of Russia has 12 licensed operators';
  const start = ARTICLE.indexOf(exact);
  const { quote, position } = describePassage(ARTICLE, start, start + exact.length);
  return { page: { url, title: `Story at ${url}` }, quote, position, context: passageContext(ARTICLE, start, start + exact.length), entities: [] };
}

test('an annotation keeps the claim it rates, and the same claim is found by its triple, latest verdict first', async () => {
  const db = new PolicyLensDatabase(name());
  await db.open();
  let clock = Date.parse('2026-12-01T10:00:00Z');
  let ids = 0;
  const handlers = createAnnotationHandlers(db, { now: () => new Date((clock += 60_000)), newId: () => `id-${++ids}` });
  const ref = { entity: 'interpol', property: 'memberCount', value: 'more than 190' };
  await handlers.createAnnotation({ draft: draft('https://a.example/one'), changes: { claim: ref, verdict: { label: 'False', value: 1, explanation: '' } } });
  const later = await handlers.createAnnotation({ draft: draft('https://b.example/two'), changes: { claim: ref, verdict: { label: 'True', value: 5, explanation: '' } } });
  await handlers.createAnnotation({ draft: draft('https://c.example/three'), changes: { claim: { ...ref, value: '190' }, note: 'no verdict' } });
  assert.deepEqual(later.claim, ref);
  const found = await handlers.findRatedClaims({ claims: [ref, { ...ref, value: '190' }, { ...ref, value: '999' }] });
  assert.equal(found.length, 1, 'one triple has a verdict; the one without a verdict and the unknown one are not rated');
  assert.equal(found[0]?.verdict, 'True');
  assert.equal(found[0]?.title, 'Story at https://b.example/two');
  assert.match(found[0]?.url ?? '', /^https:\/\/b\.example\/two#:~:text=/);
  assert.deepEqual(await handlers.findRatedClaims({ claims: [] }), []);
  // Clearing the claim takes the annotation out of the index.
  await handlers.updateAnnotation({ id: later.id, changes: { claim: null } });
  assert.equal((await handlers.findRatedClaims({ claims: [ref] }))[0]?.verdict, 'False');
  db.close();
});

test('upgrading a version-2 database to version 3 keeps every annotation, and old ones are simply unrated', async () => {
  const dbName = name();
  const v2 = new Dexie(dbName);
  v2.version(1).stores({ entities: 'id, type, country', coverage: 'id, *entities, date', meta: 'key', siteSettings: 'host' });
  v2.version(2).stores({ annotations: 'id, page.url, *tags, *entities, verdict.label, created, modified', settings: 'key', drafts: 'tabId' });
  await v2.open();
  await v2.table('annotations').put(sampleAnnotation());
  await v2.table('settings').put({ key: 'annotationSettings', value: { author: 'A', scale: DEFAULT_RATING_SCALE }, updatedAt: '2026-01-01T00:00:00Z' });
  v2.close();
  const db = new PolicyLensDatabase(dbName);
  await db.open();
  assert.equal(db.verno, 4);
  assert.deepEqual(await db.annotations.get(sampleAnnotation().id), sampleAnnotation());
  assert.equal(await db.settings.count(), 1);
  const handlers = createAnnotationHandlers(db);
  assert.deepEqual(await handlers.findRatedClaims({ claims: [{ entity: 'ru-cbr', property: 'licensedCount', value: '12' }] }), []);
  db.close();
});

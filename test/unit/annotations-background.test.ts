import 'fake-indexeddb/auto';
import '../support/dexie-export-env.js';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Dexie from 'dexie';
import { createAnnotationHandlers, storeDraft } from '../../src/background/annotation-handlers.js';
import { createBackupHandlers } from '../../src/background/backup-handlers.js';
import { PolicyLensDatabase } from '../../src/background/db.js';
import { seedReferenceData } from '../../src/background/seed.js';
import { type AnnotationDraft, DEFAULT_RATING_SCALE, describePassage, passageContext, passageHash, toW3CCollection } from '../../src/core/annotations/index.js';
import { ARTICLE, sampleAnnotation } from './annotation-fixtures.js';
import { testReferenceData } from './fixture-data.js';

let counter = 0;
const uniqueName = () => `annotations-test-${++counter}`;
async function fresh(name = uniqueName()) {
  const db = new PolicyLensDatabase(name);
  await db.open();
  let clock = Date.parse('2026-12-01T10:00:00Z');
  let ids = 0;
  const handlers = createAnnotationHandlers(db, { now: () => new Date((clock += 60_000)), newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}` });
  return { db, handlers, backup: createBackupHandlers(db) };
}

function draft(): AnnotationDraft {
  const exact = 'The Bank of Russia has 12 licensed operators';
  const start = ARTICLE.indexOf(exact);
  const { quote, position } = describePassage(ARTICLE, start, start + exact.length);
  return { page: { url: 'https://news.example/russia-checks', title: 'Russia plans crypto checks', storyDate: '2026-11-30' }, quote, position, context: passageContext(ARTICLE, start, start + exact.length), entities: ['ru-cbr', 'ru-cbr'] };
}

test('version 4 drops the entity indexes nothing reads, and keeps the rows', async () => {
  const name = uniqueName();
  const old = new Dexie(name);
  old.version(1).stores({ entities: 'id, type, country', coverage: 'id, *entities, date', meta: 'key', siteSettings: 'host' });
  await old.open();
  await old.table('entities').put({ id: 'x', type: 'agency', country: 'JP', name: 'X' });
  old.close();
  const { db } = await fresh(name);
  assert.deepEqual(db.entities.schema.indexes, []);
  assert.deepEqual(await db.entities.get('x'), { id: 'x', type: 'agency', country: 'JP', name: 'X' } as never);
});

test('upgrading a version-1 database keeps every row, and a reseed never touches the annotations', async () => {
  const name = uniqueName();
  // The schema as version 1 shipped it.
  const v1 = new Dexie(name);
  v1.version(1).stores({ entities: 'id, type, country', coverage: 'id, *entities, date', meta: 'key', siteSettings: 'host' });
  await v1.open();
  await v1.table('siteSettings').bulkPut([
    { host: 'a.example', enabled: false, updatedAt: '2026-01-01T00:00:00Z' },
    { host: 'b.example', enabled: true, updatedAt: '2026-01-02T00:00:00Z' },
  ]);
  await v1.table('meta').put({ key: 'dataset', version: 'old', aliasIndex: {}, seededAt: 'x', seedMs: 1 });
  v1.close();

  const { db, handlers } = await fresh(name);
  assert.equal(db.verno, 4);
  assert.deepEqual((await db.siteSettings.toArray()).map((s) => [s.host, s.enabled]), [
    ['a.example', false],
    ['b.example', true],
  ]);
  const saved = await handlers.createAnnotation({ draft: draft(), changes: { note: 'kept' } });
  await db.annotations.put(sampleAnnotation());
  assert.equal(await seedReferenceData(db, testReferenceData()), 'seeded');
  const next = testReferenceData();
  next.version = 'next';
  assert.equal(await seedReferenceData(db, next), 'seeded');
  assert.deepEqual(await db.annotations.get(saved.id), saved);
  assert.deepEqual(await db.annotations.get(sampleAnnotation().id), sampleAnnotation());
  assert.equal(await db.siteSettings.count(), 2);
});

test('a new annotation takes the selection, the author from settings and a hash of its passage', async () => {
  const { handlers } = await fresh();
  await handlers.setAnnotationSettings({ settings: { author: 'A. Checker', scale: DEFAULT_RATING_SCALE } });
  const annotation = await handlers.createAnnotation({ draft: draft(), changes: { verdict: { label: 'False', value: 1, explanation: 'No.' }, tags: ['russia'] } });
  assert.equal(annotation.author, 'A. Checker');
  assert.deepEqual(annotation.entities, ['ru-cbr']);
  assert.equal(annotation.target.contextHash, await passageHash(draft().context));
  assert.deepEqual(annotation.verdictHistory.map((v) => [v.label, v.author]), [['False', 'A. Checker']]);
  assert.deepEqual(await handlers.listAnnotations({ url: 'https://news.example/russia-checks#frag' }), [annotation]);
  assert.deepEqual(await handlers.listAnnotations({ url: 'https://news.example/other' }), []);
  // The page's tab is told where the passages are, and nothing of what the fact-checker wrote.
  const targets = await handlers.listPlacementTargets({ url: 'https://news.example/russia-checks' });
  assert.deepEqual(targets, [{ id: annotation.id, quote: annotation.target.quote, position: annotation.target.position }]);
  assert.doesNotMatch(JSON.stringify(targets), /No\.|russia"|A\. Checker/);
});

test('every change of verdict is kept in its history; other edits add nothing to it', async () => {
  const { handlers } = await fresh();
  const a = await handlers.createAnnotation({ draft: draft(), changes: {} });
  assert.deepEqual(a.verdictHistory, []);
  const b = await handlers.updateAnnotation({ id: a.id, changes: { verdict: { label: 'Mixed', value: 3, explanation: '' } } });
  const c = await handlers.updateAnnotation({ id: a.id, changes: { note: 'just a note', claimant: 'Bank of Russia' } });
  const d = await handlers.updateAnnotation({ id: a.id, changes: { verdict: { label: 'False', value: 1, explanation: 'Register says 9.' } } });
  const e = await handlers.updateAnnotation({ id: a.id, changes: { verdict: null, claimant: null } });
  assert.deepEqual(b.verdictHistory.map((v) => v.label), ['Mixed']);
  assert.equal(c.verdictHistory.length, 1);
  assert.deepEqual(d.verdictHistory.map((v) => v.label), ['Mixed', 'False']);
  assert.deepEqual(e.verdictHistory.map((v) => v.label), ['Mixed', 'False', '(verdict removed)']);
  assert.equal(e.verdict, undefined);
  assert.equal(e.claimant, undefined);
  assert.ok(e.modified > a.modified);
  await assert.rejects(async () => handlers.updateAnnotation({ id: a.id, changes: { claimDate: '30/11/2026' } }), /^Error: changes\.claimDate: must be a date as YYYY-MM-DD$/);
  await assert.rejects(async () => handlers.updateAnnotation({ id: a.id, changes: { created: 'x' } as never }), /changes/);
});

test('a deleted annotation comes back exactly as it was with undo', async () => {
  const { handlers, db } = await fresh();
  const a = await handlers.createAnnotation({ draft: draft(), changes: { note: 'keep me' } });
  const removed = await handlers.deleteAnnotation({ id: a.id });
  assert.deepEqual(removed, a);
  assert.equal(await db.annotations.count(), 0);
  assert.equal(await handlers.deleteAnnotation({ id: a.id }), null);
  await handlers.restoreAnnotation({ annotation: removed! });
  assert.deepEqual(await db.annotations.get(a.id), a);
});

test('a bad import file changes nothing; a good one is written once, duplicates recognised', async () => {
  const { handlers, db } = await fresh();
  await db.annotations.put(sampleAnnotation());
  const before = await db.annotations.toArray();
  const good = sampleAnnotation({ id: '11111111-2222-4333-8444-555555555555', note: 'another' });
  const broken = toW3CCollection([good, sampleAnnotation({ id: '99999999-2222-4333-8444-555555555555' })], 'now') as { first: { items: { policyLens: { page: { url: string } } }[] } };
  broken.first.items[1]!.policyLens.page.url = 'not a url';
  await assert.rejects(async () => handlers.importAnnotations({ text: JSON.stringify(broken) }), /^Error: first\.items\[1\]\.policyLens\.page\.url: /);
  assert.deepEqual(await db.annotations.toArray(), before);
  const file = JSON.stringify(toW3CCollection([good, sampleAnnotation(), { ...sampleAnnotation(), id: '22222222-2222-4333-8444-555555555555' }], 'now'));
  assert.deepEqual(await handlers.importAnnotations({ text: file }), { added: 1, duplicates: 2 });
  assert.equal(await db.annotations.count(), 2);
});

test('each export format comes back as a named file of the chosen annotations', async () => {
  const { handlers, db } = await fresh();
  await db.annotations.bulkPut([sampleAnnotation(), sampleAnnotation({ id: 'second', verdict: undefined, verdictHistory: [] })]);
  const expected = { w3c: ['.jsonld', 2], claimreview: ['.claimreview.jsonld', 1], csv: ['.csv', 2], markdown: ['.md', 2], hypothesis: ['.hypothesis.json', 2] } as const;
  for (const [format, [extension, count]] of Object.entries(expected)) {
    const file = await handlers.exportAnnotations({ format: format as keyof typeof expected });
    assert.ok(file.filename.endsWith(extension), file.filename);
    assert.equal(file.count, count, format);
    assert.ok(file.text.length > 0);
  }
  const only = await handlers.exportAnnotations({ format: 'csv', ids: ['second'] });
  assert.equal(only.count, 1);
  const readiness = await handlers.checkClaimReviewReadiness({});
  assert.deepEqual(readiness.map((r) => [r.id, r.gaps.map((g) => g.field)]), [[sampleAnnotation().id, ['scale']]]);
});

test('a draft captured for a tab is taken once by its panel', async () => {
  const { handlers, db } = await fresh();
  await storeDraft(db, 7, draft());
  assert.deepEqual(await handlers.takeDraft({ tabId: 7 }), draft());
  assert.equal(await handlers.takeDraft({ tabId: 7 }), null);
  await assert.rejects(storeDraft(db, 7, { ...draft(), quote: { type: 'TextQuoteSelector', exact: '' } }), /draft\.quote\.exact/);
});

test('back up everything, restore into a fresh profile: the same annotations, settings and site switches', async () => {
  const source = await fresh();
  await seedReferenceData(source.db, testReferenceData());
  await source.handlers.setAnnotationSettings({ settings: { author: 'Ж. Checker', scale: DEFAULT_RATING_SCALE } });
  await source.db.siteSettings.put({ host: 'off.example', enabled: false, updatedAt: '2026-01-01T00:00:00Z' });
  await source.db.annotations.bulkPut([sampleAnnotation(), sampleAnnotation({ id: 'rtl', note: 'مرحبا 😀 "q", =1+1\n' })]);
  const file = await source.backup.backupAll({});
  assert.match(file.filename, /^policy-lens-backup-\d{4}-\d{2}-\d{2}\.json$/);
  assert.ok(!file.text.includes('"tableName":"entities"'), 'reference data stays out of the backup');

  const target = await fresh();
  await target.db.annotations.put(sampleAnnotation({ id: 'made-after-backup' }));
  assert.deepEqual(await target.backup.restoreBackup({ text: file.text }), { annotations: 2, settings: 1, siteSettings: 1 });
  const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  assert.deepEqual(byId(await target.db.annotations.toArray()), byId([...(await source.db.annotations.toArray()), sampleAnnotation({ id: 'made-after-backup' })]));
  assert.equal((await target.handlers.getAnnotationSettings({})).author, 'Ж. Checker');
  assert.equal((await target.db.siteSettings.get('off.example'))?.enabled, false);
});

test('a bad backup is refused with what and where, and nothing is restored', async () => {
  const source = await fresh();
  await source.db.annotations.put(sampleAnnotation());
  const { text } = await source.backup.backupAll({});
  const target = await fresh();
  await assert.rejects(async () => target.backup.restoreBackup({ text: '{' }), /^Error: the backup is not JSON/);
  await assert.rejects(async () => target.backup.restoreBackup({ text: '{"formatName":"other"}' }), /not a Policy Lens backup/);
  const broken = JSON.parse(text) as { data: { data: { tableName: string; rows: { created: string }[] }[] } };
  broken.data.data.find((t) => t.tableName === 'annotations')!.rows[0]!.created = 'soon';
  await assert.rejects(async () => target.backup.restoreBackup({ text: JSON.stringify(broken) }), /annotations\) row 0\.created: must be an ISO 8601 date and time/);
  assert.equal(await target.db.annotations.count(), 0);
});

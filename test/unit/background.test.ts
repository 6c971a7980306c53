import 'fake-indexeddb/auto';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PolicyLensDatabase } from '../../src/background/db.js';
import { ALIAS_INDEX_PATH, createBackgroundHandlers } from '../../src/background/handlers.js';
import { SettingsStore, memoryArea } from '../../src/background/settings-store.js';
import { seedReferenceData } from '../../src/background/seed.js';
import { Recognizer } from '../../src/core/finder.js';
import { MentionResolver, PageContext } from '../../src/core/recognize.js';
import { dispatch } from '../../src/messages.js';
import { testReferenceData } from './fixture-data.js';

let dbCounter = 0;
async function freshDatabase() {
  const db = new PolicyLensDatabase(`test-${++dbCounter}`);
  await db.open();
  return db;
}

test('seeding loads the reference tables once per dataset version', async () => {
  const db = await freshDatabase();
  const data = testReferenceData();
  assert.equal(await seedReferenceData(db, data), 'seeded');
  assert.equal(await seedReferenceData(db, data), 'current');
  assert.equal(await db.entities.count(), data.entities.length);
  assert.equal(await db.coverage.count(), data.coverage.length);
});

test('a new dataset version replaces reference data and never touches user settings', async () => {
  const db = await freshDatabase();
  const handlers = createBackgroundHandlers(db, testReferenceData().aliasIndex);
  await seedReferenceData(db, testReferenceData());
  await handlers.setSiteEnabled({ host: 'news.example', enabled: false });
  const next = testReferenceData();
  next.version = 'test-2';
  next.entities = next.entities.filter((e) => e.id !== 'us-sec');
  assert.equal(await seedReferenceData(db, next), 'seeded');
  assert.equal(await db.entities.get('us-sec'), undefined);
  assert.equal(await handlers.getSiteEnabled({ host: 'news.example' }), false);
});

test('a failed seed leaves the previous dataset in place', async () => {
  const db = await freshDatabase();
  await seedReferenceData(db, testReferenceData());
  const broken = testReferenceData();
  broken.version = 'broken';
  broken.entities = [...broken.entities, broken.entities[0]!]; // duplicate primary key: bulkAdd fails
  await assert.rejects(seedReferenceData(db, broken));
  assert.equal((await db.meta.get('dataset'))?.version, 'test-1');
  assert.equal(await db.entities.count(), testReferenceData().entities.length);
});

test('getPageSetup says whether a site is on, remembered per host in any case', async () => {
  const db = await freshDatabase();
  await seedReferenceData(db, testReferenceData());
  const handlers = createBackgroundHandlers(db, testReferenceData().aliasIndex);
  assert.equal((await handlers.getPageSetup({ host: 'news.example' })).enabled, true);
  await handlers.setSiteEnabled({ host: 'News.Example', enabled: false });
  const setup = await handlers.getPageSetup({ host: 'news.example' });
  assert.equal(setup.enabled, false);
  assert.equal(setup.settings.mentions, 'first'); // the page gets its drawing settings, not the site lists
  assert.equal('disabledSites' in setup.settings, false);
});

test('mayName rules out text that names nothing, text by text', async () => {
  const db = await freshDatabase();
  await seedReferenceData(db, testReferenceData());
  const handlers = createBackgroundHandlers(db, testReferenceData().aliasIndex);
  assert.deepEqual(await handlers.mayName({ texts: ['The tomatoes came in this week.', 'Then Igor Krasnov spoke.'] }), [false, true]);
});

test('findCandidates sends what the page needs to resolve: the page then finds what a whole recognizer finds', async () => {
  const db = await freshDatabase();
  await seedReferenceData(db, testReferenceData());
  const handlers = createBackgroundHandlers(db, testReferenceData().aliasIndex);
  const texts = ['Nothing to see here.', 'Igor Krasnov met the FSB in Moscow.', 'Krasnov spoke again.'];
  const found = await handlers.findCandidates({ texts });
  assert.deepEqual(found.runs.map((r) => r.run), [1, 2]);
  assert.equal(found.entities['igor-krasnov']?.name, 'Igor Krasnov');
  // Only the aliases that occurred travel, not the index.
  assert.ok(Object.keys(found.aliases).length < testReferenceData().aliasIndex.aliases.length);
  const context = new PageContext();
  texts.forEach((text) => context.addText(text));
  const resolver = new MentionResolver((id) => found.aliases[id]);
  found.runs.forEach((r) => resolver.notePresence(r.candidates, context));
  const onPage = found.runs.flatMap((r) => resolver.resolve(r.candidates, context).map((m) => `${r.run}:${m.entity}`));
  const whole = new Recognizer(testReferenceData().aliasIndex);
  const wholeContext = new PageContext();
  texts.forEach((text) => wholeContext.addText(text));
  const expected = texts.map((text, run) => ({ run, candidates: whole.scan(text) })).filter((r) => r.candidates.length > 0);
  expected.forEach((r) => whole.notePresence(r.candidates, wholeContext));
  assert.deepEqual(onPage, expected.flatMap((r) => whole.resolve(r.candidates, wholeContext).map((m) => `${r.run}:${m.entity}`)));
  assert.deepEqual(onPage, ['1:igor-krasnov', '1:ru-fsb', '2:igor-krasnov']);
});

test("findCandidates sends the names of a distinctive surname's country, which the page needs to let it stand alone", async () => {
  const db = await freshDatabase();
  await seedReferenceData(db, testReferenceData());
  const handlers = createBackgroundHandlers(db, testReferenceData().aliasIndex);
  const texts = ['In Russia, Krasnov spoke.', 'Krasnov left.'];
  const found = await handlers.findCandidates({ texts });
  assert.ok(found.countryNames.RU?.includes('russia'), JSON.stringify(found.countryNames));
  const context = new PageContext();
  texts.forEach((text) => context.addText(text));
  const resolver = new MentionResolver((id) => found.aliases[id], undefined, (country) => found.countryNames[country]);
  found.runs.forEach((r) => resolver.notePresence(r.candidates, context));
  assert.deepEqual(found.runs.flatMap((r) => resolver.resolve(r.candidates, context).map((m) => `${r.run}:${m.entity}`)), ['0:igor-krasnov', '1:igor-krasnov']);
});

test('findCandidates refuses what is not a batch of text', async () => {
  const db = await freshDatabase();
  await seedReferenceData(db, testReferenceData());
  const handlers = createBackgroundHandlers(db, testReferenceData().aliasIndex);
  await assert.rejects(async () => handlers.findCandidates({ texts: [1] as unknown as string[] }), /array of strings/);
  await assert.rejects(async () => handlers.findCandidates({ texts: ['x'.repeat(5 * 1024 * 1024)] }), /at most/);
});

test('getCard answers with roles as of the story date, facts and coverage', async () => {
  const db = await freshDatabase();
  await seedReferenceData(db, testReferenceData());
  const handlers = createBackgroundHandlers(db, testReferenceData().aliasIndex);
  const card = await handlers.getCard({ id: 'igor-krasnov', storyDate: '2022-11-11' });
  assert.equal(card?.name, 'Igor Krasnov');
  assert.equal(card?.role?.former, false);
  assert.equal(card?.storyDated, true);
  assert.equal(card?.facts[0]?.source.publisher, 'Test Outlet');
  assert.deepEqual(card?.coverage.map((c) => c.id), ['cov-later', 'cov-test']);
  assert.equal(await handlers.getCard({ id: 'nobody' }), null);
});

test('dispatch turns unknown messages and handler errors into error replies', async () => {
  const db = await freshDatabase();
  const handlers = createBackgroundHandlers(db, testReferenceData().aliasIndex);
  assert.deepEqual(await dispatch(handlers, { name: 'dropTables', params: {} }), { ok: false, error: 'unknown message dropTables' });
  assert.deepEqual(await dispatch(handlers, 'hello'), { ok: false, error: 'unknown message string' });
  assert.deepEqual(await dispatch(handlers, { name: 'getSiteEnabled', params: { host: '' } }), { ok: false, error: 'a host name is required' });
  assert.deepEqual(await dispatch(handlers, { name: 'toString', params: {} }), { ok: false, error: 'unknown message toString' });
});

test('getDatasetInfo reports the loaded dataset and how long seeding took', async () => {
  const db = await freshDatabase();
  const handlers = createBackgroundHandlers(db, testReferenceData().aliasIndex);
  assert.equal(await handlers.getDatasetInfo({}), null);
  await seedReferenceData(db, testReferenceData());
  const info = await handlers.getDatasetInfo({});
  assert.equal(info?.version, 'test-1');
  assert.equal(info?.entities, testReferenceData().entities.length);
  assert.ok((info?.seedMs ?? -1) >= 0);
});

test('the site switches of 0.1 move into the settings once, and the old table is kept', async () => {
  const { SettingsStore, memoryArea, migrateSiteTable } = await import('../../src/background/settings-store.js');
  const db = await freshDatabase();
  await db.siteSettings.bulkPut([
    { host: 'off.example', enabled: false, updatedAt: '2026-01-01T00:00:00Z' },
    { host: 'on.example', enabled: true, updatedAt: '2026-01-01T00:00:00Z' },
  ]);
  const store = new SettingsStore(memoryArea({ 'settings.hoverDelayMs': 900 }));
  assert.equal(await migrateSiteTable(db, store), 1);
  const settings = await store.read();
  assert.deepEqual(settings.disabledSites, ['off.example']);
  assert.equal(settings.hoverDelayMs, 900, 'settings already stored are kept');
  assert.equal(await db.siteSettings.count(), 2, 'the old table is not deleted');
  await store.write({ disabledSites: [] }); // the reader turns it back on later…
  assert.equal(await migrateSiteTable(db, store), 0); // …and a later start does not turn it off again
  assert.deepEqual((await store.read()).disabledSites, []);
  const handlers = createBackgroundHandlers(db, testReferenceData().aliasIndex, { settings: store, openExtensionPage: async () => {}, readPackagedJson: async () => ({}) });
  assert.equal(await handlers.getSiteEnabled({ host: 'off.example' }), true);
});

test('the entity page of an entity names the entities its relations point at', async () => {
  const db = await freshDatabase();
  await seedReferenceData(db, testReferenceData());
  const handlers = createBackgroundHandlers(db, testReferenceData().aliasIndex);
  const page = await handlers.getEntityPage({ id: 'igor-krasnov' });
  assert.equal(page?.name, 'Igor Krasnov');
  assert.equal(page?.facts.length, 1);
  assert.equal(await handlers.getEntityPage({ id: 'nobody' }), null);
});

test('a favoured jurisdiction settles an ambiguous acronym the page does not, and yields to the page\'s words', async () => {
  const db = await freshDatabase();
  await seedReferenceData(db, testReferenceData());
  const { SettingsStore, memoryArea } = await import('../../src/background/settings-store.js');
  const store = new SettingsStore(memoryArea({ 'settings.favouredJurisdictions': ['RU'] }));
  const handlers = createBackgroundHandlers(db, testReferenceData().aliasIndex, { settings: store, openExtensionPage: async () => {}, readPackagedJson: async () => ({}) });
  const found = await handlers.findCandidates({ texts: ['The FSB said nothing.'] });
  const fsb = Object.values(found.aliases).find((alias) => alias.senses.some((s) => s.entity === 'ru-fsb'));
  assert.ok(fsb);
  assert.equal(fsb.senses.find((s) => s.entity === 'ru-fsb')?.context, undefined, 'the favoured sense needs no context word');
  assert.ok(fsb.senses.find((s) => s.entity === 'int-fsb')?.context, 'the other sense keeps its context words');
  const plain = await createBackgroundHandlers(db, testReferenceData().aliasIndex).findCandidates({ texts: ['The FSB said nothing.'] });
  assert.ok(Object.values(plain.aliases).every((alias) => alias.senses.every((s) => s.context !== undefined || !s.entity.endsWith('fsb'))));
});

test('the alias index is read from the packaged file, once, and only when there is text to search', async () => {
  const db = await freshDatabase();
  await seedReferenceData(db, testReferenceData());
  const read: string[] = [];
  const services = {
    settings: new SettingsStore(memoryArea()),
    openExtensionPage: async () => {},
    readPackagedJson: async (path: string) => {
      read.push(path);
      return testReferenceData().aliasIndex;
    },
  };
  const handlers = createBackgroundHandlers(db, undefined, services);
  assert.ok(await handlers.getCard({ id: 'us-sec' }));
  assert.deepEqual(read, []); // a card never needs the index
  const found = await handlers.findCandidates({ texts: ['The SEC said nothing.'] });
  await handlers.findCandidates({ texts: ['The SEC said nothing again.'] });
  assert.equal(found.runs.length, 1);
  assert.deepEqual(read, [ALIAS_INDEX_PATH]);
});

test('a packaged alias index that is not one is refused with its path, and read again next time', async () => {
  const db = await freshDatabase();
  let calls = 0;
  const services = { settings: new SettingsStore(memoryArea()), openExtensionPage: async () => {}, readPackagedJson: async () => (++calls === 1 ? { broken: true } : testReferenceData().aliasIndex) };
  const handlers = createBackgroundHandlers(db, undefined, services);
  await assert.rejects(async () => handlers.mayName({ texts: ['SEC'] }), /data\/alias-index\.json is not an alias index/);
  assert.deepEqual(await handlers.mayName({ texts: ['SEC'] }), [true]);
});

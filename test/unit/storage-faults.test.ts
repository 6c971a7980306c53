// Storage faults at start (src/background/startup.ts) against fake-indexeddb: a database that will not open, a disk
// that fills up while seeding, a seed cut short inside its transaction. Each start fails with a clear error and
// deletes nothing; the previous dataset and the user's settings stay whole; the next attempt recovers.
import 'fake-indexeddb/auto';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { PolicyLensDatabase } from '../../src/background/db.js';
import { seedReferenceData } from '../../src/background/seed.js';
import { openReferenceData, openUserData, retrying } from '../../src/background/startup.js';
import type { ReferenceData } from '../../src/core/types.js';
import { testReferenceData } from './fixture-data.js';

let counter = 0;

/** A database holding dataset test-1 and one user setting, closed again: the state a previous start left. */
async function previousState(): Promise<{ name: string; v1: ReferenceData }> {
  const name = `faults-${++counter}`;
  const db = new PolicyLensDatabase(name);
  await db.open();
  const v1 = testReferenceData();
  await seedReferenceData(db, v1);
  await db.siteSettings.put({ host: 'news.example', enabled: false, updatedAt: '2026-12-02T00:00:00.000Z' }); // user data the faults must not touch
  db.close();
  return { name, v1 };
}

function nextDataset(): ReferenceData {
  const v2 = testReferenceData();
  v2.version = 'test-2';
  v2.entities = v2.entities.filter((entity) => entity.id !== 'us-sec');
  return v2;
}

/** What is stored now, read over a fresh connection. */
async function stored(name: string) {
  const db = new PolicyLensDatabase(name);
  await db.open();
  const state = {
    version: (await db.meta.get('dataset'))?.version,
    entities: await db.entities.count(),
    coverage: await db.coverage.count(),
    settings: await db.siteSettings.toArray(),
  };
  db.close();
  return state;
}

/** A database whose writes to `table` fail with `error` while `failing()` says so (a Dexie DBCore middleware). */
function faultyDatabase(name: string, table: string, error: () => Error, failing: () => boolean): PolicyLensDatabase {
  const db = new PolicyLensDatabase(name);
  db.use({
    stack: 'dbcore',
    name: 'fault-injection',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (tableName: string) => {
        const inner = down.table(tableName);
        return {
          ...inner,
          mutate: (request: DBCoreMutateRequest) => (tableName === table && request.type !== 'delete' && failing() ? Promise.reject(error()) : inner.mutate(request)),
        };
      },
    }),
  });
  return db;
}

test('a database that will not open: a clear error, nothing deleted, and the next attempt opens it with the user data', async () => {
  const { name, v1 } = await previousState();
  // An IndexedDB that fails to open, as Chromium's does with "Internal error opening backing store", until the
  // trouble passes (Dexie itself retries a few times first).
  let broken = true;
  const flaky = new Proxy(indexedDB, {
    get(target, property) {
      if (property === 'open') {
        return (...args: Parameters<IDBFactory['open']>) => {
          if (broken) throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
          return target.open(...args);
        };
      }
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const open = retrying(
    () => openReferenceData({ makeDatabase: () => new PolicyLensDatabase(name, { indexedDB: flaky, IDBKeyRange }), datasetVersion: 'test-1', loadBundledData: async () => v1 }),
    0,
  );
  await assert.rejects(open(), /the database could not be prepared \(.*Internal error opening backing store.*\); nothing was deleted, and it will be tried again/);
  broken = false;
  const { db } = await open();
  assert.equal((await db.siteSettings.get('news.example'))?.enabled, false);
  assert.equal(await db.entities.count(), v1.entities.length);
  db.close();
});

test('the disk fills up while a new dataset is seeded: the previous dataset and the settings stay whole; the next start seeds it', async () => {
  const { name, v1 } = await previousState();
  let full = true;
  const deps = {
    makeDatabase: () => faultyDatabase(name, 'coverage', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'), () => full),
    datasetVersion: 'test-2',
    loadBundledData: async () => nextDataset(),
  };
  const open = retrying(() => openReferenceData(deps), 0);
  await assert.rejects(open(), /QuotaExceededError/);
  assert.deepEqual(await stored(name), {
    version: 'test-1',
    entities: v1.entities.length,
    coverage: v1.coverage.length,
    settings: [{ host: 'news.example', enabled: false, updatedAt: (await stored(name)).settings[0]?.updatedAt }],
  });
  full = false; // space was freed
  const { db } = await open();
  db.close();
  const after = await stored(name);
  assert.equal(after.version, 'test-2');
  assert.equal(after.entities, v1.entities.length - 1);
  assert.deepEqual(
    after.settings.map(({ host, enabled }) => ({ host, enabled })),
    [{ host: 'news.example', enabled: false }],
  );
});

test('a seed cut short inside its transaction (the last write fails, as when the worker is stopped) leaves the previous dataset whole', async () => {
  const { name, v1 } = await previousState();
  let interrupt = true;
  const deps = {
    // The dataset record is the transaction's last write: by then both reference tables were cleared and refilled.
    makeDatabase: () => faultyDatabase(name, 'meta', () => new DOMException('The transaction was aborted.', 'AbortError'), () => interrupt),
    datasetVersion: 'test-2',
    loadBundledData: async () => nextDataset(),
  };
  await assert.rejects(openReferenceData(deps), /AbortError/);
  const before = await stored(name);
  assert.equal(before.version, 'test-1');
  assert.equal(before.entities, v1.entities.length);
  assert.equal(before.coverage, v1.coverage.length);
  assert.deepEqual(
    before.settings.map(({ host, enabled }) => ({ host, enabled })),
    [{ host: 'news.example', enabled: false }],
  );
  interrupt = false;
  const { db } = await openReferenceData(deps);
  assert.equal((await db.meta.get('dataset'))?.version, nextDataset().version);
  assert.equal(await db.entities.get('us-sec'), undefined);
  db.close();
});

test('a start over an earlier layout that kept the alias index in the database seeds again, and keeps user data', async () => {
  const { name, v1 } = await previousState();
  const old = new PolicyLensDatabase(name);
  await old.open();
  await old.meta.update('dataset', { aliasIndex: v1.aliasIndex } as never);
  old.close();
  const { db } = await openReferenceData({ makeDatabase: () => new PolicyLensDatabase(name), datasetVersion: v1.version, loadBundledData: async () => v1 });
  const meta = await db.meta.get('dataset');
  assert.equal(meta?.version, v1.version);
  assert.ok(meta && !('aliasIndex' in meta));
  assert.equal(await db.entities.count(), v1.entities.length);
  assert.equal((await db.siteSettings.get('news.example'))?.enabled, false);
  db.close();
});

test('retrying: a failed value is made again, no sooner than asked', async () => {
  let now = 0;
  let calls = 0;
  const get = retrying(
    async () => {
      calls++;
      if (calls === 1) throw new Error('first fails');
      return calls;
    },
    1000,
    () => now,
  );
  await assert.rejects(get(), /first fails/);
  await assert.rejects(get(), /first fails/); // too soon: the same failure
  now = 1000;
  assert.equal(await get(), 2);
  assert.equal(await get(), 2); // a success is kept
  assert.equal(calls, 2);
});

test('the user-data connection answers while a seed is still running, and a failed seed leaves it working', async () => {
  const { name } = await previousState();
  let releaseSeed: () => void = () => undefined;
  const seedWaits = new Promise<void>((resolve) => (releaseSeed = resolve));
  const seeding = openReferenceData({
    makeDatabase: () => new PolicyLensDatabase(name),
    datasetVersion: 'test-2',
    // The seed waits here, as a slow machine's would: the user's data must not.
    loadBundledData: async () => {
      await seedWaits;
      throw new Error('the bundled data could not be read');
    },
  });
  const userDb = await openUserData(() => new PolicyLensDatabase(name));
  assert.deepEqual((await userDb.siteSettings.toArray()).map(({ host }) => host), ['news.example']);
  releaseSeed();
  await assert.rejects(seeding, /could not be prepared/);
  assert.equal(await userDb.siteSettings.count(), 1, 'the seed closing its own connection leaves this one open');
  userDb.close();
});

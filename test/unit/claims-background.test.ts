// The background checks a page's claims against the seeded statements, and a card carries the statements on which
// sources disagree. Over fake-indexeddb with the real database.
import 'fake-indexeddb/auto';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PolicyLensDatabase } from '../../src/background/db.js';
import { createBackgroundHandlers } from '../../src/background/handlers.js';
import { seedReferenceData } from '../../src/background/seed.js';
import { compileDatabase } from '../../build.mjs';
import type { ReferenceData } from '../../src/core/types.js';
import { dispatch } from '../../src/messages.js';

async function realData(): Promise<ReferenceData> {
  return compileDatabase(); // the build's own validation: source rules, reference date, open data
}

let counter = 0;
async function seeded() {
  const db = new PolicyLensDatabase(`claims-test-${++counter}`);
  await db.open();
  const data = await realData();
  await seedReferenceData(db, data);
  return createBackgroundHandlers(db, undefined, undefined, async () => ({ properties: data.properties, statements: data.statements }));
}

test('the background judges a page\'s claims, dated by the page', async () => {
  const handlers = await seeded();
  const text = 'The Russia-Turkey cooperation programme was signed in Istanbul. Interpol has 195 member countries.';
  const mentions = [
    { entity: 'tr-ru-mla-agreement', start: 4, end: 36 },
    { entity: 'int-interpol', start: text.indexOf('Interpol'), end: text.indexOf('Interpol') + 8 },
  ];
  const claims = await handlers.checkClaims({ blocks: [{ text, mentions }], storyDate: '2025-05-01' });
  assert.deepEqual(claims.map((c) => [c.entity, c.property, c.verdict]), [
    ['tr-ru-mla-agreement', 'signedAt', 'contradicted'],
    ['int-interpol', 'memberCount', 'outdated'],
  ]);
  assert.equal(claims[0]?.referenceDateSource, 'page');
  assert.deepEqual(claims[0]?.disagreement?.map((d) => d.value), ['Ankara', 'Istanbul']);
});

test('bad claim input gets a clear error reply', async () => {
  const handlers = await seeded();
  const reply = await dispatch(handlers, { name: 'checkClaims', params: { blocks: [{ text: 3 }] } });
  assert.deepEqual(reply, { ok: false, error: 'each block needs text and mentions' });
});

test('the card of the Russia–Turkey programme says where the sources disagree', async () => {
  const handlers = await seeded();
  const card = await handlers.getCard({ id: 'tr-ru-mla-agreement' });
  const [place] = card?.disagreements ?? [];
  assert.equal(place?.property, 'place of signing');
  assert.deepEqual(place?.sides.map((s) => [s.value, s.rank]), [['Ankara', 'preferred'], ['Istanbul', 'deprecated']]);
  assert.equal(place?.sides[1]?.sources[0]?.publisher, 'CryptocyNews (cryptocynews.com)');
  // Interpol's counts are a dated history, not a disagreement.
  assert.equal((await handlers.getCard({ id: 'int-interpol' }))?.disagreements, undefined);
});

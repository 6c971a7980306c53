import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Recognizer } from '../../src/core/finder.js';
import { westernOrder } from '../../src/core/data/name-orders.js';
import { compileTestData } from './fixture-data.js';

test('a Chinese or Korean name turned round to the Western order', () => {
  assert.equal(westernOrder('Lo Ming-tsai', 'TW'), 'Ming-tsai Lo');
  assert.equal(westernOrder('Lee Jae-myung', 'KR'), 'Jae-myung Lee');
  assert.equal(westernOrder('Lee Jae-myung', 'US'), undefined, 'only where names are written family name first');
  assert.equal(westernOrder('Yi Gang', 'CN'), undefined, 'no hyphenated given name: the order cannot be told');
  assert.equal(westernOrder('John Lee Ka-chiu', 'HK'), undefined);
});

test('the turned name finds the official, as the written one does', () => {
  const result = compileTestData([{ id: 'tw-lo', type: 'official', name: 'Lo Ming-tsai', country: 'TW', summary: 'S.' }], []);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  if (!result.ok) return;
  const text = 'Legislator Ming-tsai Lo chaired it; Lo Ming-tsai spoke.';
  assert.deepEqual(new Recognizer(result.data.aliasIndex).recognize(text).map((m) => [m.entity, text.slice(m.start, m.end)]), [['tw-lo', 'Ming-tsai Lo'], ['tw-lo', 'Lo Ming-tsai']]);
});

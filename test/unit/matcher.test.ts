import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AliasMatcher } from '../../src/core/matcher.js';

const alias = (key: string, bounded = true) => ({ key, bounded, senses: [] });

test('finds every key, overlapping ones included, in one pass', () => {
  const matcher = new AliasMatcher([alias('he'), alias('she'), alias('hers'), alias('his')]);
  const text = 'ushers he she his';
  const keys = matcher.findAll(text).map((m) => text.slice(m.start, m.end));
  assert.deepEqual(keys, ['he', 'she', 'his']);
});

test('keys that are suffixes of other keys are all reported', () => {
  const matcher = new AliasMatcher([alias('bank of russia'), alias('russia'), alias('of russia', false)]);
  const found = matcher.findAll('the bank of russia').map((m) => m.alias).sort();
  assert.deepEqual(found, [0, 1, 2]);
});

test('unbounded keys match inside words (for scripts without spaces)', () => {
  const matcher = new AliasMatcher([alias('金融庁', false)]);
  assert.equal(matcher.findAll('日本の金融庁は').length, 1);
});

test('a key in katakana is a whole katakana word: not inside a longer one, nor with its last kana voiced', () => {
  const fold = (text: string) => text.normalize('NFKD'); // as foldKey splits a voiced kana's mark off
  const matcher = new AliasMatcher([alias(fold('モディ'), false), alias(fold('トランプ'), false), alias(fold('ルート'), false)]);
  const found = (text: string) => matcher.findAll(fold(text)).length;
  assert.equal(found('モディ首相と、ナレンドラ・モディ氏がトランプ氏に'), 3, 'kanji, kana of other kinds and ・ are boundaries, a voiced hiragana particle too');
  assert.equal(found('コモディティ市場'), 0);
  assert.equal(found('トランプス'), 0);
  assert.equal(found('ルート、ルード'), 1, '"ルード" is "ルート" with its last kana voiced');
});

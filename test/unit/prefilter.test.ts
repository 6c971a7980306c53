import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldKey, quickFold } from '../../src/core/fold.js';
import { Prefilter, prefilterFor } from '../../src/core/prefilter.js';
import { testReferenceData } from './fixture-data.js';

const index = testReferenceData().aliasIndex;
const prefilter = new Prefilter(index.prefilter);

test('text that names nothing is ruled out without the precise scan', () => {
  assert.equal(prefilter.mayContain('The last tomatoes came in this week, and the beds are ready.'), false);
});

test('every spelling the precise folding accepts gets through the prefilter', () => {
  for (const text of ['Bekir Bozdag spoke', 'BEKİR BOZDAĞ', 'Kras\u00adnov and Igor\u00a0Krasnov', 'ＦＳＢ in Moscow', '日本の金融庁は', 'Игорь Краснов']) {
    assert.equal(prefilter.mayContain(text), true, text);
  }
});

test('a key passes on its least common word', () => {
  const rank: Record<string, number> = { the: 1, of: 2, bank: 800, fed: 3000 };
  assert.deepEqual(prefilterFor(['bank of russia', 'the fed'], (w) => rank[w] ?? Infinity).words, ['fed', 'russia']);
});

test('the quick folding yields the same words as the precise one', () => {
  for (const text of ['Jürgen Stock', 'Kavcıoğlu', 'İSTANBUL', 'Nabi\u00adullina’s', 'ＦＳＡ']) {
    assert.deepEqual(quickFold(text).match(/[\p{L}\p{N}]+/gu), foldKey(text).match(/[\p{L}\p{N}]+/gu), text);
  }
});

test('keys in scripts without spaces are looked for as substrings', () => {
  assert.deepEqual(prefilterFor(['金融庁', 'bank of russia']), { words: ['russia'], substrings: ['金融庁'], casedWords: [] });
});

test('a Latin acronym against Japanese text gets through the prefilter', () => {
  assert.equal(prefilter.mayContain('日本の規制とMiCAは異なる'), true);
});

test('substring keys are found wherever they start, ASCII or not, and only where they occur', () => {
  const keys = ['金融庁', '金商法', 'sec証券', '§ 5', ...Array.from({ length: 500 }, (_, i) => `庁${i}号`)];
  const filter = new Prefilter({ words: [], substrings: keys, casedWords: [] });
  assert.equal(filter.mayContain('日本の金商法は'), true, 'a key among others with the same first character');
  assert.equal(filter.mayContain('米SEC証券部'), true, 'a key that starts with Latin letters');
  assert.equal(filter.mayContain('under § 5 of the act'), true, 'an ASCII key in ASCII text');
  assert.equal(filter.mayContain('庁499号'), true, 'the last of many keys');
  assert.equal(filter.mayContain('日本の金融は'), false, 'a prefix of a key is not the key');
  assert.equal(filter.mayContain('sec filings'), false);
});

test('a key that names something only in its exact case passes only where that case is written', () => {
  const data = prefilterFor([{ key: 'at', exact: ['AT'] }, { key: 'side', exact: ['SIDE'] }, 'bank of russia']);
  assert.deepEqual(data, { words: ['russia'], substrings: [], casedWords: ['AT', 'SIDE'] });
  const filter = new Prefilter(data);
  assert.equal(filter.mayContain('We sat at the side of the road.'), false, 'the common words in lower case');
  assert.equal(filter.mayContain('Portugal’s AT opened an inquiry.'), true);
  assert.equal(filter.mayContain('La SIDE, según el Gobierno'), true, 'in text that is not ASCII too');
  assert.equal(filter.mayContain('ＳＩＤＥ'), true, 'a full-width form folds to the written case');
});

test('every exact-case alias of the compiled index, written as its case asks, gets through the prefilter', () => {
  let checked = 0;
  for (const alias of index.aliases) {
    for (const sense of alias.senses) {
      if (sense.exact === undefined) continue;
      assert.equal(prefilter.mayContain(`said ${sense.exact} today`), true, sense.exact);
      checked++;
    }
  }
  assert.ok(checked > 0, 'the fixture has exact-case aliases');
});

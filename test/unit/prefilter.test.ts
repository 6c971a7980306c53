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
  assert.deepEqual(prefilterFor(['金融庁', 'bank of russia']), { words: ['russia'], substrings: ['金融庁'] });
});

test('a Latin acronym against Japanese text gets through the prefilter', () => {
  assert.equal(prefilter.mayContain('日本の規制とMiCAは異なる'), true);
});

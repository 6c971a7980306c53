// Korean particles written straight onto a name: the matcher lets a name ending in Hangul end a word with one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Recognizer } from '../../src/core/finder.js';
import { foldKey } from '../../src/core/fold.js';
import { KOREAN_PARTICLES, stemsOf } from '../../src/core/inflect-korean.js';
import { compileTestData } from './fixture-data.js';

function recognizer(): Recognizer {
  return new Recognizer(recognizerData());
}

function recognizerData() {
  const result = compileTestData(
    [
      { id: 'kr-fsc', type: 'agency', name: 'Financial Services Commission', nativeName: '금융위원회', country: 'KR', summary: 'S.' },
      { id: 'kr-bok', type: 'agency', name: 'Bank of Korea', nativeName: '한국은행', country: 'KR', summary: 'S.' },
    ],
    [],
  );
  assert.ok(result.ok);
  if (!result.ok) throw new Error('fixture');
  return result.data.aliasIndex;
}

test('both particles of each pair are allowed, and a word ending in one gives its stem to the prefilter', () => {
  for (const particle of ['이', '가', '은', '는', '의', '에서', '과', '와', '으로', '로']) assert.ok(KOREAN_PARTICLES.includes(foldKey(particle)), particle);
  assert.ok(stemsOf(foldKey('한국은행에서는')).includes(foldKey('한국은행')));
  assert.ok(stemsOf(foldKey('한국은행이')).includes(foldKey('한국은행')));
  assert.deepEqual(stemsOf(foldKey('Bank')), []);
});

test('the index holds no particle forms: a Korean name is one key', () => {
  const keys = recognizerData().aliases.map((alias) => alias.key);
  assert.ok(keys.includes(foldKey('한국은행')));
  assert.ok(!keys.includes(foldKey('한국은행이')));
});

test('a Korean body is found with a particle written onto its name, the whole word highlighted', () => {
  const text = '금융위원회는 법안을 검토했고, 한국은행이 우려를 표했다. 금융위원회';
  assert.deepEqual(
    recognizer().recognize(text).map((m) => text.slice(m.start, m.end)),
    ['금융위원회는', '한국은행이', '금융위원회'],
  );
  const likeAndThan = '한국은행처럼, 금융위원회보다 먼저';
  assert.deepEqual(recognizer().recognize(likeAndThan).map((m) => likeAndThan.slice(m.start, m.end)), ['한국은행처럼', '금융위원회보다']);
  // The copula in apposition: "the central bank, which is the Bank of Korea"; "인가" (a licence) is another word.
  const copula = '중앙은행인 한국은행이 밝혔다. 한국은행인가 발급';
  assert.deepEqual(recognizer().recognize(copula).map((m) => copula.slice(m.start, m.end)), ['한국은행이']);
  const apposition = '한국은행인 중앙은행';
  assert.deepEqual(recognizer().recognize(apposition).map((m) => apposition.slice(m.start, m.end)), ['한국은행인']);
});

test('a longer word that only starts like the name is not a match', () => {
  assert.deepEqual(recognizer().recognize('한국은행권 발행이 늘었다.'), []);
});

test('a law is found with 상 ("under") written onto its name', () => {
  const result = compileTestData(
    [{ id: 'kr-sfia', type: 'regulation', name: 'Specified Financial Information Act', nativeName: '특금법', country: 'KR', summary: 'S.' }],
    [],
  );
  assert.ok(result.ok);
  if (!result.ok) throw new Error('fixture');
  const text = '특금법상 신고 의무와 특금법상의 제재';
  assert.deepEqual(
    new Recognizer(result.data.aliasIndex).recognize(text).map((m) => text.slice(m.start, m.end)),
    ['특금법상', '특금법상의'],
  );
});

test('a Latin acronym is found with a Korean particle written onto it, and a Korean context word with its particle counts', () => {
  const result = compileTestData(
    [
      { id: 'kr-kofiu', type: 'agency', name: 'Korea Financial Intelligence Unit', country: 'KR', summary: 'S.', aliases: [{ text: 'FIU', caseSensitive: true }] },
      { id: 'kr-kisa', type: 'agency', name: 'Korea Internet & Security Agency', country: 'KR', summary: 'S.', aliases: [{ text: 'KISA', caseSensitive: true, context: { any: ['업비트'] } }] },
    ],
    [],
  );
  assert.ok(result.ok);
  if (!result.ok) throw new Error('fixture');
  const recognizer = new Recognizer(result.data.aliasIndex);
  const text = 'FIU는 업비트가 신고한 사고를 KISA에 알렸다.';
  assert.deepEqual(recognizer.recognize(text).map((m) => text.slice(m.start, m.end)), ['FIU', 'KISA']);
  assert.deepEqual(recognizer.recognize('KISA에 알렸다. 업비트').map((m) => m.start), [0]);
  assert.deepEqual(recognizer.recognize('FIUS는'), []);
});

test('a body with a post written onto its name is found inside the word, with or without a particle after the post', () => {
  const text = '한국은행총재는 금리를 동결했고 금융위원회위원장이 답했다. 한국은행장 한국은행권';
  assert.deepEqual(
    recognizer().recognize(text).map((m) => text.slice(m.start, m.end)),
    ['한국은행총재는', '금융위원회위원장이', '한국은행장'],
  );
  assert.ok(stemsOf(foldKey('한국은행총재는')).includes(foldKey('한국은행')));
  assert.ok(stemsOf(foldKey('한국은행장')).includes(foldKey('한국은행')));
});

test('a committee clipped to its short name in 위 takes the rest of 위원장 as its chair\'s post, and no other name does', () => {
  const result = compileTestData(
    [
      { id: 'kr-fsc', type: 'agency', name: 'Financial Services Commission', country: 'KR', summary: 'S.', aliases: [{ text: '금융위' }] },
      { id: 'kr-bok', type: 'agency', name: 'Bank of Korea', country: 'KR', summary: 'S.', aliases: [{ text: '한국은행' }] },
    ],
    [],
  );
  assert.ok(result.ok);
  if (!result.ok) throw new Error('fixture');
  const text = '이억원 금융위원장은 답했고 금융위원장 한국은행원장 금융위원회';
  assert.deepEqual(
    new Recognizer(result.data.aliasIndex).recognize(text).map((m) => text.slice(m.start, m.end)),
    ['금융위원장은', '금융위원장'],
  );
  assert.ok(stemsOf(foldKey('금융위원장은')).includes(foldKey('금융위')));
  assert.ok(!stemsOf(foldKey('한국은행원장')).includes(foldKey('한국은행')));
});

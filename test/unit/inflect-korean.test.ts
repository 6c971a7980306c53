// Korean particles written straight onto a name: the build adds the name with each particle.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Recognizer } from '../../src/core/finder.js';
import { foldKey } from '../../src/core/fold.js';
import { koreanForms } from '../../src/core/inflect-korean.js';
import { compileTestData } from './fixture-data.js';

function recognizer(): Recognizer {
  const result = compileTestData(
    [
      { id: 'kr-fsc', type: 'agency', name: 'Financial Services Commission', nativeName: '금융위원회', country: 'KR', summary: 'S.' },
      { id: 'kr-bok', type: 'agency', name: 'Bank of Korea', nativeName: '한국은행', country: 'KR', summary: 'S.' },
    ],
    [],
  );
  assert.ok(result.ok);
  if (!result.ok) throw new Error('fixture');
  return new Recognizer(result.data.aliasIndex);
}

test('a name ending in Hangul grows the particles, both of each pair, and nothing else does', () => {
  const forms = koreanForms(foldKey('한국은행'));
  for (const written of ['한국은행이', '한국은행은', '한국은행의', '한국은행에서', '한국은행과', '한국은행으로']) assert.ok(forms.includes(foldKey(written)), written);
  assert.deepEqual(koreanForms(foldKey('Bank of Korea')), [foldKey('Bank of Korea')]);
});

test('a Korean body is found with a particle written onto its name, the whole word highlighted', () => {
  const text = '금융위원회는 법안을 검토했고, 한국은행이 우려를 표했다. 금융위원회';
  assert.deepEqual(
    recognizer().recognize(text).map((m) => text.slice(m.start, m.end)),
    ['금융위원회는', '한국은행이', '금융위원회'],
  );
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

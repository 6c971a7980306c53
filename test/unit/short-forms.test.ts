import assert from 'node:assert/strict';
import { test } from 'node:test';
import { abbreviatedStateForms, shortForms } from '../../src/core/data/short-forms.js';
import { Recognizer } from '../../src/core/finder.js';
import { compileTestData } from './fixture-data.js';

test('a body\'s name without its country, in English, Russian, Spanish, French and Turkish; one word is never enough', () => {
  assert.deepEqual(shortForms('National Bank of Ukraine', 'UA'), ['National Bank']);
  assert.deepEqual(shortForms('Hong Kong Monetary Authority', 'HK'), ['Monetary Authority']);
  assert.deepEqual(shortForms('Национальный банк Беларуси', 'BY'), ['Национальный банк']);
  assert.deepEqual(shortForms('Верховный суд РФ', 'RU'), ['Верховный суд']);
  assert.deepEqual(shortForms('Banque centrale du Nigeria', 'NG'), ['Banque centrale']);
  assert.deepEqual(shortForms('Nijerya Merkez Bankası', 'NG'), ['Merkez Bankası']);
  assert.deepEqual(shortForms('Congreso de Colombia', 'CO'), [], 'a bare "Congreso" is left alone');
  assert.deepEqual(shortForms('Bank of England', 'GB'), []);
});

test('the short form counts only once the page has named the body in full', () => {
  const source = { url: 'https://example.org/a', title: 'A', publisher: 'P', retrievedAt: '2026-11-21' };
  const result = compileTestData([{ id: 'ua-nbu', type: 'agency', name: 'National Bank of Ukraine', country: 'UA', summary: 'S.', facts: [{ statement: 'F.', date: '2020', sources: [source] }] }], []);
  assert.ok(result.ok, result.ok ? '' : result.issues.map((i) => i.message).join('\n'));
  const recognizer = new Recognizer(result.data.aliasIndex);
  const words = (text: string) => recognizer.recognize(text).map((m) => text.slice(m.start, m.end));
  assert.deepEqual(words('The National Bank said so.'), []);
  assert.deepEqual(words('The National Bank of Ukraine spoke. The National Bank said so.'), ['National Bank of Ukraine', 'National Bank']);
});

test("the short form shares its key with other bodies' aliases that need their own context words", () => {
  const result = compileTestData([
    { id: 'ua-nbu', type: 'agency', name: 'National Bank of Ukraine', country: 'UA', summary: 'S.' },
    { id: 'xx-bank', type: 'agency', name: 'National Bank of Freedonia', country: 'FR', summary: 'S.', aliases: [{ text: 'National Bank', context: { any: ['Freedonia'] } }] },
  ], []);
  assert.ok(result.ok, result.ok ? '' : result.issues.map((i) => i.message).join('\n'));
  if (!result.ok) return;
  const recognizer = new Recognizer(result.data.aliasIndex);
  const named = (text: string) => recognizer.recognize(text).map((m) => `${m.entity}:${text.slice(m.start, m.end)}`);
  assert.deepEqual(named('The National Bank of Ukraine spoke. The National Bank said so.'), ['ua-nbu:National Bank of Ukraine', 'ua-nbu:National Bank']);
  assert.deepEqual(named('In Freedonia, the National Bank said so.'), ['xx-bank:National Bank']);
  assert.deepEqual(named('The National Bank said so.'), []);
});

test('a Russian body name with its state abbreviated names the body by itself, declined', () => {
  assert.deepEqual(abbreviatedStateForms('Национальный банк Республики Казахстан', 'KZ'), ['Национальный банк РК']);
  assert.deepEqual(abbreviatedStateForms('Национальный банк Беларуси', 'BY'), ['Национальный банк РБ']);
  assert.deepEqual(abbreviatedStateForms('National Bank of Kazakhstan', 'KZ'), [], 'only Russian names');
  assert.deepEqual(abbreviatedStateForms('Верховный суд РФ', 'RU'), [], 'already abbreviated');
  const result = compileTestData([{ id: 'kz-nbk', type: 'agency', name: 'National Bank of Kazakhstan', nativeName: 'Национальный банк Республики Казахстан', country: 'KZ', summary: 'S.' }], []);
  assert.ok(result.ok);
  if (!result.ok) return;
  const text = 'По данным Национального банка РК, ставка не изменилась.';
  assert.deepEqual(new Recognizer(result.data.aliasIndex).recognize(text).map((m) => [m.entity, text.slice(m.start, m.end)]), [['kz-nbk', 'Национального банка РК']]);
});

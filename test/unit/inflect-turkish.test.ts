import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Recognizer } from '../../src/core/finder.js';
import { foldKey } from '../../src/core/fold.js';
import { turkishForms } from '../../src/core/inflect-turkish.js';
import { compileTestData } from './fixture-data.js';

const has = (name: string, form: string) => assert.ok(turkishForms(foldKey(name)).includes(foldKey(form)), `${name} → ${form}`);

test('a compound ending in the possessive takes the case endings: Bakanlığı → Bakanlığının, Komisyonunda', () => {
  has('Adalet Bakanlığı', 'Adalet Bakanlığının');
  has('Adalet Bakanlığı', 'Adalet Bakanlığına');
  has('Plan ve Bütçe Komisyonu', 'Plan ve Bütçe Komisyonunda');
  has('İstanbul Cumhuriyet Başsavcılığı', 'İstanbul Cumhuriyet Başsavcılığınca');
  has('Emniyet Genel Müdürlüğü', 'Emniyet Genel Müdürlüğünün');
  has('Anayasa Mahkemesi', 'Anayasa Mahkemesine');
  has('Sermaye Piyasası Kanunu', 'Sermaye Piyasası Kanunuyla');
});

test('one word, a word not ending in the possessive, or a non-Latin key is left alone', () => {
  assert.deepEqual(turkishForms(foldKey('Yargıtay')), [foldKey('Yargıtay')]);
  assert.deepEqual(turkishForms(foldKey('Merkez Bankası Başkanı Fatih Karahan')), [foldKey('Merkez Bankası Başkanı Fatih Karahan')]);
  assert.deepEqual(turkishForms(foldKey('財務省 金融庁')), [foldKey('財務省 金融庁')]);
});

const source = { url: 'https://example.org/a', title: 'A', publisher: 'P', retrievedAt: '2026-11-21' };
const agency = (id: string, name: string, country: string) => ({
  id, type: 'agency', name, country, summary: 'S.', facts: [{ statement: 'F.', date: '2024-01-02', sources: [source] }],
});

function recognizer(): Recognizer {
  const result = compileTestData([agency('tr-justice', 'Adalet Bakanlığı', 'TR'), agency('us-cmte', 'Committee on Missouri', 'US')], []);
  assert.ok(result.ok);
  return new Recognizer(result.data.aliasIndex);
}

test('a Turkish entity is found with an ending written straight onto its name, the whole word highlighted', () => {
  const text = "Adalet Bakanlığının açıklaması, Adalet Bakanlığı'na iletildi.";
  assert.deepEqual(
    recognizer().recognize(text).map((m) => text.slice(m.start, m.end)),
    ['Adalet Bakanlığının', 'Adalet Bakanlığı'],
  );
});

test("the endings are only for Turkish entities: an English name ending in -i does not grow them", () => {
  const text = 'The Committee on Missourina met.';
  assert.deepEqual(recognizer().recognize(text), []);
});

test('a longer word that only starts like an ending is not a match', () => {
  const text = 'Adalet Bakanlığındakiler geldi.';
  assert.deepEqual(recognizer().recognize(text), []);
});

test("a foreign body's Turkish name with a Turkish head noun takes the endings too: Rusya Merkez Bankasının", () => {
  const result = compileTestData([{ ...agency('ru-cbr', 'Bank of Russia', 'RU'), aliases: [{ text: 'Rusya Merkez Bankası' }] }], []);
  assert.ok(result.ok);
  const text = 'Siluanov, Rusya Merkez Bankasının temkinli olduğunu söyledi.';
  assert.deepEqual(new Recognizer(result.data.aliasIndex).recognize(text).map((m) => text.slice(m.start, m.end)), ['Rusya Merkez Bankasının']);
});

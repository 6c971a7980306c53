import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Recognizer } from '../../src/core/finder.js';
import { foldKey } from '../../src/core/fold.js';
import { germanForms, roleCompounds } from '../../src/core/inflect-german.js';
import { compileTestData } from './fixture-data.js';

const has = (name: string, form: string) => assert.ok(germanForms(foldKey(name)).includes(foldKey(form)), `${name} → ${form}`);
const alone = (name: string) => assert.deepEqual(germanForms(foldKey(name)), [foldKey(name)], name);

test('an adjective in front takes -en: Europäische Zentralbank → der Europäischen Zentralbank', () => {
  has('Europäische Zentralbank', 'Europäischen Zentralbank');
  has('Deutscher Bundestag', 'Deutschen Bundestag');
  has('Deutsche Bundesbank', 'Deutschen Bundesbank');
  has('Schweizerische Nationalbank', 'Schweizerischen Nationalbank');
  has('Oesterreichische Nationalbank', 'Oesterreichischen Nationalbank');
  has('Eidgenössisches Finanzdepartement', 'Eidgenössischen Finanzdepartements');
  has('Internationaler Währungsfonds', 'Internationalen Währungsfonds');
});

test('after the article a strong adjective weakens to -e: Schweizerisches Strafgesetzbuch → das Schweizerische Strafgesetzbuch', () => {
  has('Schweizerisches Strafgesetzbuch', 'Schweizerische Strafgesetzbuch');
  has('Deutscher Bundestag', 'Deutsche Bundestag');
  has('Oberster Gerichtshof', 'Oberste Gerichtshof');
  has('Schweizerisches Strafgesetzbuch', 'Schweizerischen Strafgesetzbuches');
});

test('a masculine or neuter head takes the genitive: Gesetzes, Bundestags, Ministeriums, Gerichts', () => {
  has('Kreditwesengesetz', 'Kreditwesengesetzes');
  has('Bundestag', 'Bundestags');
  has('Bundestag', 'Bundestages');
  has('Bundesministerium der Finanzen', 'Bundesministerium der Finanzen');
  // The head declines before the attribute it governs.
  has('Bundesministerium der Finanzen', 'Bundesministeriums der Finanzen');
  has('Bundesamt für Justiz', 'Bundesamtes für Justiz');
  has('Europäischer Gerichtshof für Menschenrechte', 'Europäischen Gerichtshofs für Menschenrechte');
  assert.ok(!germanForms(foldKey('Bundesministerium der Finanzen')).includes(foldKey('Bundesministerium der Finanzens')), 'the attribute never declines');
  assert.deepEqual(germanForms(foldKey('Ursula von der Leyen')), [foldKey('Ursula von der Leyen')], 'a name with "von" has no head noun');
  has('Bundesfinanzministerium', 'Bundesfinanzministeriums');
  has('Bundesverfassungsgericht', 'Bundesverfassungsgerichts');
  has('Strafgesetzbuch', 'Strafgesetzbuches');
  has('Europäischer Rat', 'Europäischen Rates');
  has('Finanzausschuss', 'Finanzausschusses');
  // A head followed by a place declines, the place does not.
  has('Landgericht Münster', 'Landgerichts Münster');
  has('Landeskriminalamt NRW', 'Landeskriminalamtes NRW');
  has('Oberlandesgericht Frankfurt am Main', 'Oberlandesgerichts Frankfurt am Main');
  assert.ok(!germanForms(foldKey('Kreditwesengesetz')).includes(foldKey('Kreditwesengesetzs')), 'a hissing end takes -es only');
});

test('feminine heads, English names and other scripts are left alone', () => {
  alone('Bundesanstalt für Finanzdienstleistungsaufsicht');
  alone('Bundesbank');
  alone('Securities and Exchange Commission');
  alone('Democrat');
  alone('Tax Tribunal');
  alone('Банк России');
  alone('金融庁');
});

const source = { url: 'https://example.org/a', title: 'A', publisher: 'P', retrievedAt: '2026-11-21' };
const entity = (id: string, type: string, name: string, country: string) => ({
  id, type, name, country, summary: 'S.', facts: [{ statement: 'F.', date: '2024-01-02', sources: [source] }],
});

function recognizer(): Recognizer {
  const result = compileTestData(
    [entity('de-kwg', 'regulation', 'Kreditwesengesetz', 'DE'), entity('eu-ecb', 'agency', 'Europäische Zentralbank', 'EU')],
    [],
  );
  assert.ok(result.ok);
  return new Recognizer(result.data.aliasIndex);
}

test('a declined German name is found and highlighted whole', () => {
  const text = 'Nach Ansicht der Europäischen Zentralbank verstößt das gegen § 32 des Kreditwesengesetzes.';
  assert.deepEqual(
    recognizer().recognize(text).map((m) => [text.slice(m.start, m.end), m.entity]),
    [['Europäischen Zentralbank', 'eu-ecb'], ['Kreditwesengesetzes', 'de-kwg']],
  );
});

test('a longer compound that only starts like a declined name is not a match', () => {
  assert.deepEqual(recognizer().recognize('Die Kreditwesengesetzesnovelle kommt.'), []);
});

test('a German body glued to a role noun: with the linking -s where its head takes one, never for a short acronym', () => {
  assert.ok(roleCompounds('bundesbank').includes('bundesbankchef'));
  assert.ok(roleCompounds('bundesbank').includes('bundesbankprasident'));
  assert.ok(roleCompounds('bundestag').includes('bundestagsprasidentin'));
  assert.ok(roleCompounds('bundesrat').includes('bundesratssprecher'));
  assert.ok(!roleCompounds('bundesbank').includes('bundesbankschef'));
  assert.deepEqual(roleCompounds('bafin'), []);
  assert.deepEqual(roleCompounds('deutsche bundesbank'), []);
});

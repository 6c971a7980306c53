import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Recognizer } from '../../src/core/finder.js';
import { personGenitives } from '../../src/core/inflect-german.js';
import { foldKey } from '../../src/core/fold.js';
import { billForms } from '../../src/core/law-forms.js';
import { compileTestData } from './fixture-data.js';

test('an English law is named as a bill before it passes; nothing else becomes a bill', () => {
  assert.deepEqual(billForms('virtual asset service providers act'), ['virtual asset service providers bill']);
  assert.deepEqual(billForms('loi pacte'), []);
  assert.deepEqual(billForms('genius act'), ['genius bill', 'genius法案', 'genius 法案', 'genius法', 'genius 法']);
  assert.deepEqual(billForms('contract'), []);
});

test('a German genitive adds -s to a name, not to one ending in a hissing sound', () => {
  assert.deepEqual(personGenitives('donald trump'), ['donald trumps']);
  assert.deepEqual(personGenitives('trump'), ['trumps']);
  assert.deepEqual(personGenitives('friedrich merz'), []);
  assert.deepEqual(personGenitives('植田'), []);
});

test('the build gives a law its bill form and a person a genitive, never a body or a common word', () => {
  const result = compileTestData(
    [
      { id: 'ke-vasp', type: 'regulation', name: 'Virtual Asset Service Providers Act', country: 'KE', summary: 'S.' },
      { id: 'us-trump', type: 'official', name: 'Donald Trump', country: 'US', summary: 'S.', aliases: [{ text: 'Trump', needsFullName: true }] },
      { id: 'int-stock', type: 'official', name: 'Jurgen Stock', country: 'INT', summary: 'S.', aliases: [{ text: 'Stock', needsFullName: true }] },
      { id: 'ke-treasury', type: 'agency', name: 'National Treasury Act Office', country: 'KE', summary: 'S.' },
    ],
    [],
  );
  assert.ok(result.ok);
  if (!result.ok) return;
  const r = new Recognizer(result.data.aliasIndex);
  const ids = (text: string) => r.recognize(text).map((m) => `${m.entity}:${text.slice(m.start, m.end)}`);
  assert.deepEqual(ids('The Virtual Asset Service Providers Bill, 2025 was tabled.'), ['ke-vasp:Virtual Asset Service Providers Bill']);
  assert.deepEqual(ids('Unter Donald Trumps Regierung kam, was Trump wollte; so wollte es Trumps.'), ['us-trump:Donald Trumps', 'us-trump:Trump', 'us-trump:Trumps']);
  assert.deepEqual(ids('Jurgen Stock spoke. Stocks rose.'), ['int-stock:Jurgen Stock']);
  assert.deepEqual(ids('The National Treasury Act Offices closed.'), []);
});

test('a Korean law ending in 법 is also named as a bill, 법안, and with its decrees, 법령', () => {
  assert.deepEqual(billForms(foldKey('디지털자산기본법')), [foldKey('디지털자산기본법안'), foldKey('디지털자산기본법령')]);
  assert.deepEqual(billForms(foldKey('가상자산 이용자 보호법')), [foldKey('가상자산 이용자 보호법안'), foldKey('가상자산 이용자 보호법령')]);
  assert.deepEqual(billForms(foldKey('법')), []);
});

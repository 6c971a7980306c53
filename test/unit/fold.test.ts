import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldKeepingCase, foldKey, foldText, originalEnd, quickFold } from '../../src/core/fold.js';

test('diacritics fold away: Bozdağ and Bozdag meet', () => {
  assert.equal(foldKey('Bekir Bozdağ'), 'bekir bozdag');
  assert.equal(foldKey('Jürgen'), 'jurgen');
  assert.equal(foldKey('Kavcıoğlu'), 'kavcioglu');
});

test('"№" stays a sign, so a number right after it is a word of its own, in every fold', () => {
  assert.equal(foldKey('Законопроект №10225-д'), 'законопроект №10225-д');
  assert.equal(quickFold('Законопроект №10225-д'), 'законопроект №10225-д');
  assert.equal(foldKeepingCase('№ 8'), '№ 8');
  assert.equal(foldKey('Nº 5 e N° 6'), 'no 5 e no 6');
});

test('Turkish dotted capital İ folds to plain i', () => {
  assert.equal(foldKey('İSTANBUL'), 'istanbul');
});

test('typographic apostrophes, non-breaking spaces and soft hyphens fold to plain forms', () => {
  assert.equal(foldKey('Interpol’s'), "interpol's");
  assert.equal(foldKey('Igor\u00a0Krasnov'), 'igor krasnov');
  assert.equal(foldKey('Kras\u00adnov'), 'krasnov');
  assert.equal(foldKey('Igor \n  Krasnov'), 'igor krasnov');
});

test('full-width Latin letters fold to ASCII, kana keep their voicing marks', () => {
  assert.equal(foldKey('ＦＳＡ'), 'fsa');
  assert.notEqual(foldKey('が'), foldKey('か'));
});

test('Cyrillic folds case but stays Cyrillic', () => {
  assert.equal(foldKey('НАБИУЛЛИНА'), 'набиуллина');
});

test('folded offsets map back to the original text', () => {
  const original = 'Mr. Bozdağ\u00ad’s visit';
  const folded = foldText(original);
  const start = folded.text.indexOf('bozdag');
  const end = start + 'bozdag'.length;
  assert.equal(original.slice(folded.origin[start], originalEnd(original, folded, end)), 'Bozdağ');
});

test('offsets stay right after characters outside the BMP', () => {
  const original = '😀 Interpol';
  const folded = foldText(original);
  const start = folded.text.indexOf('interpol');
  assert.equal(original.slice(folded.origin[start], originalEnd(original, folded, start + 8)), 'Interpol');
});

test('case is kept when asked', () => {
  assert.equal(foldKeepingCase('SEC'), 'SEC');
  assert.equal(foldKeepingCase('Sec'), 'Sec');
});

test('"number" written Nº or N° folds the same, in the full and the quick fold', () => {
  assert.equal(foldKey('Ley N° 27.739'), foldKey('Ley Nº 27.739'));
  assert.equal(quickFold('Ley N° 27.739'), quickFold('Ley Nº 27.739'));
  assert.equal(foldText('Ley N° 27.739').text, quickFold('Ley N° 27.739'));
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldKey } from '../../src/core/fold.js';
import { russianForms } from '../../src/core/inflect.js';

const forms = (name: string) => russianForms(foldKey(name));
const has = (name: string, form: string) => assert.ok(forms(name).includes(foldKey(form)), `${name} → ${form}`);

test('feminine surnames decline: Набиуллина → Набиуллиной, Набиуллину', () => {
  has('Набиуллина', 'Набиуллиной');
  has('Набиуллина', 'Набиуллину');
});

test('masculine names and nouns decline: Краснов → Краснова, Интерпол → Интерполом', () => {
  has('Краснов', 'Краснова');
  has('Интерпол', 'Интерполом');
  has('Боздаг', 'Боздагом');
});

test('only the first word of a noun phrase declines: Банк России → Банком России', () => {
  has('Банк России', 'Банком России');
  has('Банк России', 'Банка России');
});

test('an adjective and its noun decline together: цифровой рубль → цифрового рубля, Государственная дума → Государственной думы', () => {
  has('цифровой рубль', 'цифрового рубля');
  has('цифровой рубль', 'цифровых рублях');
  has('Государственная дума', 'Государственной думы');
});

test('an adjective in -кий declines hard: Европейский парламент → Европейского парламента', () => {
  has('Европейский парламент', 'Европейского парламента');
  has('Европейский парламент', 'Европейском парламенте');
  has('Российский союз', 'Российским союзом');
});

test('a given name and surname decline together: Олжас Бектенов → Олжаса Бектенова, Эльвира Набиуллина → Эльвирой Набиуллиной', () => {
  has('Олжас Бектенов', 'Олжаса Бектенова');
  has('Олжас Бектенов', 'Олжасом Бектеновым');
  has('Эльвира Набиуллина', 'Эльвирой Набиуллиной');
  has('Эльвира Набиуллина', 'Эльвиры Набиуллиной');
  assert.ok(!forms('Банк России').some((f) => f.endsWith('россиии')));
});

test('short acronyms and Latin keys are left alone', () => {
  assert.deepEqual(forms('ФСБ'), [foldKey('ФСБ')]);
  assert.deepEqual(forms('Interpol'), ['interpol']);
});

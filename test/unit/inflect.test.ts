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

test('a surname that is an adjective in form declines as one: Андрей Пышный → Андрея Пышного, Пышный → Пышным', () => {
  has('Андрей Пышный', 'Андрея Пышного');
  has('Андрей Пышный', 'Андреем Пышным');
  has('Пышный', 'Пышного');
  has('Вишневский', 'Вишневскому');
  assert.ok(!russianForms(foldKey('Банк России')).includes(foldKey('Банка Россего')), 'a noun attribute in -ии is no surname');
});

test('given names in -ей and -ай decline: Андрей Пышный → Андрея Пышного, Николай Патрушев → Николаем Патрушевым', () => {
  has('Андрей', 'Андрея');
  has('Николай Патрушев', 'Николаем Патрушевым');
  has('Сергей Швецов', 'Сергея Швецова');
});

test('every adjective before the noun agrees with it: Федеральная налоговая служба → Федеральной налоговой службе', () => {
  has('Федеральная налоговая служба', 'Федеральной налоговой службе');
  has('Федеральная налоговая служба', 'Федеральную налоговую службу');
  has('Центральная избирательная комиссия', 'Центральной избирательной комиссии');
  assert.ok(!forms('Федеральная налоговая служба').includes(foldKey('Федеральной налоговаи служба')), 'the second adjective is no noun');
});

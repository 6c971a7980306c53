import assert from 'node:assert/strict';
import { test } from 'node:test';
import { officialSpellings, spell } from '../../src/core/data/latin-spellings.js';

test('spells a Russian surname as each press does', () => {
  assert.deepEqual(['de', 'fr', 'tr'].map((language) => spell('Лукашенко', language as 'de')), ['Lukaschenko', 'Loukachenko', 'Lukaşenko']);
  assert.equal(spell('Силуанов', 'de'), 'Siluanow');
  assert.equal(spell('Головченко', 'de'), 'Golowtschenko');
  assert.equal(spell('Мишустин', 'fr'), 'Michoustine');
  assert.equal(spell('Путин', 'fr'), 'Poutine');
  assert.equal(spell('Набиуллина', 'fr'), 'Nabioullina');
});

test('writes е as je/ie/ye at a word start and after a vowel, and -ий as the press does', () => {
  assert.equal(spell('Евгений', 'de'), 'Jewgeni');
  assert.equal(spell('Токаев', 'de'), 'Tokajew');
  assert.equal(spell('Токаев', 'tr'), 'Tokayev');
  assert.equal(spell('Дмитрий', 'tr'), 'Dmitriy');
  assert.equal(spell('Сергей', 'fr'), 'Sergueï');
  assert.equal(spell('Михаил', 'fr'), 'Mikhaïl');
  assert.equal(spell('Александр', 'de', false, true), 'Alexandr');
  assert.equal(spell('Аксаков', 'de'), 'Aksakow');
  assert.equal(spell('Касым-Жомарт', 'de'), 'Kassym-Schomart');
});

test('spells Ukrainian names from the Ukrainian letters', () => {
  assert.equal(spell('Володимир', 'de', true), 'Wolodymyr');
  assert.equal(spell('Зеленський', 'de', true), 'Selenskyj');
  assert.equal(spell('Зеленський', 'fr', true), 'Zelensky');
  assert.equal(spell('Зеленський', 'tr', true), 'Zelenskiy');
});

test('gives full names with the spelt and the English given name, and the surname alone', () => {
  const spellings = officialSpellings(['Александр Лукашенко', 'Лукашенко'], 'Alexander Lukashenko', 'BY');
  assert.ok(spellings.full.includes('Alexander Lukaschenko'));
  assert.ok(spellings.full.includes('Alexander Loukachenko'));
  assert.deepEqual(spellings.surname, ['Lukaschenko', 'Loukachenko', 'Lukaşenko', 'Lukashenko']);
  assert.equal(spellings.cyrillicSurname, 'Лукашенко');
});

test('prefers a Russian-letter name to a Kazakh-script native name, and ignores other states', () => {
  assert.ok(officialSpellings(['Әлихан Смайылов', 'Алихан Смаилов'], 'Alikhan Smailov', 'KZ').surname.includes('Smailow'));
  assert.deepEqual(officialSpellings(['Петър Чобанов'], 'Petar Chobanov', 'BG'), { full: [], surname: [] });
  assert.ok(officialSpellings(['Владимир Владимирович Путин'], 'Vladimir Putin', 'RU').full.includes('Wladimir Putin'));
});

test('spells a name as English wires do besides the entity own spelling', () => {
  assert.equal(spell('Жапаров', 'en'), 'Zhaparov');
  assert.equal(spell('Моисеев', 'en'), 'Moiseyev');
  assert.equal(spell('Алексей', 'en'), 'Aleksey');
  assert.equal(spell('Анатолий', 'en'), 'Anatoly');
  assert.equal(spell('Хуснуллин', 'en'), 'Khusnullin');
  assert.equal(spell('Федоров', 'en', true), 'Fedorov');
});

test('mixes a spelt given name with the English surname, as stories do', () => {
  const spellings = officialSpellings(['Анатолий Аксаков'], 'Anatoly Aksakov', 'RU');
  assert.ok(spellings.full.includes('Anatoli Aksakov'));
  assert.ok(spellings.full.includes('Anatoly Aksakow'));
  assert.ok(officialSpellings(['Садыр Жапаров'], 'Sadyr Japarov', 'KG').surname.includes('Zhaparov'));
});

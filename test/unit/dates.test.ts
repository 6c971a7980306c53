import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatIsoDate, isAfterDay } from '../../src/core/dates.js';
import { nativeNameLanguage } from '../../src/core/native-language.js';

test('dates are written at their own precision in the reader\'s locale', () => {
  assert.equal(formatIsoDate('2020-06', 'en'), 'June 2020');
  assert.equal(formatIsoDate('2020', 'en'), '2020');
  assert.equal(formatIsoDate('2020-06-22', 'en'), 'Jun 22, 2020');
  assert.equal(formatIsoDate('2020-06-22', 'en', 'month'), 'June 2020');
  assert.equal(formatIsoDate('2020-06', 'ja'), '2020年6月');
  assert.match(formatIsoDate('2020-06', 'ru'), /июн.* 2020/);
});

test('text that is not an ISO date is returned as is, and an unknown locale falls back', () => {
  assert.equal(formatIsoDate('soon', 'en'), 'soon');
  assert.equal(formatIsoDate('2020', 'not a locale!'), '2020');
});

test('a month that contains the story\'s day is not after it', () => {
  assert.equal(isAfterDay('2022-11', '2022-11-11'), false);
  assert.equal(isAfterDay('2022-12', '2022-11-11'), true);
  assert.equal(isAfterDay('2022-11-12', '2022-11-11'), true);
});

test('native names get a language only where script and jurisdiction settle it', () => {
  assert.equal(nativeNameLanguage('Игорь Краснов', 'RU'), 'ru');
  assert.equal(nativeNameLanguage('金融庁', 'JP'), 'ja');
  assert.equal(nativeNameLanguage('中国人民银行', 'CN'), 'zh-Hans');
  assert.equal(nativeNameLanguage('香港金融管理局', 'HK'), 'zh-Hant');
  assert.equal(nativeNameLanguage('금융위원회', 'KR'), 'ko');
  assert.equal(nativeNameLanguage('Adalet Bakanlığı', 'TR'), 'tr');
  assert.equal(nativeNameLanguage('Something', 'INT'), undefined);
});

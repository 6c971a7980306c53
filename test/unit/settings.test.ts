import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS, isSiteEnabled, normaliseSite, siteSwitchChanges, storageKey } from '../../src/core/settings/settings.js';
import { readSettings, toStorage } from '../../src/core/settings/validate.js';

test('nothing stored: every setting takes its default', () => {
  assert.deepEqual(readSettings({}), DEFAULT_SETTINGS);
});

test('a damaged value costs that one setting; unknown keys from another version are ignored', () => {
  const settings = readSettings({ [storageKey('style')]: 'sparkles', [storageKey('hoverDelayMs')]: 800, 'settings.fromTheFuture': 1 });
  assert.equal(settings.style, DEFAULT_SETTINGS.style);
  assert.equal(settings.hoverDelayMs, 800);
});

test('a bad colour for one type keeps the others', () => {
  const settings = readSettings({ [storageKey('types')]: { official: { enabled: false, colour: 'red' }, agency: { enabled: false, colour: '#123456' }, regulation: { enabled: true, colour: '#abcdef' } } });
  assert.deepEqual(settings.types.official, DEFAULT_SETTINGS.types.official);
  assert.deepEqual(settings.types.agency, { enabled: false, colour: '#123456' });
});

test('writing an invalid value is refused with the setting\'s name', () => {
  assert.throws(() => toStorage({ hoverDelayMs: -5 }), /setting "hoverDelayMs"/);
  assert.throws(() => toStorage({ nonsense: 1 } as never), /unknown setting "nonsense"/);
});

test('site names are normalised from what people paste', () => {
  assert.equal(normaliseSite('https://www.CoinDesk.com/policy/2024/'), 'coindesk.com');
  assert.equal(normaliseSite('127.0.0.1:8080'), '127.0.0.1');
  assert.equal(normaliseSite('not a site'), null);
});

test('a site includes its subdomains; "off" wins over "only these sites"', () => {
  const only = { ...DEFAULT_SETTINGS, siteMode: 'only-listed' as const };
  assert.equal(isSiteEnabled(only, 'www.coindesk.com'), true);
  assert.equal(isSiteEnabled(only, 'example.org'), false);
  assert.equal(isSiteEnabled({ ...only, disabledSites: ['coindesk.com'] }, 'coindesk.com'), false);
  assert.equal(isSiteEnabled(DEFAULT_SETTINGS, 'example.org'), true);
});

test('the popup\'s switch and the site lists are one data', () => {
  const off = { ...DEFAULT_SETTINGS, ...siteSwitchChanges(DEFAULT_SETTINGS, 'news.example.org', false) };
  assert.deepEqual(off.disabledSites, ['news.example.org']);
  assert.equal(isSiteEnabled(off, 'news.example.org'), false);
  const on = { ...off, ...siteSwitchChanges(off, 'news.example.org', true) };
  assert.equal(isSiteEnabled(on, 'news.example.org'), true);
  const only = { ...DEFAULT_SETTINGS, siteMode: 'only-listed' as const, onlySites: [] };
  const added = { ...only, ...siteSwitchChanges(only, 'example.org', true) };
  assert.deepEqual(added.onlySites, ['example.org']);
  assert.equal(isSiteEnabled(added, 'example.org'), true);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countryNamedIn, wrongCountryHits } from '../../eval/wrong-country.js';

test('the country a gold canonical name gives in brackets, by ICU English name or a short one', () => {
  assert.equal(countryNamedIn('Ministry of Finance (Russia)'), 'RU');
  assert.equal(countryNamedIn('Senate (Nigeria)'), 'NG');
  assert.equal(countryNamedIn('Securities and Exchange Commission (US)'), 'US');
  assert.equal(countryNamedIn('Banking Act (Germany)'), 'DE'); // not the retired "DD"
  assert.equal(countryNamedIn('Financial Supervisory Service (Korea)'), 'KR');
  assert.equal(countryNamedIn('Bank Al-Maghrib (central bank of Morocco)'), undefined);
  assert.equal(countryNamedIn('Markets in Crypto-Assets Regulation (MiCA)'), undefined);
  assert.equal(countryNamedIn('Federal Reserve'), undefined);
});

test('a hit is of the wrong country when its entity is another national one than the gold names', () => {
  const hit = (canonical: string, entity: string) => ({ page: 'p', canonical, highlighted: 'x', entity, name: entity });
  const countries: Record<string, string> = { 'jp-mof': 'JP', 'ru-minfin': 'RU', 'eu-mica': 'EU', 'int-imf': 'INT' };
  const { checked, wrong } = wrongCountryHits(
    [
      hit('Ministry of Finance (Russia)', 'jp-mof'),
      hit('Ministry of Finance (Russia)', 'ru-minfin'),
      hit('MiCA (Germany)', 'eu-mica'), // an EU or international entity is never counted wrong
      hit('IMF (Kenya)', 'int-imf'),
      hit('Bank of Japan', 'jp-mof'), // no country in brackets: not checked
    ],
    (entity) => countries[entity],
  );
  assert.equal(checked, 2);
  assert.deepEqual(wrong.map((h) => h.entity), ['jp-mof']);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { centralBankNames } from '../../src/core/data/central-bank-names.js';
import { Recognizer } from '../../src/core/finder.js';
import { compileTestData } from './fixture-data.js';

test('a central bank gets its country\'s name in other languages: French, Spanish, Turkish, Japanese, Russian', () => {
  const names = centralBankNames('NG');
  for (const name of ['Central Bank of Nigeria', 'Banque centrale du Nigeria', 'Banco Central de Nigeria', 'Nijerya Merkez Bankası', 'ナイジェリア中央銀行', 'Центральный банк Нигерии']) {
    assert.ok(names.includes(name), name);
  }
  assert.ok(centralBankNames('KZ').includes('Центробанк Казахстана'), 'a Russian country name takes the genitive');
});

test('the build gives those names to the checklist\'s central bank of a country, and never takes another entity\'s alias', () => {
  const source = { url: 'https://example.org/a', title: 'A', publisher: 'P', retrievedAt: '2026-11-21' };
  const agency = (id: string, name: string, country: string, aliases: object[] = []) => ({ id, type: 'agency', name, country, summary: 'S.', aliases, facts: [{ statement: 'F.', date: '2020', sources: [source] }] });
  const checklist = { name: 'c.json', text: JSON.stringify({ file: 'c', jurisdictions: [{ jurisdiction: 'NG', slots: [{ slot: 'central-bank', entities: ['ng-cbn'] }] }, { jurisdiction: 'MA', slots: [{ slot: 'central-bank', entities: ['ma-bam'] }] }] }) };
  const result = compileTestData([agency('ng-cbn', 'Central Bank of Nigeria', 'NG'), agency('ma-bam', 'Bank Al-Maghrib', 'MA'), agency('ma-other', 'Other', 'MA', [{ text: 'Banque centrale du Maroc' }])], [], { checklists: [checklist] });
  assert.ok(result.ok, result.ok ? '' : result.issues.map((i) => i.message).join('\n'));
  const recognizer = new Recognizer(result.data.aliasIndex);
  const ids = (text: string) => recognizer.recognize(text).map((m) => m.entity);
  assert.deepEqual(ids('La Banque centrale du Nigeria a parlé ; la Banque centrale du Maroc aussi.'), ['ng-cbn', 'ma-other']);
});

test('Japanese stories shorten a central bank to 中銀, and a Turkish name written with a lower-case head is a description', () => {
  assert.ok(centralBankNames('BR').includes('ブラジル中銀'));
  const source = { url: 'https://example.org/a', title: 'A', publisher: 'P', retrievedAt: '2026-11-21' };
  const checklist = { name: 'c.json', text: JSON.stringify({ file: 'c', jurisdictions: [{ jurisdiction: 'MX', slots: [{ slot: 'central-bank', entities: ['mx-banxico'] }] }] }) };
  const result = compileTestData([{ id: 'mx-banxico', type: 'agency', name: 'Bank of Mexico', country: 'MX', summary: 'S.', aliases: [], facts: [{ statement: 'F.', date: '2020', sources: [source] }] }], [], { checklists: [checklist] });
  assert.ok(result.ok, result.ok ? '' : result.issues.map((i) => i.message).join('\n'));
  const recognizer = new Recognizer(result.data.aliasIndex);
  const found = (text: string) => recognizer.recognize(text).map((m) => text.slice(m.start, m.end));
  assert.deepEqual(found('メキシコ中銀が発表した。'), ['メキシコ中銀']);
  assert.deepEqual(found('Haziran ayında Meksika merkez bankası açıkladı.'), []);
  assert.deepEqual(found('Meksika Merkez Bankasının açıklaması.'), ['Meksika Merkez Bankasının']);
  // Korean, with a space or without, and its particles (the matcher's rule).
  assert.ok(centralBankNames('RU').includes('러시아 중앙은행') && centralBankNames('RU').includes('러시아중앙은행'));
  assert.deepEqual(found('멕시코 중앙은행은 발표했다. 멕시코중앙은행이'), ['멕시코 중앙은행은', '멕시코중앙은행이']);
});

test('German names a central bank again as "die Zentralbank" once the story has named it, and only one; Korean names a government by its country', () => {
  const source = { url: 'https://example.org/a', title: 'A', publisher: 'P', retrievedAt: '2026-11-21' };
  const agency = (id: string, name: string, country: string, aliases: object[] = []) => ({ id, type: 'agency', name, country, summary: 'S.', aliases, facts: [{ statement: 'F.', date: '2020', sources: [source] }] });
  const checklist = { name: 'c.json', text: JSON.stringify({ file: 'c', jurisdictions: [{ jurisdiction: 'NG', slots: [{ slot: 'central-bank', entities: ['ng-cbn'] }] }, { jurisdiction: 'RU', slots: [{ slot: 'central-bank', entities: ['ru-cbr'] }] }] }) };
  const result = compileTestData(
    [agency('ng-cbn', 'Central Bank of Nigeria', 'NG', [{ text: 'nigerianische Zentralbank' }]), agency('ru-cbr', 'Bank of Russia', 'RU', [{ text: 'Bank von Russland' }]), agency('vn-government', 'Government of Vietnam', 'VN')],
    [],
    { checklists: [checklist] },
  );
  assert.ok(result.ok, result.ok ? '' : result.issues.map((i) => i.message).join('\n'));
  const recognizer = new Recognizer(result.data.aliasIndex);
  const found = (text: string) => recognizer.recognize(text).map((m) => `${m.entity}:${text.slice(m.start, m.end)}`);
  // Named anywhere on the page, as a headline's short form is named further down.
  assert.deepEqual(found('Die Zentralbank schwieg. Die nigerianische Zentralbank warnte; die Zentralbank verbot es.'), ['ng-cbn:Zentralbank', 'ng-cbn:nigerianische Zentralbank', 'ng-cbn:Zentralbank']);
  assert.deepEqual(found('Die Zentralbank verbot es.'), [], 'never on a page that names no central bank');
  assert.deepEqual(found('Die nigerianische Zentralbank sagt, es gebe keine Zentralbank, die das erlaube.'), ['ng-cbn:nigerianische Zentralbank'], 'an indefinite or negated one is no particular bank');
  assert.deepEqual(found('Die nigerianische Zentralbank und die Bank von Russland; die Zentralbank verbot es.'), ['ng-cbn:nigerianische Zentralbank', 'ru-cbr:Bank von Russland'], 'two banks named: which one is meant is not settled');
  assert.deepEqual(
    found('Die nigerianische Zentralbank warnte; die Zentralbank verbot es. Später sprach die Bank von Russland.'),
    ['ng-cbn:nigerianische Zentralbank', 'ng-cbn:Zentralbank', 'ru-cbr:Bank von Russland'],
    'the one named before, when the other comes only later',
  );
  assert.deepEqual(found('베트남 정부는 시범 사업을 승인했다.'), ['vn-government:베트남 정부는']);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileData, formatIssue } from '../../src/core/data/compile.js';
import { compileTestData, fileOf, testCoverage, testEntities } from './fixture-data.js';

const options = { isCommonWord: (w: string) => ['stock', 'act'].includes(w), version: 'v' };

function problems(entities: unknown[], coverage: unknown[] = []): string[] {
  const result = compileData([fileOf({ file: 'x', entities, coverage }, 'assets/data/x.json')], options);
  return result.ok ? [] : result.issues.map(formatIssue);
}

const source = { url: 'https://example.org/a', title: 'A', publisher: 'P', retrievedAt: '2026-11-21' };
const entity = (over: Record<string, unknown> = {}) => ({
  id: 'e1', type: 'agency', name: 'Example Agency', country: 'FR', summary: 'S.',
  facts: [{ statement: 'F.', date: '2024-01-02', sources: [source] }], ...over,
});

test('the test database compiles', () => {
  const result = compileTestData();
  assert.equal(result.ok, true);
  if (result.ok) assert.equal(result.data.entities.length, testEntities.length);
});

test('a fact without a source is rejected, with file and path', () => {
  const [issue] = problems([entity({ facts: [{ statement: 'F.', date: '2024-01-02', sources: [] }] })]);
  assert.match(issue ?? '', /^assets\/data\/x\.json: entities\[0\]\.facts\[0\]\.sources: /);
});

test('a bad date is rejected', () => {
  assert.match(problems([entity({ facts: [{ statement: 'F.', date: '2024-02-30', sources: [source] }] })]).join(), /facts\[0\]\.date: not an ISO 8601 date/);
  assert.match(problems([entity({ facts: [{ statement: 'F.', date: '11 Nov 2022', sources: [source] }] })]).join(), /not an ISO 8601 date/);
});

test('a fact with neither date nor asOf is rejected', () => {
  assert.match(problems([entity({ facts: [{ statement: 'F.', sources: [source] }] })]).join(), /needs a "date" or an "asOf"/);
});

test('an unknown jurisdiction is rejected', () => {
  assert.match(problems([entity({ country: 'XX' })]).join(), /entities\[0\]\.country: unknown jurisdiction/);
});

test('a duplicate id is rejected', () => {
  assert.match(problems([entity(), entity({ name: 'Other Agency' })]).join(), /entities\[1\]\.id: duplicate entity id "e1"/);
});

test('a dangling reference is rejected', () => {
  assert.match(problems([entity({ relations: [{ type: 'partOf', target: 'nowhere' }] })]).join(), /relations\[0\]\.target: refers to unknown entity "nowhere"/);
  assert.match(problems([entity()], [{ id: 'c', title: 'T', outlet: 'O', summary: 'S', entities: ['ghost'] }]).join(), /coverage\[0\]\.entities\[0\]: refers to unknown entity "ghost"/);
  assert.match(
    problems([entity({ facts: [{ statement: 'F.', date: '2024', sources: [{ coverage: 'no-such' }] }] })]).join(),
    /sources\[0\]\.coverage: refers to unknown coverage record "no-such"/,
  );
});

test('an alias shared by two entities without a disambiguation rule is rejected', () => {
  const issues = problems([entity({ aliases: [{ text: 'EA' }] }), entity({ id: 'e2', name: 'Another Agency', aliases: [{ text: 'EA' }] })]);
  assert.match(issues.join(), /alias "EA" of "e2" collides with alias "EA" of "e1" .* without a disambiguation rule/);
});

test('an alias shared by two entities is fine when context words tell them apart', () => {
  const rule = (word: string) => ({ text: 'EA', context: { any: [word] } });
  assert.deepEqual(problems([entity({ aliases: [rule('France')] }), entity({ id: 'e2', name: 'Another Agency', aliases: [rule('Spain')] })]), []);
});

test('an alias that is a common English word needs a rule', () => {
  assert.match(problems([entity({ aliases: [{ text: 'Stock' }] })]).join(), /alias "Stock" is a common English word/);
  assert.deepEqual(problems([entity({ aliases: [{ text: 'Stock', needsFullName: true }] })]), []);
});

test('invalid JSON is reported with the file name', () => {
  const result = compileData([{ name: 'assets/data/broken.json', text: '{ "file": ' }], options);
  assert.equal(result.ok, false);
  if (!result.ok) assert.match(formatIssue(result.issues[0]!), /^assets\/data\/broken\.json: \(root\): not valid JSON/);
});

test('unknown fields are rejected, so typos cannot slip through', () => {
  assert.match(problems([entity({ sumary: 'typo' })]).join(), /Unrecognized key/);
});

test('compiled aliases carry their rules', () => {
  const result = compileTestData(testEntities, testCoverage);
  assert.ok(result.ok);
  if (!result.ok) return;
  const fsb = result.data.aliasIndex.aliases.find((a) => a.key === 'fsb');
  assert.deepEqual(fsb?.senses.map((s) => [s.entity, s.exact]), [['ru-fsb', 'FSB'], ['int-fsb', 'FSB']]);
  const stock = result.data.aliasIndex.aliases.find((a) => a.key === 'stock');
  assert.equal(stock?.senses[0]?.needsFullName, true);
  assert.equal(result.data.aliasIndex.aliases.find((a) => a.key === '金融庁')?.bounded, false);
});

test('a notIn phrase must contain its alias', () => {
  assert.match(problems([entity({ aliases: [{ text: 'EA', notIn: ['Something else'] }] })]).join(), /aliases\[0\]\.notIn: "Something else" does not contain the alias "EA"/);
});

// The build validates statements like everything else: a dangling subject, an unknown property or a value of the
// wrong kind is refused with the file, the path inside it and the reason.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileData, formatIssue } from '../../src/core/data/compile.js';
import { compileDatabase } from '../../build.mjs';
import { TEST_REFERENCE_DATE, fileOf, testSourceRules } from './fixture-data.js';

const options = { isCommonWord: () => false, version: 'v', sources: testSourceRules, referenceDate: TEST_REFERENCE_DATE };
const source = { url: 'https://example.org/a', title: 'A', publisher: 'P', retrievedAt: '2026-12-02', tier: 'official' };
const entity = { id: 'e1', type: 'agency', name: 'Example Agency', country: 'FR', summary: 'S.', facts: [{ statement: 'F.', date: '2024', sources: [source] }] };
const property = { id: 'memberCount', label: 'members', valueKind: 'quantity', subjectTypes: ['agency'], cues: { en: ['members'] } };
const statement = (over: Record<string, unknown> = {}) => ({
  id: 's1', subject: 'e1', property: 'memberCount', value: { kind: 'quantity', amount: 40, unit: 'member' }, asOf: '2024', sources: [source], ...over,
});

function problems(statements: unknown[], properties: unknown[] = [property]): string[] {
  const files = [
    fileOf({ file: 'x', entities: [entity] }, 'assets/data/x.json'),
    fileOf({ file: 'properties', properties }, 'assets/data/properties.json'),
    fileOf({ file: 'statements', statements }, 'assets/data/statements.json'),
  ];
  const result = compileData(files, options);
  return result.ok ? [] : result.issues.map(formatIssue);
}

test('a well-formed statement compiles and ships with its vocabulary', () => {
  assert.deepEqual(problems([statement()]), []);
});

test('a statement about an unknown entity is refused with file and path', () => {
  assert.deepEqual(problems([statement({ subject: 'ghost' })]), ['assets/data/statements.json: statements[0].subject: refers to unknown entity "ghost"']);
});

test('a statement with a property outside the vocabulary is refused', () => {
  assert.match(problems([statement({ property: 'memberCuont' })]).join(), /statements\[0\]\.property: unknown property "memberCuont"/);
});

test('a value of the wrong kind for its property is refused', () => {
  assert.match(problems([statement({ value: { kind: 'date', date: '2024-01-01' } })]).join(), /statements\[0\]\.value\.kind: property "memberCount" takes a quantity value, not a date/);
});

test('an entity value, a coverage source and a duplicate id are checked too', () => {
  const issues = problems([
    statement({ value: { kind: 'entity', entity: 'nobody' }, property: 'heads' }),
    statement({ sources: [{ coverage: 'no-such' }] }),
  ], [property, { id: 'heads', label: 'heads', valueKind: 'entity', subjectTypes: ['official'], cues: { en: ['head'] } }]).join('\n');
  assert.match(issues, /statements\[0\]\.value\.entity: refers to unknown entity "nobody"/);
  assert.match(issues, /statements\[1\]\.sources\[0\]\.coverage: refers to unknown coverage record "no-such"/);
  assert.match(issues, /statements\[1\]\.id: duplicate statement id "s1"/);
});

test('a bad interval and an unknown source tier are refused by the schema', () => {
  assert.match(problems([statement({ start: '2024-05', end: '2024-01' })]).join(), /statements\[0\]: a statement ends before it starts/);
  assert.match(problems([statement({ sources: [{ ...source, tier: 'blog' }] })]).join(), /statements\[0\]\.sources\[0\]: /);
});

test('the shipped statements compile against the real database, each with a source that says when it was read', async () => {
  const result = { data: await compileDatabase() };
  assert.ok(result.data.statements.length >= 20);
  for (const s of result.data.statements) {
    for (const src of s.sources) if ('url' in src) assert.ok(src.tier, `${s.id}: a new source sets its tier`);
  }
  // The seed articles disagree on where the Russia–Turkey programme was signed: both sides are recorded.
  const places = result.data.statements.filter((s) => s.subject === 'tr-ru-mla-agreement' && s.property === 'signedAt');
  assert.deepEqual(places.map((s) => (s.value.kind === 'place' ? s.value.name : '')).sort(), ['Ankara', 'Istanbul']);
});

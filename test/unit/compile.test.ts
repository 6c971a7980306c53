import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileData, formatIssue } from '../../src/core/data/compile.js';
import { Recognizer } from '../../src/core/finder.js';
import { compileTestData, fileOf, testCoverage, testEntities, testSourceRules, TEST_REFERENCE_DATE } from './fixture-data.js';

const options = { isCommonWord: (w: string) => ['stock', 'act'].includes(w), version: 'v', sources: testSourceRules, referenceDate: TEST_REFERENCE_DATE };

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
  assert.match(problems([entity()], [{ id: 'c', title: 'T', outlet: 'O', date: '2024', summary: 'S', entities: ['ghost'] }]).join(), /coverage\[0\]\.entities\[0\]: refers to unknown entity "ghost"/);
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

test('a native name two countries share takes its rules from an alias written with the same text', () => {
  const shared = (id: string, word: string, rule: boolean) =>
    entity({ id, name: `Prosecutor ${id}`, nativeName: 'Procuradoria-Geral da República', aliases: rule ? [{ text: 'Procuradoria-Geral da República', context: { any: [word] } }] : [] });
  assert.match(problems([shared('pt', 'Portugal', false), shared('br', 'Brasil', false)]).join(), /collides/);
  assert.deepEqual(problems([shared('pt', 'Portugal', true), shared('br', 'Brasil', true)]), []);
});

test('an alias that differs from the name only in case leaves the name its own alias', () => {
  const result = compileData([fileOf({ file: 'x', entities: [entity({ name: 'Interpol', aliases: [{ text: 'INTERPOL', caseSensitive: true }] })] })], options);
  assert.ok(result.ok);
  if (!result.ok) return;
  const r = new Recognizer(result.data.aliasIndex);
  assert.deepEqual(r.recognize('Interpol and INTERPOL').map((m) => m.entity), ['e1', 'e1']);
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

test('an English name with "and" is also found written with "&"', () => {
  const result = compileTestData([entity({ name: 'Securities and Investments Commission', aliases: [{ text: 'Law and Justice Division', notIn: ['Pakistan Law and Justice Division'] }] })], []);
  assert.ok(result.ok, result.ok ? '' : result.issues.map(formatIssue).join('\n'));
  if (!result.ok) return;
  const keys = new Set(result.data.aliasIndex.aliases.map((a) => a.key));
  for (const key of ['securities & investments commission', 'law & justice division', 'pakistan law & justice division']) assert.ok(keys.has(key), key);
});

test('the declined forms of a case-sensitive alias keep its case: "Секретной службы", not "секретной службы"', () => {
  const result = compileTestData([entity({ country: 'US', name: 'Secret Service', aliases: [{ text: 'Секретная служба', caseSensitive: true }] })], []);
  assert.ok(result.ok, result.ok ? '' : result.issues.map(formatIssue).join('\n'));
  if (!result.ok) return;
  const r = new Recognizer(result.data.aliasIndex);
  const found = (text: string) => r.recognize(text).map((m) => text.slice(m.start, m.end));
  assert.deepEqual(found('Агенты Секретной службы и секретной службы другой страны.'), ['Секретной службы']);
});

test('a notIn phrase must contain its alias', () => {
  assert.match(problems([entity({ aliases: [{ text: 'EA', notIn: ['Something else'] }] })]).join(), /aliases\[0\]\.notIn: "Something else" does not contain the alias "EA"/);
});

// The sourcing rules of issue 14: tiers, placeholder titles, bad addresses, dated coverage from original outlets.

const sourced = (sources: unknown[]) => entity({ facts: [{ statement: 'F.', date: '2024-01-02', sources }] });
const record = (over: Record<string, unknown> = {}) => ({ id: 'c', title: 'T', outlet: 'O', date: '2024-05-06', url: 'https://news.example/c', summary: 'S', entities: ['e1'], ...over });

test('a source whose tier cannot be told is rejected, unless it sets one', () => {
  const unknown = { ...source, url: 'https://unknown.example/a' };
  assert.match(problems([sourced([unknown])]).join(), /facts\[0\]\.sources\[0\]\.url: cannot tell the tier of unknown\.example: add its domain to assets\/data\/rules\/tiers\.json/);
  assert.deepEqual(problems([sourced([{ ...unknown, tier: 'official' }])]), []);
});

test('the tier comes from the most specific domain in the table, and is written into the compiled source', () => {
  const result = compileData([fileOf({ file: 'x', entities: [sourced([{ ...source, url: 'https://www.sub.example.org/a' }])] })], options);
  assert.ok(result.ok);
  if (!result.ok) return;
  const compiled = result.data.entities[0]?.facts[0]?.sources[0];
  assert.equal(compiled && 'tier' in compiled ? compiled.tier : undefined, 'official');
});

test('a fact or role that rests only on secondary sources is rejected', () => {
  const blog = { ...source, url: 'https://blog.example/post' };
  assert.match(problems([sourced([blog])]).join(), /facts\[0\]\.sources: the fact rests only on secondary sources/);
  assert.match(problems([entity({ roles: [{ post: 'Head', sources: [blog] }] })]).join(), /roles\[0\]\.sources: the role rests only on secondary sources/);
  assert.deepEqual(problems([sourced([blog, source])]), [], 'one official source beside the blog is enough');
  assert.match(problems([sourced([{ ...source, tier: 'secondary' }])]).join(), /rests only on secondary sources/, 'a tier set on the source wins over the table');
});

test('a source ranks above its domain only as a wire story hosted elsewhere or an archived copy', () => {
  const blog = { ...source, url: 'https://blog.example/post', tier: 'major-news' };
  assert.match(problems([sourced([blog])]).join(), /sources\[0\]\.tier: "major-news" is above the tier of blog\.example \("secondary"\)/);
  assert.deepEqual(problems([sourced([{ ...blog, publisher: 'Reuters (via Blog Example)' }])]), []);
  assert.deepEqual(problems([sourced([{ ...source, url: 'https://web.archive.org/web/2020/https://example.org/a', tier: 'reference' }])]), []);
  assert.deepEqual(problems([sourced([{ ...source, url: 'https://unknown.example/a', tier: 'major-news' }])]), [], 'a domain the table lacks takes the tier given');
});

test('a placeholder title is rejected', () => {
  const placeholder = { ...source, title: 'Some story [headline not shown in stored copy]' };
  assert.match(problems([sourced([placeholder])]).join(), /facts\[0\]\.sources\[0\]\.title: a placeholder title: give the page's own title/);
  assert.match(problems([entity()], [record({ title: 'X [descriptive title; no headline shown in search excerpt]' })]).join(), /coverage\[0\]\.title: a placeholder title/);
});

test('staging, CDN, IPFS and mail-redirect addresses are rejected, for sources and coverage alike', () => {
  for (const [url, reason] of [
    ['https://staging.example.org/a', 'a staging, test or pre-release host'],
    ['https://dev2.example.org/a', 'a staging, test or pre-release host'],
    ['https://d31icbnmvylvz7.cloudfront.net/a', 'a CDN or hosting address'],
    ['https://en.wikipedia-on-ipfs.org/wiki/X', 'an IPFS address'],
    ['https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.org', 'a mail redirect'],
  ] as const) {
    const issues = problems([sourced([{ ...source, url, tier: 'official' }])]).join();
    assert.ok(issues.includes(`facts[0].sources[0].url: ${reason}: cite the page at its own address`), `${url}: ${issues}`);
  }
  assert.match(problems([entity()], [record({ url: 'https://staging.example.org/c' })]).join(), /coverage\[0\]\.url: a staging, test or pre-release host/);
});

test('a coverage record without a date, or from a republisher, is rejected', () => {
  assert.match(problems([entity()], [record({ date: undefined })]).join(), /coverage\[0\]\.date: a coverage record needs the date the article was published, or "undated" saying why/);
  assert.match(problems([entity()], [record({ url: 'https://repost.example/story' })]).join(), /coverage\[0\]\.url: repost\.example republishes other outlets' stories: cite the original outlet/);
  assert.deepEqual(problems([entity()], [record()]), []);
});

test('a coverage record without a date must say why in "undated", and a dated one must not', () => {
  assert.deepEqual(problems([entity()], [record({ date: undefined, undated: 'the stored copy shows no publication date' })]), []);
  assert.match(problems([entity()], [record({ undated: 'the stored copy shows no publication date' })]).join(), /coverage\[0\]\.undated: a dated coverage record gives no "undated" reason/);
  assert.match(problems([entity()], [record({ date: undefined, undated: ' ' })]).join(), /coverage\[0\]\.undated/);
});

test('a source read after the build\'s reference date, or published after it was read, is rejected', () => {
  assert.match(problems([sourced([{ ...source, retrievedAt: '2027-01-01' }])]).join(), /retrievedAt: read after the build's reference date 2026-12-02/);
  assert.match(problems([sourced([{ ...source, published: '2026-11-22' }])]).join(), /published: published \(2026-11-22\) after it was read \(2026-11-21\)/);
});

test('an open role whose newest source is over 12 months old gets "asOf" the date of that source; a fresh one does not', () => {
  // An old story read recently is still old news: its own date counts, not the day it was read.
  const oldStoryReadToday = { ...source, published: '2022-12-29' };
  const stale = { ...source, published: '2024-03-01', retrievedAt: '2024-03-05' };
  const compile = (roles: unknown[]) => {
    const result = compileData([fileOf({ file: 'x', entities: [entity({ roles })] })], options);
    assert.ok(result.ok, result.ok ? '' : result.issues.map(formatIssue).join('\n'));
    return result.ok ? result.data.entities[0]?.roles ?? [] : [];
  };
  assert.equal(compile([{ post: 'Head', start: '2020', sources: [stale] }])[0]?.asOf, '2024-03-01');
  assert.equal(compile([{ post: 'Head', start: '2020', sources: [oldStoryReadToday] }])[0]?.asOf, '2022-12-29');
  assert.equal(compile([{ post: 'Head', start: '2020', sources: [stale, source] }])[0]?.asOf, undefined);
  assert.equal(compile([{ post: 'Head', start: '2020', end: '2022', sources: [stale] }])[0]?.asOf, undefined, 'a closed role needs no freshness');
  assert.match(problems([entity({ roles: [{ post: 'Head', asOf: '2024', sources: [source] }] })]).join(), /roles\[0\]\.asOf: a role's "asOf" is computed by the build/);
});

test('an undated news story says nothing of when a role held; a body\'s own undated page speaks for the day it was read', () => {
  const compile = (roles: unknown[]) => {
    const result = compileData([fileOf({ file: 'x', entities: [entity({ roles })] })], options);
    assert.ok(result.ok, result.ok ? '' : result.issues.map(formatIssue).join('\n'));
    return result.ok ? result.data.entities[0]?.roles[0] : undefined;
  };
  const undatedNews = { ...source, tier: 'major-news' };
  const undatedOwnPage = { ...source, tier: 'official' };
  const oldNews = { ...source, tier: 'major-news', published: '2023-05-01' };
  assert.equal(compile([{ post: 'Head', sources: [undatedNews] }])?.undated, true);
  assert.equal(compile([{ post: 'Head', sources: [undatedOwnPage] }])?.undated, undefined);
  assert.equal(compile([{ post: 'Head', sources: [undatedOwnPage] }])?.asOf, undefined, 'read on 2026-11-21: current');
  assert.equal(compile([{ post: 'Head', sources: [undatedNews, oldNews] }])?.asOf, '2023-05-01', 'the undated story does not make the old one current');
  assert.equal(compile([{ post: 'Head', end: '2022', sources: [undatedNews] }])?.undated, undefined, 'a closed role needs no date of holding');
  const freshRepost = { ...source, tier: 'secondary', published: '2026-10-01' };
  assert.equal(compile([{ post: 'Head', sources: [oldNews, freshRepost] }])?.asOf, '2026-10-01', 'a recent secondary page dates the role "as of", never current');
  assert.match(problems([entity({ roles: [{ post: 'Head', undated: true, sources: [source] }] })]).join(), /roles\[0\]\.undated: a role's "undated" is computed by the build/);
});

test('the project\'s own rule files parse, and classify the sources the audit named', async () => {
  const { readFile } = await import('node:fs/promises');
  const { parseSourceRules } = await import('../../src/core/data/sources.js');
  const read = async (name: string) => JSON.parse(await readFile(new URL(`../../assets/data/rules/${name}`, import.meta.url), 'utf8')) as unknown;
  const parsed = parseSourceRules(await read('tiers.json'), await read('sources.json'));
  assert.ok(parsed.ok);
  if (!parsed.ok) return;
  assert.equal(parsed.rules.tierOfHost('www.sec.gov'), 'official');
  assert.equal(parsed.rules.tierOfHost('eur-lex.europa.eu'), 'official');
  assert.equal(parsed.rules.tierOfHost('kids.kiddle.co'), 'secondary');
  assert.equal(parsed.rules.tierOfHost('extension.wikiwand.com'), 'secondary');
  assert.equal(parsed.rules.tierOfHost('never-listed.example'), undefined);
  assert.ok(parsed.rules.badUrl('https://staging.coindesk.com/x'));
  assert.ok(parsed.rules.badUrl('https://wetten-acc.overheid.nl/jci1.3:c:BWBR0001854'), 'an acceptance copy');
  assert.ok(parsed.rules.badUrl('https://mosaiquefm.net/mobile/fr/actualites/1287938/{{googlePlay}}'), 'template residue');
  assert.ok(!parsed.rules.badUrl('https://wetten.overheid.nl/jci1.3:c:BWBR0001854'), 'the production site');
  assert.ok(parsed.rules.badUrl('https://www.gov.uk./government/x'));
  assert.equal(parsed.rules.badUrl('https://www.gov.uk/government/x'), undefined);
  assert.ok(parsed.rules.placeholderTitle('[headline not shown in stored copy]'));
  assert.ok(parsed.rules.isRepublisher('https://news.yahoo.com/x'));
});

// The checklist of slots (assets/data/checklist/*.json): validated against the entities, merged for the report.

function checklistProblems(checklist: unknown): string[] {
  const result = compileData([fileOf({ file: 'x', entities: [entity(), entity({ id: 'e2', name: 'Other', country: 'DE' })] }, 'assets/data/x.json')], {
    ...options,
    checklists: [fileOf(checklist, 'assets/data/checklist/c.json')],
  });
  return result.ok ? [] : result.issues.map(formatIssue);
}

test('a checklist with known slots and existing entities of its jurisdiction passes', () => {
  const ok = { file: 'c', jurisdictions: [{ jurisdiction: 'FR', slots: [{ slot: 'central-bank', entities: ['e1'] }, { slot: 'fiu', notFound: 'not in any source the search tool holds' }, { slot: 'police', missing: true }] }] };
  assert.deepEqual(checklistProblems(ok), []);
});

test('a checklist naming an unknown slot, an unknown entity or another jurisdiction\'s entity is rejected', () => {
  const issues = checklistProblems({
    file: 'c',
    jurisdictions: [{ jurisdiction: 'FR', slots: [{ slot: 'chief-wizard', entities: ['e1'] }, { slot: 'fiu', entities: ['ghost'] }, { slot: 'police', entities: ['e2'] }, { slot: 'police', missing: true }] }],
  }).join('\n');
  assert.match(issues, /assets\/data\/checklist\/c\.json: jurisdictions\[0\]\.slots\[0\]\.slot: unknown slot "chief-wizard"/);
  assert.match(issues, /slots\[1\]\.entities\[0\]: refers to unknown entity "ghost"/);
  assert.match(issues, /slots\[2\]\.entities\[0\]: entity "e2" belongs to DE, not FR/);
  assert.match(issues, /slots\[3\]\.slot: slot "police" is listed twice/);
});

test('a checklist slot has exactly one state, and an international list names its body', () => {
  assert.match(checklistProblems({ file: 'c', jurisdictions: [{ jurisdiction: 'FR', slots: [{ slot: 'fiu', entities: ['e1'], missing: true }] }] }).join(), /exactly one of "entities", "notFound" or "missing"/);
  assert.match(checklistProblems({ file: 'c', jurisdictions: [{ jurisdiction: 'INT', slots: [] }] }).join(), /an "INT" list names its "body"/);
  assert.match(checklistProblems({ file: 'c', jurisdictions: [{ jurisdiction: 'INT', body: 'nobody', slots: [{ slot: 'head', missing: true }] }] }).join(), /jurisdictions\[0\]\.body: refers to unknown entity "nobody"/);
});

test('checklist rows merge files: a slot any file fills is filled, and slots nobody lists are missing', async () => {
  const { checklistRows, COUNTRY_SLOTS } = await import('../../src/core/data/checklist.js');
  const rows = checklistRows([
    { file: 'a', jurisdictions: [{ jurisdiction: 'FR', slots: [{ slot: 'fiu', missing: true }, { slot: 'police', notFound: 'searched' }] }] },
    { file: 'b', jurisdictions: [{ jurisdiction: 'FR', slots: [{ slot: 'fiu', entities: ['e1'] }] }] },
  ]);
  assert.equal(rows.length, 1);
  const state = (slot: string) => rows[0]?.slots.find((s) => s.slot === slot)?.state;
  assert.equal(state('fiu'), 'filled');
  assert.equal(state('police'), 'notFound');
  assert.equal(state('top-court'), 'missing');
  assert.equal(rows[0]?.slots.length, COUNTRY_SLOTS.length);
});

test('the report names the person slots filled only by officials whose card shows no post', async () => {
  const { checklistRows } = await import('../../src/core/data/checklist.js');
  const { dataReport } = await import('../../src/core/data/report.js');
  const result = compileTestData();
  assert.ok(result.ok);
  if (!result.ok) return;
  const postless = result.data.entities.find((e) => e.type === 'official' && e.roles.length === 0);
  const holding = result.data.entities.find((e) => e.type === 'official' && e.roles.length > 0);
  assert.ok(postless && holding, 'the fixture has an official with and one without a role');
  const report = (entities: string[]) =>
    dataReport(result.data, checklistRows([{ file: 'a', jurisdictions: [{ jurisdiction: 'RU', slots: [{ slot: 'prosecutor-general', entities }] }] }]));
  assert.match(report([postless.id]), new RegExp(`1 are filled only by officials whose card shows no post \\(their roles await a source\\): RU prosecutor-general \\(${postless.id}\\)`));
  assert.doesNotMatch(report([postless.id, holding.id]), /filled only by officials whose card shows no post/);
});

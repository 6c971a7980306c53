// The open-data import: the lock that pins the datasets, the importers on small samples in the datasets' own formats,
// the join to hand-edited entities, and (when ../shared/opendata is present) what the real build imports.
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { compileDatabase, loadOpenData } from '../../build.mjs';
import { readOpenData, sha256 } from '../../scripts/opendata.js';
import { buildCard } from '../../src/core/card.js';
import { compileData, formatIssue } from '../../src/core/data/compile.js';
import { TEST_REFERENCE_DATE, testSourceRules } from './fixture-data.js';
import { importCongress } from '../../src/core/data/import/congress.js';
import { englishName, importCouncillors } from '../../src/core/data/import/councillors.js';
import type { PinnedDataset } from '../../src/core/data/import/dataset.js';
import { importOpenData } from '../../src/core/data/import/index.js';
import { mergeCandidates } from '../../src/core/data/import/merge.js';
import { importHolders } from '../../src/core/data/import/wikidata-holders.js';
import type { Entity } from '../../src/core/data/schema.js';
import type { ReferenceData } from '../../src/core/types.js';
import { fileOf } from './fixture-data.js';

const COMMIT = 'a'.repeat(40);
const dataset = (repo: string, files: Record<string, string>): PinnedDataset => ({ repo, commit: COMMIT, committed: '2022-08-03', files: new Map(Object.entries(files)) });

const HOLDERS_CSV = [
  'position,person,personID,start,end',
  'President,Vladimir Putin,Q7747,2012-05-07,',
  'Prime Minister,Vladimir Putin,Q7747,2008-05-08,2012-05-07',
  'Minister of Finance,Anton Siluanov,Q315514,2011-12-16,',
  'Minister of Culture,Olga Lyubimova,Q55616592,2020-01-21,',
  'Chairman of the State Duma,Vyacheslav Volodin,Q1379567,2016-10-05,',
  'Governor of the Central Bank,Sergey Ignatyev,Q4424979,2002-03-20,2013-06-23',
  'Minister of Justice,Solo,Q1,2020-01-01,',
].join('\n');
const DUMA_CSV = 'item,itemLabel,startDate,endDate,psid\nQ1379567,"Володин, Вячеслав Викторович",2021-10-12,,Q1379567-X';
const russia = () => dataset('every-politician-scrapers/russia-cabinet', { 'html/holders21.csv': HOLDERS_CSV, 'sources/duma-8/wikidata.csv': DUMA_CSV });

const handSiluanov: Entity = {
  id: 'anton-siluanov', type: 'official', name: 'Anton Siluanov', country: 'RU', aliases: [{ text: 'Siluanov', needsFullName: true }], summary: 'S.',
  roles: [], facts: [{ statement: 'F.', date: '2011', sources: [{ url: 'https://example.org/', title: 'T', publisher: 'P', retrievedAt: '2026-11-21' }] }], relations: [],
};

test('a file that differs from the lock stops the import, naming the file and both hashes', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'opendata-'));
  await mkdir(path.join(dir, 'data', 'ds'), { recursive: true });
  await writeFile(path.join(dir, 'data', 'ds', 'a.csv'), 'x,y\n1,2\n');
  const good = sha256(new TextEncoder().encode('x,y\n1,2\n'));
  const lock = (sha: string) => ({ about: 'test', datasets: [{ repo: 'o/ds', commit: COMMIT, committed: '2022-01-01', folder: 'ds', licence: 'CC0', files: [{ path: 'a.csv', sha256: sha }] }] });
  await writeFile(path.join(dir, 'good.json'), JSON.stringify(lock(good)));
  await writeFile(path.join(dir, 'bad.json'), JSON.stringify(lock('0'.repeat(64))));
  const ok = await readOpenData(path.join(dir, 'data'), path.join(dir, 'good.json'));
  assert.equal(ok.status, 'ok');
  assert.equal(ok.status === 'ok' && ok.datasets[0]?.files.get('a.csv'), 'x,y\n1,2\n');
  await assert.rejects(readOpenData(path.join(dir, 'data'), path.join(dir, 'bad.json')), (error: Error) => {
    assert.match(error.message, /do not match bad\.json; refusing to import/);
    assert.match(error.message, new RegExp(`ds/a\\.csv: sha256 ${good}, but the lock says 0{64}`));
    return true;
  });
  await writeFile(path.join(dir, 'data', 'ds', 'a.csv'), 'x,y\n1,3\n');
  await assert.rejects(readOpenData(path.join(dir, 'data'), path.join(dir, 'good.json')), /refusing to import/);
});

test('without the open-data folder the build says so and compiles the hand-edited database alone', async (t) => {
  const warn = t.mock.method(console, 'warn', () => undefined);
  const missing = path.join(os.tmpdir(), 'no-such-opendata-folder');
  assert.deepEqual(await loadOpenData(missing), []);
  assert.match(String(warn.mock.calls[0]?.arguments[0]), /no-such-opendata-folder is absent, so this build has none of the 6 imported datasets/);
  const data = await compileDatabase(undefined, missing);
  assert.equal(data.entities.filter((e) => e.imported).length, 0);
  assert.ok(data.entities.length > 0);
});

test('Wikidata holders: chosen posts only, open posts "as of" the snapshot, closed ones dated, native names from the Duma file', () => {
  const candidates = importHolders(russia(), new Set(['ru-ministry-of-finance', 'ru-state-duma']));
  const names = candidates.map((c) => c.entity.name).sort();
  // The culture minister's post is not one a crypto story needs; Ignatyev left before 2016; "Solo" is no full name.
  assert.deepEqual(names, ['Anton Siluanov', 'Vladimir Putin', 'Vyacheslav Volodin']);
  const putin = candidates.find((c) => c.entity.name === 'Vladimir Putin')?.entity as Entity;
  assert.equal(putin.wikidataId, 'Q7747');
  const pm = putin.roles.find((r) => r.post === 'Prime Minister of Russia');
  assert.deepEqual([pm?.start, pm?.end, pm?.asOf], ['2008-05-08', '2012-05-07', undefined]);
  const president = putin.roles.find((r) => r.post === 'President of Russia');
  assert.deepEqual([president?.end, president?.asOf], [undefined, '2022-08-03']);
  const source = president?.sources[0];
  assert.ok(source && 'dataset' in source);
  assert.equal(source.url, `https://github.com/every-politician-scrapers/russia-cabinet/blob/${COMMIT}/html/holders21.csv`);
  assert.equal(source.tier, 'reference');
  const volodin = candidates.find((c) => c.entity.name === 'Vyacheslav Volodin')?.entity as Entity;
  assert.equal(volodin.nativeName, 'Вячеслав Викторович Володин');
  assert.ok(volodin.aliases.some((a) => a.text === 'Вячеслав Володин' && !a.needsFullName));
  assert.ok(volodin.aliases.some((a) => a.text === 'Володин' && a.needsFullName));
  assert.equal(volodin.roles[0]?.body, 'ru-state-duma');
});

test('a candidate that is a hand-edited official (same full name and country) adds its Wikidata id and closed roles to it', () => {
  const outcome = importOpenData([russia()], [handSiluanov]);
  const siluanov = outcome.hand[0] as Entity;
  assert.equal(siluanov.wikidataId, 'Q315514');
  assert.equal(siluanov.roles.length, 0, 'an open role of a 2022 snapshot is not added to a hand-edited official');
  assert.ok(!outcome.added.some((e) => e.name === 'Anton Siluanov'));
  assert.deepEqual(outcome.report.get('every-politician-scrapers/russia-cabinet')?.enriched, ['anton-siluanov']);
});

test('an imported alias that another entity already has without a rule is dropped; a colliding name drops the entity', () => {
  // In another country, so the same name is not the same person.
  const hand: Entity = { ...handSiluanov, id: 'other', name: 'Someone Else', aliases: [{ text: 'Volodin' }, { text: 'Vladimir Putin' }], country: 'TR' };
  const outcome = importOpenData([russia()], [hand]);
  const volodin = outcome.added.find((e) => e.name === 'Vyacheslav Volodin') as Entity;
  assert.ok(!volodin.aliases.some((a) => a.text === 'Volodin'));
  assert.ok(!outcome.added.some((e) => e.name === 'Vladimir Putin'));
  assert.match(outcome.report.get('every-politician-scrapers/russia-cabinet')?.skipped.join() ?? '', /"Vladimir Putin" is already a name of other/);
});

test('two hand-edited entities with the name: no guess', () => {
  const twin = { ...handSiluanov, id: 'anton-siluanov-2', aliases: [] };
  const [candidate] = importHolders(russia(), new Set()).filter((c) => c.entity.name === 'Anton Siluanov');
  const outcome = mergeCandidates([handSiluanov, twin], [{ dataset: 'd', candidate: candidate as never }]);
  assert.equal(outcome.hand[0]?.wikidataId, undefined);
  assert.match(outcome.report.get('d')?.skipped[0] ?? '', /not guessing/);
});

const LEGISLATORS = `
- id: { bioguide: L000571, wikidata: Q456064, ballotpedia: Cynthia Lummis }
  name: { first: Cynthia, middle: Marie, last: Lummis, official_full: Cynthia M. Lummis }
  terms:
  - { type: rep, start: '2009-01-06', end: '2011-01-03', state: WY, district: 0, party: Republican }
  - { type: rep, start: '2011-01-05', end: '2017-01-03', state: WY, district: 0, party: Republican }
  - { type: sen, start: '2021-01-03', end: '2027-01-03', state: WY, class: 2, party: Republican }
- id: { bioguide: X000001, wikidata: Q1 }
  name: { first: Nobody, last: Elsewhere }
  terms: [{ type: rep, start: '2021-01-03', end: '2027-01-03', state: OH, district: 3, party: Democrat }]
- id: { bioguide: Y000002, wikidata: Q2 }
  name: { first: Sitting, last: Senator }
  terms: [{ type: sen, start: '2019-01-03', end: '2031-01-03', state: ID, party: Republican }]
- id: { bioguide: R000122, wikidata: Q3 }
  name: { first: John, middle: Francis, nickname: Jack, last: Reed, official_full: John F. Reed }
  terms: [{ type: sen, start: '1997-01-07', end: '2027-01-03', state: RI, party: Democrat }]
`;
const COMMITTEES = `
- { type: senate, name: 'Senate Committee on Banking, Housing, and Urban Affairs', thomas_id: SSBK, subcommittees: [{ name: Economic Policy, thomas_id: '12' }, { name: Digital Assets, thomas_id: '13' }] }
- { type: senate, name: Senate Committee on Armed Services, thomas_id: SSAS }
`;
const MEMBERSHIP = `
SSBK: [{ name: Cynthia M. Lummis, party: majority, rank: 7, bioguide: L000571 }]
SSBK13: [{ name: Cynthia M. Lummis, party: majority, rank: 1, title: Chairman, bioguide: L000571 }]
SSBK12: [{ name: Cynthia M. Lummis, party: majority, rank: 2, bioguide: L000571 }]
SSAS: [{ name: Nobody Elsewhere, party: minority, rank: 3, bioguide: X000001 }]
`;
const congress = () =>
  dataset('unitedstates/congress-legislators', { 'legislators-current.yaml': LEGISLATORS, 'committees-current.yaml': COMMITTEES, 'committee-membership-current.yaml': MEMBERSHIP, 'executive.yaml': '[]' });

test('US Congress: members of the crypto committees and digital-asset subcommittees, and every sitting senator, with dated terms and seats', () => {
  const candidates = importCongress({ ...congress(), committed: '2026-06-15' });
  const ids = candidates.map((c) => c.entity.id).sort();
  // A House member outside those committees is not imported; a senator on none of them is.
  assert.deepEqual(ids, ['cynthia-m-lummis', 'john-f-reed', 'sitting-senator', 'us-senate-banking-committee', 'us-senate-banking-subcommittee-digital-assets']);
  // A member who goes by a nickname is not also given his formal first name: "John Reed" starts John Reed Stark's name.
  const reed = candidates.find((c) => c.entity.id === 'john-f-reed')?.entity as Entity;
  assert.deepEqual(reed.aliases, [{ text: 'Jack Reed' }, { text: 'Reed', needsFullName: true }]);
  const senator = candidates.find((c) => c.entity.id === 'sitting-senator')?.entity as Entity;
  assert.equal(senator.summary, 'Republican senator from Idaho, according to the congress-legislators dataset as of 2026-06-15.');
  assert.deepEqual(senator.roles.map((r) => [r.post, r.start]), [['United States Senator from Idaho', '2019-01-03']]);
  const lummis = candidates.find((c) => c.entity.id === 'cynthia-m-lummis')?.entity as Entity;
  assert.equal(lummis.wikidataId, 'Q456064');
  // The two House terms are one span of service; the Senate term's scheduled end is not a fact about the past.
  assert.deepEqual(lummis.roles.map((r) => [r.post, r.start, r.end, r.asOf]), [
    ['Member of the US House of Representatives from Wyoming', '2009-01-06', '2017-01-03', undefined],
    ['United States Senator from Wyoming', '2021-01-03', undefined, '2026-06-15'],
    ['Member, Senate Committee on Banking, Housing, and Urban Affairs', undefined, undefined, '2026-06-15'],
    ['Chairman, Senate Banking Subcommittee on Digital Assets', undefined, undefined, '2026-06-15'],
  ]);
  assert.equal(lummis.roles[3]?.body, 'us-senate-banking-subcommittee-digital-assets');
  assert.ok(lummis.facts.some((f) => f.statement === 'Held a seat on the Senate Banking Subcommittee on Digital Assets as Chairman (majority side, rank 1).' && f.asOf === '2026-06-15'));
  assert.deepEqual(lummis.aliases, [{ text: 'Cynthia Lummis' }, { text: 'Lummis', needsFullName: true }]);
  const sub = candidates.find((c) => c.entity.id.includes('subcommittee'))?.entity as Entity;
  assert.deepEqual(sub.aliases, [{ text: 'Subcommittee on Digital Assets', context: { any: ['Senate'] } }]);
  assert.deepEqual(sub.relations, [{ type: 'partOf', target: 'us-senate-banking-committee' }]);
});

test('a fresh snapshot gives a hand-edited official with no post held now its open seats, "as of" the snapshot; an old one never', () => {
  const fresh = importCongress({ ...congress(), committed: '2026-06-15' });
  const handLummis: Entity = { ...handSiluanov, id: 'cynthia-lummis', name: 'Cynthia Lummis', country: 'US', aliases: [] };
  const merge = (hand: Entity, freshSince?: string) =>
    mergeCandidates([hand], fresh.map((candidate) => ({ dataset: 'unitedstates/congress-legislators', candidate })), freshSince ? { freshSince } : {}).hand[0] as Entity;
  const withSeats = merge(handLummis, '2025-12-02');
  assert.deepEqual(withSeats.roles.map((r) => [r.post, r.end, r.asOf]), [
    ['Member of the US House of Representatives from Wyoming', '2017-01-03', undefined],
    ['United States Senator from Wyoming', undefined, '2026-06-15'],
    ['Member, Senate Committee on Banking, Housing, and Urban Affairs', undefined, '2026-06-15'],
    ['Chairman, Senate Banking Subcommittee on Digital Assets', undefined, '2026-06-15'],
  ]);
  assert.equal(merge(handLummis, '2026-07-01').roles.length, 1, 'a snapshot older than the freshness line adds closed roles only');
  assert.equal(merge(handLummis).roles.length, 1, 'without a freshness line, closed roles only');
  const holding: Entity = { ...handLummis, roles: [{ post: 'United States Senator', start: '2021-01-03', sources: handSiluanov.facts[0]!.sources }] };
  assert.deepEqual(merge(holding, '2025-12-02').roles.map((r) => r.post), ['United States Senator', 'Member of the US House of Representatives from Wyoming'], 'a card that shows a post held now keeps its own');
});

test('House of Councillors: the Financial Affairs Committee, kanji names, the date the posts were true', () => {
  const csv = [
    '議員氏名,通称名使用議員の本名,議員個人の紹介ページ,読み方,会派,選挙区,任期満了,写真URL,当選年,当選回数,役職等,役職等の時点,経歴,経歴の時点',
    '宮本　周司,,https://example.org/,みやもと　しゅうじ,自民,比例,2028-07-25,,2013,3,財政金融委員会（長）、予算委員会,2026-07-23,,2025-12-18',
    '青木　愛,,https://example.org/,あおき　あい,立憲,比例,2028-07-25,,2007,3,外交防衛委員会（理）,2026-07-23,,2025-12-18',
    'ラサール石井,石井　朗夫,https://example.org/,らさーるいしい,立憲,比例,2031-07-28,,2025,1,財政金融委員会,2026-07-23,,2025-12-18',
  ].join('\n');
  const [chair, ...rest] = importCouncillors(dataset('smartnews-smri/house-of-councillors', { 'data/giin.csv': csv }), 'jp-national-diet');
  assert.equal(rest.length, 0, 'only the committee members whose reading gives a family and a given name');
  assert.equal(chair?.entity.name, 'Shuji Miyamoto');
  assert.equal(chair?.entity.nativeName, '宮本周司');
  assert.deepEqual(chair?.entity.aliases, [{ text: '宮本 周司' }, { text: '宮本', needsFullName: true }]);
  assert.deepEqual([chair?.entity.roles[0]?.post, chair?.entity.roles[0]?.asOf], ['Chair, Committee on Financial Affairs of the House of Councillors', '2026-07-23']);
  assert.equal(englishName('かとう　こういちろう'), 'Koichiro Kato');
  assert.equal(englishName('らさーるいしい'), undefined);
});

test('a hand-edited file may not mark an entity imported', () => {
  const entity = { ...handSiluanov, imported: 'o/ds' };
  const result = compileData([fileOf({ file: 'x', entities: [entity] }, 'assets/data/x.json')], { isCommonWord: () => false, version: 'v', sources: testSourceRules, referenceDate: TEST_REFERENCE_DATE });
  assert.equal(result.ok, false);
  assert.match(result.ok ? '' : result.issues.map(formatIssue).join(), /entities\[0\]\.imported: only the build marks an entity imported/);
});

test('a role known only from a snapshot shows "as of" on the card, and a dataset source like any other', () => {
  const [putin] = importHolders(russia(), new Set()).filter((c) => c.entity.name === 'Vladimir Putin');
  const card = buildCard({ entity: putin?.entity as Entity, coverage: [], citedCoverage: [], referenceDate: '2026-12-02' });
  const president = card.role?.post === 'President of Russia' ? card.role : undefined;
  assert.deepEqual([president?.former, president?.asOf], [false, '2022-08-03']);
  const fact = [...card.facts, ...card.since].find((f) => f.statement === 'Took office as President of Russia.');
  assert.deepEqual(fact?.source, {
    title: 'html/holders21.csv, record President / Q7747 / 2012-05-07',
    publisher: 'every-politician-scrapers/russia-cabinet (dataset)',
    url: `https://github.com/every-politician-scrapers/russia-cabinet/blob/${COMMIT}/html/holders21.csv`,
    date: '2022-08-03',
    tier: 'reference',
  });
});

// The real datasets, when this machine has them.
let real: ReferenceData | undefined;
before(async () => {
  if ((await loadOpenData()).length > 0) real = await compileDatabase();
});

test('real data: imported entities carry no acronym and no bare surname, and every role is dated', (t) => {
  if (!real) return t.skip('../shared/opendata is absent');
  const imported = real.entities.filter((e) => e.imported);
  assert.ok(imported.length > 200, `only ${imported.length} imported`);
  for (const entity of imported) {
    for (const alias of [{ text: entity.name }, ...entity.aliases]) {
      assert.ok(!/^[\p{Lu}\d.&-]{2,8}$/u.test(alias.text), `${entity.id}: acronym alias "${alias.text}"`);
      const oneWord = !/[\s\u3000]/.test(alias.text) && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(alias.text);
      if (oneWord) assert.ok('needsFullName' in alias && alias.needsFullName, `${entity.id}: "${alias.text}" alone without needsFullName`);
    }
    for (const role of entity.roles) {
      assert.ok(role.start !== undefined || role.end !== undefined || role.asOf !== undefined, `${entity.id}: undated role ${role.post}`);
      if (role.end === undefined) assert.ok(role.asOf, `${entity.id}: open role ${role.post} without "as of"`);
    }
  }
});

test('real data: a sample of what is imported and attached', (t) => {
  if (!real) return t.skip('../shared/opendata is absent');
  const byId = new Map(real.entities.map((e) => [e.id, e]));
  assert.equal(byId.get('vladimir-putin')?.wikidataId, 'Q7747');
  assert.equal(byId.get('vladimir-putin')?.imported, undefined, 'the hand-edited entity stays hand-edited');
  assert.equal(byId.get('french-hill')?.wikidataId, 'Q18631366');
  assert.equal(byId.get('john-boozman')?.imported, 'unitedstates/congress-legislators');
  // A senator the Japanese round wrote by hand (for シンシア・ルミス) is merged with the record, not imported anew.
  assert.equal(byId.get('cynthia-m-lummis')?.imported, undefined);
  assert.equal(byId.get('cynthia-m-lummis')?.wikidataId, 'Q456064');
  // The committee round 20 wrote by hand (for 農業委員会 and 上院農業委員会) is merged with the record, as the Senate Banking
  // Committee is: it keeps the dataset's fact.
  assert.equal(byId.get('us-senate-agriculture-committee')?.imported, undefined);
  assert.ok(byId.get('us-senate-agriculture-committee')?.facts.some((f) => f.sources.some((s) => 'dataset' in s && s.dataset === 'unitedstates/congress-legislators')));
  const nebati = byId.get('nureddin-nebati');
  assert.equal(nebati?.roles.find((r) => r.post === 'Minister of Finance of Turkey')?.asOf, '2022-08-03');
  assert.equal(byId.get('jp-hc-yoichi-miyazawa')?.nativeName, '宮沢洋一');
  assert.equal(byId.get('antonio-guterres')?.wikidataId, 'Q311440');
});

test('a surname that is a common English word is not imported ("Banks" would start many sentences)', () => {
  const csv = 'position,person,personID,start,end\nPresident,Jim Banks,Q99,2020-01-01,\nPrime Minister,Ivan Sidorov,Q98,2020-01-01,';
  const ds = dataset('every-politician-scrapers/russia-cabinet', { 'html/holders21.csv': csv, 'sources/duma-8/wikidata.csv': DUMA_CSV });
  const outcome = importOpenData([ds], [], { isCommonWord: (w) => w === 'banks' });
  assert.deepEqual(outcome.added.find((e) => e.name === 'Jim Banks')?.aliases, []);
  assert.deepEqual(outcome.added.find((e) => e.name === 'Ivan Sidorov')?.aliases, [{ text: 'Sidorov', needsFullName: true }]);
  assert.equal(outcome.report.get(ds.repo)?.droppedAliases, 1);
});

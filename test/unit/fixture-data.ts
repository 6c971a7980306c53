// A small database written for the tests: real names, but facts and sources made for the test only (no URL here
// is cited to users; the real, sourced data lives in assets/data/).
import { type CompileOptions, compileData, type SourceFile } from '../../src/core/data/compile.js';
import { sourceRules } from '../../src/core/data/sources.js';
import type { ReferenceData } from '../../src/core/types.js';

const source = { url: 'https://example.org/test-source', title: 'Test source', publisher: 'Test', retrievedAt: '2026-11-21' };

export const testEntities = [
  {
    id: 'igor-krasnov', type: 'official', name: 'Igor Krasnov', nativeName: 'Игорь Краснов', country: 'RU',
    aliases: [{ text: 'Krasnov', needsFullName: true }, { text: 'Краснов', needsFullName: true }],
    summary: 'Test summary.',
    roles: [{ post: 'Prosecutor General of Russia', body: 'ru-prosecutor-general-office', start: '2020-01-22', end: '2025-09-24', sources: [source] }],
    facts: [{ statement: 'Signed a cooperation programme.', date: '2022-11', sources: [{ coverage: 'cov-test' }] }],
  },
  { id: 'ru-prosecutor-general-office', type: 'agency', name: "Prosecutor General's Office of Russia", country: 'RU', summary: 'Test.', aliases: [] },
  {
    id: 'bekir-bozdag', type: 'official', name: 'Bekir Bozdağ', country: 'TR',
    aliases: [{ text: 'Bozdağ', needsFullName: true }], summary: 'Test.',
  },
  {
    id: 'jurgen-stock', type: 'official', name: 'Jürgen Stock', country: 'DE',
    aliases: [{ text: 'Juergen Stock' }, { text: 'Stock', needsFullName: true, caseSensitive: true }], summary: 'Test.',
  },
  { id: 'int-interpol', type: 'agency', name: 'Interpol', country: 'INT', wikidataId: 'Q0', aliases: [{ text: 'International Criminal Police Organization' }], summary: 'Test.' },
  {
    id: 'ru-fsb', type: 'agency', name: 'Federal Security Service', country: 'RU',
    aliases: [{ text: 'FSB', caseSensitive: true, context: { any: ['Russia', 'Russian', 'Kremlin', 'Moscow'] } }], summary: 'Test.',
  },
  {
    id: 'int-fsb', type: 'agency', name: 'Financial Stability Board', country: 'INT',
    aliases: [{ text: 'FSB', caseSensitive: true, context: { any: ['G20', 'Basel', 'standard-setters'] } }], summary: 'Test.',
  },
  {
    id: 'us-sec', type: 'agency', name: 'Securities and Exchange Commission', country: 'US',
    aliases: [{ text: 'SEC', caseSensitive: true }], summary: 'Test.',
  },
  { id: 'jp-fsa', type: 'agency', name: 'Financial Services Agency', nativeName: '金融庁', country: 'JP', summary: 'Test.', aliases: [] },
  { id: 'eu-mica', type: 'regulation', name: 'Markets in Crypto-Assets Regulation', country: 'EU', aliases: [{ text: 'MiCA', caseSensitive: true }], summary: 'Test.' },
  { id: 'ru-bank-of-russia', type: 'agency', name: 'Bank of Russia', country: 'RU', aliases: [{ text: 'Central Bank of Russia' }], summary: 'Test.' },
];

export const testCoverage = [
  { id: 'cov-test', title: 'A test article', outlet: 'Test Outlet', date: '2022-11-11', url: 'https://news.example/test', summary: 'Test.', entities: ['igor-krasnov', 'bekir-bozdag'] },
  { id: 'cov-later', title: 'A later article', outlet: 'Other Outlet', date: '2023-05-01', url: 'https://example.org/later', summary: 'Test.', entities: ['igor-krasnov'] },
];

export function fileOf(content: unknown, name = 'test.json'): SourceFile {
  return { name, text: JSON.stringify(content) };
}

const commonWords = new Set(['stock', 'act', 'order', 'diet', 'congress', 'convention', 'bank', 'fed']);

/** Source rules for the tests: example.org is an official site, blog.example a blog, repost.example a republisher. */
export const testSourceRules = sourceRules(
  { domains: { 'example.org': 'official', 'news.example': 'major-news', 'blog.example': 'secondary', 'repost.example': 'secondary' } },
  {
    urls: [
      { pattern: '^https?://([^/.]+\\.)*(staging|dev\\d*)\\.', reason: 'a staging, test or pre-release host' },
      { pattern: 'ipfs', reason: 'an IPFS address' },
      { pattern: 'safelinks\\.protection\\.outlook\\.com', reason: 'a mail redirect' },
      { pattern: '\\.cloudfront\\.net', reason: 'a CDN or hosting address' },
    ],
    titles: [{ pattern: '\\[[^\\]]*(not shown|no headline)[^\\]]*\\]', reason: 'a placeholder title' }],
    republishers: ['repost.example'],
  },
);

export const TEST_REFERENCE_DATE = '2026-12-02';

export function compileTestData(entities: unknown[] = testEntities, coverage: unknown[] = testCoverage, more: Partial<CompileOptions> = {}) {
  return compileData([fileOf({ file: 'test', entities, coverage })], {
    isCommonWord: (w) => commonWords.has(w),
    version: 'test-1',
    sources: testSourceRules,
    referenceDate: TEST_REFERENCE_DATE,
    ...more,
  });
}

export function testReferenceData(): ReferenceData {
  const result = compileTestData();
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.data;
}

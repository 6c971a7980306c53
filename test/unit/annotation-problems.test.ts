// A bad import or backup file is refused with its problem as data (src/core/annotations/problem.ts), which the
// interface puts into the reader's language (src/ui/annotations/problem-text.ts), keeping what and where.
import 'fake-indexeddb/auto';
import '../support/dexie-export-env.js';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { DEFAULT_RATING_SCALE, type Problem, RatingScale, parseAnnotationFile, problemFromZod, toW3CCollection } from '../../src/core/annotations/index.js';
import { checkBackup } from '../../src/background/backup-handlers.js';
import { sampleAnnotation } from './annotation-fixtures.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const NOW = '2026-12-02T12:00:00.000Z';
const newId = () => '00000000-0000-4000-8000-000000000001';
const problemOf = (value: unknown): Problem & { error: string } => {
  const result = parseAnnotationFile(typeof value === 'string' ? value : JSON.stringify(value), DEFAULT_RATING_SCALE, NOW, newId);
  if (result.ok) throw new Error('expected the file to be refused');
  return { ...result.problem, error: result.error };
};
const foreign = {
  type: 'Annotation',
  target: { source: 'https://news.example/story', selector: { type: 'TextQuoteSelector', exact: 'twelve exchanges' } },
};

test('each kind of bad annotation file has its problem: a kind, where, and the values its message names', () => {
  const kinds = (value: unknown) => {
    const { kind, where, values } = problemOf(value);
    return { kind, where, values };
  };
  assert.equal(kinds('{"type": ').kind, 'notJson');
  assert.deepEqual(kinds('42'), { kind: 'notAnnotationFile', where: '', values: [] });
  assert.deepEqual(kinds({ annotations: [] }), { kind: 'hypothesisFile', where: '', values: [] });
  assert.deepEqual(kinds({ type: 'AnnotationCollection', first: 'https://example.org/page1' }), { kind: 'linkedPages', where: '', values: [] });
  assert.deepEqual(kinds({ type: 'AnnotationPage', items: [] }), { kind: 'noAnnotations', where: '', values: [] });
  assert.deepEqual(kinds([foreign, { ...foreign, target: 'https://news.example/x' }]), { kind: 'noQuote', where: '[1].target', values: [] });
  assert.deepEqual(kinds([{ ...foreign, target: { source: 'https://a.example', selector: { type: 'TextQuoteSelector', exact: '' } } }]), { kind: 'quoteEmpty', where: '[0].target.selector.exact', values: [] });
  const verdict = (value: string) => ({ type: 'TextualBody', purpose: 'assessing', value });
  assert.deepEqual(kinds({ ...foreign, body: [verdict('Pants on fire')] }), { kind: 'verdictNotOnScale', where: 'annotation.body', values: ['Pants on fire', DEFAULT_RATING_SCALE.ratings.map((r) => r.label).join(', ')] });
  assert.deepEqual(kinds({ ...foreign, body: [verdict('True'), verdict('False')] }), { kind: 'secondVerdict', where: 'annotation.body[1]', values: ['False'] });
  assert.deepEqual(kinds({ ...foreign, target: { ...foreign.target, source: 'javascript:alert(1)' } }), { kind: 'badUrl', where: 'annotation.page.url', values: [] });
  const own = toW3CCollection([sampleAnnotation()], NOW) as { first: { items: Record<string, unknown>[] } };
  (own.first.items[0]!.policyLens as { created: string }).created = 'yesterday';
  assert.deepEqual(kinds(own), { kind: 'badDateTime', where: 'first.items[0].policyLens.created', values: [] });
  (own.first.items[0]!.policyLens as { created: unknown }).created = 12;
  assert.deepEqual(kinds(own), { kind: 'wrongType', where: 'first.items[0].policyLens.created', values: ['string'] });
  assert.deepEqual(kinds({ ...foreign, target: 12 }).kind, 'noVariant');
});

test('a bad backup throws its problem with the English sentence', () => {
  const problemOfBackup = (text: string) => {
    try {
      checkBackup(text);
    } catch (error) {
      return { message: (error as Error).message, problem: (error as { problem?: Problem }).problem };
    }
    throw new Error('expected the backup to be refused');
  };
  assert.deepEqual(problemOfBackup('nope').problem?.kind, 'backupNotJson');
  assert.deepEqual(problemOfBackup('{"formatName": "other"}'), {
    message: 'backup.formatName: this is not a Policy Lens backup (expected a dexie export)',
    problem: { kind: 'notBackup', where: 'backup.formatName', values: [] },
  });
  const row = { ...sampleAnnotation(), target: { ...sampleAnnotation().target, quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } } };
  const backup = { formatName: 'dexie', formatVersion: 1, data: { databaseName: 'policy-lens', databaseVersion: 2, tables: [], data: [{ tableName: 'annotations', inbound: true, rows: [row] }] } };
  assert.deepEqual(problemOfBackup(JSON.stringify(backup)).problem, { kind: 'quoteEmpty', where: 'backup.data.data[0] (annotations) row 0.target.quote.exact', values: [] });
});

test('a rating scale with a label twice, or a value outside best and worst, names the rating', () => {
  const scale = { ...DEFAULT_RATING_SCALE, ratings: [...DEFAULT_RATING_SCALE.ratings, { label: 'True', value: 9, description: '' }] };
  const parsed = RatingScale.safeParse(scale);
  assert.equal(parsed.success, false);
  if (parsed.success) return;
  const problem = problemFromZod(parsed.error);
  assert.ok(problem.kind === 'duplicateLabel' || problem.kind === 'outsideScale', problem.kind);
  assert.match(problem.where, /^ratings\[7\]\.(label|value)$/);
});

test('every problem reads in each of the four languages, with where and the values, and in English as the core says it', async () => {
  // The interface's i18n reads the browser's namespace when it loads; the messages come from each shipped locale.
  (globalThis as { browser?: unknown }).browser = { runtime: { id: 'unit-test' }, i18n: { getMessage: () => '', getUILanguage: () => 'en' } };
  const { useMessages } = await import('../../src/ui/i18n.js');
  const { problemText } = await import('../../src/ui/annotations/problem-text.js');
  const samples: Problem[] = [
    { kind: 'quoteEmpty', where: 'items[0].target.selector.exact', values: [] },
    { kind: 'verdictNotOnScale', where: 'annotation.body', values: ['Pants on fire', 'True, False'] },
    { kind: 'tooMany', where: '', values: ['100001', '100000'] },
    { kind: 'wrongType', where: 'items[0].created', values: ['string'] },
    { kind: 'outsideScale', where: 'ratings[2].value', values: ['1', '5'] },
  ];
  const english = JSON.parse(await readFile(path.join(ROOT, '_locales', 'en', 'messages.json'), 'utf8'));
  useMessages('en', english);
  assert.equal(problemText(samples[0]!), 'items[0].target.selector.exact: the quote is empty');
  assert.equal(problemText(samples[1]!), 'annotation.body: the verdict "Pants on fire" is not on your rating scale (True, False)');
  for (const language of ['en', 'ru', 'tr', 'ja'] as const) {
    useMessages(language, JSON.parse(await readFile(path.join(ROOT, '_locales', language, 'messages.json'), 'utf8')));
    for (const problem of samples) {
      const text = problemText(problem);
      assert.ok(!/\berr[A-Z]/.test(text) && !/\$\d/.test(text), `${language}: ${text}`);
      if (problem.where) assert.ok(text.includes(problem.where), `${language}: "${text}" does not say where`);
      for (const value of problem.values.filter((v) => v !== 'string')) assert.ok(text.includes(value), `${language}: "${text}" does not name ${value}`);
    }
    if (language !== 'en') assert.notEqual(problemText(samples[0]!), 'items[0].target.selector.exact: the quote is empty', `${language} is not English`);
  }
  useMessages(null, null);
});

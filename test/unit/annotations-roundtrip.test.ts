// Nothing lost: export → wipe → import gives back exactly the same annotations, for generated annotations full of
// quotes, commas, newlines, emoji, right-to-left text, spreadsheet formulas and 10,000-character passages.
import 'fake-indexeddb/auto';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import Papa from 'papaparse';
import { PolicyLensDatabase } from '../../src/background/db.js';
import { createAnnotationHandlers } from '../../src/background/annotation-handlers.js';
import { Annotation, CSV_COLUMNS, FORMULA_START, toCsv } from '../../src/core/annotations/index.js';

const hostile = fc.constantFrom('"', "'", ',', ';', '\n', '\r\n', '\t', '=SUM(A1:A2)', '+1', '-1', '@cmd', '😀', '👩🏽‍💻', 'مرحبا بالعالم', 'שלום', '\u202E', 'Банк России', '金融庁', ' ', '\\', '<b>', '#');
const text = (max: number) => fc.array(fc.oneof(hostile, fc.string({ maxLength: 12 })), { maxLength: 8 }).map((parts) => parts.join('').slice(0, max));
const nonEmpty = (max: number) => text(max).map((value) => (value.trim() === '' ? `x${value}` : value));
const longText = fc.oneof({ weight: 5, arbitrary: nonEmpty(400) }, { weight: 1, arbitrary: fc.constant('Ж😀,"\n'.repeat(2000)) });
const isoTime = fc.integer({ min: Date.parse('2000-01-01'), max: Date.parse('2030-01-01') }).map((ms) => new Date(ms).toISOString());
const isoDate = isoTime.map((t) => t.slice(0, 10));
const url = fc.webUrl({ validSchemes: ['https'], withQueryParameters: true }).filter((u) => u.length < 500);

const annotation: fc.Arbitrary<Annotation> = fc
  .record({
    id: fc.uuid(),
    url,
    title: text(200),
    storyDate: fc.option(isoDate, { nil: undefined }),
    exact: longText,
    prefix: text(32),
    suffix: text(32),
    start: fc.nat(100_000),
    note: text(2000),
    tags: fc.uniqueArray(nonEmpty(30), { maxLength: 4 }),
    entities: fc.uniqueArray(fc.constantFrom('ru-cbr', 'us-sec', 'eu-mica', 'int-fatf'), { maxLength: 3 }),
    verdict: fc.option(fc.record({ label: fc.constantFrom('True', 'False', 'Misleading'), value: fc.integer({ min: 1, max: 5 }), explanation: text(500) }), { nil: undefined }),
    claimant: fc.option(nonEmpty(100), { nil: undefined }),
    claimDate: fc.option(isoDate, { nil: undefined }),
    evidenceUrl: fc.option(url, { nil: undefined }),
    evidenceTitle: text(100),
    author: fc.option(nonEmpty(60), { nil: undefined }),
    created: isoTime,
  })
  .map((r) => {
    const value: Annotation = {
      id: r.id,
      page: { url: r.url, title: r.title, ...(r.storyDate ? { storyDate: r.storyDate } : {}) },
      target: { quote: { type: 'TextQuoteSelector', exact: r.exact, prefix: r.prefix, suffix: r.suffix }, position: { type: 'TextPositionSelector', start: r.start, end: r.start + r.exact.length }, context: r.exact.slice(0, 400), contextHash: 'ab'.repeat(32) },
      note: r.note,
      tags: r.tags,
      entities: r.entities,
      ...(r.verdict ? { verdict: r.verdict } : {}),
      ...(r.claimant ? { claimant: r.claimant } : {}),
      ...(r.claimDate ? { claimDate: r.claimDate } : {}),
      evidence: r.evidenceUrl ? [{ kind: 'link', url: r.evidenceUrl, title: r.evidenceTitle }] : [],
      ...(r.author ? { author: r.author } : {}),
      created: r.created,
      modified: r.created,
      verdictHistory: r.verdict ? [{ at: r.created, label: r.verdict.label, value: r.verdict.value }] : [],
    };
    return Annotation.parse(value);
  });

let dbCounter = 0;

test('export → wipe → import gives back exactly the same annotations (W3C, through the database)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uniqueArray(annotation, { minLength: 1, maxLength: 6, selector: (a) => a.id }), async (annotations) => {
      const db = new PolicyLensDatabase(`roundtrip-${++dbCounter}`);
      await db.open();
      const handlers = createAnnotationHandlers(db);
      await db.annotations.bulkPut(annotations);
      const { text } = await handlers.exportAnnotations({ format: 'w3c' });
      await db.annotations.clear();
      const report = await handlers.importAnnotations({ text });
      assert.deepEqual(report, { added: annotations.length, duplicates: 0 });
      const back = await db.annotations.toArray();
      const byId = (list: Annotation[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
      assert.deepEqual(byId(back), byId(annotations));
      // Importing the same file again doubles nothing.
      assert.deepEqual(await handlers.importAnnotations({ text }), { added: 0, duplicates: annotations.length });
      db.close();
      await db.delete();
    }),
    { numRuns: 40 },
  );
});

test('CSV keeps every cell exactly, apart from the apostrophe that neutralises a formula', () => {
  fc.assert(
    fc.property(fc.array(annotation, { minLength: 1, maxLength: 4 }), (annotations) => {
      const csv = toCsv(annotations);
      assert.ok(csv.startsWith('\uFEFF'));
      const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', newline: '\r\n', skipEmptyLines: 'greedy' });
      assert.deepEqual(parsed.errors, []);
      assert.deepEqual(parsed.data[0], [...CSV_COLUMNS]);
      annotations.forEach((a, i) => {
        const row = parsed.data[i + 1]!;
        const cell = (name: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(name)]!;
        const neutralised = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);
        assert.equal(cell('quote'), neutralised(a.target.quote.exact));
        assert.equal(cell('note'), neutralised(a.note));
        assert.equal(cell('page_title'), neutralised(a.page.title));
        for (const column of CSV_COLUMNS) assert.doesNotMatch(cell(column), /^[=+\-@\t\r]/, `${column} begins with a formula character`);
      });
    }),
    { numRuns: 50 },
  );
});

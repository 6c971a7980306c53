// The bundled database itself: it passes the build's validation, covers every entity the seed articles name, and
// docs/data.md shows its current report.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { before, test } from 'node:test';
import { compileDatabase, loadOpenData, readChecklists } from '../../build.mjs';
import { checklistRows, type ChecklistFile } from '../../src/core/data/checklist.js';
import { dataReport } from '../../src/core/data/report.js';
import { Recognizer } from '../../src/core/finder.js';
import type { ReferenceData } from '../../src/core/types.js';
import { PROJECT_ROOT } from '../support/server.js';

let data: ReferenceData;
before(async () => {
  data = await compileDatabase();
});

// Every official, agency and regulation the five seed articles name (see the v0 note), by id.
const SEED_ENTITIES = [
  'igor-krasnov', 'bekir-bozdag', 'recep-tayyip-erdogan', 'ru-prosecutor-general-office', 'tr-ministry-of-justice',
  'tr-ru-mla-agreement', 'int-un', 'int-un-cybercrime-convention', 'ru-bank-of-russia', 'ru-digital-ruble', 'ru-mining-law',
  'ru-mvd', 'ru-mvd-order-199', 'int-interpol', 'jurgen-stock', 'int-interpol-general-assembly', 'vladimir-putin',
  'ru-state-duma', 'ru-roskomnadzor', 'ru-fsb', 'jp-fsa', 'jp-fefta',
];

test('the bundled database passes validation', () => {
  assert.ok(data.entities.length > 0);
});

test('every entity named in the seed articles is in the database, with at least one sourced fact', () => {
  const byId = new Map(data.entities.map((e) => [e.id, e]));
  for (const id of SEED_ENTITIES) {
    const entity = byId.get(id);
    assert.ok(entity, `missing ${id}`);
    assert.ok(entity.facts.length > 0, `${id} has no fact`);
  }
});

test('each seed article is a coverage record', () => {
  const ids = new Set(data.coverage.map((c) => c.id));
  for (const id of ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004']) assert.ok(ids.has(id), `missing ${id}`);
});

test('the ambiguous acronyms are data: FSB, FSA and SEC have several senses, each with context', () => {
  for (const key of ['fsb', 'fsa', 'sec']) {
    const alias = data.aliasIndex.aliases.find((a) => a.key === key);
    assert.ok(alias && alias.senses.length >= 2, `${key} should have two senses or more`);
    for (const sense of alias.senses) assert.ok(sense.context && sense.context.length > 0, `${key} → ${sense.entity} needs context words`);
  }
});

test('on the real data, FSB follows the story: Russian arrests or G20 standard-setters', () => {
  const recognizer = new Recognizer(data.aliasIndex);
  const entityOf = (text: string) => recognizer.recognize(text).find((m) => text.slice(m.start, m.end) === 'FSB')?.entity;
  assert.equal(entityOf('Officers of the FSB detained two men in Moscow, Russian media said.'), 'ru-fsb');
  assert.equal(entityOf('The FSB presented its crypto framework to G20 finance ministers.'), 'int-fsb');
  assert.equal(entityOf('The FSB published a report.'), undefined);
});

test('docs/data.md holds the current data report (npm run data:report -- --write)', async (t) => {
  // The report counts the imported open datasets: without ../shared/opendata this build cannot reproduce it.
  if ((await loadOpenData()).length === 0) return t.skip('../shared/opendata is absent: the report includes its entities');
  const doc = await readFile(path.join(PROJECT_ROOT, 'docs', 'data.md'), 'utf8');
  const checklist = checklistRows((await readChecklists()) as ChecklistFile[]);
  assert.ok(doc.includes(dataReport(data, checklist)), 'docs/data.md is out of date: run "npm run data:report -- --write"');
});

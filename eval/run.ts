// `npm run eval`: runs the real recogniser over the labelled corpus (test/corpus, plus the seed articles when
// ../shared/seeds exists) twice: in Node on each article's text, and in Chromium through the built extension (the
// DOM cases: split tags, form fields, page regions). Prints precision, recall and F1 per language, entity type and
// trap, every false positive and false negative, and checks that each dated role shows as held on the story's date.
// Writes the report to docs/recognition.md (between markers). Options: --node-only, --no-write.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compileDatabase } from '../build.mjs';
import { buildCard } from '../src/core/card.js';
import { Recognizer } from '../src/core/finder.js';
import { PageContext } from '../src/core/recognize.js';
import type { Entity, ReferenceData } from '../src/core/types.js';
import { launchWithExtension } from '../test/support/chromium.js';
import { PROJECT_ROOT, seedNames, startServer } from '../test/support/server.js';
import { articleText } from './article-text.js';
import { blindSection } from './blind.js';
import { type Counts, type GoldPage, type Prediction, type Score, f1, negativesPerTrap, precision, recall, score } from './score.js';

const CORPUS = path.join(PROJECT_ROOT, 'test', 'corpus');
const args = process.argv.slice(2);

async function loadCorpus(): Promise<{ page: GoldPage; html: string }[]> {
  const ids = (await readdir(CORPUS)).filter((f) => f.endsWith('.gold.json')).map((f) => f.replace('.gold.json', '')).sort();
  return Promise.all(
    ids.map(async (id) => {
      const gold = JSON.parse(await readFile(path.join(CORPUS, `${id}.gold.json`), 'utf8')) as Omit<GoldPage, 'id'>;
      return { page: { id, ...gold, negatives: gold.negatives ?? [] }, html: await readFile(path.join(CORPUS, `${id}.html`), 'utf8') };
    }),
  );
}

/** Recognition on text alone: the article's text with code and form fields blanked, the page's text as context. */
function predictInNode(recognizer: Recognizer, html: string): Prediction[] {
  const { text, unread, pageText } = articleText(html);
  let blanked = text;
  for (const [start, end] of unread) blanked = blanked.slice(0, start) + '\u0000'.repeat(end - start) + blanked.slice(end);
  const context = new PageContext();
  context.addText(pageText);
  return recognizer.recognize(blanked, context).map((m) => ({ entity: m.entity, offset: m.start, text: text.slice(m.start, m.end) }));
}

// Runs in the page: the highlights inside <article>, located in the article's text normalised as the gold is.
// A string, not a function, so the TypeScript loader adds nothing the page lacks.
const READ_ARTICLE_MARKS = `(() => {
  const BLOCK = new Set(${JSON.stringify(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL', 'TEXTAREA', 'INPUT', 'LABEL', 'CAPTION', 'TBODY', 'THEAD'])});
  const article = document.querySelector('article');
  if (!article) return [];
  let raw = '';
  const marks = [];
  const visit = (node) => {
    if (node.nodeType === 3) { raw += node.data; return; }
    if (node.nodeType !== 1) return;
    const tag = node.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE') return;
    if (BLOCK.has(tag)) raw += ' ';
    const isMark = tag === 'POLICY-LENS-MARK' && node.hasAttribute('data-entity-id');
    const start = raw.length;
    for (const child of node.childNodes) visit(child);
    if (isMark) {
      if (node.hasAttribute('data-continued') && marks.length) marks[marks.length - 1].end = raw.length;
      else marks.push({ entity: node.getAttribute('data-entity-id'), start, end: raw.length });
    }
    if (BLOCK.has(tag)) raw += ' ';
  };
  visit(article);
  const map = new Array(raw.length + 1);
  let text = '';
  let pending = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    map[i] = text.length + (pending && text.length > 0 ? 1 : 0);
    if (c === '\\u00ad') continue;
    if (/\\s/.test(c)) { pending = true; continue; }
    if (pending && text.length > 0) text += ' ';
    pending = false;
    text += c;
  }
  map[raw.length] = text.length;
  return marks.map((m) => {
    const start = map[m.start];
    let end = map[m.end];
    while (end > start && text[end - 1] === ' ') end--;
    return { entity: m.entity, offset: start, text: text.slice(start, end) };
  });
})()`;

async function predictInChromium(paths: readonly string[]): Promise<Map<string, Prediction[]>> {
  const server = await startServer([CORPUS]);
  const { context } = await launchWithExtension();
  const out = new Map<string, Prediction[]>();
  try {
    const tab = await context.newPage();
    for (const pagePath of paths) {
      await tab.goto(`${server.origin}/${pagePath}`);
      await tab.waitForSelector('html[data-policy-lens="ready"]', { state: 'attached', timeout: 30_000 });
      out.set(pagePath, (await tab.evaluate(READ_ARTICLE_MARKS)) as Prediction[]);
    }
  } finally {
    await context.close();
    await server.close();
  }
  return out;
}

/** Each gold mention tagged as a dated role: on the story's date, its card must show a role then held. */
function checkDatedRoles(pages: readonly GoldPage[], data: ReferenceData): { total: number; failures: string[] } {
  const byId = new Map(data.entities.map((e) => [e.id, e]));
  const failures: string[] = [];
  let total = 0;
  for (const page of pages) {
    for (const gold of page.gold) {
      if (gold.trap !== 'dated-role' && !gold.note?.startsWith('dated-role')) continue;
      total++;
      const entity = byId.get(gold.entity) as Entity | undefined;
      const card = entity && page.date ? buildCard({ entity, coverage: [], citedCoverage: [], referenceDate: page.date }) : undefined;
      const current = card?.role && !card.role.former ? card.role : undefined; // the role held on the story's date
      if (!current) failures.push(`${page.id}: ${gold.entity} on ${page.date ?? '(no date)'}: no role shown as held then`);
    }
  }
  return { total, failures };
}

const pct = (value: number) => value.toFixed(3);

function table(title: string, rows: Map<string, Counts>, extra?: (key: string) => string[]): string {
  const header = ['| ' + title + ' | gold | TP | FP | FN | precision | recall | F1 |' + (extra ? ' negatives | score |' : ''), '| --- | --- | --- | --- | --- | --- | --- | --- |' + (extra ? ' --- | --- |' : '')];
  const lines = [...rows]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, c]) => `| ${key} | ${c.tp + c.fn} | ${c.tp} | ${c.fp} | ${c.fn} | ${pct(precision(c))} | ${c.tp + c.fn ? pct(recall(c)) : '—'} | ${c.tp + c.fn ? pct(f1(c)) : '—'} |${extra ? ` ${extra(key).join(' | ')} |` : ''}`);
  return [...header, ...lines].join('\n');
}

function report(name: string, result: Score, pages: readonly GoldPage[]): string {
  const negatives = negativesPerTrap(pages);
  const trapScore = (key: string): string[] => {
    const c = result.byTrap.get(key) as Counts;
    const n = negatives.get(key) ?? 0;
    const gold = c.tp + c.fn;
    const value = gold > 0 ? Math.min(precision(c), recall(c)) : n > 0 ? 1 - c.fp / n : 1;
    return [String(n), pct(value)];
  };
  for (const key of negatives.keys()) if (!result.byTrap.has(key)) result.byTrap.set(key, { tp: 0, fp: 0, fn: 0 });
  const o = result.overall;
  const misses = result.misses.map((m) => `- ${m.page} · ${m.kind} · \`${m.entity}\` "${m.text}" at ${m.offset}${m.trap ? ` (${m.trap})` : ''}`);
  return [
    `### ${name}`,
    '',
    `Overall: precision **${pct(precision(o))}**, recall **${pct(recall(o))}**, F1 **${pct(f1(o))}** (TP ${o.tp}, FP ${o.fp}, FN ${o.fn}).`,
    '',
    table('language', result.byLanguage),
    '',
    table('entity type', result.byType),
    '',
    table('trap', result.byTrap, trapScore),
    '',
    `<details><summary>${result.misses.length} misses</summary>`,
    '',
    ...misses,
    '',
    '</details>',
  ].join('\n');
}

/**
 * Precision of the entities imported from the open datasets, apart from the hand-edited ones: a gold mention counts
 * for the entity it names, a highlight for the entity it shows (gold was written without the imported entities in
 * mind, so a false positive here may be a real mention the gold lacks: the list says which).
 */
function originReport(name: string, pages: readonly GoldPage[], predictions: ReadonlyMap<string, Prediction[]>, data: ReferenceData): string {
  const imported = new Map(data.entities.flatMap((e) => (e.imported ? [[e.id, e.imported] as const] : [])));
  const result = score(pages, predictions, (id) => (imported.has(id) ? 'imported' : 'hand-edited'));
  for (const key of ['imported', 'hand-edited']) if (!result.byType.has(key)) result.byType.set(key, { tp: 0, fp: 0, fn: 0 });
  const importedMisses = result.misses.filter((m) => imported.has(m.entity)).map((m) => `- ${m.page} · ${m.kind} · \`${m.entity}\` (${imported.get(m.entity)}) "${m.text}" at ${m.offset}`);
  return [
    `### ${name}: imported and hand-edited entities`,
    '',
    `${imported.size} of ${data.entities.length} entities were imported from open datasets.`,
    '',
    table('origin', result.byType),
    '',
    importedMisses.length ? ['Misses of imported entities:', '', ...importedMisses].join('\n') : 'No miss involves an imported entity.',
  ].join('\n');
}

/** Length of the longest common subsequence of two lists of "entity|text" items: matches kept in order. */
function inOrder(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] as number);
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** The seed articles, when ../shared/seeds exists: gold highlights in document order (test/corpus/seed-articles.json). */
async function seedSection(): Promise<string> {
  const names = await seedNames();
  if (names.length === 0) return '### Seed articles\n\n../shared/seeds is absent here: the seed articles were not scored.';
  const gold = JSON.parse(await readFile(path.join(CORPUS, 'seed-articles.json'), 'utf8')) as { seeds: Record<string, { highlights: { entity: string; text: string; note?: string }[] }> };
  const predicted = await predictInChromium(names.map((name) => `seeds/${name}`));
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const rows = names.map((name) => {
    const expected = (gold.seeds[name]?.highlights ?? []).map((h) => `${h.entity}|${h.text}`);
    const found = (predicted.get(`seeds/${name}`) ?? []).map((p) => `${p.entity}|${p.text}`);
    const tp = inOrder(expected, found);
    const c = { tp, fp: found.length - tp, fn: expected.length - tp };
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
    return `| ${name} | ${expected.length} | ${found.length} | ${c.tp} | ${c.fp} | ${c.fn} | ${pct(precision(c))} | ${pct(recall(c))} |`;
  });
  const notes = Object.entries(gold.seeds).flatMap(([name, s]) => s.highlights.filter((h) => h.note).map((h) => `- ${name}: \`${h.entity}\` "${h.text}": ${h.note}`));
  return [
    '### Seed articles (../shared/seeds, in Chromium)',
    '',
    `Overall: precision **${pct(precision(total))}**, recall **${pct(recall(total))}** (TP ${total.tp}, FP ${total.fp}, FN ${total.fn}).`,
    '',
    '| seed | gold | highlighted | TP | FP | FN | precision | recall |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'Known misses, written into the gold:',
    '',
    ...notes,
  ].join('\n');
}

async function main(): Promise<void> {
  const data = await compileDatabase();
  const corpus = await loadCorpus();
  const pages = corpus.map((c) => c.page);
  const typeOf = (id: string) => data.aliasIndex.entities[id]?.type ?? 'unknown';
  const recognizer = new Recognizer(data.aliasIndex);

  const nodePredictions = new Map(corpus.map(({ page, html }) => [page.id, predictInNode(recognizer, html)]));
  const sections = [report('Node: the matcher on each article\'s text', score(pages, nodePredictions, typeOf), pages)];
  if (!args.includes('--node-only')) {
    const { execFileSync } = await import('node:child_process');
    execFileSync(process.execPath, ['build.mjs'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    const byPath = await predictInChromium(corpus.map(({ page }) => `${page.id}.html`));
    const browserPredictions = new Map(corpus.map(({ page }) => [page.id, byPath.get(`${page.id}.html`) ?? []]));
    sections.unshift(report('Chromium: the built extension on each page', score(pages, browserPredictions, typeOf), pages));
    sections.splice(1, 0, originReport('Chromium', pages, browserPredictions, data));
    sections.push(await seedSection());
  } else {
    sections.push(originReport('Node', pages, nodePredictions, data));
  }
  const dated = checkDatedRoles(pages, data);
  const gold = pages.reduce((n, p) => n + p.gold.length, 0);
  const langs = [...new Set(pages.map((p) => p.lang))].sort().map((l) => `${l} ${pages.filter((p) => p.lang === l).length}`).join(', ');
  const output = [
    `Corpus: ${pages.length} pages (${langs}), ${gold} gold mentions, ${pages.reduce((n, p) => n + p.negatives.length, 0)} negatives; database of ${data.entities.length} entities.`,
    '',
    `Dated roles: ${dated.total - dated.failures.length} of ${dated.total} gold mentions tagged "dated-role" get a card showing a role held on the story's date.${dated.failures.length ? `\n\n${dated.failures.map((f) => `- ${f}`).join('\n')}` : ''}`,
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n');
  console.log(output);
  // The blind set: real articles annotated without the database, scored separately from the written corpus.
  const countries = new Map(data.entities.map((entity) => [entity.id, entity.country]));
  const blind = await blindSection(recognizer, data.aliasIndex.entities, (entity) => countries.get(entity));
  console.log(`### Blind set\n\n${blind.markdown}\n${blind.review ? `\n${blind.review}\n` : ''}`);
  if (!args.includes('--no-write')) {
    const doc = path.join(PROJECT_ROOT, 'docs', 'recognition.md');
    const current = await readFile(doc, 'utf8').catch(() => '');
    const start = current.indexOf('<!-- eval:start -->');
    const end = current.indexOf('<!-- eval:end -->');
    if (start >= 0 && end > start) {
      await writeFile(doc, `${current.slice(0, start + '<!-- eval:start -->'.length)}\n${output}\n${current.slice(end)}`);
      console.error('docs/recognition.md updated');
    }
    const withCorpus = await readFile(doc, 'utf8');
    const blindStart = withCorpus.indexOf('<!-- blind:start -->');
    const blindEnd = withCorpus.indexOf('<!-- blind:end -->');
    if (blind.scored && blindStart >= 0 && blindEnd > blindStart) {
      await writeFile(doc, `${withCorpus.slice(0, blindStart + '<!-- blind:start -->'.length)}\n${blind.markdown}\n${withCorpus.slice(blindEnd)}`);
      console.error('docs/recognition.md: blind set updated');
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

// `npm run bench`: builds the extension at today's database size and at a synthetic 10x, runs the Node matcher
// micro-benchmark and the in-browser measurements, prints one table against the budgets of shared/design.md, and
// writes it to docs/performance.md. Options: --runs N (default 9: this machine is noisy, medians need them),
// --hovers N (default 50), --no-baseline, --baseline-keywords N (default 1000: mark.js's share of the alias texts), --quick (runs 2, hovers 10, no 10x), --shapes (only the page-shape rows),
// --shape-runs N (default 3: each shape page is ~2 MB), --shape NAME (only the shapes whose route contains NAME:
// article, table, nested, thread, elements, br, feed).
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compileDatabase } from '../build.mjs';
import { PROJECT_ROOT } from '../test/support/server.js';
import { findChromium } from '../test/support/chromium.js';
import { benchBrowser, type Samples } from './browser.js';
import { benchShapesChromium, benchShapesFirefox } from './shapes-browser.js';
import { PAGE_SHAPES, type PageShape } from './shapes.js';
import { mentionNames } from './pages.js';
import { benchMatcher, type MatcherRow } from './matcher.js';
import { writeTenfoldData } from './synthetic-data.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const runs = option('--runs', quick ? 2 : 9);
const hovers = option('--hovers', quick ? 10 : 50);
const baseline = !args.includes('--no-baseline');
const baselineKeywords = option('--baseline-keywords', 1000);
const shapesOnly = args.includes('--shapes');
// The generated pages and hovers only, without the page shapes: a quicker run while working on those rows.
const noShapes = args.includes('--no-shapes');
const shapeRuns = option('--shape-runs', quick ? 1 : 3);
const shapeFilter = args.includes('--shape') ? args[args.indexOf('--shape') + 1] ?? '' : '';
const log = (line: string) => console.error(line);

function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
}
const median = (values: readonly number[]) => quantile(values, 0.5);
const p95 = (values: readonly number[]) => quantile(values, 0.95);

interface Row {
  measure: string;
  size: string;
  median: number;
  p95: number;
  unit: string;
  budget: string;
  pass: boolean | null;
}

function build(env: Record<string, string>): void {
  execFileSync(process.execPath, ['build.mjs'], { cwd: PROJECT_ROOT, env: { ...process.env, POLICY_LENS_MINIFY: '1', ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

function rowsFor(size: string, s: Samples, baselineMs?: number[]): Row[] {
  const get = (k: string) => s[k] ?? [];
  const rows: Row[] = [];
  const add = (measure: string, values: number[], unit: string, budget: string, check: ((m: number, p: number) => boolean) | null) =>
    rows.push({ measure, size, median: median(values), p95: p95(values), unit, budget, pass: check ? check(median(values), p95(values)) && values.length > 0 : null });
  add('typical article (~15 KB): setup + scan + wrap, main thread', get('typical.mainMs'), 'ms', '≤ 10', (m) => m <= 10);
  add('— of which walking the text and resolving', get('typical.scanMs'), 'ms', '—', null);
  add('— of which wrapping (advanced-mark.js)', get('typical.wrapMs'), 'ms', '—', null);
  add('— of which setup (listeners, popover controller)', get('typical.setupMs'), 'ms', '—', null);
  add('typical article, loaded again in a tab that ran it: setup + scan + wrap', get('typicalWarm.mainMs'), 'ms', '—', null);
  add('typical article: waiting on the background (wall time, off the main thread)', get('typical.askMs'), 'ms', '—', null);
  add('typical article: content script start → ready, worker awake', get('typical.startToReadyMs'), 'ms', '—', null);
  add('typical article: content script start → ready, worker asleep', get('typicalAsleep.startToReadyMs'), 'ms', '—', null);
  add('typical article: setup + scan + wrap, main thread, worker asleep', get('typicalAsleep.mainMs'), 'ms', '≤ 10', (m) => m <= 10);
  add('long page (~2 MB, ~40k nodes): content script start → ready', get('long.startToReadyMs'), 'ms', '≤ 1500', (m) => m <= 1500);
  add('long page: navigation → ready (includes parsing the page)', get('long.readyMs'), 'ms', '—', null);
  add('long page: setup + scan + wrap, main thread in all', get('long.mainMs'), 'ms', '—', null);
  add('long page: longest task of ours', get('long.maxSliceMs'), 'ms', '≤ 50', (_m, p) => p <= 50);
  add('long page: highlights', get('long.marks'), '', '—', null);
  const ours = median(get('long.mainMs'));
  if (s['baseline.markJsMs']) {
    const ratio = (s['baseline.markJsMs'] as number[]).map((b) => b / ours);
    add(`long page: mark.js with ${get('baseline.keywords')[0]} of the ${get('baseline.aliasTexts')[0]} alias texts (a lower bound of its time with all)`, get('baseline.markJsMs'), 'ms', '—', null);
    add('long page: speed-up over mark.js, lower bound (main-thread time)', ratio, '×', '≥ 30', (m) => m >= 30);
  } else if (baselineMs) {
    // mark.js only slows with more keywords: today's mark.js time over ours at this size is a lower bound.
    add('long page: speed-up over mark.js, lower bound (today\'s mark.js time)', baselineMs.map((b) => b / ours), '×', '≥ 30', (m) => m >= 30);
  }
  add('page with no entity: content script in all (bundle evaluation + setup + scan)', get('empty.totalMs'), 'ms', '≤ 5', (m) => m <= 5);
  add('— of which evaluating the bundle', get('empty.bootMs'), 'ms', '—', null);

  add('hover → popover on screen, worker awake (p95)', get('hover.awakeMs'), 'ms', '≤ 50 p95', (_m, p) => p <= 50);
  add('hover → popover on screen, worker asleep (p95)', get('hover.asleepMs'), 'ms', '≤ 250 p95', (_m, p) => p <= 250);
  add('long page: extra JS heap', get('long.extraHeapMb'), 'MB', '≤ 15', (m) => m <= 15);
  add('seeding the database on install', get('seedMs'), 'ms', '≤ 1000', (m) => m <= 1000);
  add('feed: 200 appended articles, stories highlighted', get('feed.storiesHighlighted'), '', '= 200', (m) => m === 200);
  add('feed: longest task of ours', get('feed.maxSliceMs'), 'ms', '≤ 50', (_m, p) => p <= 50);
  return rows;
}

/** One group of rows per page shape: the budgets hold on every shape, not only on the benchmark's own long page. */
function shapeRows(size: string, s: Samples, shapes: readonly PageShape[]): Row[] {
  const rows: Row[] = [];
  const add = (measure: string, values: number[], unit: string, budget: string, check: ((m: number, p: number) => boolean) | null) =>
    rows.push({ measure, size, median: median(values), p95: p95(values), unit, budget, pass: check ? values.length > 0 && check(median(values), p95(values)) : null });
  for (const shape of shapes) {
    const get = (k: string) => s[`${shape.route}.${k}`] ?? [];
    add(`shape: ${shape.name}: navigation → ready`, get('readyMs'), 'ms', '—', null);
    add(`— the page alone, extension off: navigation → load event end`, get('pageLoadMs'), 'ms', '—', null);
    add(`— what the extension adds: ready minus the page alone's load`, get('addedMs'), 'ms', '≤ 1500', (m) => m <= 1500);
    add(`— main-thread time of ours`, get('mainMs'), 'ms', '—', null);
    add(`— longest task of ours`, get('maxSliceMs'), 'ms', '≤ 50', (_m, p) => p <= 50);
    add(`— longest task of any kind while scanning (rendering included)`, get('longestTaskMs'), 'ms', '—', null);
    add(`— highlights`, get('marks'), '', '—', null);
    if (shape.stories) {
      add(`— stories highlighted`, get('storiesHighlighted'), '', `= ${shape.stories}`, (m) => m === shape.stories);
      add(`— last story highlighted, after its append`, get('lastStoryLagMs'), 'ms', '≤ 1000', (m) => m <= 1000);
    }
    if (s[`${shape.route}.firefoxReadyMs`]) add(`— Firefox ESR: navigation → ready`, get('firefoxReadyMs'), 'ms', '—', null);
  }
  return rows;
}

function format(value: number, unit: string): string {
  if (!Number.isFinite(value)) return '—';
  const digits = unit === 'ms' || unit === 'MB' || unit === '×' ? (value < 10 ? 2 : 1) : 0;
  return `${value.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
}

function markdownTable(rows: Row[]): string {
  const lines = ['| measure | database | median | p95 | budget | result |', '| --- | --- | --- | --- | --- | --- |'];
  for (const r of rows) lines.push(`| ${r.measure} | ${r.size} | ${format(r.median, r.unit)} | ${format(r.p95, r.unit)} | ${r.budget} | ${r.pass === null ? '' : r.pass ? 'pass' : '**FAIL**'} |`);
  return lines.join('\n');
}

function matcherTable(rows: MatcherRow[]): string {
  const lines = ['| aliases | text | build automaton | scan | throughput | mentions |', '| --- | --- | --- | --- | --- | --- |'];
  for (const r of rows) lines.push(`| ${r.aliases} | ${r.textKb} KB | ${r.buildMs.toFixed(1)} ms | ${r.scanMs.toFixed(1)} ms | ${r.mbPerSecond.toFixed(1)} MB/s | ${r.mentions} |`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  const tenfoldData = path.join(PROJECT_ROOT, '.cache', 'bench', 'data-10x');
  const tenfoldDist = path.join(PROJECT_ROOT, '.cache', 'bench', 'dist-10x');
  log('building the extension (minified) at today\'s size…');
  build({});
  const today = await compileDatabase();
  const sizes: { label: string; dir: string; data: typeof today }[] = [{ label: `today (${today.aliasIndex.aliases.length} aliases)`, dir: path.join(PROJECT_ROOT, 'dist', 'chrome'), data: today }];
  if (!quick) {
    log('building the synthetic 10x database…');
    await writeTenfoldData(path.join(PROJECT_ROOT, 'assets', 'data'), tenfoldData);
    build({ POLICY_LENS_DATA: tenfoldData, POLICY_LENS_OUT: tenfoldDist });
    const tenfold = await compileDatabase(tenfoldData);
    sizes.push({ label: `10x (${tenfold.aliasIndex.aliases.length} aliases)`, dir: path.join(tenfoldDist, 'chrome'), data: tenfold });
  }

  log('matcher micro-benchmark (Node)…');
  const matcherRows = sizes.flatMap(({ data }) => benchMatcher(data.aliasIndex, [15, 200, 2048]));

  const rows: Row[] = [];
  let baselineMs: number[] | undefined;
  for (const [i, size] of sizes.entries()) {
    log(`browser runs at ${size.label}…`);
    // mark.js with every alias takes minutes on the long page; at 10x it would take ten times that. It runs once,
    // at today's size, and bounds the 10x ratio from below.
    if (!shapesOnly) {
      const samples = await benchBrowser({ extensionDir: size.dir, data: size.data, runs, hovers, baseline: baseline && i === 0, baselineKeywords, log });
      baselineMs ??= samples['baseline.markJsMs'];
      rows.push(...rowsFor(size.label, samples, baselineMs));
    }
    if (noShapes) continue;
    log(`page shapes at ${size.label}…`);
    const names = mentionNames(size.data.aliasIndex);
    const only = PAGE_SHAPES.filter((shape) => shape.route.includes(shapeFilter));
    const shapes = await benchShapesChromium(size.dir, names, shapeRuns, log, only);
    Object.assign(shapes, await benchShapesFirefox(path.join(size.dir, '..', 'firefox'), names, 1, log, only));
    rows.push(...shapeRows(size.label, shapes, only));
  }
  // Keep the rebuilt dist in its normal, unminified test form.
  build({ POLICY_LENS_MINIFY: '0' });

  const chromium = execFileSync(findChromium(), ['--version']).toString().trim();
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${chromium}, Node ${process.version}`;
  const table = markdownTable(rows);
  const failures = rows.filter((r) => r.pass === false);
  const report = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}; ${runs} runs per page (long page: ${Math.max(3, Math.ceil(runs / 2))}), ${hovers} hovers awake and ${Math.max(10, Math.floor(hovers / 2))} asleep; minified build.`,
    '',
    table,
    '',
    'Matcher alone (Node, median of 5):',
    '',
    matcherTable(matcherRows),
    '',
    failures.length === 0 ? 'Every budget met.' : `${failures.length} budget(s) missed: ${failures.map((f) => `${f.measure} (${f.size})`).join('; ')}.`,
  ].join('\n');
  console.log(report);

  const docPath = path.join(PROJECT_ROOT, 'docs', 'performance.md');
  const doc = await readFile(docPath, 'utf8').catch(() => '');
  const startMarker = '<!-- bench:start -->';
  const endMarker = '<!-- bench:end -->';
  const start = doc.indexOf(startMarker);
  const end = doc.indexOf(endMarker);
  if (start >= 0 && end > start && !quick && !shapesOnly && !noShapes) {
    await writeFile(docPath, `${doc.slice(0, start + startMarker.length)}\n${report}\n${doc.slice(end)}`);
    log('docs/performance.md updated');
  }
  log(`bench finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

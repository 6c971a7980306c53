// `npm run opendata:lock`: writes assets/opendata.lock.json from ../shared/opendata/MANIFEST.json, after checking that
// each file on disk has the sha256 the manifest pins (a copy that differs from its manifest is never locked). Only
// the files an importer reads are locked (IMPORTED_FILES).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../test/support/server.js';
import { IMPORTED_FILES } from '../src/core/data/import/index.js';
import type { Lock } from '../src/core/data/import/lock.js';
import { sha256 } from './opendata.js';

interface Manifest {
  datasets: { folder: string; repo: string; commit: string; commitDate: string; licence: string; files: { path: string; sha256: string }[] }[];
}

const dir = path.resolve(PROJECT_ROOT, process.env.POLICY_LENS_OPENDATA ?? path.join('..', 'shared', 'opendata'));
const manifest = JSON.parse(await readFile(path.join(dir, 'MANIFEST.json'), 'utf8')) as Manifest;
const problems: string[] = [];
const lock: Lock = {
  about: 'The open datasets the build imports (../shared/opendata), pinned: the build refuses to run when a file differs. Written by `npm run opendata:lock`.',
  datasets: [],
};
for (const dataset of manifest.datasets) {
  const files = [];
  const wanted = IMPORTED_FILES[dataset.repo];
  if (!wanted) {
    problems.push(`${dataset.repo}: no importer reads this dataset (src/core/data/import/index.ts)`);
    continue;
  }
  for (const needed of wanted) if (!dataset.files.some((f) => f.path === needed)) problems.push(`${dataset.repo}: the importer reads ${needed}, which the manifest does not list`);
  for (const file of dataset.files) {
    if (!wanted.includes(file.path)) continue; // the licence, and files no importer reads
    const actual = sha256(await readFile(path.join(dir, dataset.folder, file.path)));
    if (actual !== file.sha256) problems.push(`${dataset.folder}/${file.path}: sha256 ${actual}, the manifest says ${file.sha256}`);
    files.push({ path: file.path, sha256: file.sha256 });
  }
  lock.datasets.push({ repo: dataset.repo, commit: dataset.commit, committed: dataset.commitDate.slice(0, 10), folder: dataset.folder, licence: dataset.licence, files });
}
if (problems.length > 0) {
  console.error(`The copies differ from MANIFEST.json; no lock written:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exitCode = 1;
} else {
  const out = path.join(PROJECT_ROOT, 'assets', 'opendata.lock.json');
  await writeFile(out, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`wrote ${path.relative(PROJECT_ROOT, out)}: ${lock.datasets.length} datasets, ${lock.datasets.reduce((n, d) => n + d.files.length, 0)} files`);
}

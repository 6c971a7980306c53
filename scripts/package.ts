// npm run package: the store-ready packages. Builds minified (POLICY_LENS_OUT names another output folder), checks
// the bundles (scripts/scan-bundle.ts) and the manifests' version against package.json, and writes, under
// <out>/packages/:
//   policy-lens-chrome-<version>.zip    for the Chrome Web Store
//   policy-lens-firefox-<version>.zip   for addons.mozilla.org
//   policy-lens-source-<version>.zip    the sources, for Firefox's review: `npm ci && node build.mjs` rebuilds them
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { scanBundle } from './scan-bundle.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.resolve(ROOT, process.env.POLICY_LENS_OUT ?? 'dist');
const BROWSERS = ['chrome', 'firefox'] as const;
// Never in the source archive: installed or generated files, and local scratch.
const NOT_SOURCE = /^(node_modules|dist|\.cache|out|test-results|playwright-report|scratch-[^/]*)(\/|$)/;

async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await filesUnder(path.join(dir, entry.name), relative)));
    else out.push(relative);
  }
  return out;
}

/** The project's own files: what git tracks, or (outside a git checkout) everything but generated folders. */
async function sourceFiles(): Promise<string[]> {
  if (existsSync(path.join(ROOT, '.git'))) {
    const listed = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
    return listed.filter((file) => !NOT_SOURCE.test(file) && existsSync(path.join(ROOT, file)));
  }
  return (await filesUnder(ROOT)).filter((file) => !NOT_SOURCE.test(file) && !file.startsWith('.git/'));
}

async function zipFiles(base: string, files: string[]): Promise<Uint8Array> {
  const entries: Record<string, Uint8Array> = {};
  for (const file of files) entries[file] = new Uint8Array(await readFile(path.join(base, file)));
  return zipSync(entries, { level: 9 });
}

export async function packageExtension(): Promise<string[]> {
  const { version } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  execFileSync(process.execPath, [path.join(ROOT, 'build.mjs')], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, POLICY_LENS_MINIFY: '1', POLICY_LENS_OUT: OUT } });
  const packages = path.join(OUT, 'packages');
  await rm(packages, { recursive: true, force: true });
  await mkdir(packages, { recursive: true });
  const written: string[] = [];
  for (const browser of BROWSERS) {
    const dir = path.join(OUT, browser);
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { version: string };
    if (manifest.version !== version) throw new Error(`${browser}/manifest.json has version ${manifest.version}, package.json ${version}`);
    const findings = await scanBundle(dir);
    if (findings.length > 0) throw new Error(`${browser}: the bundle check failed:\n${findings.map((f) => `  ${f.file}: ${f.rule}: ${f.excerpt}`).join('\n')}`);
    const file = path.join(packages, `policy-lens-${browser}-${version}.zip`);
    await writeFile(file, await zipFiles(dir, (await filesUnder(dir)).filter((name) => !name.endsWith('.map'))));
    written.push(file);
  }
  const source = path.join(packages, `policy-lens-source-${version}.zip`);
  await writeFile(source, await zipFiles(ROOT, await sourceFiles()));
  written.push(source);
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  packageExtension()
    .then((files) => {
      for (const file of files) console.log(`wrote ${path.relative(process.cwd(), file)}`);
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}

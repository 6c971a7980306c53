// npm run package, end to end: it builds the store packages and the source archive with package.json's version, and
// what ships passes the bundle check (no eval, new Function, remote script, or innerHTML beyond preact's own
// dangerouslySetInnerHTML branch) with the manifests asking only for the documented permissions, under a strict CSP.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { unzipSync } from 'fflate';
import { scanBundle, scanHtml, scanScript } from '../../scripts/scan-bundle.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const STRICT_CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";
// Each is explained in docs/permissions.md; anything else in a manifest fails here.
const DOCUMENTED_PERMISSIONS = ['scripting', 'storage', 'contextMenus', 'unlimitedStorage', 'sidePanel'];
const DOCUMENTED_HOSTS = ['http://*/*', 'https://*/*'];

let out = '';
let version = '';

before(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), 'policy-lens-package-'));
  version = (JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'package.ts')], { cwd: ROOT, env: { ...process.env, POLICY_LENS_OUT: out }, stdio: 'pipe' });
});

after(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

test('the scanner finds what must not ship, and lets preact\'s own innerHTML branch pass', () => {
  const bad = [
    'eval("1+1")',
    'window.eval(x)',
    'const f = new Function("return 1")',
    'Function("return this")()',
    'setTimeout("alert(1)", 1)',
    "importScripts('https://cdn.example/x.js')",
    "import('https://cdn.example/x.js')",
    "document.createElement('script')",
    'el.innerHTML = pageText',
    'el.innerHTML=t.textContent',
    'el.outerHTML = x',
    "el.insertAdjacentHTML('beforeend', x)",
    'document.write(x)',
  ];
  for (const code of bad) assert.ok(scanScript('x.js', code).length > 0, code);
  const preact = 'if(d)c||w&&(d.__html==w.__html||d.__html==e.innerHTML)||(e.innerHTML=d.__html),t.__k=[];else if(w&&(e.innerHTML=""),L())';
  assert.deepEqual(scanScript('x.js', preact), []);
  assert.deepEqual(scanScript('x.js', 'const evaluate = x.evaluate(y); retrieval(z)'), []);
  assert.equal(scanHtml('x.html', '<script src="https://cdn.example/x.js"></script>').length, 1);
  assert.equal(scanHtml('x.html', '<script>alert(1)</script>').length, 1);
  assert.equal(scanHtml('x.html', '<button onclick="x()">').length, 1);
  assert.deepEqual(scanHtml('x.html', '<link rel="stylesheet" href="popup.css"><script src="popup.js"></script>'), []);
});

test('npm run package writes both store packages and the source archive, named with the version', async () => {
  for (const browser of ['chrome', 'firefox']) {
    const files = unzipSync(new Uint8Array(await readFile(path.join(out, 'packages', `policy-lens-${browser}-${version}.zip`))));
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as { version: string };
    assert.equal(manifest.version, version);
    for (const needed of ['background.js', 'content.js', 'card.html', 'card.js', 'popup.html', 'data/reference.json', 'data/alias-index.json']) assert.ok(files[needed], `${browser}: ${needed}`);
    // What is seeded leaves the alias index out: it ships alone, read only when there is text to search.
    const seeded = JSON.parse(new TextDecoder().decode(files['data/reference.json'])) as Record<string, unknown>;
    assert.ok(Array.isArray(seeded.entities) && !('aliasIndex' in seeded));
    const index = JSON.parse(new TextDecoder().decode(files['data/alias-index.json'])) as { version: string; aliases: unknown[] };
    assert.ok(index.aliases.length > 1000 && index.version === seeded.version);
    assert.deepEqual(Object.keys(files).filter((name) => name.endsWith('.map')), []);
  }
  const source = unzipSync(new Uint8Array(await readFile(path.join(out, 'packages', `policy-lens-source-${version}.zip`))));
  for (const needed of ['package.json', 'package-lock.json', 'build.mjs', 'manifest.json', 'src/content/index.ts', 'README.md']) assert.ok(source[needed], needed);
  assert.deepEqual(Object.keys(source).filter((name) => /^(node_modules|dist)\//.test(name)), []);
});

test('what ships has no eval, new Function, remote script or stray innerHTML', async () => {
  for (const browser of ['chrome', 'firefox']) assert.deepEqual(await scanBundle(path.join(out, browser)), [], browser);
});

test('the manifests ask only for the documented permissions, under the strict CSP', async () => {
  const documented = await readFile(path.join(ROOT, 'docs', 'permissions.md'), 'utf8');
  for (const browser of ['chrome', 'firefox']) {
    const manifest = JSON.parse(await readFile(path.join(out, browser, 'manifest.json'), 'utf8')) as {
      permissions?: string[];
      optional_permissions?: string[];
      host_permissions?: string[];
      content_security_policy?: { extension_pages?: string };
      content_scripts?: { matches: string[] }[];
    };
    assert.equal(manifest.content_security_policy?.extension_pages, STRICT_CSP, browser);
    for (const permission of manifest.permissions ?? []) {
      assert.ok(DOCUMENTED_PERMISSIONS.includes(permission), `${browser}: ${permission} is not documented`);
      assert.ok(documented.includes(`\`${permission}\``), `docs/permissions.md does not explain ${permission}`);
    }
    assert.deepEqual(manifest.optional_permissions ?? [], []);
    for (const host of [...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((c) => c.matches)]) {
      assert.ok(DOCUMENTED_HOSTS.includes(host), `${browser}: ${host} is not documented`);
    }
  }
});

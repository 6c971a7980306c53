// The four interface languages are complete, every string the code asks for exists, and no component carries an
// interface string of its own: every word a reader sees goes through _locales/ and the browser's i18n.
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const LOCALES = ['en', 'ru', 'tr', 'ja'];

async function messagesOf(locale: string): Promise<Record<string, { message: string }>> {
  return JSON.parse(await readFile(path.join(ROOT, '_locales', locale, 'messages.json'), 'utf8'));
}

async function filesUnder(dir: string, pattern: RegExp): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full, pattern)));
    else if (pattern.test(entry.name)) out.push(full);
  }
  return out;
}

const placeholders = (message: string) => [...message.matchAll(/\$([1-9])/g)].map((m) => m[1]).sort().join(',');

test('every key exists in every locale, none is empty, and each keeps the same placeholders', async () => {
  const english = await messagesOf('en');
  for (const locale of LOCALES) {
    const messages = await messagesOf(locale);
    assert.deepEqual(Object.keys(messages).sort(), Object.keys(english).sort(), `${locale}: keys differ from en`);
    for (const [key, { message }] of Object.entries(messages)) {
      assert.ok(message.trim().length > 0, `${locale}.${key} is empty`);
      assert.equal(placeholders(message), placeholders(english[key]!.message), `${locale}.${key}: placeholders differ from en`);
    }
  }
});

test('the manifest\'s name and description come from the locales', async () => {
  const manifest = JSON.parse(await readFile(path.join(ROOT, 'manifest.json'), 'utf8'));
  assert.equal(manifest.default_locale, 'en');
  const english = await messagesOf('en');
  for (const value of [manifest.name, manifest.description, manifest.action.default_title]) {
    const key = /^__MSG_(\w+)__$/.exec(value)?.[1];
    assert.ok(key && english[key], `${value} is not a message of _locales/en`);
  }
});

test('every message the code asks for exists', async () => {
  const english = await messagesOf('en');
  const files = [...(await filesUnder(path.join(ROOT, 'src', 'ui'), /\.tsx?$/)), ...(await filesUnder(path.join(ROOT, 'src', 'content'), /\.ts$/))];
  const asked = new Set<string>();
  for (const file of files) for (const match of (await readFile(file, 'utf8')).matchAll(/\bt\(\s*'(\w+)'/g)) asked.add(match[1]!);
  assert.ok(asked.size > 40, 'the scan found the calls');
  for (const key of asked) assert.ok(english[key], `t('${key}') has no message in _locales/en`);
});

// Attributes a reader (or a screen reader) perceives: their text must come from t(), never a literal.
const PERCEIVED_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'value', 'label']);
// An <option>'s value is what the form submits, not what it shows (its text child, checked above, is shown).
const isPerceived = (attribute: ts.JsxAttribute) =>
  PERCEIVED_ATTRIBUTES.has(attribute.name.getText()) && !(attribute.name.getText() === 'value' && attribute.parent.parent.tagName.getText() === 'option');

test('no interface string is hard-coded in a component', async () => {
  const found: string[] = [];
  for (const file of await filesUnder(path.join(ROOT, 'src', 'ui'), /\.tsx$/)) {
    const source = ts.createSourceFile(file, await readFile(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const where = (node: ts.Node) => `${path.relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
      if (ts.isJsxAttribute(node) && isPerceived(node) && node.initializer && ts.isStringLiteral(node.initializer) && /\p{L}/u.test(node.initializer.text)) {
        found.push(`${where(node)} ${node.name.getText()}="${node.initializer.text}"`);
      }
      // A string literal with letters as a JSX child ({'Close'}) is text too.
      if (ts.isJsxExpression(node) && node.expression && (ts.isStringLiteral(node.expression) || ts.isNoSubstitutionTemplateLiteral(node.expression)) && /\p{L}/u.test(node.expression.text)) {
        found.push(`${where(node)} {"${node.expression.text}"}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  // The extension pages' HTML carries no words either: titles and headings are filled in from the locales.
  for (const page of ['popup.html', 'options.html', 'entity.html', 'panel.html', 'dashboard.html']) {
    const html = await readFile(path.join(ROOT, 'assets', page), 'utf8');
    const body = html.replace(/<title>[^<]*<\/title>/, '').replace(/<[^>]+>/g, ' ');
    if (/\p{L}/u.test(body)) found.push(`assets/${page}: "${body.replace(/\s+/g, ' ').trim()}"`);
  }
  assert.deepEqual(found, []);
});

test('the test would catch a hard-coded string', () => {
  const source = ts.createSourceFile('x.tsx', 'const a = <p title="Close">Hello</p>;', ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  let texts = 0;
  const visit = (node: ts.Node): void => {
    if ((ts.isJsxText(node) && /\p{L}/u.test(node.text)) || (ts.isJsxAttribute(node) && node.name.getText() === 'title')) texts++;
    ts.forEachChild(node, visit);
  };
  visit(source);
  assert.equal(texts, 2);
});

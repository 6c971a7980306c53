// Checks what we ship: no eval, no new Function or string timers, no remote script, and no HTML sink a page's text
// could reach. The only innerHTML in the bundles is preact's dangerouslySetInnerHTML branch (`el.innerHTML =
// props.__html`, and clearing it with ""), which no component of ours uses (ESLint forbids the prop in src/);
// anything else is reported. Used by test/unit/package.test.ts and by `npm run package`.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

export interface Finding {
  file: string;
  rule: string;
  excerpt: string;
}

const JS_RULES: { rule: string; pattern: RegExp }[] = [
  { rule: 'eval', pattern: /(?<![\w$])eval\s*\(/g },
  { rule: 'new Function', pattern: /\bnew\s+Function\s*\(/g },
  { rule: 'Function constructor', pattern: /(?<![\w$.])Function\s*\(\s*["'`]/g },
  { rule: 'string timer', pattern: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g },
  { rule: 'remote script', pattern: /\bimportScripts\s*\(|\bimport\s*\(\s*["'`](?:https?:)?\/\//g },
  { rule: 'script element', pattern: /createElement\s*\(\s*["'`]script["'`]\s*\)/g },
  { rule: 'HTML sink', pattern: /\.outerHTML\s*=|insertAdjacentHTML|document\.write(?:ln)?\s*\(|\.srcdoc\s*=/g },
];

// innerHTML occurrences preact's renderer has: the dangerouslySetInnerHTML branch and the comparisons around it.
const PREACT_INNER_HTML = [/^\.innerHTML\s*=\s*[\w$]+\.__html/, /^\.innerHTML\s*=\s*(""|'')/, /^\.innerHTML\s*[),;|&:]/, /^\.innerHTML\s*$/];

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else out.push(full);
  }
  return out;
}

function excerpt(text: string, index: number): string {
  return text.slice(Math.max(0, index - 40), index + 60).replace(/\s+/g, ' ');
}

export function scanScript(file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  for (const { rule, pattern } of JS_RULES) {
    for (const match of text.matchAll(pattern)) findings.push({ file, rule, excerpt: excerpt(text, match.index ?? 0) });
  }
  for (const match of text.matchAll(/\.innerHTML\b[^\n]{0,40}/g)) {
    if (!PREACT_INNER_HTML.some((allowed) => allowed.test(match[0]))) findings.push({ file, rule: 'innerHTML', excerpt: excerpt(text, match.index ?? 0) });
  }
  return findings;
}

export function scanHtml(file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1];
    if (!src) findings.push({ file, rule: 'inline script', excerpt: excerpt(text, match.index ?? 0) });
    else if (/^(?:[a-z][\w+.-]*:|\/\/)/i.test(src)) findings.push({ file, rule: 'remote script', excerpt: src });
  }
  for (const match of text.matchAll(/<link\b[^>]*\bhref\s*=\s*["']?((?:[a-z][\w+.-]*:|\/\/)[^"'\s>]*)/gi)) {
    findings.push({ file, rule: 'remote resource', excerpt: match[1] ?? '' });
  }
  if (/\son[a-z]+\s*=/i.test(text)) findings.push({ file, rule: 'inline event handler', excerpt: excerpt(text, text.search(/\son[a-z]+\s*=/i)) });
  return findings;
}

/** Every finding in the built extension at `dir` (its .js and .html files; source maps are not shipped). */
export async function scanBundle(dir: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const file of await listFiles(dir)) {
    const relative = path.relative(dir, file);
    if (file.endsWith('.js')) findings.push(...scanScript(relative, await readFile(file, 'utf8')));
    else if (file.endsWith('.html')) findings.push(...scanHtml(relative, await readFile(file, 'utf8')));
  }
  return findings;
}

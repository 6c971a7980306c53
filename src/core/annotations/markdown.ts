// Markdown export: a readable report, one section per page, each claim quoted with its verdict, explanation, note
// and sources. User text is escaped so that it reads as written and never becomes a link, an image or HTML.
import type { Annotation } from './model.js';
import { textFragmentUrl } from './text-fragment.js';

/**
 * Backslash-escapes what Markdown would read as syntax: emphasis, code, links (with their brackets escaped no link or
 * image can form), HTML and entities, tables and strike-through, and a block marker at the start of a line.
 */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/^(\s*)([#>+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** A link target Markdown cannot be confused by: inside angle brackets, with spaces and brackets encoded. */
function linkTarget(url: string): string {
  return `<${url.replace(/[\s<>]/g, (c) => encodeURIComponent(c))}>`;
}

function quoteBlock(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => `> ${escapeMarkdown(line)}`)
    .join('\n');
}

function annotationSection(annotation: Annotation): string {
  const lines: string[] = [quoteBlock(annotation.target.quote.exact), ''];
  if (annotation.verdict) lines.push(`**Verdict: ${escapeMarkdown(annotation.verdict.label)}**`, '');
  if (annotation.verdict?.explanation) lines.push(escapeMarkdown(annotation.verdict.explanation), '');
  const meta: string[] = [];
  if (annotation.claimant) meta.push(`Claimant: ${escapeMarkdown(annotation.claimant)}`);
  if (annotation.claimDate) meta.push(`claimed on ${annotation.claimDate}`);
  if (meta.length) lines.push(meta.join(', '), '');
  if (annotation.note) lines.push(`Note: ${escapeMarkdown(annotation.note)}`, '');
  if (annotation.evidence.length) {
    lines.push('Sources:', '');
    for (const e of annotation.evidence) {
      if (e.kind === 'link') lines.push(`- [${escapeMarkdown(e.title || e.url)}](${linkTarget(e.url)})${e.seen ? `, seen ${e.seen}` : ''}`);
      else lines.push(`- Policy Lens database, ${escapeMarkdown(e.entityId)}: ${escapeMarkdown(e.statement)}${e.date ? ` (${escapeMarkdown(e.date)})` : ''}`);
    }
    lines.push('');
  }
  if (annotation.tags.length) lines.push(`Tags: ${annotation.tags.map(escapeMarkdown).join(', ')}`, '');
  const by = annotation.author ? ` by ${escapeMarkdown(annotation.author)}` : '';
  lines.push(`[Open the passage](${linkTarget(textFragmentUrl(annotation.page.url, annotation.target.quote))}) · checked${by}, ${annotation.modified.slice(0, 10)}`, '');
  return lines.join('\n');
}

/** The report: a title, then each page (in the order first seen) with its annotations in page order. */
export function toMarkdown(annotations: readonly Annotation[], generated: string): string {
  const pages = new Map<string, Annotation[]>();
  for (const annotation of annotations) pages.set(annotation.page.url, [...(pages.get(annotation.page.url) ?? []), annotation]);
  const out: string[] = ['# Fact-check report', '', `${annotations.length} annotation(s) on ${pages.size} page(s), generated ${generated.slice(0, 10)} by Policy Lens.`, ''];
  for (const [url, items] of pages) {
    const first = items[0];
    const title = first?.page.title || url;
    out.push(`## [${escapeMarkdown(title)}](${linkTarget(url)})`, '');
    if (first?.page.storyDate) out.push(`Published ${first.page.storyDate}.`, '');
    const ordered = [...items].sort((a, b) => (a.target.position?.start ?? 0) - (b.target.position?.start ?? 0));
    for (const annotation of ordered) out.push(annotationSection(annotation));
  }
  return `${out.join('\n').trimEnd()}\n`;
}

// The JSON file that Hypothesis's own "Import annotations" reads: what its "Export" writes, an object with the
// export's date, user and client version and an `annotations` array. An import there keeps each annotation's uri,
// document title, text, tags and target (selectors), so the verdict, explanation, note and sources go into the text
// (Markdown, which Hypothesis renders) and the verdict also becomes a tag.
import { escapeMarkdown } from './markdown.js';
import type { Annotation } from './model.js';

/** The user the annotations are listed under in Hypothesis's import dialog (not an account: a reserved domain). */
export const HYPOTHESIS_EXPORT_USER = 'acct:policy-lens@policy-lens.invalid';

function textOf(annotation: Annotation): string {
  const parts: string[] = [];
  if (annotation.verdict) parts.push(`**Verdict: ${escapeMarkdown(annotation.verdict.label)}**`);
  if (annotation.verdict?.explanation) parts.push(escapeMarkdown(annotation.verdict.explanation));
  if (annotation.claimant) parts.push(`Claimant: ${escapeMarkdown(annotation.claimant)}${annotation.claimDate ? `, ${annotation.claimDate}` : ''}`);
  if (annotation.note) parts.push(escapeMarkdown(annotation.note));
  const links = annotation.evidence.filter((e) => e.kind === 'link');
  if (links.length) parts.push(['Sources:', ...links.map((e) => `- [${escapeMarkdown(e.title || e.url)}](<${e.url}>)`)].join('\n'));
  return parts.join('\n\n');
}

export function toHypothesisAnnotation(annotation: Annotation): Record<string, unknown> {
  const selector: Record<string, unknown>[] = [{ ...annotation.target.quote }];
  if (annotation.target.position) selector.push({ ...annotation.target.position });
  const tags = [...annotation.tags];
  if (annotation.verdict && !tags.includes(`verdict:${annotation.verdict.label}`)) tags.push(`verdict:${annotation.verdict.label}`);
  return {
    user: HYPOTHESIS_EXPORT_USER,
    user_info: { display_name: annotation.author || 'Policy Lens' },
    created: annotation.created,
    updated: annotation.modified,
    uri: annotation.page.url,
    document: { title: annotation.page.title ? [annotation.page.title] : [] },
    text: textOf(annotation),
    tags,
    target: [{ source: annotation.page.url, selector }],
  };
}

export function toHypothesisExport(annotations: readonly Annotation[], generated: string): Record<string, unknown> {
  return {
    export_date: generated,
    export_userid: HYPOTHESIS_EXPORT_USER,
    client_version: 'policy-lens',
    annotations: annotations.map(toHypothesisAnnotation),
  };
}

// A citation of a verdict or a fact, in plain text and in Markdown: the statement, the source's title, publisher,
// URL and the date we read it.
import type { CheckedClaim, ClaimSource, RecordedValue } from './types.js';

const VERDICT_LABEL: Record<CheckedClaim['verdict'], string> = {
  supported: 'Supported',
  contradicted: 'Contradicted',
  outdated: 'Outdated',
  unknown: 'Not in the database',
  unjudged: 'Not judged',
};

export function verdictLabel(verdict: CheckedClaim['verdict']): string {
  return VERDICT_LABEL[verdict];
}

function sourceText(s: ClaimSource): string {
  return [s.title, s.publisher, s.date, s.url, s.seen ? `seen ${s.seen}` : undefined].filter(Boolean).join(', ');
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function sourceMarkdown(s: ClaimSource): string {
  const title = escapeMarkdown(s.title);
  const rest = [escapeMarkdown(s.publisher), s.date, s.seen ? `seen ${s.seen}` : undefined].filter(Boolean).join(', ');
  return `${s.url ? `[${title}](<${s.url}>)` : title}, ${rest}`;
}

function recordedLine(r: RecordedValue): string {
  return `${r.value}${r.part ? ` (${r.part})` : ''}${r.date ? `, ${r.date}` : ''}`;
}

export function citeClaim(claim: CheckedClaim, format: 'text' | 'markdown', pageUrl?: string): string {
  const lines: string[] = [];
  const rec = claim.recorded;
  if (format === 'text') {
    lines.push(`Claim: "${claim.sentence}"${pageUrl ? ` (${pageUrl})` : ''}`);
    lines.push(`Verdict: ${verdictLabel(claim.verdict)} — ${claim.entityName}, ${claim.propertyLabel}, as of ${claim.referenceDate}`);
    if (rec) {
      lines.push(`Database: ${recordedLine(rec)}`);
      for (const s of rec.sources) lines.push(`Source: ${sourceText(s)}`);
    }
    for (const side of claim.disagreement ?? []) lines.push(`Sources disagree: ${recordedLine(side)} — ${side.sources.map((s) => `${s.publisher}${s.date ? ` ${s.date}` : ''}`).join('; ')}`);
    return lines.join('\n');
  }
  lines.push(`> ${escapeMarkdown(claim.sentence)}${pageUrl ? ` — <${pageUrl}>` : ''}`);
  lines.push('');
  lines.push(`**${verdictLabel(claim.verdict)}**: ${escapeMarkdown(claim.entityName)}, ${claim.propertyLabel}, as of ${claim.referenceDate}`);
  if (rec) {
    lines.push(`- Database: ${escapeMarkdown(recordedLine(rec))}`);
    for (const s of rec.sources) lines.push(`- Source: ${sourceMarkdown(s)}`);
  }
  for (const side of claim.disagreement ?? []) lines.push(`- Sources disagree: ${escapeMarkdown(recordedLine(side))} (${side.sources.map((s) => escapeMarkdown(s.publisher)).join('; ')})`);
  return lines.join('\n');
}

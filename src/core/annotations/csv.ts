// CSV export: one row per annotation, RFC 4180 quoting by papaparse, cells that a spreadsheet would run as a formula
// (beginning with =, +, -, @, tab or CR) neutralised with a leading apostrophe (papaparse's escapeFormulae), and a
// UTF-8 byte-order mark so spreadsheets read Cyrillic and kanji as such.
import Papa from 'papaparse';
import type { Annotation } from './model.js';
import { textFragmentUrl } from './text-fragment.js';

export const CSV_COLUMNS = [
  'id',
  'page_url',
  'page_title',
  'story_date',
  'quote',
  'verdict',
  'rating_value',
  'explanation',
  'claimant',
  'claim_date',
  'note',
  'tags',
  'entities',
  'evidence',
  'author',
  'created',
  'modified',
  'link',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

const BOM = '\uFEFF';
/** A cell a spreadsheet would run as a formula (OWASP's list: =, +, -, @, tab, carriage return). */
export const FORMULA_START = /^[=+\-@\t\r]/;

function evidenceCell(annotation: Annotation): string {
  return annotation.evidence
    .map((e) => (e.kind === 'link' ? `${e.title ? `${e.title} ` : ''}<${e.url}>${e.seen ? ` (seen ${e.seen})` : ''}` : `${e.entityId}: ${e.statement}${e.date ? ` (${e.date})` : ''}`))
    .join('\n');
}

export function csvRow(annotation: Annotation): Record<CsvColumn, string> {
  return {
    id: annotation.id,
    page_url: annotation.page.url,
    page_title: annotation.page.title,
    story_date: annotation.page.storyDate ?? '',
    quote: annotation.target.quote.exact,
    verdict: annotation.verdict?.label ?? '',
    rating_value: annotation.verdict ? String(annotation.verdict.value) : '',
    explanation: annotation.verdict?.explanation ?? '',
    claimant: annotation.claimant ?? '',
    claim_date: annotation.claimDate ?? '',
    note: annotation.note,
    tags: annotation.tags.join('; '),
    entities: annotation.entities.join('; '),
    evidence: evidenceCell(annotation),
    author: annotation.author ?? '',
    created: annotation.created,
    modified: annotation.modified,
    link: textFragmentUrl(annotation.page.url, annotation.target.quote),
  };
}

export function toCsv(annotations: readonly Annotation[]): string {
  const body = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: annotations.map((a) => CSV_COLUMNS.map((column) => csvRow(a)[column])) },
    // papaparse's own pattern for `escapeFormulae: true` ends in `.*$` without the s flag, so a cell such as
    // "=HYPERLINK(…)\nmore" slips through; the first character alone decides.
    { quotes: true, escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
  return `${BOM}${body}\r\n`;
}

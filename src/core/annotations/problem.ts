// What is wrong with a file (an annotation import, a backup) or a value (the rating scale), as data: a kind, where it
// is, and the values a message needs. The English sentence travels as the error's text (logs, tests); the interface
// turns the problem into a message of the reader's language (src/ui/annotations/problem-text.ts), keeping what and
// where. The schemas' own messages are defined here once, so a message and its kind cannot drift apart.
import type * as z from 'zod';

export const SCHEMA_MESSAGES = {
  badDate: 'must be a date as YYYY-MM-DD',
  badDateTime: 'must be an ISO 8601 date and time',
  badUrl: 'must be an http or https URL',
  quoteEmpty: 'the quote is empty',
  endBeforeStart: 'end must be after start',
  verdictNoLabel: 'a verdict needs a label',
  scaleEmpty: 'a scale needs at least one rating',
  noSource: 'the target has no source (the page URL)',
  notBackup: 'this is not a Policy Lens backup (expected a dexie export)',
} as const;

/** Messages built with values (custom issues carry the kind and the values in `params`). */
export type ValueProblemKind = 'duplicateLabel' | 'outsideScale';

export type ProblemKind =
  // the file as a whole
  | 'notText'
  | 'fileTooLarge'
  | 'notJson'
  | 'notAnnotationFile'
  | 'linkedPages'
  | 'hypothesisFile'
  | 'tooMany'
  | 'noAnnotations'
  | 'backupNotJson'
  // one annotation
  | 'noQuote'
  | 'secondVerdict'
  | 'verdictNotOnScale'
  // a field, from the schemas
  | keyof typeof SCHEMA_MESSAGES
  | ValueProblemKind
  | 'wrongType'
  | 'tooShort'
  | 'tooFewItems'
  | 'tooSmall'
  | 'tooLong'
  | 'tooManyItems'
  | 'tooLarge'
  | 'badFormat'
  | 'unknownKeys'
  | 'notOneOf'
  | 'noVariant'
  | 'invalid';

export interface Problem {
  kind: ProblemKind;
  /** Where in the file or value: a path such as `items[2].target.selector.exact`; empty for the file as a whole. */
  where: string;
  /** The values the message names (a limit, a label, the parser's own words), in order. */
  values: string[];
}

/** An Error that also carries its problem, so a reply can hand it to the interface. */
export class ProblemError extends Error {
  constructor(
    readonly problem: Problem,
    message: string,
  ) {
    super(message);
  }
}

export function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, where, values } = value as Record<string, unknown>;
  return typeof kind === 'string' && typeof where === 'string' && Array.isArray(values) && values.every((v) => typeof v === 'string');
}

/** The problem an error carries, if any (also on an error rebuilt from a reply). */
export function problemOf(error: unknown): Problem | null {
  const problem = typeof error === 'object' && error !== null ? (error as { problem?: unknown }).problem : undefined;
  return isProblem(problem) ? problem : null;
}

const BY_MESSAGE = new Map<string, ProblemKind>(Object.entries(SCHEMA_MESSAGES).map(([kind, message]) => [message, kind as ProblemKind]));

function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function limit(value: unknown): string {
  return typeof value === 'bigint' || typeof value === 'number' ? String(value) : '';
}

/** The first problem zod found, as data: our schemas' messages by their kind, zod's own by the issue's code. */
export function problemFromZod(error: z.ZodError, prefix = ''): Problem {
  const issue = error.issues[0];
  if (!issue) return { kind: 'invalid', where: prefix, values: [''] };
  const where = pathOf([...(prefix ? [prefix] : []), ...issue.path]);
  const known = BY_MESSAGE.get(issue.message);
  if (known) return { kind: known, where, values: [] };
  const raw = issue as unknown as Record<string, unknown>;
  switch (issue.code) {
    case 'custom': {
      const params = raw.params as { problem?: unknown; values?: unknown } | undefined;
      const values = Array.isArray(params?.values) ? params.values.map(String) : [];
      if (params?.problem === 'duplicateLabel' || params?.problem === 'outsideScale') return { kind: params.problem, where, values };
      return { kind: 'invalid', where, values: [issue.message] };
    }
    case 'invalid_type':
      return { kind: 'wrongType', where, values: [String(raw.expected ?? '')] };
    case 'too_small':
      return { kind: raw.origin === 'string' ? 'tooShort' : raw.origin === 'array' || raw.origin === 'set' ? 'tooFewItems' : 'tooSmall', where, values: [limit(raw.minimum)] };
    case 'too_big':
      return { kind: raw.origin === 'string' ? 'tooLong' : raw.origin === 'array' || raw.origin === 'set' ? 'tooManyItems' : 'tooLarge', where, values: [limit(raw.maximum)] };
    case 'invalid_format':
      if (raw.format === 'url') return { kind: 'badUrl', where, values: [] };
      if (raw.format === 'datetime') return { kind: 'badDateTime', where, values: [] };
      return { kind: 'badFormat', where, values: [String(raw.format ?? '')] };
    case 'unrecognized_keys':
      return { kind: 'unknownKeys', where, values: [Array.isArray(raw.keys) ? raw.keys.join(', ') : ''] };
    case 'invalid_value':
      return { kind: 'notOneOf', where, values: [Array.isArray(raw.values) ? raw.values.map((v) => JSON.stringify(v)).join(', ') : ''] };
    case 'invalid_union':
      return { kind: 'noVariant', where, values: [] };
    default:
      return { kind: 'invalid', where, values: [issue.message] };
  }
}

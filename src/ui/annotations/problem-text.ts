// A problem with a file or a value (src/core/annotations/problem.ts) in the reader's language: what is wrong and
// where. One case per kind, each a message of _locales with the place and the values as substitutions.
import { type Problem, problemOf } from '../../core/annotations/problem.js';
import { t } from '../i18n.js';

/** zod's names of the types a field expects, in words of the interface; anything else is shown as zod names it. */
function typeName(expected: string): string {
  switch (expected) {
    case 'string':
      return t('errTypeText');
    case 'number':
    case 'int':
      return t('errTypeNumber');
    case 'boolean':
      return t('errTypeBoolean');
    case 'object':
    case 'record':
      return t('errTypeObject');
    case 'array':
      return t('errTypeArray');
    default:
      return expected;
  }
}

export function problemText(problem: Problem): string {
  const where = problem.where || t('errWhereValue');
  const [a = '', b = ''] = problem.values;
  switch (problem.kind) {
    case 'notText':
      return t('errNotText');
    case 'fileTooLarge':
      return t('errFileTooLarge', a);
    case 'notJson':
      return t('errNotJson', a);
    case 'notAnnotationFile':
      return t('errNotAnnotationFile');
    case 'linkedPages':
      return t('errLinkedPages');
    case 'hypothesisFile':
      return t('errHypothesisFile');
    case 'tooMany':
      return t('errTooMany', a, b);
    case 'noAnnotations':
      return t('errNoAnnotations');
    case 'backupNotJson':
      return t('errBackupNotJson', a);
    case 'noQuote':
      return t('errNoQuote', where);
    case 'secondVerdict':
      return t('errSecondVerdict', where, a);
    case 'verdictNotOnScale':
      return t('errVerdictNotOnScale', where, a, b);
    case 'badDate':
      return t('errBadDate', where);
    case 'badDateTime':
      return t('errBadDateTime', where);
    case 'badUrl':
      return t('errBadUrl', where);
    case 'quoteEmpty':
      return t('errQuoteEmpty', where);
    case 'endBeforeStart':
      return t('errEndBeforeStart', where);
    case 'verdictNoLabel':
      return t('errVerdictNoLabel', where);
    case 'scaleEmpty':
      return t('errScaleEmpty', where);
    case 'noSource':
      return t('errNoSource', where);
    case 'notBackup':
      return t('errNotBackup', where);
    case 'duplicateLabel':
      return t('errDuplicateLabel', where, a);
    case 'outsideScale':
      return t('errOutsideScale', where, a, b);
    case 'wrongType':
      return t('errWrongType', where, typeName(a));
    case 'tooShort':
      return t('errTooShort', where, a);
    case 'tooFewItems':
      return t('errTooFewItems', where, a);
    case 'tooSmall':
      return t('errTooSmall', where, a);
    case 'tooLong':
      return t('errTooLong', where, a);
    case 'tooManyItems':
      return t('errTooManyItems', where, a);
    case 'tooLarge':
      return t('errTooLarge', where, a);
    case 'badFormat':
      return t('errBadFormat', where, a);
    case 'unknownKeys':
      return t('errUnknownKeys', where, a);
    case 'notOneOf':
      return t('errNotOneOf', where, a);
    case 'noVariant':
      return t('errNoVariant', where);
    case 'invalid':
      return t('errInvalid', where, a);
  }
}

/** The text to show for a failed action: the problem in the reader's language when there is one, else the error's words. */
export function failureText(error: unknown): string {
  const problem = problemOf(error);
  if (problem) return problemText(problem);
  return error instanceof Error ? error.message.replace(/^\w+ failed: /, '') : String(error);
}

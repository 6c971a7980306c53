// Dates as a reader reads them: an ISO date of year, month or day precision, written in the reader's locale by
// Intl.DateTimeFormat ("June 2020", "2020年6月", "22 июня 2020 г."), never as raw ISO.

export type DatePrecision = 'year' | 'month' | 'day';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

export function precisionOf(iso: string): DatePrecision | undefined {
  const match = ISO.exec(iso);
  if (!match) return undefined;
  return match[3] ? 'day' : match[2] ? 'month' : 'year';
}

const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
};

// The card's compact form: an abbreviated month ("Nov 2022", "нояб. 2022 г.").
const COMPACT: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: OPTIONS.year,
  month: { year: 'numeric', month: 'short', timeZone: 'UTC' },
  day: OPTIONS.day,
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Writes an ISO date in `locale` at its own precision, or coarser when `at most` is given (a role's start reads
 * better as "June 2020" than as a day). Text that is not an ISO date comes back unchanged.
 */
export function formatIsoDate(iso: string, locale: string, atMost: DatePrecision = 'day', compact = false): string {
  const match = ISO.exec(iso);
  const precision = precisionOf(iso);
  if (!match || !precision) return iso;
  const order: DatePrecision[] = ['year', 'month', 'day'];
  const used = order[Math.min(order.indexOf(precision), order.indexOf(atMost))] as DatePrecision;
  const key = `${locale}|${used}|${compact}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat(locale, (compact ? COMPACT : OPTIONS)[used]);
    } catch {
      formatter = new Intl.DateTimeFormat('en', (compact ? COMPACT : OPTIONS)[used]); // an unknown locale tag falls back, never throws
    }
    formatters.set(key, formatter);
  }
  const [, year, month, day] = match;
  return formatter.format(new Date(Date.UTC(Number(year), Number(month ?? '1') - 1, Number(day ?? '1'))));
}

/** Compares ISO dates of mixed precision by their earliest day ("2022" sorts before "2022-03"). */
export function isBefore(a: string, b: string): boolean {
  return a.localeCompare(b) < 0;
}

/** Whether an event dated `date` (any precision) happened after the day `reference`: a month or year that contains the day is not after it. */
export function isAfterDay(date: string, reference: string): boolean {
  return isBefore(reference, date) && !reference.startsWith(date);
}

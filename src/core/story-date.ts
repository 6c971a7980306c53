// The date a story was written, from the strings a page's metadata offers, so roles are shown as of that day.

/** The first value that starts with a plausible ISO date (e.g. "2022-11-11T09:00:00Z"), as YYYY-MM-DD. */
export function storyDateFrom(values: readonly (string | null | undefined)[]): string | undefined {
  for (const value of values) {
    const match = value ? /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
    if (!match) continue;
    const [, year, month, day] = match;
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day)) return `${year}-${month}-${day}`;
  }
  return undefined;
}

/** `datePublished` values found in JSON-LD blocks (objects, arrays and @graph), in order. */
export function jsonLdPublishedDates(jsonTexts: readonly string[]): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.datePublished === 'string') found.push(record.datePublished);
      if (record['@graph']) visit(record['@graph']);
    }
  };
  for (const text of jsonTexts) {
    try {
      visit(JSON.parse(text));
    } catch {
      // A page's broken JSON-LD is the page's problem; it just gives no date.
    }
  }
  return found;
}

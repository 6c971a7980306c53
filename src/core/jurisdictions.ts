// Jurisdiction codes: ISO 3166-1 alpha-2 as ICU knows them, plus "EU" and "INT" (international bodies).

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** True for an ISO 3166-1 alpha-2 code that ICU knows, for "EU", and for "INT". */
export function isKnownJurisdiction(code: string): boolean {
  if (code === 'INT' || code === 'EU') return true;
  if (!/^[A-Z]{2}$/.test(code) || code === 'ZZ') return false;
  return regionNames.of(code) !== code;
}

/** The English name of a jurisdiction ("Russia", "European Union", "International"). */
export function jurisdictionName(code: string): string {
  if (code === 'INT') return 'International';
  return regionNames.of(code) ?? code;
}

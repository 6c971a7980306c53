// The blind set's precision counts a highlight on a gold mention of the same type as right, whatever entity it
// names: the gold files name entities in the annotators' words, not by our ids. One kind of wrong entity can still be
// told from them: a gold canonical name that ends with a country in brackets ("Ministry of Finance (Russia)") and a
// highlight that gives another country's entity (Japan's) — a reader shown the wrong country's card.

import { countryName } from '../src/core/data/country-names.js';

// The short names the annotators write where ICU's English name is longer or newer.
const MORE_NAMES: Record<string, string> = {
  US: 'US', 'U.S.': 'US', USA: 'US', UK: 'GB', Britain: 'GB', Korea: 'KR', Turkey: 'TR', 'Hong Kong': 'HK', Macau: 'MO',
  'Czech Republic': 'CZ', 'Ivory Coast': 'CI', "Cote d'Ivoire": 'CI', 'DR Congo': 'CD', 'Democratic Republic of the Congo': 'CD',
};

let countries: Map<string, string> | undefined;

/** Every country's English name (ICU's, and the short ones above), folded to lower case → its ISO code. */
function countryCodes(): Map<string, string> {
  if (countries) return countries;
  countries = new Map(Object.entries(MORE_NAMES).map(([name, code]) => [name.toLowerCase(), code]));
  for (const first of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    for (const second of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
      const code = first + second;
      // A retired code ("DD", "ZR") reads as its successor's name: only the code in use is kept.
      if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
      const name = countryName(code, 'en');
      if (name !== undefined && !countries.has(name.toLowerCase())) countries.set(name.toLowerCase(), code);
    }
  }
  return countries;
}

/** The country a gold canonical name gives in brackets at its end ("Senate (Nigeria)" → "NG"), if it gives one. */
export function countryNamedIn(canonical: string): string | undefined {
  const bracketed = /\(([^()]+)\)\s*$/u.exec(canonical)?.[1]?.trim();
  return bracketed === undefined ? undefined : countryCodes().get(bracketed.toLowerCase());
}

export interface CountryCheckedHit {
  page: string;
  canonical: string;
  highlighted: string;
  entity: string;
  name: string;
}

/**
 * The hits whose gold gives a country and whose entity belongs to another one. An international or EU entity is
 * never counted wrong here: the gold may name the member or host country of a shared body.
 */
export function wrongCountryHits<T extends CountryCheckedHit>(hits: readonly T[], countryOf: (entity: string) => string | undefined): { checked: number; wrong: T[] } {
  let checked = 0;
  const wrong: T[] = [];
  for (const hit of hits) {
    const named = countryNamedIn(hit.canonical);
    const actual = countryOf(hit.entity);
    if (named === undefined || actual === undefined || !/^[A-Z]{2}$/.test(actual) || actual === 'EU') continue;
    checked++;
    if (actual !== named) wrong.push(hit);
  }
  return { checked, wrong };
}

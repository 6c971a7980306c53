// A story names a body in full once ("the National Bank of Ukraine", "Национальный банк Беларуси", "Hong Kong Monetary
// Authority") and then by the name without its country ("the National Bank", "Национальный банк", "the Monetary
// Authority"). The build adds that short form to the body, counted only once the page has named the body in full (as a
// surname is), so a "National Bank" on a page that names no national bank stays plain text. Country names come from
// country-names.ts.
import { countryName, russianGenitive } from './country-names.js';

// How Russian names write the state after a body: "РФ", "Российской Федерации", "Республики Казахстан".
const RUSSIAN_STATE_SUFFIXES = ['РФ', 'РК', 'РБ', 'КР', 'России', 'Российской Федерации', 'Республики Казахстан', 'Республики Беларусь', 'Кыргызской Республики', 'Республики Узбекистан'];

// The abbreviation Russian-language stories write after a body of these states: "Нацбанк РК", "Минфин РФ".
const RUSSIAN_STATE_ABBREVIATIONS: Record<string, string> = { RU: 'РФ', KZ: 'РК', BY: 'РБ', KG: 'КР', UZ: 'РУз' };

/**
 * The body's Russian name with its state written as the abbreviation ("Национальный банк РК" for "Национальный банк
 * Республики Казахстан"): that names the state, so it needs no full name before it.
 */
export function abbreviatedStateForms(name: string, country: string): string[] {
  const abbreviation = RUSSIAN_STATE_ABBREVIATIONS[country];
  if (abbreviation === undefined || !/\p{Script=Cyrillic}/u.test(name) || name.endsWith(` ${abbreviation}`)) return [];
  return shortForms(name, country).map((short) => `${short} ${abbreviation}`);
}

/**
 * A short form worth adding: written as a proper name (a capital) and two words at least. One word is most often the
 * type alone ("Gobierno", "Правительство", "Banco"), which the blind rules count as no name.
 */
function usable(head: string): string | undefined {
  const trimmed = head.trim();
  return /^\p{Lu}/u.test(trimmed) && trimmed.split(/\s+/).length >= 2 ? trimmed : undefined;
}

/** The body's name without its country, in the languages that write the country before or after it. */
export function shortForms(name: string, country: string): string[] {
  const out = new Set<string>();
  const add = (head: string | undefined) => {
    const form = head === undefined ? undefined : usable(head);
    if (form) out.add(form);
  };
  const en = countryName(country, 'en');
  // ICU writes "Hong Kong SAR China"; stories write "Hong Kong".
  for (const place of en ? new Set([en, en.replace(/ SAR.*$/, '')]) : []) {
    for (const tail of [` of ${place}`, ` of the ${place}`]) if (name.endsWith(tail)) add(name.slice(0, -tail.length));
    if (name.startsWith(`${place} `)) add(name.slice(place.length + 1));
  }
  for (const [locale, articles] of [['es', ['de', 'del', 'de la']], ['pt', ['de', 'do', 'da']], ['fr', ['de', 'du', 'de la', 'des']]] as const) {
    const local = countryName(country, locale);
    if (!local) continue;
    for (const article of articles) if (name.endsWith(` ${article} ${local}`)) add(name.slice(0, -(` ${article} ${local}`.length)));
    if (locale === 'fr' && (name.endsWith(` de l’${local}`) || name.endsWith(` de l'${local}`))) add(name.slice(0, -(` de l’${local}`.length)));
  }
  const ru = countryName(country, 'ru');
  for (const suffix of [...(ru ? [russianGenitive(ru)] : []), ...RUSSIAN_STATE_SUFFIXES]) if (name.endsWith(` ${suffix}`)) add(name.slice(0, -(suffix.length + 1)));
  const tr = countryName(country, 'tr');
  if (tr && name.startsWith(`${tr} `)) add(name.slice(tr.length + 1));
  out.delete(name);
  return [...out];
}

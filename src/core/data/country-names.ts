// Country names in other languages, from the ICU data the JavaScript engine carries (Intl.DisplayNames), so no table
// of countries in eight languages is written by hand. Used by the build's generated names (central-bank-names.ts,
// short-forms.ts), which ask for every country in several languages: one formatter per language is made, then kept.

const displayNames = new Map<string, Intl.DisplayNames>();

/** `country`'s name in `locale`, or undefined where ICU has none. */
export function countryName(country: string, locale: string): string | undefined {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    displayNames.set(locale, names);
  }
  try {
    return names.of(country);
  } catch {
    return undefined; // a code ICU does not know (none of ours today)
  }
}

/** The genitive a Russian country name takes after "банк": Нигерия → Нигерии, Казахстан → Казахстана, Марокко stays. */
export function russianGenitive(name: string): string {
  if (name.includes(' ')) return name; // "Южная Корея", "Объединённые Арабские Эмираты": left as they are
  if (/ия$/u.test(name)) return `${name.slice(0, -1)}и`;
  if (/[кгхжшчщ]а$/u.test(name)) return `${name.slice(0, -1)}и`;
  if (/а$/u.test(name)) return `${name.slice(0, -1)}ы`;
  if (/[яь]$/u.test(name)) return `${name.slice(0, -1)}и`;
  if (/[бвгджзклмнпрстфхцчшщ]$/u.test(name)) return `${name}а`;
  return name; // Марокко, Того, Перу: indeclinable
}

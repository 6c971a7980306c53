// German, French and Turkish stories write a Russian, Belarusian, Ukrainian or Central Asian official's name in their
// own Latin spelling, not the English one the entity carries: "Alexander Lukaschenko", "Alexandre Loukachenko",
// "Lukaşenko" for Lukashenko; "Anton Siluanow"; "Wolodymyr Selenskyj", "Zelenskiy". The build derives those spellings
// from the official's Cyrillic name with each language's usual transliteration (Duden-style German, the French press
// convention, Turkish), so a German page about Belarus finds its president without an alias written for each language.
// English has a second spelling besides the entity's own: the BGN/PCGN one many wires use ("Sadyr Zhaparov" beside
// "Japarov", "Aleksey Moiseyev" beside "Alexei Moiseev").

export type SpellingLanguage = 'de' | 'fr' | 'tr' | 'en';
const LANGUAGES: readonly SpellingLanguage[] = ['de', 'fr', 'tr', 'en'];

// States whose officials' names reach other languages through Russian or Ukrainian Cyrillic.
const CYRILLIC_STATES = new Set(['RU', 'BY', 'UA', 'KZ', 'KG', 'UZ', 'TJ', 'TM', 'MD', 'AM', 'AZ', 'GE']);

const RUSSIAN_NAME = /^[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?$/u;
const UKRAINIAN_NAME = /^[А-ЩЬЮЯЄІЇҐа-щьюяєіїґʼ'’]+(?:-[А-ЩЬЮЯЄІЇҐа-щьюяєіїґʼ'’]+)?$/u;
const LATIN_NAME = /^\p{Lu}[\p{L}'’-]*$/u;
const VOWELS = new Set('аеёиоуыэюяєіїАЕЁИОУЫЭЮЯЄІЇ');

// Letters whose spelling does not depend on their neighbours. Ukrainian letters differ only where listed in UKRAINIAN.
const LETTERS: Record<SpellingLanguage, Record<string, string>> = {
  de: { а: 'a', б: 'b', в: 'w', г: 'g', д: 'd', ж: 'sch', з: 's', и: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', т: 't', у: 'u', ф: 'f', х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'ju', я: 'ja' },
  fr: { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ж: 'j', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', т: 't', у: 'ou', ф: 'f', х: 'kh', ц: 'ts', ч: 'tch', ш: 'ch', щ: 'chtch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iou', я: 'ia' },
  tr: { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ж: 'j', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ç', ш: 'ş', щ: 'ş', ъ: '', ы: 'ı', ь: '', э: 'e', ю: 'yu', я: 'ya' },
  en: { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ж: 'zh', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya' },
};
const UKRAINIAN: Record<SpellingLanguage, Record<string, string>> = {
  de: { г: 'h', ґ: 'g', и: 'y', і: 'i', ї: 'ji', є: 'je', й: 'j' },
  fr: { г: 'h', ґ: 'g', и: 'y', і: 'i', ї: 'ï', є: 'ie', й: 'ï' },
  tr: { г: 'h', ґ: 'g', и: 'i', і: 'i', ї: 'yi', є: 'ye', й: 'y' },
  en: { г: 'h', ґ: 'g', и: 'y', і: 'i', ї: 'yi', є: 'ye', й: 'y' },
};
// е and ё after a vowel, a sign or at a word's start; й; с between vowels.
const IOTATED: Record<SpellingLanguage, { e: string; yo: string; short: string; ss: string }> = {
  de: { e: 'je', yo: 'jo', short: 'i', ss: 'ss' },
  fr: { e: 'ie', yo: 'io', short: 'ï', ss: 'ss' },
  tr: { e: 'ye', yo: 'yo', short: 'y', ss: 's' },
  en: { e: 'ye', yo: 'yo', short: 'y', ss: 's' },
};

/** One Cyrillic word in a language's spelling: "Лукашенко" → "Lukaschenko" (de), "Loukachenko" (fr), "Lukaşenko" (tr). */
export function spell(word: string, language: SpellingLanguage, ukrainian = false, givenName = false): string {
  const lower = word.toLowerCase();
  const rules = IOTATED[language];
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const letter = lower[i] as string;
    const before = i === 0 ? '' : (lower[i - 1] as string);
    const after = lower[i + 1] ?? '';
    const atStart = i === 0 || before === '-';
    const rest = lower.slice(i);
    let spelt: string;
    if (!ukrainian && (rest === 'ий' || rest === 'ый') && i > 0) {
      // Russian -ий, -ый: "Дмитрий" Dmitri, Dmitriy; "Грозный" Grosny.
      spelt = language === 'tr' ? (letter === 'ы' ? 'ıy' : 'iy') : language === 'en' ? 'y' : letter === 'ы' ? 'y' : 'i';
      out += spelt;
      break;
    }
    if (ukrainian && language === 'fr' && rest === 'ий' && before === 'к') {
      out += 'y'; // "Зеленський" Zelensky, as the French press writes it
      break;
    }
    if (!ukrainian && language === 'fr' && rest === 'ин' && i > 1) {
      out += 'ine'; // "Путин" Poutine, "Мишустин" Michoustine
      break;
    }
    if (givenName && letter === 'к' && after === 'с' && language !== 'tr' && language !== 'en') {
      out += 'x'; // given names take their Western form: "Александр" Alexander, "Максим" Maxim; but "Аксаков" Aksakow
      i++;
      continue;
    }
    const ukrainianLetter = ukrainian ? UKRAINIAN[language][letter] : undefined;
    if (ukrainianLetter !== undefined) spelt = ukrainianLetter;
    else if (letter === 'е' || letter === 'ё') {
      const iotated = atStart || VOWELS.has(before) || before === 'ь' || before === 'ъ';
      spelt = letter === 'ё' ? (iotated || !'жшчщ'.includes(before) ? rules.yo : 'o') : iotated ? rules.e : 'e';
    } else if (letter === 'й') spelt = atStart ? (language === 'fr' ? 'i' : language === 'de' ? 'j' : 'y') : rules.short;
    else if (letter === 'с') spelt = VOWELS.has(before) && VOWELS.has(after) ? rules.ss : 's';
    else if (letter === 'г' && language === 'fr' && 'еиыё'.includes(after)) spelt = 'gu'; // "Сергей" Sergueï
    else if (letter === 'и' && language === 'fr' && VOWELS.has(before)) spelt = 'ï'; // "Михаил" Mikhaïl
    else spelt = LETTERS[language][letter] ?? letter;
    out += atStart ? capitalise(spelt) : spelt;
  }
  return out;
}

function capitalise(text: string): string {
  return text.length === 0 ? text : (text[0] as string).toUpperCase() + text.slice(1);
}

export interface OfficialSpellings {
  /**
   * Full names: the whole Cyrillic name spelt ("Alexander Lukaschenko"), and each half spelt beside the other half of the
   * English name ("Alexander Loukachenko", "Anatoli Aksakov"): stories mix a local given name with the wire's surname.
   */
  full: string[];
  /** The surname alone, spelt; counted under the rules of the Cyrillic surname alias it comes from. */
  surname: string[];
  /** The Cyrillic surname spelt, so the build can find the alias whose rules the spelt surnames take. */
  cyrillicSurname?: string;
}

/**
 * The German, French and Turkish spellings of an official's name, from the first Cyrillic name among `names` (the
 * native name first) written in Russian letters, or Ukrainian ones for Ukraine (a Kazakh-script native name gives
 * way to its Russian form); none for other states or when no such name exists.
 */
export function officialSpellings(names: readonly string[], englishName: string, country: string): OfficialSpellings {
  if (!CYRILLIC_STATES.has(country)) return { full: [], surname: [] };
  const ukrainian = country === 'UA';
  const letters = ukrainian ? UKRAINIAN_NAME : RUSSIAN_NAME;
  const source = names.map((name) => name.trim().split(/\s+/)).find((words) => (words.length === 2 || words.length === 3) && words.every((word) => letters.test(word)));
  if (source === undefined) return { full: [], surname: [] };
  const given = source[0] as string;
  const surname = source[source.length - 1] as string;
  const englishWords = englishName.trim().split(/\s+/);
  const englishGiven = englishWords.length > 1 ? (englishWords[0] as string) : '';
  const englishSurname = englishWords.length > 1 ? (englishWords[englishWords.length - 1] as string) : '';
  const full = new Set<string>();
  const alone = new Set<string>();
  for (const language of LANGUAGES) {
    const spelt = spell(surname, language, ukrainian);
    const speltGiven = spell(given, language, ukrainian, true);
    full.add(`${speltGiven} ${spelt}`);
    if (LATIN_NAME.test(englishGiven)) full.add(`${englishGiven} ${spelt}`);
    if (LATIN_NAME.test(englishSurname)) full.add(`${speltGiven} ${englishSurname}`);
    alone.add(spelt);
  }
  return { full: [...full], surname: [...alone], cyrillicSurname: surname };
}

// The language of an entity's native name, for the `lang` attribute that lets a screen reader pronounce Игорь Краснов
// or 金融庁 in its own voice. Judged from the script the name is written in and the entity's jurisdiction; where the
// two do not settle it, no language is claimed (a wrong `lang` is worse than none).

const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const KAZAKH_LETTERS = /[әғқңөұүһӘҒҚҢӨҰҮҺ]/u;
const UKRAINIAN_LETTERS = /[іїєґІЇЄҐ]/u;
const DEVANAGARI = /\p{Script=Devanagari}/u;
const ARABIC = /\p{Script=Arabic}/u;
const HEBREW = /\p{Script=Hebrew}/u;
const THAI = /\p{Script=Thai}/u;
const LATIN = /\p{Script=Latin}/u;

/** Jurisdictions whose Latin-script native names are in one language. */
const LATIN_LANGUAGE: Record<string, string> = {
  TR: 'tr', DE: 'de', AT: 'de', FR: 'fr', BR: 'pt', PT: 'pt', AR: 'es', ES: 'es', SV: 'es', MX: 'es', ID: 'id', VN: 'vi', IT: 'it', NL: 'nl', PL: 'pl',
};
const ARABIC_LANGUAGE: Record<string, string> = { AE: 'ar', SA: 'ar', EG: 'ar', IR: 'fa', PK: 'ur' };

export function nativeNameLanguage(name: string, jurisdiction: string): string | undefined {
  if (KANA.test(name) || (HAN.test(name) && jurisdiction === 'JP')) return 'ja';
  if (HANGUL.test(name)) return 'ko';
  if (HAN.test(name)) {
    if (jurisdiction === 'CN') return 'zh-Hans';
    if (jurisdiction === 'HK' || jurisdiction === 'TW' || jurisdiction === 'MO') return 'zh-Hant';
    return undefined;
  }
  if (CYRILLIC.test(name)) {
    if (KAZAKH_LETTERS.test(name)) return 'kk';
    if (UKRAINIAN_LETTERS.test(name) || jurisdiction === 'UA') return 'uk';
    if (jurisdiction === 'RU' || jurisdiction === 'KZ' || jurisdiction === 'BY') return 'ru';
    return undefined;
  }
  if (DEVANAGARI.test(name)) return jurisdiction === 'IN' ? 'hi' : undefined;
  if (HEBREW.test(name)) return 'he';
  if (THAI.test(name)) return 'th';
  if (ARABIC.test(name)) return ARABIC_LANGUAGE[jurisdiction];
  if (LATIN.test(name)) return LATIN_LANGUAGE[jurisdiction];
  return undefined;
}

// Turkish names of bodies and laws are compounds whose last word carries the possessive suffix: "Adalet Bakanlığı",
// "Plan ve Bütçe Komisyonu", "Sermaye Piyasası Kanunu", "Yargıtay Ceza Dairesi". A story adds the case endings to
// that word, after an apostrophe for a proper name written with one ("TBMM'ye", matched by word boundaries), but
// straight onto these compounds: "Bakanlığının", "Komisyonunda", "Başsavcılığınca". After the possessive the
// endings take a buffer n: -nın/-nin/-nun/-nün (of), -na/-ne (to), -nı/-ni/-nu/-nü (object), -nda/-nde (at),
// -ndan/-nden (from), -nca/-nce (by), and -yla/-yle (with). The build expands each Turkish alias into these forms so
// the one automaton finds them. Forms are generated on folded text, where ı and i, u and ü, o and ö have met, so
// both vowel-harmony variants are generated; a form no page contains never matches (over-generation is harmless),
// and a form another entity's alias already claims is left to that alias by the caller.

const FOLDED_LATIN_WORD = /^[a-z]+$/;

const ENDINGS = ['nin', 'nun', 'na', 'ne', 'ni', 'nu', 'nda', 'nde', 'ndan', 'nden', 'nca', 'nce', 'yla', 'yle'];

// The possessive suffix is -(s)ı/-(s)i/-(s)u/-(s)ü, so the word ends in one of the vowels that fold to i or u; a
// word of fewer letters is too short to be a compound's head ("Ali", "Mu").
const MIN_HEAD = 5;

/**
 * Case forms of a folded key of several words whose last word ends in the possessive suffix, with the endings
 * glued to that word; any other key is returned alone.
 */
export function turkishForms(key: string): string[] {
  const words = key.split(' ');
  const last = words[words.length - 1] as string;
  if (words.length < 2 || last.length < MIN_HEAD || !FOLDED_LATIN_WORD.test(last) || !/[iu]$/.test(last)) return [key];
  return [key, ...ENDINGS.map((ending) => `${key}${ending}`)];
}

// Head nouns of Turkish names of bodies and laws, folded ("Bankası" → "bankasi"), so a foreign body's Turkish alias
// ("Rusya Merkez Bankası", "Meksika Maliye Bakanlığı") is declined as a Turkish body's is.
const TURKISH_HEADS = new Set([
  'bankasi', 'bakanligi', 'komisyonu', 'kurulu', 'kurumu', 'kanunu', 'yasasi', 'baskanligi', 'mahkemesi', 'meclisi',
  'otoritesi', 'birligi', 'idaresi', 'konseyi', 'dairesi', 'savciligi', 'yonetmeligi', 'ajansi', 'hazinesi', 'senatosu',
  'parlamentosu', 'komitesi', 'burosu', 'servisi', 'birimi', 'mudurlugu', 'teskilati', 'sekreterligi', 'hukumeti', 'kararnamesi', 'tuzugu',
]);

/** Whether a folded key of several words ends in a Turkish head noun. */
export function isTurkishHead(key: string): boolean {
  const words = key.split(' ');
  return words.length >= 2 && TURKISH_HEADS.has(words[words.length - 1] as string);
}

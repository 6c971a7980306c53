// German names change in two places when a story declines them. An adjective in front takes -en after an article
// in every case but the nominative: "die Europäische Zentralbank" but "der Europäischen Zentralbank", "Deutscher
// Bundestag" but "im Deutschen Bundestag". A masculine or neuter head noun takes the genitive -s or -es: "des
// Kreditwesengesetzes", "des Bundestags", "des Finanzministeriums". Feminine heads (Bank, Anstalt, Aufsicht,
// Kommission, Verordnung, Staatsanwaltschaft) never change in the singular, so only the heads listed below grow
// endings. The build expands each alias into these forms, as it does Russian and Turkish ones; forms are generated
// on folded text ("europäische" is "europaische"). Over-generation is harmless (a form no page contains never
// matches), and a form another entity's alias already claims is left to that alias by the caller.

const FOLDED_LATIN_WORD = /^[a-z]+$/;

// Masculine and neuter nouns that end the names of German bodies and laws. A word ending in one of them is a
// compound with that head ("Bundesverfassungsgericht", "Kreditwesengesetz"). All are German words: no English
// alias ends in them. The second list counts only as the whole word or, for the longer ones, a compound's end
// ("Finanzausschuss"): "rat" and "senat" end English words too ("Democrat").
const HEADS_ANY_COMPOUND = ['gesetz', 'gesetzbuch', 'gericht', 'gerichtshof', 'amt', 'ministerium', 'departement', 'institut', 'parlament', 'kabinett', 'komitee', 'sekretariat', 'kommissariat'];
const HEADS_WHOLE = ['bundestag', 'landtag', 'bundesrat', 'nationalrat', 'standerat', 'ministerrat', 'rat', 'senat', 'ausschuss'];

// Nouns ending in a hissing sound take -es only ("Gesetzes", "Ausschusses"), others both -s and -es ("Bundestags",
// "Bundestages"); nouns ending in -ium, -ment, -at or -ett usually take -s only, but generating both costs nothing.
const HISSING = /(s|ss|z|tz|x)$/;

// An adjective before the noun: "deutsche", "europäischer", "österreichisches", "schweizerische", "oberster".
const ADJECTIVE = /^([a-z]*(?:isch|sch)|oberst|zentral|national|foderal|hoh|international)(e|er|es)$/;

function genitives(word: string): string[] {
  const compoundHead = HEADS_ANY_COMPOUND.some((head) => word.endsWith(head));
  const wholeHead = HEADS_WHOLE.includes(word) || HEADS_WHOLE.some((head) => head.length >= 6 && word.endsWith(head));
  if (!compoundHead && !wholeHead) return [];
  return HISSING.test(word) ? [`${word}es`] : [`${word}s`, `${word}es`];
}

// Words that open an attribute after the head noun: "Bundesministerium der Finanzen", "Bundesamt für Justiz",
// "Europäischer Gerichtshof für Menschenrechte" (folded: "für" is "fur"). The head before them is what declines.
const ATTRIBUTE_OPENERS = new Set(['der', 'des', 'fur', 'zur', 'zum', 'von', 'uber', 'gegen']);

/**
 * Where the declining head noun stands: before an attribute it governs, last, or else the first head noun followed
 * by a place ("Landgericht Münster" → "des Landgerichts Münster", "Landeskriminalamt NRW" → "des
 * Landeskriminalamtes NRW"): the place after the head never declines.
 */
function headIndexOf(words: readonly string[]): number {
  const opener = words.findIndex((word, i) => i > 0 && ATTRIBUTE_OPENERS.has(word));
  if (opener > 0 && genitives(words[opener - 1] as string).length > 0) return opener - 1;
  const last = words.length - 1;
  if (genitives(words[last] as string).length > 0) return last;
  const first = words.findIndex((word) => genitives(word).length > 0);
  return first >= 0 ? first : last;
}

/**
 * Declined forms of a folded key of a German name: the adjective in front with -en, the head noun with the
 * genitive ending, and both together ("des Bundesministeriums der Finanzen", "des Europäischen Gerichtshofs für
 * Menschenrechte"); any other key is returned alone.
 */
export function germanForms(key: string): string[] {
  const words = key.split(' ');
  const at = headIndexOf(words);
  const head = words[at] as string;
  const first = words[0] as string;
  if (!FOLDED_LATIN_WORD.test(head)) return [key];
  const heads = [head, ...genitives(head)];
  const forms = new Set<string>([key]);
  if (at === 0) {
    for (const form of heads) forms.add([form, ...words.slice(1)].join(' '));
    return [...forms];
  }
  // After the definite article a strong ending weakens to -e in the nominative: "Deutscher Bundestag" but "der
  // Deutsche Bundestag", "Schweizerisches Strafgesetzbuch" but "das Schweizerische Strafgesetzbuch", "Oberster
  // Gerichtshof" but "der Oberste Gerichtshof".
  const adjective = ADJECTIVE.exec(first);
  const fronts = adjective ? [first, `${adjective[1]}e`, `${adjective[1]}en`] : [first];
  const middle = words.slice(1, at);
  const tail = words.slice(at + 1);
  for (const front of fronts) for (const form of heads) forms.add([front, ...middle, form, ...tail].join(' '));
  return [...forms];
}

/**
 * A person's name in the genitive with a bare -s: "donald trump" → "donald trumps" ("Donald Trumps Regierung"). A name
 * ending in a hissing sound takes an apostrophe instead ("Merz'"), which the word-boundary rule already covers.
 */
export function personGenitives(key: string): string[] {
  const last = key.slice(key.lastIndexOf(' ') + 1);
  return FOLDED_LATIN_WORD.test(last) && !HISSING.test(last) ? [`${key}s`] : [];
}

// Role nouns German glues onto a body's one-word name: "Bundesbankchef", "Bundesbankpräsident", "Bundestagspräsidentin",
// "Bundesratssprecher" (folded: "präsident" is "prasident"). The blind rules annotate the body inside such a word.
const ROLE_NOUNS = ['chef', 'chefin', 'prasident', 'prasidentin', 'vizeprasident', 'vizeprasidentin', 'vorstand', 'sprecher', 'sprecherin'];
// Heads that take the linking -s in a compound: "Bundesratspräsident", "Bundestagspräsidentin", "Ministeriumssprecher".
const LINKING_S = /(rat|tag|amt|ium|richt|hof)$/;

/**
 * A German body's one-word name with a role noun glued on, with the linking -s where its head takes one: "bundesbank"
 * → "bundesbankchef", "bundesrat" → "bundesratsprasident". Only for a single word of at least six letters: a short acronym glued to a
 * noun is written with a hyphen ("BaFin-Chef"), which the word-boundary rule already covers.
 */
export function roleCompounds(key: string): string[] {
  if (!FOLDED_LATIN_WORD.test(key) || key.length < 6) return [];
  const stem = LINKING_S.test(key) ? `${key}s` : key;
  return ROLE_NOUNS.map((noun) => `${stem}${noun}`);
}

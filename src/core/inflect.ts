// Russian names decline: "Банк России" is "Банка России", "Банком России"; "Набиуллина" is "Набиуллиной". The build
// expands each Cyrillic alias into its case forms so the one automaton finds them. Forms are generated on folded
// text, where "й" has become "и" and "ё" "е". Over-generation is harmless (a form no page contains never matches);
// a form that collides with another entity's alias is dropped by the caller.

const CYRILLIC_WORD = /^[\u0430-\u044f]+$/;

// Endings by case, aligned: nominative, genitive, dative, accusative, instrumental, prepositional, then the same six
// in the plural. An adjective+noun key is declined by pairing the two tables case by case.
type Paradigm = { ending: string; cases: string[] };

const NOUN_CASES: Paradigm[] = [
  { ending: 'ия', cases: ['ия', 'ии', 'ии', 'ию', 'иеи', 'ии', 'ии', 'ии', 'иям', 'ии', 'иями', 'иях'] },
  { ending: 'ие', cases: ['ие', 'ия', 'ию', 'ие', 'ием', 'ии', 'ия', 'ии', 'иям', 'ия', 'иями', 'иях'] },
  { ending: 'а', cases: ['а', 'ы', 'е', 'у', 'ои', 'е', 'ы', '', 'ам', 'ы', 'ами', 'ах'] },
  { ending: 'я', cases: ['я', 'и', 'е', 'ю', 'еи', 'е', 'и', '', 'ям', 'и', 'ями', 'ях'] },
  { ending: 'ь', cases: ['ь', 'я', 'ю', 'ь', 'ем', 'е', 'и', 'еи', 'ям', 'и', 'ями', 'ях'] },
  { ending: 'о', cases: ['о', 'а', 'у', 'о', 'ом', 'е', 'а', '', 'ам', 'а', 'ами', 'ах'] },
  // Masculine names in -ей and -ай (folded -еи, -аи): "Андрей" → "Андрея", "Николай" → "Николаем".
  { ending: 'еи', cases: ['еи', 'ея', 'ею', 'ея', 'еем', 'ее', 'еи', 'еев', 'еям', 'еев', 'еями', 'еях'] },
  { ending: 'аи', cases: ['аи', 'ая', 'аю', 'ая', 'аем', 'ае', 'аи', 'аев', 'аям', 'аев', 'аями', 'аях'] },
  // A word ending in a consonant: masculine nouns and surnames in -ов, -ев, -ин ("Краснов", "Интерпол").
  { ending: '', cases: ['', 'а', 'у', '', 'ом', 'е', 'ы', 'ов', 'ам', 'ы', 'ами', 'ах'] },
];

// Forms a noun takes alone that the aligned table leaves out: surnames' instrumental ("Красновым"), the genitive
// in -и after к, г, х ("Думы" but "банки"), and the older instrumental in -ою/-ею.
const EXTRA_NOUN_ENDINGS: Record<string, string[]> = { '': ['ым', 'и'], а: ['и', 'ою'], я: ['ею'] };

const ADJECTIVES: Paradigm[] = [
  { ending: 'ыи', cases: ['ыи', 'ого', 'ому', 'ыи', 'ым', 'ом', 'ые', 'ых', 'ым', 'ые', 'ыми', 'ых'] },
  { ending: 'ои', cases: ['ои', 'ого', 'ому', 'ои', 'ым', 'ом', 'ые', 'ых', 'ым', 'ые', 'ыми', 'ых'] },
  // After к, г, х the soft-looking -ий declines hard: Европейский → Европейского, not Европейсего.
  { ending: 'кии', cases: ['кии', 'кого', 'кому', 'кии', 'ким', 'ком', 'кие', 'ких', 'ким', 'кие', 'кими', 'ких'] },
  { ending: 'гии', cases: ['гии', 'гого', 'гому', 'гии', 'гим', 'гом', 'гие', 'гих', 'гим', 'гие', 'гими', 'гих'] },
  { ending: 'хии', cases: ['хии', 'хого', 'хому', 'хии', 'хим', 'хом', 'хие', 'хих', 'хим', 'хие', 'хими', 'хих'] },
  { ending: 'ии', cases: ['ии', 'его', 'ему', 'ии', 'им', 'ем', 'ие', 'их', 'им', 'ие', 'ими', 'их'] },
  { ending: 'ая', cases: ['ая', 'ои', 'ои', 'ую', 'ои', 'ои', 'ые', 'ых', 'ым', 'ые', 'ыми', 'ых'] },
  { ending: 'яя', cases: ['яя', 'еи', 'еи', 'юю', 'еи', 'еи', 'ие', 'их', 'им', 'ие', 'ими', 'их'] },
  { ending: 'ое', cases: ['ое', 'ого', 'ому', 'ое', 'ым', 'ом', 'ые', 'ых', 'ым', 'ые', 'ыми', 'ых'] },
];

const MIN_STEM = 3; // shorter words (acronyms such as "цб", "мвд") do not decline

function paradigmOf(word: string, table: readonly Paradigm[]): Paradigm | undefined {
  // Acronyms ("фсб", "мвд", "ркн") have no vowel and do not decline.
  if (!CYRILLIC_WORD.test(word) || !/[аеиоуыэюя]/.test(word)) return undefined;
  const found = table.find((p) => word.endsWith(p.ending) && (p.ending !== '' || !/[аеиоуыэюяь]$/.test(word)));
  return found && word.length - found.ending.length >= MIN_STEM ? found : undefined;
}

function nounForms(word: string): string[] {
  const paradigm = paradigmOf(word, NOUN_CASES);
  if (!paradigm) return [word];
  const stem = word.slice(0, word.length - paradigm.ending.length);
  return [...paradigm.cases, ...(EXTRA_NOUN_ENDINGS[paradigm.ending] ?? [])].map((ending) => stem + ending);
}

// Surnames in -ов, -ев, -ин take -ым in the instrumental (Бектеновым), and feminine ones in -ова, -ина take -ой in
// the oblique cases (Набиуллиной): endings a noun table gives wrong, paired by case index.
const SURNAME_CASES: Record<string, string[]> = { '': ['', 'а', 'у', 'а', 'ым', 'е'], а: ['а', 'ои', 'ои', 'у', 'ои', 'ои'] };

/**
 * A person's given name and surname decline together ("Олжас Бектенов" → "Олжаса Бектенова", "Олжасом Бектеновым"):
 * the singular cases of both words paired by index, the surname by the noun table and by the surname endings. Keys
 * whose second word does not decline ("Банк России") give nothing.
 */
function personNameForms(first: string, second: string): string[] {
  const given = paradigmOf(first, NOUN_CASES);
  const adjectival = adjectivalSurname(second);
  if (given && adjectival) {
    // "Андрей Пышный" → "Андрея Пышного": the surname declines as the adjective it is.
    const givenStem = first.slice(0, first.length - given.ending.length);
    const surnameStem = second.slice(0, second.length - adjectival.ending.length);
    return [1, 2, 3, 4, 5].map((i) => `${givenStem}${given.cases[i] ?? ''} ${surnameStem}${adjectival.cases[i] ?? ''}`);
  }
  const surname = paradigmOf(second, NOUN_CASES);
  if (!given || !surname) return [];
  const givenStem = first.slice(0, first.length - given.ending.length);
  const surnameStem = second.slice(0, second.length - surname.ending.length);
  const out: string[] = [];
  for (let i = 1; i < 6; i++) {
    const givenForm = givenStem + (given.cases[i] ?? '');
    out.push(`${givenForm} ${surnameStem}${surname.cases[i] ?? ''}`);
    const surnameEnding = SURNAME_CASES[surname.ending]?.[i];
    if (surnameEnding !== undefined) out.push(`${givenForm} ${surnameStem}${surnameEnding}`);
  }
  return out;
}

// Surnames that are adjectives in form ("Пышный", "Толстой", "Вишневский"): only these endings, so that a noun's
// genitive attribute that happens to end in -ии ("Банк России") is never read as one.
const ADJECTIVAL_SURNAME = /(?:ыи|ои|скии|цкии)$/;

function adjectivalSurname(word: string): Paradigm | undefined {
  return ADJECTIVAL_SURNAME.test(word) ? paradigmOf(word, ADJECTIVES) : undefined;
}

/** Case forms of a folded key: its first word declined, or, for adjective + noun, both declined in agreement. */
export function russianForms(key: string): string[] {
  const words = key.split(' ');
  const [first, second] = words as [string, ...string[]];
  if (!CYRILLIC_WORD.test(first)) return [key];
  const forms = new Set<string>([key]);
  const adjective = paradigmOf(first, ADJECTIVES);
  // Every adjective before the noun agrees with it: "Федеральной налоговой службе", not just the first word.
  const adjectives: Paradigm[] = [];
  for (let p: Paradigm | undefined; adjectives.length < words.length - 1 && (p = paradigmOf(words[adjectives.length] as string, ADJECTIVES)); ) adjectives.push(p);
  const nounWord = words[adjectives.length];
  const noun = adjectives.length > 0 && nounWord !== undefined ? paradigmOf(nounWord, NOUN_CASES) : undefined;
  if (adjective && nounWord !== undefined && noun) {
    const stems = words.slice(0, adjectives.length).map((word, j) => word.slice(0, word.length - (adjectives[j] as Paradigm).ending.length));
    const nounStem = nounWord.slice(0, nounWord.length - noun.ending.length);
    const after = words.slice(adjectives.length + 1);
    noun.cases.forEach((ending, i) => forms.add([...stems.map((stem, j) => stem + ((adjectives[j] as Paradigm).cases[i] ?? '')), nounStem + ending, ...after].join(' ')));
  } else if (!adjective) {
    for (const form of nounForms(first)) forms.add([form, ...words.slice(1)].join(' '));
    if (words.length === 2 && second !== undefined) for (const form of personNameForms(first, second)) forms.add(form);
  } else if (words.length === 1 && adjectivalSurname(first)) {
    // A surname alone ("Пышного", "Толстым"): its singular cases.
    const stem = first.slice(0, first.length - adjective.ending.length);
    for (const ending of adjective.cases.slice(0, 6)) forms.add(stem + ending);
  }
  forms.delete('');
  return [...forms];
}

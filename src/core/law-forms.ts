// Forms a name takes that its data need not spell out. A law is a bill until it passes, and stories before the vote
// name it so: "the Virtual Asset Service Providers Bill, 2025" is the Act the database holds. A German story puts a
// person's name in the genitive with a bare -s: "Trumps Regierung", "Lagardes Nachfolger". Forms are made on folded
// keys, as the Russian, German and Turkish ones are; a form another entity's alias already claims stays with it.

const FOLDED_LATIN_WORD = /^[a-z]+$/;
// A name ending in a hissing sound takes an apostrophe instead ("Macrons" but "Merz'"), which the boundary rule covers.
const HISSING = /(s|ss|z|tz|x|ß)$/;

/** An English law's name as a bill: "digital assets act" → "digital assets bill". */
export function billForms(key: string): string[] {
  return key.endsWith(' act') ? [`${key.slice(0, -' act'.length)} bill`] : [];
}

/** A person's name in the German genitive: "donald trump" → "donald trumps", "trump" → "trumps". */
export function personGenitives(key: string): string[] {
  const last = key.slice(key.lastIndexOf(' ') + 1);
  return FOLDED_LATIN_WORD.test(last) && !HISSING.test(last) ? [`${key}s`] : [];
}

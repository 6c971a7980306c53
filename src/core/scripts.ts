// The writing systems that put no spaces between words (Japanese, Chinese): names sit inside sentences, and Latin
// acronyms abut them ("米SEC", "CFTCは"). One definition for the matcher, the prefilter and the context lookup.

/** A regular-expression class body matching one character of those scripts. */
export const UNSPACED_CLASS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';

/** One character of those scripts. */
export const UNSPACED_CHAR = new RegExp(`[${UNSPACED_CLASS}]`, 'u');

// Posts as stories write them next to a name ("SEC Chair Gary Gensler", "Igor Krasnov, Prosecutor General",
// "генпрокурор России Игорь Краснов"), reduced to a key that a role's post can be compared with.

/** Post phrases by key, English and Russian. Order matters: the more specific first. */
const POST_KEYS: [string, RegExp][] = [
  ['deputy', /\b(?:deputy|vice)[- ](?:chair(?:man|woman|person)?|governor|minister|president|prime minister|speaker|secretary[- ]general)\b|заместител\p{L}*|зампред\p{L}*/iu],
  ['prosecutor-general', /\b(?:prosecutor[- ]general|attorney[- ]general)\b|генпрокурор\p{L}*|генеральн\p{L}+ прокурор\p{L}*/iu],
  ['secretary-general', /\bsecretary[- ]general\b|генсек\p{L}*|генеральн\p{L}+ секретар\p{L}*/iu],
  ['justice-minister', /\b(?:justice minister|minister of justice)\b|министр\p{L}* юстиции/iu],
  ['finance-minister', /\b(?:finance minister|minister of finance|treasury secretary|secretary of the treasury)\b|министр\p{L}* финансов/iu],
  ['interior-minister', /\b(?:interior minister|minister of (?:the )?interior|minister of internal affairs)\b|министр\p{L}* внутренних дел/iu],
  ['prime-minister', /\bprime minister\b|премьер[- ]министр\p{L}*/iu],
  ['managing-director', /\bmanaging director\b|директор[- ]распорядител\p{L}*/iu],
  ['governor', /\bgovernor\b|председател\p{L}* (?:банка россии|цб)|глав\p{L}* (?:банка россии|цб)/iu],
  ['chair', /\bchair(?:man|woman|person)?\b|председател\p{L}*/iu],
  ['president', /\bpresident\b|президент\p{L}*/iu],
  ['speaker', /\bspeaker\b|спикер\p{L}*/iu],
  ['commissioner', /\bcommissioner\b/iu],
  ['general-manager', /\bgeneral manager\b|генеральн\p{L}+ менеджер\p{L}*/iu],
  ['chief-executive', /\b(?:[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|CEO)\b/u],
  ['executive-director', /\bexecutive director\b|исполнительн\p{L}+ директор\p{L}*/iu],
  ['director', /\bdirector\b|директор\p{L}*/iu],
  ['head', /\bhead\b|руководител\p{L}*/iu],
];

/** The key of a post phrase or of a role's post, or undefined when it names no post we compare. */
export function postKey(phrase: string): string | undefined {
  for (const [key, pattern] of POST_KEYS) if (pattern.test(phrase)) return key;
  return undefined;
}

const ANY_POST = new RegExp(POST_KEYS.map(([, p]) => p.source).join('|'), 'giu');
// What may stand between a post and the name: a body ("SEC", "of Interpol"), a comma, "the".
const BEFORE_NAME = /^(?:\s+(?:of\s+(?:the\s+)?)?[\p{Lu}][\p{L}.'’-]*(?:\s+(?:of\s+|the\s+|and\s+)?[\p{Lu}][\p{L}.'’-]*){0,5})?[\s,]*(?:\([^)]{1,20}\))?[\s,]*$/u;
// Russian puts the body in the genitive after the post, in lower case ("председатель Верховного суда Игорь Краснов").
const BEFORE_NAME_RU = /^(?:\s+(?!(?:и|а|но|или|с|к|в)\s)[\u0400-\u04ff-]+){1,3}\s*,?\s*$/iu;
const AFTER_NAME = /^\s*(?:\([^)]{0,30}\)\s*)?,\s*(?:(?:the|a|then|former|ex|then-|ex-|тогдашн\p{L}*|бывш\p{L}*)[\s-]*)*(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}?$/u;

export interface PostNearName {
  phrase: string;
  key: string;
  former: boolean;
  then: boolean;
  /** Offsets of the phrase in the text searched. */
  start: number;
  end: number;
}

const FORMER = /(?:\bformer|\bex-|бывш\p{L}*)\s*(?:[\p{L}.'’-]+\s+){0,3}$/iu;
const THEN = /(?:\bthen[- ]?|\bthen-|тогдашн\p{L}*|\bat the time\b)\s*(?:[\p{L}.'’-]+\s+){0,3}$/iu;

/** A post written right before or right after a name at [start, end), if any. */
export function postNextTo(text: string, start: number, end: number): PostNearName | undefined {
  for (const match of text.matchAll(ANY_POST)) {
    const phraseStart = match.index;
    const phraseEnd = phraseStart + match[0].length;
    const key = postKey(match[0]);
    if (!key) continue;
    const between = text.slice(phraseEnd, start);
    const before = phraseEnd <= start && (BEFORE_NAME.test(between) || (/[\u0400-\u04ff]/u.test(match[0]) && BEFORE_NAME_RU.test(between)));
    const after = phraseStart >= end && AFTER_NAME.test(text.slice(end, phraseStart));
    if (!before && !after) continue;
    const lead = text.slice(before ? Math.max(0, phraseStart - 40) : end, phraseStart);
    // "Deputy", "vice", "заместитель" right before a post make it another post.
    const deputy = /(?:\b(?:deputy|vice|first deputy)[\s-]+|заместител\p{L}*\s+|зам\.\s*)$/iu.test(lead);
    return { phrase: match[0], key: deputy ? 'deputy' : key, former: FORMER.test(lead), then: THEN.test(lead), start: phraseStart, end: phraseEnd };
  }
  return undefined;
}

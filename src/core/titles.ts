// A surname after the title of a post its bearer holds or held is as clear to a reader as the full name: "SEC Chair
// Gensler", "Senator Brown", "Finance Minister Katz", "президент Путин", "Bakan Yerlikaya"; Japanese puts the title
// after the name: "植田総裁", "石破首相", "加藤財務相". The build gives each official's surname sense the titles its
// posts support (posts are written in English in the data), and the page rules accept the surname when one of them
// stands right before it (or, for Japanese titles, right after it). Another holder of the same title and surname
// makes the surname ambiguous and nothing is picked, as for any shared alias.
import { foldKey } from './fold.js';
import { russianForms } from './inflect.js';
import { lazyPattern } from './lazy-pattern.js';

/** Folds text but keeps its leading space or hyphen, which foldKey would trim. */
const foldKeepingSpace = (text: string): string => {
  const lead = /^(?:'s|’s)?[\s-]/u.exec(text)?.[0] ?? '';
  return lead.replace('’', "'").replace(/\s/u, ' ') + foldKey(text.slice(lead.length));
};

interface TitleClass {
  /** Matches the English post of a role that carries the title. */
  post: RegExp;
  /** Titles written before the surname, in the languages crypto news uses. */
  before: string[];
  /** Japanese titles written straight after the surname. */
  after: string[];
  /** Words after the surname, as their own word, that only a head of state or government takes ("the Biden administration"). */
  governs?: true;
  /** Korean titles written after the family name and a space: "이 총재", "김 의원" (see `isKoreanTitled`). */
  korean?: string[];
}

// "the Biden administration", "the Albanese Government", "Milei's government", "Merz-Regierung" ("правительство" comes
// first in Russian), written folded ("hükümeti" is "hukumeti"), as the text they are matched against.
const GOVERNMENT_WORDS = ['administration', 'government', 'cabinet', 'regierung', 'gobierno', 'gouvernement', 'hukumeti'];
// French, Spanish, Portuguese, Italian and Russian put the government word first: "l'administration Trump", "la
// administración Trump", "el gobierno de Milei", "la gestión Milei", "o governo Lula", "l'amministrazione Trump",
// "администрации Трампа".
const GOVERNMENT_WORDS_BEFORE = ['administration', 'gouvernement', 'administración', 'administración de', 'gobierno de', 'gestión', 'gestión de', 'administração', 'governo', 'governo de', 'gestão', 'amministrazione', 'администрация', 'администрации', 'администрацией', 'администрацию'];

// "Minister" covers "Prime Minister" too, but a prime minister is not "Minister Albanese" in any story, and the
// reverse slip is harmless: the surname still has to be the official's own.
const TITLE_CLASSES: TitleClass[] = [
  {
    post: /\bpresident\b/i,
    before: ['president', 'president-elect', 'präsident', 'präsidentin', 'président', 'présidente', 'presidente', 'presidente electo', 'presidenta electa', 'президент', 'cumhurbaşkanı'],
    after: ['大統領'],
    korean: ['대통령'],
    governs: true,
  },
  {
    // Russia's prime minister is, officially, the Chairman of the Government.
    post: /\bprime minister\b|\bpremier\b|\bchancellor\b|\bchairman of the government\b/i,
    before: ['prime minister', 'premier', 'chancellor', 'kanzler', 'kanzlerin', 'bundeskanzler', 'bundeskanzlerin', 'premier ministre', 'primer ministro', 'премьер-министр', 'премьер', 'başbakan'],
    after: ['首相', '総理'],
    korean: ['총리'],
    governs: true,
  },
  {
    post: /\bdeputy prime minister\b|\bvice[- ]premier\b/i,
    before: ['deputy prime minister', 'vice premier', 'vice-premier', 'вице-премьер', 'başbakan yardımcısı'],
    after: ['副首相', '副総理'],
    korean: ['부총리'],
  },
  {
    post: /\bchair(man|woman|person)?\b/i,
    before: ['chair', 'chairman', 'chairwoman', 'chairperson', 'председатель', 'başkanı'],
    after: ['委員長', '議長', '会長'],
    korean: ['위원장', '의장', '회장'],
  },
  {
    post: /\bgovernor\b/i,
    before: ['governor', 'gov.', 'gouverneur', 'gobernador', 'gobernadora', 'başkanı'],
    after: ['総裁', '知事'],
    korean: ['총재', '원장'],
  },
  {
    post: /\bminister\b/i,
    before: ['minister', 'ministerin', 'ministre', 'ministro', 'ministra', 'министр', 'bakan', 'bakanı'],
    after: ['大臣', '相'],
    korean: ['장관'],
  },
  { post: /\bsecretary\b/i, before: ['secretary'], after: ['長官'], korean: ['장관'] },
  // A member of Korea's National Assembly, or a post in it: "김 의원".
  { post: /\bnational assembly\b/i, before: [], after: [], korean: ['의원'] },
  { post: /\bsenator\b|\bsenate\b/i, before: ['senator', 'sen.', 'senadora', 'senador', 'sénateur', 'сенатор', 'senatör'], after: ['上院議員', '議員'] },
  {
    post: /\brepresentative\b|\bhouse of representatives\b|\bcongress(wo)?man\b/i,
    before: ['representative', 'rep.', 'congressman', 'congresswoman'],
    after: ['下院議員', '衆院議員', '衆議院議員', '議員'],
  },
  { post: /\bcommissioner\b/i, before: ['commissioner', 'kommissar', 'kommissarin', 'commissaire', 'comisario', 'comisaria', 'еврокомиссар'], after: ['委員'], korean: ['청장', '위원'] },
  { post: /\btreasurer\b/i, before: ['treasurer'], after: [] },
  { post: /\bspeaker\b/i, before: ['speaker'], after: ['議長'] },
  { post: /\battorney general\b/i, before: ['attorney general'], after: ['司法長官'] },
  { post: /\bprosecutor\b/i, before: ['prosecutor', 'staatsanwalt', 'procureur', 'fiscal', 'прокурор', 'savcı'], after: ['検事'], korean: ['검사', '총장', '지검장'] },
  // A judge's post, not a justice ministry's: "Judge Nwite", "Yargıç Nwite", "Richterin Cheng".
  {
    post: /\bjudge\b|^(?:chief )?justice\b|\bjustice of the\b/i,
    before: ['judge', 'justice', 'richter', 'richterin', 'juge', 'juez', 'jueza', 'судья', 'yargıç', 'hakim'],
    after: ['判事', '裁判官', '裁判長'],
    korean: ['판사', '부장판사'],
  },
  { post: /\bspokes(man|woman|person)\b|\bpress secretary\b/i, before: ['spokesman', 'spokeswoman', 'spokesperson', 'пресс-секретарь', 'sözcüsü'], after: ['報道官'] },
];

// Words any post's holder is called by before the surname, whatever the post: "SEC chief Uyeda", "Fed chief Powell".
// Russian names the body between, in a word or two: "глава ЦБ Набиуллина", "главы Банка России Набиуллиной". The
// surname must still be a titled official's own.
const HEAD_WORDS = ['chief', 'head'];
const RUSSIAN_HEAD_BEFORE = lazyPattern('(?:^|[^\\p{L}])глав(?:а|ы|е|у|ой)(?:\\s+[\\p{L}\\p{N}-]+){1,2}$', 'u');
// After the surname, as its own word, for any titled official: "Biden-era crypto enforcement", "the Gensler era",
// "die Trump-Ära".
const ERA_AFTER = lazyPattern("^(?:['’]s)?[ -](?:era|ära)(?![\\p{L}\\p{N}])", 'iu');

/** The title classes the posts support, as indices into the table, or undefined when none does. */
export function titleClassesOf(posts: readonly string[]): number[] | undefined {
  const classes = TITLE_CLASSES.flatMap((title, i) => (posts.some((post) => title.post.test(post)) ? [i] : []));
  return classes.length > 0 ? classes : undefined;
}

// The content script loads this module on every page, most of which name no titled surname: the folded titles and
// the patterns with Unicode classes are made on first use (see lazy-pattern.ts).
let foldedTitles: { before: string[][]; after: string[][]; head: string[] } | undefined;
const titlesFolded = () =>
  (foldedTitles ??= {
    before: TITLE_CLASSES.map((title) => title.before.flatMap(titleForms)),
    head: HEAD_WORDS.flatMap(titleForms),
    after: TITLE_CLASSES.map((title) => title.after.map((word) => foldKey(word))),
  });

/**
 * A title as written in any case: Russian declines it before a name ("поручения Премьер-министра Мишустина",
 * "у президента Путина"); a hyphenated title declines its last part.
 */
function titleForms(title: string): string[] {
  const folded = foldKey(title);
  if (!CYRILLIC().test(folded)) return [folded];
  const head = folded.slice(0, folded.lastIndexOf('-') + 1);
  return russianForms(folded.slice(head.length)).map((form) => head + form);
}

const CYRILLIC = lazyPattern('\\p{Script=Cyrillic}', 'u');
// Initials between the title and the surname ("Премьер-министра М.В. Мишустина", "Governor A. Bailey"): one or two
// single letters with a dot each, not the end of a word ("Sen.").
const INITIALS_AT_END = lazyPattern('(?<![\\p{L}\\p{N}.])(?:\\p{L}\\.\\s?){1,2}$', 'u');
const LETTER = lazyPattern('[\\p{L}\\p{N}]', 'u');
// The surname, then a space, a hyphen or a possessive, then one of the government words as a whole word.
const GOVERNMENT_AFTER = lazyPattern(`^(?:'s)?[ -](?:${GOVERNMENT_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'u');
const JAPANESE_TITLE_PREFIX = /^[米英中露韓独仏日豪印欧]?副?/u;
// Japanese glues the word to the name: "バイデン政権" (the Biden administration), "石破内閣" (the Ishiba cabinet).
const JAPANESE_GOVERNMENT_AFTER = /^(?:政権|内閣)/;
// "相" (minister) follows a ministry's short name ("財務相", "金融担当相"); these are other words that start with it.
const MINISTER_AFTER = lazyPattern('^\\p{Script=Han}{1,4}相', 'u');
const NOT_MINISTER = lazyPattern('^\\p{Script=Han}{0,4}相[談手互当]', 'u');

// The government word, as its own word, right before the surname (the text before it folded, trailing spaces removed).
let governmentBefore: RegExp | undefined;
const GOVERNMENT_BEFORE = () =>
  (governmentBefore ??= new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${GOVERNMENT_WORDS_BEFORE.map((word) => foldKey(word)).join('|')})$`, 'u'));

// The Korean title after a space, then a particle or the word's end: "이 총재는", "김 의원이", "안 의원".
let koreanTitled: RegExp[] | undefined;
const KOREAN_TITLED = () =>
  (koreanTitled ??= TITLE_CLASSES.map((title) => new RegExp(`^ (?:${(title.korean ?? ['(?!)']).join('|')})(?![가-힣]{3})`, 'u')));

/**
 * Whether a Korean family name stands right before one of its bearer's titles, with a space: "이 총재" (news names
 * a person so once the full name has been given).
 */
export function isKoreanTitled(classes: readonly number[], following: string): boolean {
  return following.startsWith(' ') && classes.some((i) => KOREAN_TITLED()[i]?.test(following) === true);
}

/** Whether folded text ends with a title as a whole word. */
function endsWithWord(before: string, title: string): boolean {
  return before.endsWith(title) && !LETTER().test(before.charAt(before.length - title.length - 1));
}

/** Whether a government word follows a name: "the Albanese Government" is no other name's start. */
export function followedByGovernment(following: string): boolean {
  return GOVERNMENT_AFTER().test(foldKeepingSpace(following)) || JAPANESE_GOVERNMENT_AFTER.test(following);
}

/**
 * Whether a surname stands under one of its bearer's titles: the text just before it ends with a title as a whole
 * word ("SEC Chair ", "Sen. ", "президент ") or a word any holder is called by ("chief", "глава ЦБ"), the text after
 * it is "-era", or, in Japanese, the text right after it starts with a title ("総裁", "財務相").
 */
export function isTitled(classes: readonly number[], preceding: string, following: string): boolean {
  const before = foldKey(preceding).replace(/[\s,]+$/u, '').replace(INITIALS_AT_END(), '').replace(/\s+$/u, '');
  // A Japanese title may carry the country and "vice" before it: "バンス米副大統領", "ベッセント米財務長官".
  const after = foldKey(following.slice(0, 12)).replace(JAPANESE_TITLE_PREFIX, '');
  const governed = followedByGovernment(following) || GOVERNMENT_BEFORE().test(before);
  if (classes.length > 0 && (ERA_AFTER().test(following) || titlesFolded().head.some((title) => endsWithWord(before, title)) || RUSSIAN_HEAD_BEFORE().test(before))) return true;
  const titles = titlesFolded();
  return classes.some(
    (i) =>
      (governed && TITLE_CLASSES[i]?.governs === true) ||
      (titles.before[i] ?? []).some((title) => endsWithWord(before, title)) ||
      (titles.after[i] ?? []).some((title) => (title === '相' ? MINISTER_AFTER().test(after) && !NOT_MINISTER().test(after) : after.startsWith(title))),
  );
}

// Page-level recognition: turns alias occurrences (found by finder.ts) into mentions by applying, in document order,
// the rules that keep highlights trustworthy: letter case, longest match, context words, and "surname only after
// the full name". It needs only the aliases found and the page's text, never the whole index: it runs in the page.
// Every run's occurrences are noted first, then the runs are resolved in document order once the page is known.
import { NON_ASCII, foldKeepingCase, quickFold } from './fold.js';
import { lazyPattern } from './lazy-pattern.js';
import { inCaseCaption, insideLongerName } from './inside-name.js';
import { HANGUL_CLASS, UNSPACED_CLASS, hasUnspacedChar, isHangulUnit } from './scripts.js';
import { writtenAsPlace } from './territory.js';
import { followedByGovernment, isKoreanTitled, isTitled } from './titles.js';
import type { AliasSense, CompiledAlias, EntityType, Mention } from './types.js';

const WORD_CHAR = lazyPattern('^[\\p{L}\\p{N}]', 'u');
/** A space, then a capital: what follows a name starts another word of a name. */
export const CAPITAL_AFTER_SPACE = lazyPattern('^[ \\u00a0]\\p{Lu}', 'u');
// A day or month after a surname starts no name: "Torres Perşembe günkü kararında", "Gensler Monday said", "Nagel
// Montag". Whole words only ("Martin" is a name, "Mart" a Turkish month).
const CALENDAR_AFTER = lazyPattern(
  "^[ \\u00a0](?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|Juni|Juli|Oktober|Dezember|Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar|Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık)(?![\\p{L}\\p{N}])",
  'u',
);
const TYPOGRAPHIC_APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u2032\u00b4`]/g;

/** Whether the character starting at `index` ends a word: not a letter or digit, or one of a script without spaces. */
function isBoundaryAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return true;
  const char = String.fromCodePoint(text.codePointAt(index) as number);
  return !WORD_CHAR().test(char) || hasUnspacedChar(char);
}

/** The index where the character that ends just before `index` starts (a surrogate pair is one character). */
function previousCharAt(text: string, index: number): number {
  const unit = text.charCodeAt(index - 1);
  return unit >= 0xdc00 && unit <= 0xdfff && index >= 2 ? index - 2 : index - 1;
}

/**
 * Whether `needle` occurs in `haystack` between word boundaries (Japanese and Chinese characters count as one).
 * Only the places the native substring search finds are checked: a Unicode pattern run over a 64 K piece cost
 * several milliseconds, and a word present inside other words ("italy" in "vitality") paid that on every piece.
 */
export function occursAsWord(haystack: string, needle: string): boolean {
  const firstHangul = isHangulUnit(needle.charCodeAt(0));
  const lastHangul = isHangulUnit(needle.charCodeAt(needle.length - 1));
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = at === 0 || isBoundaryAt(haystack, previousCharAt(haystack, at)) || isHangulUnit(haystack.charCodeAt(at - 1)) !== firstHangul;
    const end = at + needle.length;
    // A Korean context word takes its particles with no space ("미국의", "업비트가"): after a Hangul word any Hangul
    // may follow, unless it goes on with the same syllable (a vowel or final letter of the decomposed text).
    const next = haystack.charCodeAt(end);
    const sameSyllable = next >= 0x1161 && next <= 0x11ff;
    const after = isBoundaryAt(haystack, end) || isHangulUnit(next) !== lastHangul || (lastHangul && !sameSyllable);
    if (before && after) return true;
  }
  return false;
}

// A context word made of letters and digits alone, in a script written with spaces: it occurs as a word exactly when
// it is one of the text's words, split as occursAsWord bounds them (Japanese, Chinese and Hangul runs set apart).
const PLAIN_WORD = lazyPattern(`^(?:(?![${UNSPACED_CLASS}${HANGUL_CLASS}])[\\p{L}\\p{N}])+$`, 'u');
const ASCII_WORD = /^[A-Za-z0-9]+$/;
const ASCII_SEPARATORS = /[\t-\r !-/:-@[-`{-~]+/;
const SCRIPT_RUN = lazyPattern(`[${UNSPACED_CLASS}]+|[${HANGUL_CLASS}]+`, 'gu');
const NON_WORD = lazyPattern('[^\\p{L}\\p{N}]+', 'u');

function wordsOf(text: string): Set<string> {
  // A plain pattern splits at ASCII spaces and punctuation; only the pieces with other characters are split again
  // with Unicode classes, which cost far more per character (most pages are mostly ASCII).
  const words = new Set<string>();
  for (const piece of text.split(ASCII_SEPARATORS)) {
    if (!NON_ASCII.test(piece)) words.add(piece);
    else for (const word of piece.replace(SCRIPT_RUN(), ' $& ').split(NON_WORD())) words.add(word);
  }
  return words;
}

// "US dollar", "U.S. dollars", "US-Dollar", "US$": a currency, not a context word for the country.
const US_CURRENCY = /\bU\.?S\.?(?:[ \u00a0-]+(?:[Dd]ollars?|Dollarn?|доллар\p{L}*|dólar(?:es)?)\b|\$)/gu;

function withoutCurrencyNames(text: string): string {
  return text.includes('S') ? text.replace(US_CURRENCY, 'USD') : text;
}

/** A piece of the page's text as context words are looked up in it: folded, one kind of apostrophe, single spaces. */
export function foldForContext(raw: string): string {
  return quickFold(raw).replace(TYPOGRAPHIC_APOSTROPHES, "'").replace(/\s+/g, ' ');
}

/** One piece of the page's text, folded the first time a context word is looked up in it. */
interface ContextText {
  read: string | (() => string);
  folded?: { raw: string; folded: string };
  /**
   * Its words, folded and as written, made once plain context words have been searched for in it a few times: a
   * page may look up hundreds of context words, most absent, and a set look-up costs far less than a search of the
   * text that checks the boundaries of every place the word occurs inside another ("iran" in "irani"); a page
   * that looks up a handful is spared making the set.
   */
  words?: Set<string>;
  rawWords?: Set<string>;
  plainSearches?: number;
}

// Plain context words searched for in a piece before its word set is made instead.
const SEARCHES_BEFORE_WORD_SET = 12;

/**
 * What a page has shown so far; lives as long as the page, so later content is judged with what came before.
 * Context words are looked up only when an ambiguous alias needs them, with native regular expressions: most pages
 * never need one. Each piece of text is folded once, and a word found absent is looked for again only in the text
 * added since, so a live page that keeps adding text never folds or searches the whole page again.
 */
// Short texts (a table's cells, a thread's lines) are joined into pieces of about this size before they are kept:
// folding and searching a hundred thousand tiny strings costs far more than a few dozen large ones.
const PIECE_CHARS = 64 * 1024;

export class PageContext {
  private readonly texts: ContextText[] = [];
  /** Texts added since the last piece was closed; a piece, once closed, never changes (see `answers`). */
  private gathering: string[] = [];
  private gatheringChars = 0;
  /** For each word looked up: found, or how many texts it was looked for in. */
  private readonly answers = new Map<string, true | number>();
  /** Entities whose full name has appeared, which licenses their surname-only aliases. */
  readonly fullNameSeen = new Set<string>();
  /** Officials a titled or licensed surname has introduced: their bare surnames count after it, below a full name. */
  readonly introduced = new Set<string>();
  /** Entities named in full anywhere on the page, before or after: they make a shared short form ambiguous. */
  readonly namedOnPage = new Set<string>();
  /** Jurisdictions of the entities named plainly: each counts as a context word for its own entities' short forms. */
  readonly countriesNamed = new Set<string>();
  /** How many plain names of each jurisdiction the page holds: which country the page is about (`ofMainCountry`). */
  readonly countryNames = new Map<string, number>();
  /** How often the page writes each official's distinctive surname standing alone (`aloneIn`, `standsInItsCountry`). */
  readonly bareSurnames = new Map<string, number>();
  /**
   * Short forms the page has defined right after a name ("Sermaye Piyasası Kanunu'na (“SPK”)"): alias → entity. The
   * page's own definition settles every later use of it, whatever else the short form may mean elsewhere.
   */
  readonly definitions = new Map<number, string>();

  /** Adds a run of the page's text, or a function that reads it when (if ever) a context word is looked up. */
  addText(text: string | (() => string)): void {
    if (typeof text !== 'string') {
      this.closePiece();
      this.texts.push({ read: text });
      return;
    }
    this.gathering.push(text);
    this.gatheringChars += text.length;
    if (this.gatheringChars >= PIECE_CHARS) this.closePiece();
  }

  private closePiece(): void {
    if (this.gathering.length === 0) return;
    // A line break between texts: a boundary, as the gap between two blocks of the page was.
    this.texts.push({ read: this.gathering.join('\n') });
    this.gathering = [];
    this.gatheringChars = 0;
  }

  /**
   * Folds the texts not folded yet, one per step, so a caller can spread the work of a long page over several
   * tasks before the first lookup needs it all at once.
   */
  *foldSteps(): Generator<void> {
    this.closePiece();
    for (const text of this.texts) {
      if (text.folded) continue;
      this.fold(text);
      yield;
    }
  }

  /**
   * Looks up the words of each list as resolving will, up to the first one on the page, one word per step, so a
   * caller can spread them over tasks: a word absent from a page of megabytes is searched for in all of it, and a
   * resolve step that met several such words at once made one long task.
   */
  *lookupSteps(lists: readonly (readonly string[])[]): Generator<void> {
    for (const words of lists) {
      for (const word of words) {
        const found = this.has(word);
        yield;
        if (found) break;
      }
    }
  }

  /** Whether a context word (folded, or "=US" for a case-kept one) appears on the page as a whole word. */
  has(word: string): boolean {
    const answer = this.answers.get(word);
    if (answer === true) return true;
    this.closePiece();
    const exact = word.startsWith('=');
    const needle = exact ? word.slice(1) : word;
    // Japanese and Chinese text abuts words with no space ("G20の"): those scripts count as a boundary, and a
    // context word written in them needs none.
    const asciiWord = ASCII_WORD.test(needle);
    const unspaced = !asciiWord && hasUnspacedChar(needle);
    const plain = asciiWord || (!unspaced && NON_ASCII.test(needle) && PLAIN_WORD().test(needle));
    for (let i = answer ?? 0; i < this.texts.length; i++) {
      const text = this.texts[i] as ContextText;
      const { raw, folded } = this.fold(text);
      const haystack = exact ? raw : folded;
      const found = plain && (text.plainSearches = (text.plainSearches ?? 0) + 1) > SEARCHES_BEFORE_WORD_SET
        ? (exact ? (text.rawWords ??= wordsOf(raw)) : (text.words ??= wordsOf(folded))).has(needle)
        : unspaced
          ? haystack.includes(needle)
          : occursAsWord(haystack, needle);
      if (found) {
        this.answers.set(word, true);
        return true;
      }
    }
    this.answers.set(word, this.texts.length);
    return false;
  }

  private fold(text: ContextText): { raw: string; folded: string } {
    if (!text.folded) {
      // The dollar is the US's, but a story quoting prices in it is not about the US: "US-Dollar" on a German page about
      // Nigeria's SEC must not make "SEC" the American one.
      const raw = withoutCurrencyNames(typeof text.read === 'string' ? text.read : text.read());
      text.folded = { raw, folded: foldForContext(raw) };
      text.read = ''; // the folded pair keeps what is needed
      // The replacements leave a string V8 flattens on its first search, ~2 ms per piece: search once here, in the
      // fold step, so that cost stays in the slices foldSteps spreads it over instead of in the first lookup.
      text.folded.folded.indexOf('\u0000');
      text.folded.raw.indexOf('\u0000');
    }
    return text.folded;
  }
}

/** An alias occurrence in one run of text, located in the original (unfolded) text. */
export interface Candidate {
  start: number;
  end: number;
  alias: number;
  /** The text as the page wrote it, for case rules. */
  written: string;
  /**
   * Up to 24 characters before it: for a surname with titles, the title rule's ("SEC Chair Gensler"); for a union, the
   * territory rule's ("in the EU"); for a body, the longer-name rule's ("Постановление Пленума …"); for an alias after an
   * opening bracket, a definition's ("Kanunu'na (“SPK").
   */
  before?: string;
  /**
   * The characters that follow it: two for the surname rule, up to 24 for Japanese titles ("植田総裁") and unions, up to
   * 32 for a body ("TCMB Kanunu").
   */
  next: string;
  /** Written alone inside «»: in Russian that is a company's or a publication's name («Минфин» the news site). */
  quoted?: true;
  /** One space stands right before it: a name straight after another of the same entity continues it. */
  afterSpace?: true;
  /** Its line is a headline in title case, where every word may be capitalised (see `standsAlone`). */
  titleCase?: true;
  /** Right after "@" or "#": a social-media handle or hashtag ("@Banxico", "#SEC"), an address, not a mention. */
  handle?: true;
}

const CAPITALS = lazyPattern('^\\p{Lu}{2,}$', 'u');
const WORD_INITIALS = lazyPattern('(?:^|[\\s-])(\\p{L})', 'gu');

/**
 * Whether `acronym` is made of the initials of `name`'s words, all of them or the capitalised ones: "SPK" of "Sermaye
 * Piyasası Kanunu", "FCA" of "Financial Conduct Authority".
 */
function abbreviates(acronym: string, name: string): boolean {
  if (!CAPITALS().test(acronym)) return false;
  const initials = [...name.matchAll(WORD_INITIALS())].map((match) => match[1] as string);
  const all = initials.join('').toUpperCase();
  const capitalised = initials.filter((letter) => letter !== letter.toLowerCase() && letter === letter.toUpperCase()).join('');
  return acronym === all || acronym === capitalised;
}

/** The last word of a name starts with a capital: "Merkez Bankası", "Merkez Bankasının", not "merkez bankası". */
const CAPITAL_HEAD = lazyPattern('(?:^|\\s)\\p{Lu}[^\\s]*$', 'u');

/** What lies between a name and the short form it defines: an ending, an opening bracket, a quote ("'na (“"). */
const DEFINING_GAP = lazyPattern("^(?:['’]\\p{L}{1,5})?\\s*\\(\\s*[\"“«„']?$", 'u');

/**
 * A surname alone followed straight by another capitalised word is part of some other name ("Erkan Yıldız",
 * "Stock Exchange", "Bozdağ Kayak Merkezi"): not a mention of the official. A day or a month is no such word.
 */
function standsAlone(alias: CompiledAlias, candidate: Candidate): boolean {
  if (!alias.senses.every((s) => s.needsFullName)) return true;
  // In a headline set in capitals every word is capitalised: the next word says nothing ("KRASNOV İLE GÖRÜŞTÜ").
  if (isAllCapitals(candidate.written)) return true;
  // Nor in a headline in title case ("Milei Azil Süreci ile Karşı Karşıya Kalabilir").
  if (candidate.titleCase) return true;
  return !CAPITAL_AFTER_SPACE().test(candidate.next) || followedByGovernment(candidate.next) || CALENDAR_AFTER().test(candidate.next);
}

/**
 * A surname the page licenses by having named one of the official's bodies before it, as it licenses one after the
 * full name. A headline's bare surname waits for the story to name the person in full (see `namedInFull`).
 */
function isLicensed(sense: AliasSense, context: PageContext): boolean {
  return sense.licensedBy?.some((body) => context.fullNameSeen.has(body)) ?? false;
}

/** A surname right under one of its bearer's titles: "SEC Chair Gensler", "президент Путин", "植田総裁". */
function isTitledHere(sense: AliasSense, candidate: Candidate): boolean {
  return sense.titles !== undefined && candidate.before !== undefined && isTitled(sense.titles, candidate.before, candidate.next);
}

/**
 * How the page supports a sense, strongest first: the page names the entity itself by a name that needs no context
 * ("Banco Central de la República Argentina … el Banco Central"); one of its context words is on the page, or it
 * needs none; the page names something else of its jurisdiction plainly; or nothing does.
 */
const FIT_LEVELS = ['named', 'words', 'country', 'none'] as const;
type Fit = (typeof FIT_LEVELS)[number];

function contextFit(sense: AliasSense, context: PageContext): Fit {
  if (context.namedOnPage.has(sense.entity)) return 'named';
  if (sense.context === undefined || sense.context.some((word) => context.has(word))) return 'words';
  return sense.country !== undefined && context.countriesNamed.has(sense.country) ? 'country' : 'none';
}

// How often a distinctive surname must stand alone on a page naming its bearer's country to count without the full
// name: once may be anyone of that name; a story that keeps coming back to it is about the official.
const BARE_SURNAME_REPEATS = 2;

/**
 * A distinctive surname (see `aloneIn`) that the page writes BARE_SURNAME_REPEATS times or more, on a page naming its
 * bearer's country (`names`, folded): "… sagte Bukele" in a German story about El Salvador whose lead, with "Nayib
 * Bukele", was cut.
 */
function standsInItsCountry(sense: AliasSense, context: PageContext, names: readonly string[] | undefined): boolean {
  if (names === undefined || (context.bareSurnames.get(sense.entity) ?? 0) < BARE_SURNAME_REPEATS) return false;
  return names.some((word) => context.has(word));
}

/** Folded names of a country, by its code: what a distinctive surname's `aloneIn` points at. */
export type CountryNamesOf = (country: string) => readonly string[] | undefined;

/** The page gives the entity's full name, before or after (a headline's "Gensler" above the story's "Gary Gensler"). */
function namedInFull(sense: AliasSense, context: PageContext): boolean {
  return context.fullNameSeen.has(sense.entity) || context.namedOnPage.has(sense.entity);
}

function isAllCapitals(written: string): boolean {
  return written.length > 1 && written === written.toUpperCase() && written !== written.toLowerCase();
}

/** A sense that names its entity by itself: no surname, no context needed, no acronym that may mean something else. */
export function namesPlainly(sense: AliasSense): boolean {
  return !sense.needsFullName && !sense.context && !sense.exact && !sense.blocks;
}

/**
 * The context-word lists resolving a run's candidates may read, once each, for looking them up ahead in slices. A
 * candidate inside a longer one that names its entity plainly ("Bank" in "Central Bank of Ireland") is covered by
 * it and never resolved: its lists are left out, which on a typical article leaves 3 of ~100 lists. Leaving one out
 * wrongly costs only time, since a lookup resolving needs is made then.
 */
export function contextListsToLookUp(
  runs: Iterable<readonly Candidate[]>,
  aliasOf: (id: number) => CompiledAlias | undefined,
  countryNamesOf: CountryNamesOf = () => undefined,
): (readonly string[])[] {
  const lists = new Set<readonly string[]>();
  // Each run's candidates come in the order the finder gives and resolving reads: leftmost first, longest first.
  for (const candidates of runs) {
    // The furthest end of a plainly named candidate seen so far, and where it starts.
    let coverEnd = -1;
    let coverStart = -1;
    for (const candidate of candidates) {
      const senses = aliasOf(candidate.alias)?.senses ?? [];
      const covered = coverEnd > candidate.end || (coverEnd === candidate.end && coverStart < candidate.start);
      if (!covered) {
        for (const sense of senses) {
          if (sense.context) lists.add(sense.context);
          const names = sense.aloneIn === undefined ? undefined : countryNamesOf(sense.aloneIn);
          if (names) lists.add(names);
        }
      }
      if (senses.some(namesPlainly) && candidate.end > coverEnd) {
        coverEnd = candidate.end;
        coverStart = candidate.start;
      }
    }
  }
  return [...lists];
}

/**
 * Turns candidates into mentions with the page's rules. It needs only the aliases that were found, so the page can
 * hold it without the whole index. Call `notePresence` for every run before resolving any.
 */
/**
 * How a found name blocks: 'all' for a phrase that hides every name inside it (a never-highlighted entity's name),
 * 'own' for a notIn phrase, which hides only its own entities' names, 'none' when the name names something.
 */
function blockKind(senses: readonly AliasSense[]): 'all' | 'own' | 'none' {
  if (senses.length === 0 || !senses.every((s) => s.blocks)) return 'none';
  return senses.every((s) => s.ownNamesOnly) ? 'own' : 'all';
}

/**
 * The notIn phrases of one run, read in the finder's order: inside one, the names of the entities it was written for
 * yield nothing, while another entity's name still counts ("大阪地検" inside "大阪地検特捜部", a phrase that keeps
 * Tokyo's "地検特捜部" out).
 */
class OwnNameBlocks {
  private until = 0;
  private readonly entities = new Set<string>();

  /** The senses a candidate keeps: all of them, unless a phrase around it blocks some of their entities. */
  keep(candidate: Candidate, senses: AliasSense[]): AliasSense[] {
    if (candidate.start >= this.until) {
      this.entities.clear();
      return senses;
    }
    return senses.some((s) => this.entities.has(s.entity)) ? senses.filter((s) => !this.entities.has(s.entity)) : senses;
  }

  note(candidate: Candidate, senses: readonly AliasSense[]): void {
    for (const s of senses) this.entities.add(s.entity);
    this.until = Math.max(this.until, candidate.end);
  }
}

/** The last highlight placed in the run being resolved, as the page rules read it. */
interface PreviousHighlight {
  mention: Mention;
  written: string;
  country?: string;
}

export class MentionResolver {
  constructor(
    private readonly aliasOf: (id: number) => CompiledAlias | undefined,
    /** The type of an entity whose alias was found, for the rules that depend on it (quoted names). */
    private readonly typeOf: (entity: string) => EntityType | undefined = () => undefined,
    /** A country's folded names, for the distinctive surnames that point at it (`aloneIn`). */
    private readonly countryNamesOf: CountryNamesOf = () => undefined,
  ) {}

  /** Notes the entities a run names in full, wherever they stand; call for every run before resolving any. */
  notePresence(candidates: readonly Candidate[], context: PageContext): void {
    // A name inside a phrase that blocks it names nothing, here as when resolving: "Servicio de Impuestos Internos
    // (IRS) de Estados Unidos" must not make the page Chilean.
    let coveredUntil = 0;
    const ownBlocks = new OwnNameBlocks();
    for (const candidate of candidates) {
      if (candidate.start < coveredUntil) continue;
      const alias = this.aliasOf(candidate.alias);
      const senses = ownBlocks.keep(candidate, alias?.senses ?? []);
      const kind = blockKind(senses);
      if (kind === 'all') coveredUntil = candidate.end;
      else if (kind === 'own') ownBlocks.note(candidate, senses);
      else {
        const surname = senses.length === 1 && senses[0]?.aloneIn ? senses[0] : undefined;
        if (surname && alias && standsAlone(alias, candidate)) context.bareSurnames.set(surname.entity, (context.bareSurnames.get(surname.entity) ?? 0) + 1);
        for (const sense of senses) {
          if (!namesPlainly(sense)) continue;
          context.namedOnPage.add(sense.entity);
          if (sense.country && !sense.generic) {
            context.countriesNamed.add(sense.country);
            context.countryNames.set(sense.country, (context.countryNames.get(sense.country) ?? 0) + 1);
          }
        }
      }
    }
  }

  /** Applies the page rules to one run's candidates, leftmost-longest, in document order. */
  resolve(candidates: readonly Candidate[], context: PageContext): Mention[] {
    const mentions: Mention[] = [];
    let coveredUntil = 0;
    // The end of the last union written as a place: its bracketed acronym right after is the place too ("dans la
    // Communauté économique et monétaire de l'Afrique centrale (CEMAC)").
    let placeEnd = -1;
    let previous: PreviousHighlight | undefined;
    const ownBlocks = new OwnNameBlocks();
    for (const candidate of candidates) {
      if (candidate.start < coveredUntil) continue;
      let alias = this.aliasOf(candidate.alias);
      if (!alias) continue;
      const kept = ownBlocks.keep(candidate, alias.senses);
      if (kept.length === 0) continue;
      if (kept !== alias.senses) {
        // A phrase that blocks the entity the page defined this short form as ("SEC監査報告書", the SEC's audit
        // report) blocks the definition too.
        const defined = context.definitions.get(candidate.alias);
        if (defined !== undefined && !kept.some((sense) => sense.entity === defined) && alias.senses.some((sense) => sense.entity === defined)) continue;
        alias = { ...alias, senses: kept };
      }
      this.noteDefinition(candidate, previous, context, alias.senses);
      // A phrase in which a name means something else: it covers the name and yields nothing, unless the phrase is
      // itself another entity's name ("Avrupa Merkez Bankası" is not Türkiye's "Merkez Bankası" but the ECB).
      const kind = blockKind(alias.senses);
      if (kind === 'all') {
        coveredUntil = candidate.end;
        continue;
      }
      if (kind === 'own') {
        ownBlocks.note(candidate, alias.senses);
        continue;
      }
      const blocking = alias.senses.some((s) => s.blocks);
      if (blocking) alias = { ...alias, senses: alias.senses.filter((s) => !s.blocks) };
      if (!standsAlone(alias, candidate) || candidate.handle) continue;
      const sense = this.resolveSense(alias, candidate, context, previous);
      if (sense === undefined) {
        // The phrase still blocks the shorter name inside it when the page does not settle which entity it names:
        // "Comisión de Hacienda" on a Mexican page is no Mexican "Hacienda".
        if (blocking) coveredUntil = candidate.end;
        continue;
      }
      if (sense.territory && this.isPlace(candidate, placeEnd)) {
        placeEnd = candidate.end;
        coveredUntil = candidate.end;
        continue;
      }
      // "TCMB Kanunu", "国会議員": the body's name is part of a law's name or a role noun, which is what the reader meets.
      if (this.typeOf(sense.entity) === 'agency' && insideLongerName(candidate.before ?? '', candidate.next, candidate.written)) {
        coveredUntil = candidate.end;
        continue;
      }
      // "SEC v. Jarkesy", "Kentucky v. SEC": the name of a case, not the party (a law is never a party).
      if (this.typeOf(sense.entity) !== 'regulation' && inCaseCaption(candidate.before ?? '', candidate.next)) {
        coveredUntil = candidate.end;
        continue;
      }
      // State bodies are not written in quotes; a quoted «Минфин» is the news site, «Сбер» the bank. Laws are, and
      // the few bodies stories quote as often as not («Роскомнадзор»; `namedInQuotes` in the data).
      if (candidate.quoted && this.typeOf(sense.entity) !== 'regulation' && !sense.inQuotes) continue;
      // Once the page has introduced the official by a surname under a title ("Bakan Yerlikaya"), the bare surname
      // that follows is the same person ("Yerlikaya, yakalanan şüphelilerin…").
      (sense.needsFullName ? context.introduced : context.fullNameSeen).add(sense.entity);
      // Two names of one entity with one space between are one name: a law's number before its title ("III-35/B.1
      // Kripto Varlık … Tebliğ"), one highlight, not two.
      if (previous?.mention.entity === sense.entity && candidate.afterSpace && candidate.start === previous.mention.end + 1) {
        previous.mention.end = candidate.end;
        coveredUntil = candidate.end;
        continue;
      }
      const mention = { start: candidate.start, end: candidate.end, entity: sense.entity };
      mentions.push(mention);
      previous = { mention, written: candidate.written, country: sense.country };
      coveredUntil = candidate.end;
    }
    return mentions;
  }

  /**
   * An acronym in brackets right after the name it abbreviates is the page's definition of it: "Sermaye Piyasası
   * Kanunu'na (“SPK” veya “Kanun”)" makes every "SPK" on this page the law, not the board that "SPK" usually means.
   */
  private noteDefinition(candidate: Candidate, previous: PreviousHighlight | undefined, context: PageContext, senses: readonly AliasSense[]): void {
    if (candidate.before === undefined || previous === undefined || context.definitions.has(candidate.alias)) return;
    const gap = candidate.start - previous.mention.end;
    if (gap < 1 || gap > candidate.before.length) return;
    if (!DEFINING_GAP().test(candidate.before.slice(candidate.before.length - gap))) return;
    // The short form abbreviates the name as written, or is the entity's own short form after its name in another
    // language: "Mali Denetim Servisi (FSS)", "Комиссия по ценным бумагам (SEC)".
    const ownShortForm = isAllCapitals(candidate.written) && senses.some((sense) => sense.entity === previous.mention.entity);
    if (ownShortForm || abbreviates(candidate.written, previous.written)) context.definitions.set(candidate.alias, previous.mention.entity);
  }

  private isPlace(candidate: Candidate, placeEnd: number): boolean {
    const before = candidate.before ?? '';
    if (placeEnd >= 0 && candidate.start - placeEnd <= 2 && /\(\s*$/u.test(before)) return true;
    return writtenAsPlace(before, candidate.next, candidate.written);
  }

  /** The one sense the page supports, or undefined when none does or the page does not settle between several. */
  private resolveSense(alias: CompiledAlias, candidate: Candidate, context: PageContext, previous?: PreviousHighlight): AliasSense | undefined {
    const written = candidate.written;
    const defined = context.definitions.get(candidate.alias);
    if (defined !== undefined) return alias.senses.find((sense) => sense.entity === defined) ?? { entity: defined };
    const writtenKeepingCase = alias.senses.some((s) => s.exact !== undefined) ? foldKeepingCase(written).trim() : '';
    const possible = alias.senses
      .filter(
        (sense) =>
          (sense.exact === undefined || sense.exact === writtenKeepingCase) &&
          (!sense.properNoun || written !== written.toLowerCase()) &&
          (!sense.capitalHead || CAPITAL_HEAD().test(written)) &&
          (!sense.needsFullName ||
            namedInFull(sense, context) ||
            context.introduced.has(sense.entity) ||
            isLicensed(sense, context) ||
            isTitledHere(sense, candidate) ||
            (sense.aloneIn !== undefined && standsInItsCountry(sense, context, this.countryNamesOf(sense.aloneIn)))) &&
          (!sense.koreanInitial || (namedInFull(sense, context) && sense.titles !== undefined && isKoreanTitled(sense.titles, candidate.next))) &&
          !(sense.generic && aboutAnotherCountry(sense, context)),
      )
      .map((sense) => ({ sense, fit: contextFit(sense, context) }))
      .filter(({ fit }) => fit !== 'none');
    // Only the best-supported senses compete: the entity named in full beats a context word ("Brasil" elsewhere on
    // the page), and a context word beats a jurisdiction named ("Nationalrat" on an Austrian page naming FINMA).
    const best = FIT_LEVELS.find((level) => possible.some(({ fit }) => fit === level));
    const matching = possible.filter(({ fit }) => fit === best).map(({ sense }) => sense);
    // Surnames compete by how the page names their bearer: in full (before or after: "FSA" above "the British Financial
    // Services Authority"), then under a title right here, then by a title or a body earlier ("Hideki Ito … Ito" at
    // an agency where another Ito works; "Sen. Rook and Governor Rook": the second is the governor).
    const surnameSupport = (sense: AliasSense): number => (namedInFull(sense, context) ? 3 : isTitledHere(sense, candidate) ? 2 : 1);
    const strongest = Math.max(0, ...matching.filter((sense) => sense.needsFullName).map(surnameSupport));
    const fitting = matching.filter((sense) => !sense.needsFullName || surnameSupport(sense) === strongest);
    const entities = new Set(fitting.map((sense) => sense.entity));
    if (entities.size === 1) return fitting.find((sense) => !sense.needsFullName) ?? fitting[0];
    // Two people who share a surname are never told apart by these rules; two bodies' short names are, as below, by
    // the one already named ("die Zentralbank" after the Nigerian one, India's named only further down).
    if (fitting.some((sense) => sense.needsFullName && this.typeOf(sense.entity) !== 'agency')) return undefined;
    return namedBefore(fitting, context) ?? (best === 'words' ? ofCountryJustNamed(fitting, candidate, previous) : undefined) ?? ofMainCountry(fitting, context);
  }
}

/**
 * The page is about another country than the sense's: it names that country's bodies plainly at least
 * MAIN_COUNTRY_NAMES times, and MAIN_COUNTRY_RATIO times as often as the sense's own (whose generic words do not count).
 */
function aboutAnotherCountry(sense: AliasSense, context: PageContext): boolean {
  if (sense.country === undefined) return false;
  const own = context.countryNames.get(sense.country) ?? 0;
  for (const [country, count] of context.countryNames) {
    if (country !== sense.country && count >= MAIN_COUNTRY_NAMES && count >= MAIN_COUNTRY_RATIO * Math.max(own, 1)) return true;
  }
  return false;
}

/** The sense, when the senses given all point at one entity. */
function onlyEntity(senses: readonly AliasSense[]): AliasSense | undefined {
  return senses.length > 0 && senses.every((sense) => sense.entity === (senses[0] as AliasSense).entity) ? senses[0] : undefined;
}

/**
 * Two bodies the page names in full both fit a short form: the one named before it is meant ("el Banco Central de la
 * República Argentina … Fuentes del Banco Central …", the Banco Central do Brasil only further down).
 */
function namedBefore(fitting: readonly AliasSense[], context: PageContext): AliasSense | undefined {
  // Named plainly somewhere, and highlighted already: a short form read earlier does not count as a naming.
  return onlyEntity(fitting.filter((sense) => context.namedOnPage.has(sense.entity) && context.fullNameSeen.has(sense.entity)));
}

// How clearly the page must be about one country for its short forms to settle a tie: that country's plain names
// outnumber the next one's this many times over, and are at least this many.
const MAIN_COUNTRY_RATIO = 2;
const MAIN_COUNTRY_NAMES = 3;

/**
 * Bodies of different countries still tie ("Congress" and "Senate" on an Argentine page whose words also fit the US;
 * "Treasury" on a Kenyan page that mentions Britain): the page's main country, the one most of its plain names
 * belong to by far, is meant, as a reader takes it.
 */
function ofMainCountry(fitting: readonly AliasSense[], context: PageContext): AliasSense | undefined {
  const countries = new Set(fitting.map((sense) => sense.country));
  if (countries.has(undefined) || countries.size !== new Set(fitting.map((sense) => sense.entity)).size) return undefined;
  const counts = [...countries].map((country) => context.countryNames.get(country as string) ?? 0).sort((a, b) => b - a);
  const [first = 0, second = 0] = counts;
  if (first < MAIN_COUNTRY_NAMES || first < MAIN_COUNTRY_RATIO * second) return undefined;
  const main = [...countries].find((country) => (context.countryNames.get(country as string) ?? 0) === first);
  return onlyEntity(fitting.filter((sense) => sense.country === main));
}

// How near the last highlight a shared short form must follow for that highlight's jurisdiction to settle it.
const JUST_NAMED_CHARS = 60;

/**
 * Two bodies of different jurisdictions both fit the page by its words ("国会" on a Japanese page that also names
 * Korea's assembly): the one of the jurisdiction named just before, in the same run of text, is meant ("金融庁が国会
 * 提出を視野"). When the page only names both jurisdictions' bodies, that is too little to go on. Otherwise two
 * entities fit and none is picked: never silently.
 */
function ofCountryJustNamed(fitting: readonly AliasSense[], candidate: Candidate, previous?: PreviousHighlight): AliasSense | undefined {
  if (previous?.country === undefined || candidate.start - previous.mention.end > JUST_NAMED_CHARS) return undefined;
  return onlyEntity(fitting.filter((sense) => sense.country === previous.country));
}

// Page-level recognition: turns raw alias occurrences into mentions by applying, in document order, the rules that
// keep highlights trustworthy: letter case, longest match, context words, and "surname only after the full name".
// Recognition has two steps so a page can be scanned in slices: `scan` each run of text (which also hands the run
// to the page context), then `resolve` the runs in document order once the whole page's text is known.
import { foldKeepingCase, foldText, originalEnd } from './fold.js';
import { AliasMatcher } from './matcher.js';
import { Prefilter, quickFold } from './prefilter.js';
import { UNSPACED_CHAR, UNSPACED_CLASS } from './scripts.js';
import type { AliasIndex, AliasSense, CompiledAlias, Mention } from './types.js';

const BOUNDARY = `[^\\p{L}\\p{N}]|[${UNSPACED_CLASS}]`;
const TYPOGRAPHIC_APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u2032\u00b4`]/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What a page has shown so far; lives as long as the page, so later content is judged with what came before.
 * Context words are looked up only when an ambiguous alias needs them, in the page's whole text at once, with
 * native regular expressions: most pages never need one.
 */
export class PageContext {
  private readonly texts: (string | (() => string))[] = [];
  private joined: { raw: string; folded: string } | undefined;
  private readonly answers = new Map<string, boolean>();
  /** Entities whose full name has appeared, which licenses their surname-only aliases. */
  readonly fullNameSeen = new Set<string>();
  /** Entities named in full anywhere on the page, before or after: they make a shared short form ambiguous. */
  readonly namedOnPage = new Set<string>();

  /** Adds a run of the page's text, or a function that reads it when (if ever) a context word is looked up. */
  addText(text: string | (() => string)): void {
    this.texts.push(text);
    this.joined = undefined;
    // Only "absent" answers can change when text is added.
    for (const [word, present] of this.answers) if (!present) this.answers.delete(word);
  }

  /** Whether a context word (folded, or "=US" for a case-kept one) appears on the page as a whole word. */
  has(word: string): boolean {
    let present = this.answers.get(word);
    if (present === undefined) {
      if (!this.joined) {
        const raw = this.texts.map((text) => (typeof text === 'string' ? text : text())).join('\n');
        this.joined = { raw, folded: quickFold(raw).replace(TYPOGRAPHIC_APOSTROPHES, "'").replace(/\s+/g, ' ') };
      }
      const exact = word.startsWith('=');
      const needle = exact ? word.slice(1) : word;
      const haystack = exact ? this.joined.raw : this.joined.folded;
      // Japanese and Chinese text abuts words with no space ("G20の"): those scripts count as a boundary, and a
      // context word written in them needs none.
      const pattern = UNSPACED_CHAR.test(needle)
        ? undefined
        : new RegExp(`(?:^|${BOUNDARY})${escapeRegExp(needle)}(?=$|${BOUNDARY})`, 'u');
      present = pattern ? pattern.test(haystack) : haystack.includes(needle);
      this.answers.set(word, present);
    }
    return present;
  }
}

/** An alias occurrence in one run of text, located in the original (unfolded) text. */
export interface Candidate {
  start: number;
  end: number;
  alias: number;
  /** The text as the page wrote it, for case rules. */
  written: string;
  /** The two characters that follow it, for the surname rule. */
  next: string;
}

/**
 * A surname alone followed straight by another capitalised word is part of some other name ("Erkan Yıldız",
 * "Stock Exchange", "Bozdağ Kayak Merkezi"): not a mention of the official.
 */
function standsAlone(alias: CompiledAlias, candidate: Candidate): boolean {
  if (!alias.senses.every((s) => s.needsFullName)) return true;
  return !/^[ \u00a0]\p{Lu}/u.test(candidate.next);
}

/**
 * Finds alias occurrences: the prefilter, then the automaton over every alias, compiled once. It holds the whole
 * alias index, so it lives where that index lives (the background, or Node); the page only resolves what it finds.
 */
export class AliasFinder {
  private readonly matcher: AliasMatcher;
  private readonly prefilter: Prefilter;

  constructor(index: AliasIndex) {
    this.matcher = new AliasMatcher(index.aliases);
    this.prefilter = new Prefilter(index.prefilter);
  }

  /** False only when no alias can occur in `text` (native string operations only). */
  mayName(text: string): boolean {
    return this.prefilter.mayContain(text);
  }

  /** The alias occurrences in a run of text, after the prefilter. */
  find(original: string): Candidate[] {
    return this.mayName(original) ? this.scan(original) : [];
  }

  /** The alias occurrences in a run of text, in order (leftmost first, longest first). */
  scan(original: string): Candidate[] {
    const folded = foldText(original);
    return this.matcher
      .findAll(folded.text)
      .sort((a, b) => a.start - b.start || b.end - a.end)
      .map((match) => {
        const start = folded.origin[match.start] ?? 0;
        const end = originalEnd(original, folded, match.end);
        return { start, end, alias: match.alias, written: original.slice(start, end), next: original.slice(end, end + 2) };
      });
  }
}

/**
 * Turns candidates into mentions with the page's rules. It needs only the aliases that were found, so the page can
 * hold it without the whole index. Call `notePresence` for every run before resolving any.
 */
export class MentionResolver {
  constructor(private readonly aliasOf: (id: number) => CompiledAlias | undefined) {}

  /** Notes the entities a run names in full, wherever they stand; call for every run before resolving any. */
  notePresence(candidates: readonly Candidate[], context: PageContext): void {
    for (const candidate of candidates) {
      for (const sense of this.aliasOf(candidate.alias)?.senses ?? []) {
        if (!sense.needsFullName && !sense.context && !sense.exact) context.namedOnPage.add(sense.entity);
      }
    }
  }

  /** Applies the page rules to one run's candidates, leftmost-longest, in document order. */
  resolve(candidates: readonly Candidate[], context: PageContext): Mention[] {
    const mentions: Mention[] = [];
    let coveredUntil = 0;
    for (const candidate of candidates) {
      if (candidate.start < coveredUntil) continue;
      const alias = this.aliasOf(candidate.alias);
      if (!alias) continue;
      // A phrase in which a name means something else: it covers the name and yields nothing.
      if (alias.senses.some((s) => s.blocks)) {
        coveredUntil = candidate.end;
        continue;
      }
      if (!standsAlone(alias, candidate)) continue;
      const sense = this.resolveSense(alias, candidate.written, context);
      if (sense === undefined) continue;
      if (!sense.needsFullName) context.fullNameSeen.add(sense.entity);
      mentions.push({ start: candidate.start, end: candidate.end, entity: sense.entity });
      coveredUntil = candidate.end;
    }
    return mentions;
  }

  /** The one sense the page supports, or undefined when none does or the page does not settle between several. */
  private resolveSense(alias: CompiledAlias, written: string, context: PageContext): AliasSense | undefined {
    const writtenKeepingCase = alias.senses.some((s) => s.exact !== undefined) ? foldKeepingCase(written).trim() : '';
    const fitting = alias.senses.filter(
      (sense) =>
        (sense.exact === undefined || sense.exact === writtenKeepingCase) &&
        (!sense.properNoun || written !== written.toLowerCase()) &&
        (!sense.needsFullName || context.fullNameSeen.has(sense.entity)) &&
        (sense.context === undefined || sense.context.some((word) => context.has(word))),
    );
    const entities = new Set(fitting.map((sense) => sense.entity));
    // Another sense is held back only because its full name comes later on the page ("FSA" before "the British
    // Financial Services Authority"): the reader cannot tell yet, so neither is picked.
    for (const sense of alias.senses) {
      if (sense.needsFullName && !entities.has(sense.entity) && context.namedOnPage.has(sense.entity)) {
        if (sense.context === undefined || sense.context.some((word) => context.has(word))) entities.add(sense.entity);
      }
    }
    // Two entities fit: never pick silently.
    if (entities.size !== 1) return undefined;
    return fitting.find((sense) => !sense.needsFullName) ?? fitting[0];
  }
}

/** Finding and resolving over one index, for a caller that holds all of it (Node, tests, the evaluation). */
export class Recognizer extends MentionResolver {
  private readonly finder: AliasFinder;

  constructor(index: AliasIndex) {
    super((id) => index.aliases[id]);
    this.finder = new AliasFinder(index);
  }

  /** The alias occurrences in a run of text (already added to the page's context). */
  scan(original: string): Candidate[] {
    return this.finder.scan(original);
  }

  /** Recognises a whole text at once: the page is this one text. */
  recognize(original: string, context = new PageContext()): Mention[] {
    context.addText(original);
    const candidates = this.finder.find(original);
    this.notePresence(candidates, context);
    return this.resolve(candidates, context);
  }
}

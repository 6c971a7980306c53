// Page-level recognition: turns raw alias occurrences into mentions by applying, in document order, the rules that
// keep highlights trustworthy: letter case, longest match, context words, and "surname only after the full name".
// Recognition has two steps so a page can be scanned in chunks: `scan` each run of text (which also notes the
// context words present), then `resolve` the runs in document order once the whole page's context is known.
import { foldKeepingCase, foldKey, foldText, originalEnd } from './fold.js';
import { AliasMatcher, needsWordBoundaries } from './matcher.js';
import type { AliasIndex, AliasSense, CompiledAlias, Mention } from './types.js';

/** What a page has shown so far; lives as long as the page, so later content is judged with what came before. */
export class PageContext {
  /** Folded context words seen anywhere on the page. */
  readonly words = new Set<string>();
  /** Entities whose full name has appeared, which licenses their surname-only aliases. */
  readonly fullNameSeen = new Set<string>();
}

/** An alias occurrence in one run of text, located in the original (unfolded) text. */
export interface Candidate {
  start: number;
  end: number;
  alias: number;
  /** The text as the page wrote it, for case rules. */
  written: string;
}

/** The index compiled for matching, built once per page. */
export class Recognizer {
  private readonly matcher: AliasMatcher;
  private readonly aliases: readonly CompiledAlias[];
  private readonly contextMatcher: AliasMatcher;
  private readonly contextWords: readonly CompiledAlias[];

  constructor(index: AliasIndex) {
    this.aliases = index.aliases;
    this.matcher = new AliasMatcher(index.aliases);
    const words = new Set(index.aliases.flatMap((alias) => alias.senses.flatMap((sense) => sense.context ?? [])));
    // A case-kept context word ("=US") is searched by its folded form, then checked against the page's case.
    this.contextWords = [...words].map((word) => {
      const exact = word.startsWith('=') ? word.slice(1) : undefined;
      const key = exact === undefined ? word : foldKey(exact);
      return { key, bounded: needsWordBoundaries(key), senses: [{ entity: word, ...(exact === undefined ? {} : { exact }) }] };
    });
    this.contextMatcher = new AliasMatcher(this.contextWords);
  }

  /** Finds the alias occurrences in a run of text and notes the context words it contains. */
  scan(original: string, context: PageContext): Candidate[] {
    const folded = foldText(original);
    for (const match of this.contextMatcher.findAll(folded.text)) {
      const [word] = (this.contextWords[match.alias] as CompiledAlias).senses as [AliasSense];
      if (word.exact !== undefined) {
        const written = original.slice(folded.origin[match.start] ?? 0, originalEnd(original, folded, match.end));
        if (foldKeepingCase(written).trim() !== word.exact) continue;
      }
      context.words.add(word.entity);
    }
    return this.matcher
      .findAll(folded.text)
      .sort((a, b) => a.start - b.start || b.end - a.end)
      .map((match) => {
        const start = folded.origin[match.start] ?? 0;
        const end = originalEnd(original, folded, match.end);
        return { start, end, alias: match.alias, written: original.slice(start, end) };
      });
  }

  /** Applies the page rules to one run's candidates, leftmost-longest, in document order. */
  resolve(candidates: readonly Candidate[], context: PageContext): Mention[] {
    const mentions: Mention[] = [];
    let coveredUntil = 0;
    for (const candidate of candidates) {
      if (candidate.start < coveredUntil) continue;
      const sense = this.resolveSense(this.aliases[candidate.alias] as CompiledAlias, candidate.written, context);
      if (sense === undefined) continue;
      if (!sense.needsFullName) context.fullNameSeen.add(sense.entity);
      mentions.push({ start: candidate.start, end: candidate.end, entity: sense.entity });
      coveredUntil = candidate.end;
    }
    return mentions;
  }

  /** Recognises a whole text at once: the page is this one text. */
  recognize(original: string, context = new PageContext()): Mention[] {
    return this.resolve(this.scan(original, context), context);
  }

  /** The one sense the page supports, or undefined when none does or the page does not settle between several. */
  private resolveSense(alias: CompiledAlias, written: string, context: PageContext): AliasSense | undefined {
    const writtenKeepingCase = alias.senses.some((s) => s.exact !== undefined) ? foldKeepingCase(written).trim() : '';
    const fitting = alias.senses.filter(
      (sense) =>
        (sense.exact === undefined || sense.exact === writtenKeepingCase) &&
        (!sense.properNoun || written !== written.toLowerCase()) &&
        (!sense.needsFullName || context.fullNameSeen.has(sense.entity)) &&
        (sense.context === undefined || sense.context.some((word) => context.words.has(word))),
    );
    const entities = new Set(fitting.map((sense) => sense.entity));
    // Two entities fit: never pick silently.
    if (entities.size !== 1) return undefined;
    return fitting.find((sense) => !sense.needsFullName) ?? fitting[0];
  }
}

// Finding alias occurrences over the whole alias index: the prefilter, then one automaton over every alias. It lives
// where the index lives (the background, Node); the page only resolves what is found (recognize.ts), so the page's
// bundle carries none of this.
import { foldText, originalEnd } from './fold.js';
import { AliasMatcher } from './matcher.js';
import { Prefilter } from './prefilter.js';
import { CAPITAL_AFTER_SPACE, type Candidate, MentionResolver, PageContext } from './recognize.js';
import { NAME_REACH } from './inside-name.js';
import { PLACE_REACH } from './territory.js';
import type { AliasIndex, EntityType, Mention } from './types.js';

/** How far before and after an alias the title rule looks ("Treasury Secretary ", "財務相"). */
const TITLE_REACH = 24;
/** An opening bracket (and quote) right before an alias: the text may be defining it ("Kanunu'na (“SPK”"). */
const OPENS_DEFINITION = /\(\s*["“«„']?$/u;
/** How far back a definition's bracket may stand from the name it defines: "Kanunu'na (“". */
const DEFINITION_REACH = 12;

/** Finds alias occurrences: the prefilter, then the automaton over every alias, compiled once. */
export class AliasFinder {
  private readonly matcher: AliasMatcher;
  private readonly prefilter: Prefilter;
  /** Aliases with a sense the title, territory or longer-name rule reads: only their candidates carry the text around them. */
  private readonly surrounded: Map<number, number>;

  constructor(index: AliasIndex) {
    this.matcher = new AliasMatcher(index.aliases);
    this.prefilter = new Prefilter(index.prefilter);
    this.surrounded = new Map();
    const isAgency = (entity: string) => index.entities[entity]?.type === 'agency';
    index.aliases.forEach(({ senses }, id) => {
      const reach = senses.some((sense) => sense.titles)
        ? TITLE_REACH
        : senses.some((sense) => sense.territory)
          ? PLACE_REACH
          : senses.some((sense) => !sense.blocks && isAgency(sense.entity))
            ? NAME_REACH
            : 0;
      if (reach > 0) this.surrounded.set(id, reach);
    });
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
        const candidate: Candidate = { start, end, alias: match.alias, written: original.slice(start, end), next: original.slice(end, end + 2) };
        const reach = this.surrounded.get(match.alias);
        if (reach !== undefined) {
          candidate.before = original.slice(Math.max(0, start - reach), start);
          candidate.next = original.slice(end, end + reach);
        } else if (OPENS_DEFINITION.test(original.slice(Math.max(0, start - 3), start))) {
          candidate.before = original.slice(Math.max(0, start - DEFINITION_REACH), start);
        }
        if (original[start - 1] === '«' && original[end] === '»') candidate.quoted = true;
        // Only a name followed by a capitalised word asks (see `standsAlone`): most never do.
        if (CAPITAL_AFTER_SPACE().test(original.slice(end, end + 2)) && isTitleCaseLine(original, start, end)) candidate.titleCase = true;
        if (original[start - 1] === ' ') candidate.afterSpace = true;
        else if (original[start - 1] === '@' || original[start - 1] === '#') candidate.handle = true;
        return candidate;
      });
  }
}

/** Finding and resolving over one index, for a caller that holds all of it (Node, tests, the evaluation). */
export class Recognizer extends MentionResolver {
  private readonly finder: AliasFinder;

  constructor(index: AliasIndex) {
    super(
      (id) => index.aliases[id],
      (entity): EntityType | undefined => index.entities[entity]?.type,
      (country) => index.countryNames?.[country],
    );
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

const TITLE_LINE_MAX = 120;

/**
 * Whether the line around a match is a headline set in title case ("Milei Azil Süreci ile Karşı Karşıya Kalabilir"):
 * a short line, no full stop at its end, most of its words capitalised. There a capitalised word after a surname
 * says nothing of another name.
 */
function isTitleCaseLine(original: string, start: number, end: number): boolean {
  // Read no further than a headline's length each way: a run can be a whole page's text on one line.
  const before = original.slice(Math.max(0, start - TITLE_LINE_MAX), start);
  const after = original.slice(end, end + TITLE_LINE_MAX);
  const lineBreakBefore = before.lastIndexOf('\n');
  const lineBreakAfter = after.indexOf('\n');
  const startsLine = lineBreakBefore >= 0 || start <= TITLE_LINE_MAX;
  const endsLine = lineBreakAfter >= 0 || end + TITLE_LINE_MAX >= original.length;
  if (!startsLine || !endsLine) return false;
  const line = `${before.slice(lineBreakBefore + 1)}${original.slice(start, end)}${lineBreakAfter >= 0 ? after.slice(0, lineBreakAfter) : after}`.trim();
  if (line.length > TITLE_LINE_MAX || /[.!?:;]$/.test(line)) return false;
  const words = line.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  if (words.length < 3) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised * 4 >= words.length * 3;
}

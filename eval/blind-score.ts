// Scoring the blind set (eval/blind/): recognition on real articles annotated from the rules alone, without the
// database. The gold names entities by the annotator's own canonical names, not database ids, so a highlight counts
// as correct when it overlaps a gold mention of the same type (official, agency, regulation). Pure: the runner
// supplies the pages and the highlights.

export interface BlindMention {
  /** The surface text as written in the article. */
  text: string;
  /** Offset of `text` in the cached article text (JavaScript string index). */
  offset: number;
  type: string;
  /** The annotator's English name for the entity: the same name is the same entity within an article. */
  canonical: string;
  description: string;
}

export interface BlindPage {
  id: string;
  lang: string;
  /** The annotation round (articles.json `round`): the first set has none; round 2 is the fresh set added after data work had read the first set's gold. */
  round?: number;
  mentions: BlindMention[];
}

export interface Highlight {
  offset: number;
  end: number;
  type: string;
  /** The database entity the recogniser chose, and its name, for the review by hand. */
  entity: string;
  name: string;
  text: string;
}

/** Counts for one slice (a language, a type, or everything). */
export interface Tally {
  articles: number;
  /** Distinct entities named, counted once per article. */
  entities: number;
  entitiesFound: number;
  mentions: number;
  mentionsFound: number;
  highlights: number;
  correct: number;
}

export interface BlindMiss {
  page: string;
  lang: string;
  type: string;
  text: string;
  offset: number;
  canonical: string;
  description: string;
}

export interface BlindHit {
  page: string;
  type: string;
  goldText: string;
  canonical: string;
  highlighted: string;
  entity: string;
  name: string;
}

export interface BlindFalsePositive {
  page: string;
  lang: string;
  type: string;
  text: string;
  offset: number;
  entity: string;
  name: string;
}

export interface BlindScore {
  overall: Tally;
  byLanguage: Map<string, Tally>;
  byType: Map<string, Tally>;
  misses: BlindMiss[];
  hits: BlindHit[];
  falsePositives: BlindFalsePositive[];
}

const emptyTally = (): Tally => ({ articles: 0, entities: 0, entitiesFound: 0, mentions: 0, mentionsFound: 0, highlights: 0, correct: 0 });

const overlaps = (mention: BlindMention, highlight: Highlight): boolean =>
  highlight.offset < mention.offset + mention.text.length && mention.offset < highlight.end;

function slice(map: Map<string, Tally>, key: string): Tally {
  const tally = map.get(key) ?? emptyTally();
  map.set(key, tally);
  return tally;
}

export const entityRecall = (t: Tally) => (t.entities === 0 ? 1 : t.entitiesFound / t.entities);
export const mentionRecall = (t: Tally) => (t.mentions === 0 ? 1 : t.mentionsFound / t.mentions);
export const blindPrecision = (t: Tally) => (t.highlights === 0 ? 1 : t.correct / t.highlights);
/** The pages of one annotation round, so that a round can be scored on its own; pages without a round are round 1. */
export const pagesOfRound = (pages: readonly BlindPage[], round: number): BlindPage[] => pages.filter((page) => (page.round ?? 1) === round);

export function scoreBlind(pages: readonly BlindPage[], highlights: ReadonlyMap<string, readonly Highlight[]>): BlindScore {
  const result: BlindScore = { overall: emptyTally(), byLanguage: new Map(), byType: new Map(), misses: [], hits: [], falsePositives: [] };
  for (const page of pages) {
    const found = highlights.get(page.id) ?? [];
    const language = slice(result.byLanguage, page.lang);
    const tallies = (type: string) => [result.overall, language, slice(result.byType, type)];
    result.overall.articles++;
    language.articles++;
    for (const type of new Set(page.mentions.map((m) => m.type))) slice(result.byType, type).articles++;

    // Mentions: found when a highlight of the same type overlaps them.
    const entityFound = new Map<string, boolean>();
    for (const mention of page.mentions) {
      const hit = found.find((h) => h.type === mention.type && overlaps(mention, h));
      const key = `${mention.type}|${mention.canonical}`;
      entityFound.set(key, (entityFound.get(key) ?? false) || hit !== undefined);
      for (const t of tallies(mention.type)) {
        t.mentions++;
        if (hit) t.mentionsFound++;
      }
      if (hit) result.hits.push({ page: page.id, type: mention.type, goldText: mention.text, canonical: mention.canonical, highlighted: hit.text, entity: hit.entity, name: hit.name });
      else result.misses.push({ page: page.id, lang: page.lang, type: mention.type, text: mention.text, offset: mention.offset, canonical: mention.canonical, description: mention.description });
    }
    for (const [key, wasFound] of entityFound) {
      for (const t of tallies(key.slice(0, key.indexOf('|')))) {
        t.entities++;
        if (wasFound) t.entitiesFound++;
      }
    }

    // Highlights: correct when they overlap a gold mention of their type.
    for (const h of found) {
      const correct = page.mentions.some((m) => m.type === h.type && overlaps(m, h));
      for (const t of tallies(h.type)) {
        t.highlights++;
        if (correct) t.correct++;
      }
      if (!correct) result.falsePositives.push({ page: page.id, lang: page.lang, type: h.type, text: h.text, offset: h.offset, entity: h.entity, name: h.name });
    }
  }
  return result;
}

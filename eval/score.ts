// Scoring recognition against the corpus's gold: precision, recall and F1 overall and by language, entity type and
// trap, with every false positive and false negative listed. Pure: the runner supplies pages and predictions.

export interface GoldMention {
  entity: string;
  text: string;
  offset: number;
  trap?: string;
  note?: string;
}

export interface Negative {
  text: string;
  trap: string;
  offset?: number;
  where?: string;
  note?: string;
}

export interface GoldPage {
  id: string;
  lang: string;
  traps: string[];
  date?: string;
  gold: GoldMention[];
  negatives: Negative[];
}

export interface Prediction {
  entity: string;
  text: string;
  offset: number;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Miss {
  page: string;
  kind: 'false positive' | 'false negative';
  entity: string;
  text: string;
  offset: number;
  trap?: string;
}

export interface Score {
  overall: Counts;
  byLanguage: Map<string, Counts>;
  byType: Map<string, Counts>;
  byTrap: Map<string, Counts>;
  misses: Miss[];
}

const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

function bump(map: Map<string, Counts>, key: string | undefined, field: keyof Counts): void {
  if (!key) return;
  const counts = map.get(key) ?? empty();
  counts[field]++;
  map.set(key, counts);
}

export const precision = (c: Counts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: Counts) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
export const f1 = (c: Counts) => {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};

/** The trap a false positive falls into: the negative it overlaps, if any. */
function trapOf(prediction: Prediction, negatives: readonly Negative[]): string | undefined {
  const end = prediction.offset + prediction.text.length;
  return negatives.find((n) => n.offset !== undefined && n.offset < end && prediction.offset < n.offset + n.text.length)?.trap;
}

export function score(pages: readonly GoldPage[], predictions: ReadonlyMap<string, readonly Prediction[]>, typeOf: (entity: string) => string): Score {
  const result: Score = { overall: empty(), byLanguage: new Map(), byType: new Map(), byTrap: new Map(), misses: [] };
  for (const page of pages) {
    const predicted = [...(predictions.get(page.id) ?? [])];
    const unmatched = new Set(predicted.map((_, i) => i));
    for (const gold of page.gold) {
      const hit = predicted.findIndex((p, i) => unmatched.has(i) && p.offset === gold.offset && p.entity === gold.entity);
      const field: keyof Counts = hit >= 0 ? 'tp' : 'fn';
      if (hit >= 0) unmatched.delete(hit);
      else result.misses.push({ page: page.id, kind: 'false negative', entity: gold.entity, text: gold.text, offset: gold.offset, ...(gold.trap ? { trap: gold.trap } : {}) });
      result.overall[field]++;
      bump(result.byLanguage, page.lang, field);
      bump(result.byType, typeOf(gold.entity), field);
      bump(result.byTrap, gold.trap, field);
    }
    for (const i of unmatched) {
      const p = predicted[i] as Prediction;
      const trap = trapOf(p, page.negatives);
      result.misses.push({ page: page.id, kind: 'false positive', entity: p.entity, text: p.text, offset: p.offset, ...(trap ? { trap } : {}) });
      result.overall.fp++;
      bump(result.byLanguage, page.lang, 'fp');
      bump(result.byType, typeOf(p.entity), 'fp');
      bump(result.byTrap, trap, 'fp');
    }
    // A negative respected counts for its trap like a true negative: it keeps a trap with no gold from scoring 1
    // by default, and the table shows how many such traps were tested.
    for (const negative of page.negatives) {
      const hit = predicted.some((p) => negative.offset !== undefined && p.offset < negative.offset + negative.text.length && negative.offset < p.offset + p.text.length);
      if (!hit) {
        const counts = result.byTrap.get(negative.trap) ?? empty();
        result.byTrap.set(negative.trap, counts);
      }
    }
  }
  return result;
}

export function negativesPerTrap(pages: readonly GoldPage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const page of pages) for (const n of page.negatives) counts.set(n.trap, (counts.get(n.trap) ?? 0) + 1);
  return counts;
}

// The dashboard's search and filters: a full-text index (minisearch) over quotes, notes, explanations, tags,
// claimants and page titles, and filters by site, tag, verdict, entity and date.
import MiniSearch from 'minisearch';
import type { Annotation } from './model.js';

export interface AnnotationFilter {
  text?: string; // words to search for
  site?: string; // a host name
  tag?: string;
  verdict?: string; // a rating label, or "none" for annotations without a verdict
  entity?: string; // an entity id
  from?: string; // YYYY-MM-DD, inclusive, on the annotation's creation date
  to?: string; // YYYY-MM-DD, inclusive
}

export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function isFilterOn(filter: AnnotationFilter): boolean {
  return Object.values(filter).some((value) => typeof value === 'string' && value.trim() !== '');
}

export class AnnotationIndex {
  private readonly search = new MiniSearch<{ id: string; text: string }>({
    fields: ['text'],
    storeFields: [],
    searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  private readonly byId = new Map<string, Annotation>();

  constructor(annotations: readonly Annotation[]) {
    for (const a of annotations) this.byId.set(a.id, a);
    this.search.addAll(
      annotations.map((a) => ({
        id: a.id,
        text: [a.target.quote.exact, a.note, a.verdict?.label, a.verdict?.explanation, a.claimant, a.page.title, a.page.url, ...a.tags, ...a.entities].filter(Boolean).join('\n'),
      })),
    );
  }

  /** The annotations that pass the filter: search hits by relevance, else newest first. */
  query(filter: AnnotationFilter): Annotation[] {
    const text = filter.text?.trim();
    const candidates = text
      ? this.search.search(text).map((hit) => this.byId.get(String(hit.id))).filter((a): a is Annotation => a !== undefined)
      : [...this.byId.values()].sort((a, b) => b.modified.localeCompare(a.modified));
    return candidates.filter((a) => {
      if (filter.site && siteOf(a.page.url) !== filter.site) return false;
      if (filter.tag && !a.tags.includes(filter.tag)) return false;
      if (filter.verdict && (filter.verdict === 'none' ? a.verdict !== undefined : a.verdict?.label !== filter.verdict)) return false;
      if (filter.entity && !a.entities.includes(filter.entity)) return false;
      const day = a.created.slice(0, 10);
      if (filter.from && day < filter.from) return false;
      if (filter.to && day > filter.to) return false;
      return true;
    });
  }
}

// Checking a page's claims: find them (detect.ts), judge each as of the right date (compare.ts). Pure: the caller
// supplies the page's blocks with the recogniser's mentions, and the database's entities, statements and coverage.
import type { Entity, Property, Statement } from '../data/schema.js';
import type { Coverage } from '../types.js';
import { datesIn, precisionOf } from './dates.js';
import { type TextBlock, findClaims } from './detect.js';
import { judge } from './compare.js';
import { languageOf } from './segment.js';
import type { CheckedClaim, ReferenceDateSource } from './types.js';

export interface ClaimDatabase {
  properties: readonly Property[];
  statements: readonly Statement[];
  entity: (id: string) => Entity | undefined;
  coverage: (id: string) => Coverage | undefined;
}

export interface StoryDate {
  /** ISO day from the page's metadata, when it has one. */
  page?: string;
  /** Today (ISO day): the fallback. */
  today: string;
}

// A dateline: a short line near the top that is a date and a byline ("11 Nov 2022 By: …", "By the desk · 21 August 2023").
const BYLINE = /\b(?:by|updated|published)\b|·|\||автор|yazar/iu;

/** The story's date from a dateline in its first lines, when the page's metadata gives none. */
export function datelineDate(blocks: readonly TextBlock[]): string | undefined {
  for (const block of blocks.slice(0, 12)) {
    const text = block.text.trim();
    if (text.length > 90 || !BYLINE.test(text)) continue;
    const found = datesIn(text, languageOf(text)).find((d) => precisionOf(d.date) === 3);
    if (found) return found.date;
  }
  return undefined;
}

export function checkClaims(blocks: readonly TextBlock[], db: ClaimDatabase, story: StoryDate): CheckedClaim[] {
  const dateline = story.page ? undefined : datelineDate(blocks);
  const storyDate = story.page ?? dateline;
  const storySource: ReferenceDateSource = story.page ? 'page' : dateline ? 'dateline' : 'today';
  const properties = new Map(db.properties.map((p) => [p.id, p]));
  const bySubject = new Map<string, Statement[]>();
  for (const s of db.statements) bySubject.set(`${s.subject}|${s.property}`, [...(bySubject.get(`${s.subject}|${s.property}`) ?? []), s]);
  const found = findClaims(blocks, {
    properties: db.properties,
    statements: db.statements,
    entity: (id) => {
      const e = db.entity(id);
      return e && { type: e.type, roles: e.roles, makers: e.relations.filter((r) => r.type === 'enactedBy').map((r) => r.target) };
    },
    ...(storyDate ? { storyDate } : {}),
  });
  const out: CheckedClaim[] = [];
  for (const claim of found) {
    const property = properties.get(claim.property);
    const entity = db.entity(claim.entity);
    if (!property || !entity) continue;
    const bySentence = claim.property === 'holdsPost' && claim.sentenceDate !== undefined && precisionOf(claim.sentenceDate) === 3;
    const verdict = judge(claim, {
      property,
      statements: bySubject.get(`${claim.entity}|${claim.property}`) ?? [],
      roles: entity.roles,
      referenceDate: bySentence ? (claim.sentenceDate as string) : (storyDate ?? story.today),
      referenceDateSource: bySentence ? 'sentence' : storySource,
      coverage: db.coverage,
      otherAgencyNamed: claim.alsoNamed.some((id) => db.entity(id)?.type === 'agency'),
    });
    out.push({ ...claim, ...verdict, propertyLabel: property.label, entityName: entity.name });
  }
  return out;
}

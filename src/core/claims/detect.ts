// Finding claims: sentences that name an entity of the page (the recogniser's mentions) and state a value of one of
// the vocabulary's properties near one of its cue words. Reduced to (entity, property, value). Precision first: a
// value must sit next to its cue, a count next to its noun, a post right next to the name.
import type { EntityType, Property, Role, Statement } from '../data/schema.js';
import { datesIn } from './dates.js';
import { postNextTo } from './posts.js';
import { quantities } from './quantities.js';
import { languageOf, sentences } from './segment.js';
import type { ClaimValue, FoundClaim, Hedge } from './types.js';

/** A block of the page's text (a paragraph) and the entities the recogniser found in it. */
export interface TextBlock {
  text: string;
  mentions: { start: number; end: number; entity: string }[];
}

/** What detection needs to know about an entity. */
export interface EntityFacts {
  type: EntityType;
  roles: readonly Role[];
  /** The bodies that made it (its "enactedBy" relations), for agreements reached through their signatories. */
  makers: readonly string[];
}

export interface DetectionContext {
  properties: readonly Property[];
  statements: readonly Statement[];
  entity: (id: string) => EntityFacts | undefined;
  /** The story's date, when known: it lets a date written without a year be read. */
  storyDate?: string;
}

const MAX_CUE_DISTANCE = 60;
const EARLIER_EVENT = /\bhad\s+(?:earlier\s+|already\s+|previously\s+)?\p{L}+(?:ed|en|ned|ld|ght|ne|id|ent|ook|ote|et)\b|\bat the time\b|\bearlier\b|\bpreviously\b|\bранее\b|\bв то время\b/iu;
const SUBSET = /(?:\b(?:from|among|including|by|for|to|between)|\bиз|\bсреди|\bдля|\bот)\s+(?:the\s+|its\s+|their\s+)?$/iu;
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Январ|Феврал|Март|Апрел|Ма[йя]|Июн|Июл|Август|Сентябр|Октябр|Ноябр|Декабр)/u;

function fold(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/ё/g, 'е');
}

interface Span {
  start: number;
  end: number;
}

/** Every place a cue occurs in the sentence, as a whole word (or inside Japanese, which has no spaces). */
function cueSpans(folded: string, cues: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const cue of cues) {
    const key = fold(cue);
    let from = 0;
    for (let at = folded.indexOf(key, from); at >= 0; at = folded.indexOf(key, from)) {
      from = at + 1;
      const before = folded[at - 1] ?? ' ';
      const after = folded[at + key.length] ?? ' ';
      const cjk = /[\u3040-\u9fff]/u.test(key);
      // Russian and Turkish cues are stems: they may continue; English cues are whole words.
      const stem = /[\u0400-\u04ff]/u.test(key) || /[ğışçöü]/u.test(key);
      if (!cjk && /[\p{L}\p{N}]/u.test(before)) continue;
      if (!cjk && !stem && /[\p{L}\p{N}]/u.test(after)) continue;
      spans.push({ start: at, end: at + key.length });
    }
  }
  return spans;
}

function distance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

const FORECAST = /\b(?:will|would|could|may|might|expected to|is set to|are set to|plans? to|planned|due to|proposed|draft|bill would)\b|будет|будут|может|планиру\p{L}*|должн\p{L}*|законопроект\p{L}*|ожидается|olacak|edecek|予定/iu;
const NEGATED = /\b(?:not|never|no longer|yet to)\b|n't\b|\bне\s|\bнет\b|değil|ない/iu;

function hedgeOf(sentence: string): Hedge | undefined {
  if (NEGATED.test(sentence)) return 'negated';
  if (FORECAST.test(sentence)) return 'forecast';
  return undefined;
}

/** The nearest value of the property's kind to one of its cues, within reach. */
function valueNear(property: Property, sentence: string, cues: Span[], blocked: Span[], lang: string, storyDate: string | undefined, places: PlaceName[]): { value: ClaimValue; span: Span; cue: Span } | undefined {
  let best: { value: ClaimValue; span: Span; cue: Span; d: number } | undefined;
  const consider = (value: ClaimValue, span: Span, allowed: (cue: Span) => boolean): void => {
    if (blocked.some((b) => span.start < b.end && b.start < span.end)) return;
    for (const cue of cues) {
      if (!allowed(cue)) continue;
      const d = distance(span, cue);
      if (d <= MAX_CUE_DISTANCE && (!best || d < best.d)) best = { value, span, cue, d };
    }
  };
  switch (property.valueKind) {
    case 'date':
      for (const found of datesIn(sentence, lang, storyDate)) consider({ kind: 'date', date: found.date, text: found.text }, found, () => true);
      break;
    case 'quantity':
      for (const q of quantities(sentence, lang)) {
        // A part of a whole is no count of it: "police from 52 member countries", "among 40 members".
        if (SUBSET.test(sentence.slice(0, q.start))) continue;
        const value: ClaimValue = { kind: 'quantity', amount: q.amount, approximation: q.approximation, text: q.text, ...(q.unit ? { unit: q.unit } : {}) };
        if (property.unit === undefined) {
          // Money: a currency must be written, and the cue may be anywhere near.
          if (q.unit) consider(value, q, () => true);
        } else if (!q.unit) {
          // A count: its noun follows within a few words ("195 member states", "30 licensed platforms"), or it
          // follows its noun closely ("membership of 196").
          consider(value, q, (cue) => (cue.start >= q.end && /^[\s\p{L}-]{0,30}$/u.test(sentence.slice(q.end, cue.start)) && sentence.slice(q.end, cue.start).trim().split(/\s+/).length <= 4) || (cue.end <= q.start && /^[\s:—–-]*(?:of|at|to|stands at|reached|is|was|—|–)?[\s:—–-]*(?:more than|over|about|nearly|almost|some)?\s*$/iu.test(sentence.slice(cue.end, q.start))));
        }
      }
      break;
    case 'place': {
      const folded = fold(sentence);
      for (const place of places) {
        const at = folded.indexOf(fold(place.written));
        if (at >= 0) consider({ kind: 'place', name: place.name, known: true, text: sentence.slice(at, at + place.written.length) }, { start: at, end: at + place.written.length }, (cue) => cue.end <= at);
      }
      if (!best) {
        // A place the database does not name: read the capitalised words right after the cue, to say "not judged"
        // (never a month: "signed in November" is a date).
        const dated = datesIn(sentence, lang, storyDate);
        for (const cue of cues) {
          const m = /^\s*(?:the\s+)?([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)*)/u.exec(sentence.slice(cue.end));
          const at = cue.end + (m ? m[0].indexOf(m[1] ?? '') : 0);
          if (m?.[1] && !MONTH.test(m[1]) && !dated.some((d) => at >= d.start && at < d.end)) {
            const start = cue.end + m[0].indexOf(m[1]);
            consider({ kind: 'place', name: m[1], known: false, text: m[1] }, { start, end: start + m[1].length }, (c) => c === cue);
          }
        }
      }
      break;
    }
    default:
      break;
  }
  return best;
}

interface PlaceName {
  name: string;
  written: string;
}

function placeNames(statements: readonly Statement[], property: string): PlaceName[] {
  const out: PlaceName[] = [];
  for (const s of statements) {
    if (s.property !== property || s.value.kind !== 'place') continue;
    for (const written of [s.value.name, ...s.value.names]) out.push({ name: s.value.name, written });
  }
  return out.sort((a, b) => b.written.length - a.written.length);
}

// Properties a sentence may inherit its subject for from the sentence before it ("… signed a deal. The officials
// met in Turkey's capital."): only where the value must be one the database names, so a guess cannot slip in.
const INHERITS_SUBJECT = new Set(['signedAt']);

export function findClaims(blocks: readonly TextBlock[], context: DetectionContext): FoundClaim[] {
  const claims: FoundClaim[] = [];
  const subjectsWith = new Map<string, Set<string>>();
  for (const s of context.statements) {
    const set = subjectsWith.get(s.property) ?? new Set<string>();
    set.add(s.subject);
    subjectsWith.set(s.property, set);
  }
  const places = new Map(context.properties.filter((p) => p.valueKind === 'place').map((p) => [p.id, placeNames(context.statements, p.id)]));

  blocks.forEach((block, blockIndex) => {
    const lang = languageOf(block.text);
    let previousMentions: TextBlock['mentions'] = [];
    for (const sentence of sentences(block.text, lang)) {
      const text = sentence.text;
      const mentions = block.mentions
        .filter((m) => m.start >= sentence.start && m.end <= sentence.end)
        .map((m) => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start }));
      const inherited = previousMentions;
      previousMentions = mentions.length > 0 ? mentions : previousMentions;
      if (/\?\s*["»”]?$/u.test(text)) continue; // a question claims nothing
      const folded = fold(text);
      const hedge = hedgeOf(text);
      const dates = datesIn(text, lang, context.storyDate).filter((d) => !mentions.some((m) => d.start < m.end && m.start < d.end));
      const sentenceDate = dates.find((d) => d.date.length >= 7 && /^\s*(?:on|in|at|by|as of)?\s*$/iu.test(text.slice(0, d.start)))?.date;
      const seen = new Set<string>();
      const add = (claim: FoundClaim): void => {
        const key = `${claim.entity}|${claim.property}`;
        if (seen.has(key)) return;
        seen.add(key);
        claims.push(claim);
      };
      const named = [...new Set(mentions.map((m) => m.entity))];
      const base = { block: blockIndex, start: sentence.start, end: sentence.end, sentence: text, ...(hedge ? { hedge } : {}), ...(sentenceDate ? { sentenceDate } : {}) };
      const alsoNamed = (entity: string): string[] => named.filter((id) => id !== entity);

      // Posts next to officials' names.
      for (const mention of mentions) {
        const facts = context.entity(mention.entity);
        if (facts?.type !== 'official') continue;
        const post = postNextTo(text, mention.start, mention.end);
        if (!post) continue;
        // A title in a sentence about an earlier event ("had earlier signed … with justice minister X", "in 2022
        // Prosecutor General X signed") describes the post at that event, as "then" does.
        const pastDated = context.storyDate !== undefined && dates.some((d) => d.date < (context.storyDate as string).slice(0, d.date.length));
        const then = post.then || (!post.former && (EARLIER_EVENT.test(text) || (pastDated && !sentenceDate)));
        add({ ...base, entity: mention.entity, property: 'holdsPost', value: { kind: 'post', post: post.phrase, former: post.former, then, text: post.phrase }, alsoNamed: alsoNamed(mention.entity) });
      }

      // Values next to a property's cue.
      const used: Span[] = [];
      for (const property of context.properties) {
        if (property.valueKind === 'entity') continue;
        const cues = cueSpans(folded, property.cues[lang] ?? property.cues.en ?? []);
        if (cues.length === 0) continue;
        const blocked = [...mentions, ...used];
        const found = valueNear(property, text, cues, blocked, lang, context.storyDate, places.get(property.id) ?? []);
        if (!found) continue;
        const withStatements = subjectsWith.get(property.id) ?? new Set<string>();
        const candidates = mentions.filter((m) => property.subjectTypes.includes(context.entity(m.entity)?.type ?? 'official'));
        const known = candidates.filter((m) => withStatements.has(m.entity));
        const pool = known.length > 0 ? known : INHERITS_SUBJECT.has(property.id) && mentions.length === 0 ? [] : candidates;
        let subject = pool.sort((a, b) => distance(a, found.cue) - distance(b, found.cue))[0]?.entity;
        if (!subject && INHERITS_SUBJECT.has(property.id) && found.value.kind === 'place' && found.value.known) {
          // The subject is the one statement subject whose value names this place, reached through the officials
          // named in this sentence or the one before, who head the bodies that made it.
          subject = subjectThroughNeighbours(property.id, found.value.name, [...mentions, ...inherited], context);
        }
        if (!subject) continue;
        used.push(found.span);
        add({ ...base, entity: subject, property: property.id, value: found.value, alsoNamed: alsoNamed(subject) });
      }
    }
  });
  return claims;
}

/** For "The officials met in Turkey's capital" after a sentence naming them: the agreement whose signing place is recorded and whose makers they head. */
function subjectThroughNeighbours(property: string, place: string, neighbours: TextBlock['mentions'], context: DetectionContext): string | undefined {
  const bodies = new Set<string>();
  for (const m of neighbours) {
    bodies.add(m.entity);
    for (const role of context.entity(m.entity)?.roles ?? []) if (role.body) bodies.add(role.body);
  }
  const subjects = new Set(
    context.statements
      .filter((s) => s.property === property && s.value.kind === 'place' && s.value.name === place)
      .map((s) => s.subject)
      .filter((subject) => context.entity(subject)?.makers.some((b) => bodies.has(b))),
  );
  return subjects.size === 1 ? [...subjects][0] : undefined;
}

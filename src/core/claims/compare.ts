// Judging one claim against the database as of a reference date, with the tolerance rules of its property. Every
// branch writes down why. Precision first: where no rule settles it the answer is "unjudged", never a guess, and a
// value recorded long before the story cannot contradict it.
import type { Property, Role, Source, Statement } from '../data/schema.js';
import type { Coverage } from '../types.js';
import { daysBetween, precisionOf, sameAtCoarser } from './dates.js';
import { postKey } from './posts.js';
import type { ClaimSource, ClaimValue, FoundClaim, RecordedValue, ReferenceDateSource, Verdict } from './types.js';

export interface JudgeContext {
  property: Property;
  /** The statements about the claim's subject and property. */
  statements: readonly Statement[];
  /** The claim's subject's roles (for posts). */
  roles: readonly Role[];
  referenceDate: string;
  referenceDateSource: ReferenceDateSource;
  coverage: (id: string) => Coverage | undefined;
  /** The sentence names an agency besides the subject (for money: the amount may be its share). */
  otherAgencyNamed?: boolean;
}

export function toClaimSource(source: Source, coverage: (id: string) => Coverage | undefined): ClaimSource {
  if ('coverage' in source) {
    const record = coverage(source.coverage);
    if (!record) return { title: source.coverage, publisher: 'unknown' };
    return { title: record.title, publisher: record.outlet, ...(record.url ? { url: record.url } : {}), ...(record.date ? { date: record.date } : {}), ...(record.retrievedAt ? { seen: record.retrievedAt } : {}), tier: 'coverage' };
  }
  if ('dataset' in source) {
    return { title: `${source.path}, record ${source.key}`, publisher: `${source.dataset} (dataset)`, url: source.url, ...(source.published ? { date: source.published } : {}), tier: source.tier };
  }
  return { title: source.title, publisher: source.publisher, url: source.url, ...(source.published ? { date: source.published } : {}), seen: source.retrievedAt, ...(source.tier ? { tier: source.tier } : {}) };
}

function valueText(statement: Statement, property: Property): string {
  const v = statement.value;
  switch (v.kind) {
    case 'quantity':
      return `${statement.qualifiers.lowerBound ? 'more than ' : statement.qualifiers.approximate ? 'about ' : ''}${v.amount.toLocaleString('en-US')} ${v.unit === property.unit ? `${v.unit}s` : v.unit}`;
    case 'date':
      return v.date;
    case 'place':
      return v.name;
    case 'entity':
      return v.entity;
    case 'string':
      return v.text;
  }
}

function when(s: Statement): string | undefined {
  if (s.start && s.end) return `${s.start} – ${s.end}`;
  if (s.start) return `from ${s.start}`;
  if (s.asOf) return `as of ${s.asOf}`;
  if (s.end) return `until ${s.end}`;
  return undefined;
}

function recorded(s: Statement, ctx: JudgeContext): RecordedValue {
  const date = when(s);
  return {
    statement: s.id,
    value: valueText(s, ctx.property),
    ...(date ? { date } : {}),
    ...(s.qualifiers.part ? { part: s.qualifiers.part } : {}),
    rank: s.rank,
    ...(s.note ? { note: s.note } : {}),
    sources: s.sources.map((src) => toClaimSource(src, ctx.coverage)),
  };
}

function claimText(value: ClaimValue): string {
  switch (value.kind) {
    case 'quantity': {
      const q = { exact: '', about: 'about ', moreThan: 'more than ', atLeast: 'at least ', nearly: 'nearly ', lessThan: 'fewer than ', upTo: 'up to ' }[value.approximation];
      return `${q}${value.amount.toLocaleString('en-US')}${value.unit ? ` ${value.unit}` : ''}`;
    }
    case 'date':
      return value.date;
    case 'place':
      return value.name;
    case 'post':
      return `${value.former ? 'former ' : value.then ? 'then ' : ''}${value.post}`;
  }
}

function verdict(ctx: JudgeContext, claim: FoundClaim, v: Omit<Verdict, 'referenceDate' | 'referenceDateSource' | 'reasoning'> & { reasoning: string[] }): Verdict {
  const dateNote = {
    page: `the story's date, from the page (${ctx.referenceDate})`,
    dateline: `the story's date, from its dateline (${ctx.referenceDate})`,
    sentence: `the date the sentence itself gives (${ctx.referenceDate})`,
    today: `today (${ctx.referenceDate}), because the page gives no date`,
  }[ctx.referenceDateSource];
  return {
    ...v,
    reasoning: [`Read from the sentence: ${ctx.property.label} = ${claimText(claim.value)} ("${claim.value.text}").`, `Judged as of ${dateNote}.`, ...v.reasoning],
    referenceDate: ctx.referenceDate,
    referenceDateSource: ctx.referenceDateSource,
  };
}

// Words that put a penalty in another event than the one recorded.
const ANOTHER_EVENT = /\b(?:has since|have since|since then|later|again|another|separately|a separate|in a separate|also fined|new fine|second)\b|\bснова\b|\bещё раз\b|\bеще раз\b|\bотдельн\p{L}*|\bпозже\b/iu;

const datedBy = (s: Statement): string => s.start ?? s.asOf ?? s.end ?? '';
const knownDate = (ctx: JudgeContext): boolean => ctx.referenceDateSource !== 'today';

export function judge(claim: FoundClaim, ctx: JudgeContext): Verdict {
  if (claim.value.kind === 'post') return judgePost(claim, claim.value, ctx);
  const all = ctx.statements;
  if (all.length === 0) {
    return verdict(ctx, claim, { verdict: 'unknown', reasoning: [`The database has no statement of the ${ctx.property.label} of this entity.`] });
  }
  if (claim.hedge === 'negated') {
    return verdict(ctx, claim, { verdict: 'unjudged', reasoning: ['The sentence negates the value ("not", "no longer"): no rule compares a negation.'], recorded: recorded(all[0] as Statement, ctx) });
  }
  switch (claim.value.kind) {
    case 'quantity':
      return judgeQuantity(claim, claim.value, ctx);
    case 'date':
      return judgeDate(claim, claim.value, ctx);
    case 'place':
      return judgePlace(claim, claim.value, ctx);
  }
}

type Outcome = 'match' | 'mismatch' | 'undetermined';

function compareQuantity(value: Extract<ClaimValue, { kind: 'quantity' }>, s: Statement, property: Property): { outcome: Outcome; rule: string } {
  if (s.value.kind !== 'quantity') return { outcome: 'undetermined', rule: 'not a quantity' };
  const db = s.value.amount;
  const c = value.amount;
  const tol = property.tolerance;
  if (s.qualifiers.lowerBound) {
    if (value.approximation === 'moreThan' || value.approximation === 'atLeast') return c <= db ? { outcome: 'match', rule: `the database says more than ${db}, which is more than ${c}` } : { outcome: 'undetermined', rule: `the database says only "more than ${db}"` };
    return { outcome: 'undetermined', rule: `the database records only a lower bound (more than ${db}), which cannot settle an exact figure` };
  }
  const approxRule = `within ${Math.round(tol.approximate * 100)}% for a round or approximate figure`;
  switch (value.approximation) {
    case 'moreThan':
      return { outcome: db > c ? 'match' : 'mismatch', rule: `"more than ${c}" holds if the recorded value exceeds ${c}` };
    case 'atLeast':
      return { outcome: db >= c ? 'match' : 'mismatch', rule: `"at least ${c}" holds if the recorded value is ${c} or more` };
    case 'lessThan':
      return { outcome: db < c ? 'match' : 'mismatch', rule: `"fewer than ${c}" holds if the recorded value is below ${c}` };
    case 'upTo':
      return { outcome: db <= c ? 'match' : 'mismatch', rule: `"up to ${c}" holds if the recorded value is ${c} or less` };
    case 'about':
    case 'nearly':
      return { outcome: Math.abs(db - c) <= tol.approximate * c ? 'match' : 'mismatch', rule: approxRule };
    case 'exact': {
      const limit = s.qualifiers.approximate ? tol.approximate : tol.relative;
      const ok = Math.abs(db - c) <= limit * Math.max(c, db);
      return { outcome: ok ? 'match' : 'mismatch', rule: limit === 0 ? 'a plain number must equal the recorded one' : `a plain figure within ${Math.round(limit * 100)}% of the recorded one` };
    }
  }
}

function judgeQuantity(claim: FoundClaim, value: Extract<ClaimValue, { kind: 'quantity' }>, ctx: JudgeContext): Verdict {
  const R = ctx.referenceDate;
  const money = ctx.property.unit === undefined;
  // A fine recorded against one party says nothing of a fine the sentence does not put on that party.
  const sentence = claim.sentence.toLowerCase();
  const named = ctx.statements.filter((s) => s.qualifiers.party === undefined || sentence.includes(s.qualifiers.party.toLowerCase()));
  if (named.length === 0) {
    const parties = [...new Set(ctx.statements.map((s) => s.qualifiers.party))].join(', ');
    return verdict(ctx, claim, { verdict: 'unknown', reasoning: [`The database records this ${ctx.property.label} only for ${parties}, and the sentence names none of them.`] });
  }
  const live = named.filter((s) => s.rank !== 'deprecated').sort((a, b) => datedBy(a).localeCompare(datedBy(b)));
  const comparable = live.filter((s) => s.value.kind === 'quantity' && (!money || s.value.unit === value.unit));
  if (comparable.length === 0) {
    return verdict(ctx, claim, { verdict: 'unjudged', reasoning: [`The database records this ${ctx.property.label} in another unit (${live.map((s) => valueText(s, ctx.property)).join(', ')}); no rule converts currencies.`] });
  }
  if (money && ctx.otherAgencyNamed) {
    const rec = recorded(comparable[0] as Statement, ctx);
    const { outcome } = compareQuantity(value, comparable[0] as Statement, ctx.property);
    if (outcome !== 'match') return verdict(ctx, claim, { verdict: 'unjudged', recorded: rec, reasoning: [`The database: ${rec.value}.`, 'It disagrees, but the sentence also names another agency: the amount may be that agency\'s share, which the database does not record.'] });
  }
  const before = comparable.filter((s) => datedBy(s) <= R && (s.end === undefined || !(s.end < R)));
  const current = before[before.length - 1];
  if (!current) {
    const first = comparable[0] as Statement;
    return verdict(ctx, claim, { verdict: 'unjudged', recorded: recorded(first, ctx), reasoning: [`The database's first record (${valueText(first, ctx.property)}, ${when(first) ?? 'undated'}) is later than the reference date, so it cannot say what was true then.`] });
  }
  const { outcome, rule } = compareQuantity(value, current, ctx.property);
  const rec = recorded(current, ctx);
  const seen = `The database: ${rec.value}${rec.date ? ` (${rec.date})` : ''}, the latest record on or before the reference date.`;
  if (outcome === 'undetermined') return verdict(ctx, claim, { verdict: 'unjudged', recorded: rec, rule, reasoning: [seen, `Not judged: ${rule}.`] });
  if (outcome === 'match') {
    const later = comparable.filter((s) => datedBy(s) > R && compareQuantity(value, s, ctx.property).outcome === 'mismatch');
    const changed = later[later.length - 1];
    if (changed && knownDate(ctx)) {
      const now = recorded(changed, ctx);
      return verdict(ctx, claim, { verdict: 'outdated', direction: 'changed-since', recorded: now, rule, reasoning: [seen, `It agrees (${rule}): true on the story's date.`, `It has changed since: ${now.value} (${now.date ?? 'undated'}).`] });
    }
    return verdict(ctx, claim, { verdict: 'supported', recorded: rec, rule, reasoning: [seen, `It agrees: ${rule}.`] });
  }
  const next = comparable.find((s) => datedBy(s) > R);
  if (next && compareQuantity(value, next, ctx.property).outcome === 'match') {
    const then = recorded(next, ctx);
    return verdict(ctx, claim, { verdict: 'unjudged', recorded: rec, rule, reasoning: [seen, `It disagrees, but it matches the next record (${then.value}, ${then.date ?? 'undated'}): the value changed between the two records, and the reference date falls in between.`] });
  }
  const earlier = [...comparable].reverse().find((s) => s !== current && datedBy(s) < datedBy(current) && compareQuantity(value, s, ctx.property).outcome === 'match');
  if (earlier) {
    const then = recorded(earlier, ctx);
    return verdict(ctx, claim, { verdict: 'outdated', direction: 'was-true-earlier', recorded: rec, rule, reasoning: [seen, `It disagrees (${rule}), but it was true earlier: ${then.value} (${then.date ?? 'undated'}).`] });
  }
  const age = daysBetween(datedBy(current), R);
  const stale = ctx.property.tolerance.staleAfterDays;
  if (stale !== undefined && age > stale) {
    return verdict(ctx, claim, { verdict: 'unjudged', recorded: rec, rule, reasoning: [seen, `It disagrees, but the record is ${age} days older than the reference date; a ${ctx.property.label} older than ${stale} days cannot contradict it.`] });
  }
  if (claim.hedge === 'forecast') {
    return verdict(ctx, claim, { verdict: 'unjudged', recorded: rec, rule, reasoning: [seen, 'It disagrees, but the sentence states a forecast or a plan, which no record settles.'] });
  }
  if (money) {
    const recordedAmount = current.value.kind === 'quantity' ? current.value.amount : 0;
    const ratio = Math.max(value.amount, recordedAmount) / Math.max(1, Math.min(value.amount, recordedAmount));
    if (ratio >= 10 || ANOTHER_EVENT.test(claim.sentence)) {
      return verdict(ctx, claim, { verdict: 'unjudged', recorded: rec, rule, reasoning: [seen, ratio >= 10 ? 'It disagrees by an order of magnitude or more: more likely another penalty than a wrong figure for this one.' : 'It disagrees, but the sentence speaks of a later or separate penalty ("since", "again", "separately").'] });
    }
  }
  return verdict(ctx, claim, { verdict: 'contradicted', recorded: rec, rule, reasoning: [seen, `It disagrees: ${rule}.`] });
}

/** Statements that give different values for the same thing (same part), each side shown. */
function disagreementAmong(statements: readonly Statement[], same: (a: Statement, b: Statement) => boolean, ctx: JudgeContext): RecordedValue[] | undefined {
  for (const a of statements) {
    const others = statements.filter((b) => b !== a && (b.qualifiers.part ?? '') === (a.qualifiers.part ?? '') && !same(a, b));
    if (others.length > 0) return [a, ...others].map((s) => recorded(s, ctx));
  }
  return undefined;
}

function judgeDate(claim: FoundClaim, value: Extract<ClaimValue, { kind: 'date' }>, ctx: JudgeContext): Verdict {
  const dated = ctx.statements.filter((s) => s.value.kind === 'date');
  const dateOf = (s: Statement): string => (s.value.kind === 'date' ? s.value.date : '');
  const same = (a: Statement, b: Statement): boolean => sameAtCoarser(dateOf(a), dateOf(b));
  const disagreement = disagreementAmong(dated, same, ctx);
  const live = dated.filter((s) => s.rank !== 'deprecated');
  const preferred = live.some((s) => s.rank === 'preferred') ? live.filter((s) => s.rank === 'preferred' || s.qualifiers.part !== undefined) : live;
  const rule = `dates agree when they are equal at the coarser of the two precisions (a ${['', 'year', 'month', 'day'][precisionOf(value.date)]} is written in the sentence)`;
  const matching = preferred.find((s) => sameAtCoarser(value.date, dateOf(s)));
  const extra = disagreement ? { disagreement } : {};
  if (matching) {
    const rec = recorded(matching, ctx);
    return verdict(ctx, claim, { verdict: 'supported', recorded: rec, rule, ...extra, reasoning: [`The database: ${rec.value}${rec.part ? ` for ${rec.part}` : ''}.`, `It agrees: ${rule}.`, ...(disagreement ? ['Sources disagree on this date: see each side.'] : [])] });
  }
  const best = preferred[0] ?? (dated[0] as Statement);
  const rec = recorded(best, ctx);
  const listed = preferred.map((s) => `${dateOf(s)}${s.qualifiers.part ? ` (${s.qualifiers.part})` : ''}`).join('; ');
  if (claim.hedge === 'forecast') return verdict(ctx, claim, { verdict: 'unjudged', recorded: rec, rule, ...extra, reasoning: [`The database: ${listed}.`, 'It disagrees, but the sentence states a forecast or a plan.'] });
  if (preferred.every((s) => s.qualifiers.part !== undefined)) {
    return verdict(ctx, claim, { verdict: 'unjudged', recorded: rec, rule, ...extra, reasoning: [`The database: ${listed}.`, 'It disagrees, but the database records this date only for part of it; the sentence may mean another part.'] });
  }
  return verdict(ctx, claim, { verdict: 'contradicted', recorded: rec, rule, ...extra, reasoning: [`The database: ${listed}.`, `None agrees: ${rule}.`] });
}

function judgePlace(claim: FoundClaim, value: Extract<ClaimValue, { kind: 'place' }>, ctx: JudgeContext): Verdict {
  const placed = ctx.statements.filter((s) => s.value.kind === 'place');
  const nameOf = (s: Statement): string => (s.value.kind === 'place' ? s.value.name : '');
  const disagreement = disagreementAmong(placed, (a, b) => nameOf(a) === nameOf(b), ctx);
  const extra = disagreement ? { disagreement } : {};
  const best = placed.find((s) => s.rank === 'preferred') ?? placed.find((s) => s.rank !== 'deprecated') ?? (placed[0] as Statement);
  const rec = recorded(best, ctx);
  const rule = 'a place agrees when the sentence names it or one of the names the database gives it';
  if (!value.known) {
    return verdict(ctx, claim, { verdict: 'unjudged', recorded: rec, rule, ...extra, reasoning: [`The database: ${rec.value}.`, `The sentence names "${value.name}", which the database does not place relative to ${rec.value} (it may contain it or be part of it).`] });
  }
  const same = placed.filter((s) => nameOf(s) === value.name);
  if (same.some((s) => s.rank !== 'deprecated')) {
    const match = same.find((s) => s.rank !== 'deprecated') as Statement;
    return verdict(ctx, claim, { verdict: 'supported', recorded: recorded(match, ctx), rule, ...extra, reasoning: [`The database: ${nameOf(match)}.`, `It agrees: ${rule}.`, ...(disagreement ? ['Sources disagree on this place: see each side.'] : [])] });
  }
  const note = same[0]?.note;
  return verdict(ctx, claim, { verdict: 'contradicted', recorded: rec, rule, ...extra, reasoning: [`The database: ${rec.value}${rec.date ? ` (${rec.date})` : ''}.`, `The sentence's ${value.name} is ${same.length > 0 ? 'a value the database records only from weaker sources and ranks deprecated' : 'not it'}${note ? `: ${note.replace(/\.$/, '')}` : ''}.`] });
}

function heldOn(role: Role, date: string): boolean {
  const started = role.start === undefined || role.start <= date || date.startsWith(role.start);
  const ended = role.end !== undefined && role.end < date && !date.startsWith(role.end);
  return started && !ended;
}

function roleRecord(role: Role, ctx: JudgeContext): RecordedValue {
  return { value: role.post, date: `${role.start ?? '?'} – ${role.end ?? 'present'}`, sources: role.sources.map((s) => toClaimSource(s, ctx.coverage)) };
}

function judgePost(claim: FoundClaim, value: Extract<ClaimValue, { kind: 'post' }>, ctx: JudgeContext): Verdict {
  const key = postKey(value.post);
  const roles = ctx.roles.filter((r) => postKey(r.post) === key);
  const R = ctx.referenceDate;
  const rule = 'a post agrees when one of the official\'s dated roles is that post and was held on the reference date';
  if (roles.length === 0) {
    return verdict(ctx, claim, { verdict: 'unknown', rule, reasoning: [`The database records no role of this official as "${value.post}"${ctx.roles.length ? ` (it records: ${ctx.roles.map((r) => r.post).join('; ')})` : ''}.`] });
  }
  const held = roles.find((r) => heldOn(r, R));
  const ended = roles.filter((r) => r.end !== undefined && r.end < R && !R.startsWith(r.end)).sort((a, b) => (b.end ?? '').localeCompare(a.end ?? ''));
  const latest = [...roles].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''))[0] as Role;
  if (value.then) {
    const any = roles.filter((r) => r.start === undefined || r.start <= R).sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''))[0];
    if (any) return verdict(ctx, claim, { verdict: 'supported', recorded: roleRecord(any, ctx), rule, reasoning: [`The database: ${any.post}, ${roleRecord(any, ctx).date}.`, '"Then" refers to an earlier time, and the post was held before the reference date.'] });
    return verdict(ctx, claim, { verdict: 'unjudged', recorded: roleRecord(latest, ctx), rule, reasoning: ['"Then" refers to an earlier time the sentence does not give.'] });
  }
  if (value.former) {
    if (!held && ended[0]) return verdict(ctx, claim, { verdict: 'supported', recorded: roleRecord(ended[0], ctx), rule, reasoning: [`The database: ${ended[0].post}, ${roleRecord(ended[0], ctx).date}: ended before the reference date, as "former" says.`] });
    return verdict(ctx, claim, { verdict: 'unjudged', recorded: roleRecord(held ?? latest, ctx), rule, reasoning: ['"Former" is said of a post the database shows as held on the reference date, or not yet held; no rule settles which is meant.'] });
  }
  if (held) {
    const rec = roleRecord(held, ctx);
    if (held.end !== undefined && knownDate(ctx)) {
      return verdict(ctx, claim, { verdict: 'outdated', direction: 'changed-since', recorded: rec, rule, reasoning: [`The database: ${held.post}, ${rec.date}.`, `True on the reference date; the post has changed hands since (ended ${held.end}).`] });
    }
    return verdict(ctx, claim, { verdict: 'supported', recorded: rec, rule, reasoning: [`The database: ${held.post}, ${rec.date}: held on the reference date.`] });
  }
  if (ended[0]) {
    const rec = roleRecord(ended[0], ctx);
    return verdict(ctx, claim, { verdict: 'outdated', direction: 'was-true-earlier', recorded: rec, rule, reasoning: [`The database: ${ended[0].post}, ${rec.date}.`, `True earlier, not on the reference date: the role ended on ${ended[0].end}.`] });
  }
  const rec = roleRecord(latest, ctx);
  if (knownDate(ctx)) return verdict(ctx, claim, { verdict: 'contradicted', recorded: rec, rule, reasoning: [`The database: ${latest.post}, ${rec.date}.`, `Not yet held on the reference date: it began on ${latest.start ?? '?'}.`] });
  return verdict(ctx, claim, { verdict: 'unjudged', recorded: rec, rule, reasoning: [`The database: ${latest.post}, ${rec.date}.`, 'The role begins after the reference date, and the page gives no date of its own.'] });
}

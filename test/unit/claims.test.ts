// Claim checking, pure: values read from sentences, claims found next to their cues, and a verdict of each class
// with its reasoning. A small database written for the tests keeps every expectation visible here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkClaims, datelineDate } from '../../src/core/claims/check.js';
import { citeClaim } from '../../src/core/claims/citation.js';
import { datesIn, sameAtCoarser } from '../../src/core/claims/dates.js';
import { postNextTo } from '../../src/core/claims/posts.js';
import { quantities } from '../../src/core/claims/quantities.js';
import { sentences } from '../../src/core/claims/segment.js';
import type { Entity, Property, Statement } from '../../src/core/data/schema.js';

const web = { url: 'https://example.org/page', title: 'A page', publisher: 'Example', retrievedAt: '2026-12-02', tier: 'official' as const };
const properties: Property[] = [
  { id: 'memberCount', label: 'number of members', valueKind: 'quantity', unit: 'member', subjectTypes: ['agency'], tolerance: { relative: 0, approximate: 0.05, staleAfterDays: 730 }, cues: { en: ['member countries', 'members'], ru: ['стран-членов', 'членов'] } },
  { id: 'enteredIntoForce', label: 'date of entry into force', valueKind: 'date', subjectTypes: ['regulation'], tolerance: { relative: 0, approximate: 0.1 }, cues: { en: ['took effect', 'take effect', 'entered into force'], ru: ['вступил в силу'] } },
  { id: 'holdsPost', label: 'holds the post', valueKind: 'entity', subjectTypes: ['official'], tolerance: { relative: 0, approximate: 0.1 }, cues: { en: ['chair'] } },
  { id: 'signedAt', label: 'place of signing', valueKind: 'place', subjectTypes: ['regulation'], tolerance: { relative: 0, approximate: 0.1 }, cues: { en: ['signed in', 'met in'] } },
  { id: 'penaltyAmount', label: 'amount of a penalty', valueKind: 'quantity', subjectTypes: ['agency', 'regulation'], tolerance: { relative: 0.02, approximate: 0.1 }, cues: { en: ['fine', 'fined', 'pay'] } },
];
const statement = (s: Partial<Statement> & Pick<Statement, 'id' | 'subject' | 'property' | 'value'>): Statement => ({ qualifiers: {}, rank: 'normal', sources: [web], ...s });
const statements: Statement[] = [
  statement({ id: 'm1', subject: 'police-org', property: 'memberCount', value: { kind: 'quantity', amount: 195, unit: 'member' }, asOf: '2023-11-28' }),
  statement({ id: 'm2', subject: 'police-org', property: 'memberCount', value: { kind: 'quantity', amount: 196, unit: 'member' }, asOf: '2024-06-26' }),
  statement({ id: 'd1', subject: 'crypto-act', property: 'enteredIntoForce', value: { kind: 'date', date: '2024-07-19' } }),
  statement({ id: 'p1', subject: 'deal', property: 'signedAt', value: { kind: 'place', name: 'Ankara', names: ["Turkey's capital"] }, rank: 'preferred' }),
  statement({ id: 'p2', subject: 'deal', property: 'signedAt', value: { kind: 'place', name: 'Istanbul', names: [] }, rank: 'deprecated', sources: [{ coverage: 'story-b' }] }),
  statement({ id: 'f1', subject: 'regulator', property: 'penaltyAmount', value: { kind: 'quantity', amount: 4.3e9, unit: 'USD' }, qualifiers: { approximate: true } }),
];
const entity = (id: string, type: Entity['type'], name: string, over: Partial<Entity> = {}): Entity => ({ id, type, name, country: 'INT', aliases: [], summary: 'S.', roles: [], facts: [], relations: [], ...over });
const entities = new Map<string, Entity>([
  ['police-org', entity('police-org', 'agency', 'Police Org')],
  ['regulator', entity('regulator', 'agency', 'Regulator')],
  ['crypto-act', entity('crypto-act', 'regulation', 'Crypto Act')],
  ['deal', entity('deal', 'regulation', 'The Deal', { relations: [{ type: 'enactedBy', target: 'office' }] })],
  ['office', entity('office', 'agency', 'Office')],
  ['ann-lee', entity('ann-lee', 'official', 'Ann Lee', { roles: [{ post: 'Chair of the Regulator', body: 'regulator', start: '2021-04-17', end: '2025-01-20', sources: [web] }, { post: 'Head of the Office', body: 'office', start: '2020-01-01', sources: [web] }] })],
]);
const db = {
  properties,
  statements,
  entity: (id: string) => entities.get(id),
  coverage: (id: string) => (id === 'story-b' ? { id, title: 'Story B', outlet: 'Outlet B', date: '2022-11-12', summary: 'S', entities: ['deal'], claims: [] } : undefined),
};

/** One block of text with the named entities marked where their names occur. */
function block(text: string, names: Record<string, string>) {
  const mentions = Object.entries(names).flatMap(([name, id]) => {
    const at = text.indexOf(name);
    return at < 0 ? [] : [{ entity: id, start: at, end: at + name.length }];
  });
  return { text, mentions };
}
const check = (text: string, names: Record<string, string>, page?: string) => checkClaims([block(text, names)], db, { ...(page ? { page } : {}), today: '2026-12-02' });

test('numbers are read with scale words, currencies and their qualifiers, in English and Russian', () => {
  assert.deepEqual(quantities('agreed to pay $4.3 billion').map((q) => [q.amount, q.unit]), [[4.3e9, 'USD']]);
  assert.deepEqual(quantities('more than 30 licensed firms').map((q) => [q.amount, q.approximation]), [[30, 'moreThan']]);
  assert.deepEqual(quantities('штраф почти 4,3 млрд долларов', 'ru').map((q) => [q.amount, q.unit, q.approximation]), [[4.3e9, 'USD', 'about']]);
  assert.deepEqual(quantities('Thirteen companies; order No. 199; in 2023').map((q) => q.amount), [13]);
});

test('dates are read at the precision written, and a date without a year only with the story\'s date', () => {
  assert.deepEqual(datesIn('It applies from 30 December 2024 and took effect in June 2023; Russia joined in 1990.', 'en').map((d) => d.date), ['2024-12-30', '2023-06', '1990']);
  assert.deepEqual(datesIn('Закон вступил в силу 1 августа 2023 года.', 'ru').map((d) => d.date), ['2023-08-01']);
  assert.deepEqual(datesIn('Kanun 2 Temmuz 2024 tarihinde yürürlüğe girdi.', 'tr').map((d) => d.date), ['2024-07-02']);
  assert.deepEqual(datesIn('2024年7月19日に施行された。', 'ja').map((d) => d.date), ['2024-07-19']);
  assert.deepEqual(datesIn('It took effect on July 19, on Friday.', 'en').map((d) => d.date), []);
  assert.deepEqual(datesIn('It took effect on July 19.', 'en', '2024-08-01').map((d) => d.date), ['2024-07-19']);
  assert.equal(sameAtCoarser('2023-06', '2023-06-29'), true);
  assert.equal(sameAtCoarser('2023-07', '2023-06-29'), false);
});

test('sentences are split by Intl.Segmenter without breaking at "Mr." or "U.S."', () => {
  assert.deepEqual(sentences('Mr. Stock spoke. The U.S. Treasury agreed. Then it ended.').map((s) => s.text), ['Mr. Stock spoke.', 'The U.S. Treasury agreed.', 'Then it ended.']);
});

test('a post is read only right next to a name', () => {
  const at = (text: string, name: string) => postNextTo(text, text.indexOf(name), text.indexOf(name) + name.length)?.key;
  assert.equal(at('SEC Chair Ann Lee said', 'Ann Lee'), 'chair');
  assert.equal(at('Ann Lee, the former SEC chair, said', 'Ann Lee'), 'chair');
  assert.equal(at('генпрокурор России Игорь Краснов', 'Игорь Краснов'), 'prosecutor-general');
  assert.equal(at('Ann Lee, and Turkey\'s Minister of Justice, Bob Roe', 'Ann Lee'), undefined);
  assert.equal(at('Ann Lee criticised the chair', 'Ann Lee'), undefined);
});

test('supported: the count recorded on the story\'s date', () => {
  const [claim] = check('Police Org has 196 member countries.', { 'Police Org': 'police-org' });
  assert.equal(claim?.verdict, 'supported');
  assert.equal(claim?.recorded?.value, '196 members');
  assert.match(claim?.reasoning.join(' ') ?? '', /Read from the sentence: number of members = 196/);
});

test('"more than" and "about" follow the tolerance rules of the property', () => {
  assert.equal(check('Police Org has more than 190 members.', { 'Police Org': 'police-org' })[0]?.verdict, 'supported');
  assert.equal(check('Police Org has about 200 members.', { 'Police Org': 'police-org' }, '2025-01-01')[0]?.verdict, 'supported');
  assert.equal(check('Police Org has about 230 members.', { 'Police Org': 'police-org' }, '2025-01-01')[0]?.verdict, 'contradicted');
});

test('outdated, both ways: true earlier but not on the story\'s date, and true then but changed since', () => {
  const earlier = check('Police Org has 195 member countries.', { 'Police Org': 'police-org' }, '2025-03-01')[0];
  assert.equal(earlier?.verdict, 'outdated');
  assert.equal(earlier?.direction, 'was-true-earlier');
  const since = check('Police Org has 195 member countries.', { 'Police Org': 'police-org' }, '2024-01-10')[0];
  assert.equal(since?.verdict, 'outdated');
  assert.equal(since?.direction, 'changed-since');
});

test('contradicted: a date that does not agree, with the database\'s value and source', () => {
  const [claim] = check('The Crypto Act took effect on 1 July 2024.', { 'Crypto Act': 'crypto-act' });
  assert.equal(claim?.verdict, 'contradicted');
  assert.equal(claim?.recorded?.value, '2024-07-19');
  assert.equal(claim?.recorded?.sources[0]?.url, web.url);
  assert.equal(check('The Crypto Act took effect in July 2024.', { 'Crypto Act': 'crypto-act' })[0]?.verdict, 'supported');
});

test('a stale count, a forecast that disagrees, or a negation is not judged', () => {
  assert.equal(check('Police Org has 199 member countries.', { 'Police Org': 'police-org' }, '2027-01-01')[0]?.verdict, 'unjudged');
  assert.equal(check('The Crypto Act will take effect on 1 July 2024.', { 'Crypto Act': 'crypto-act' })[0]?.verdict, 'unjudged');
  assert.equal(check('The Crypto Act did not take effect on 1 July 2024.', { 'Crypto Act': 'crypto-act' })[0]?.verdict, 'unjudged');
});

test('not in the database: a property the database has no statement of', () => {
  const [claim] = check('The Office has 12 members.', { Office: 'office' });
  assert.equal(claim?.verdict, 'unknown');
});

test('sentences that only look like claims give none', () => {
  assert.deepEqual(check('Police Org met in 2023 with 40 delegates.', { 'Police Org': 'police-org' }), []);
  assert.deepEqual(check('Does Police Org have 196 members?', { 'Police Org': 'police-org' }), []);
  assert.deepEqual(check('Some 50 countries took part in the pilot.', {}), []);
});

test('sources disagree: a deprecated place is contradicted, and both sides are shown either way', () => {
  const istanbul = check('The Deal was signed in Istanbul.', { 'The Deal': 'deal' })[0];
  assert.equal(istanbul?.verdict, 'contradicted');
  assert.deepEqual(istanbul?.disagreement?.map((d) => [d.value, d.rank]), [['Ankara', 'preferred'], ['Istanbul', 'deprecated']]);
  assert.equal(istanbul?.disagreement?.[1]?.sources[0]?.publisher, 'Outlet B');
  // The officials who made it, then "met in Turkey's capital": the deal is reached through them.
  const [capital] = checkClaims([block("Ann Lee signed The Plan. The officials met in Turkey's capital.", { 'Ann Lee': 'ann-lee' })], db, { today: '2026-12-02' });
  assert.equal(capital?.entity, 'deal');
  assert.equal(capital?.verdict, 'supported');
  assert.ok(capital?.disagreement);
  assert.equal(check('The Deal was signed in Brussels.', { 'The Deal': 'deal' })[0]?.verdict, 'unjudged');
});

test('a post is judged as of the story\'s date, or of the date the sentence gives', () => {
  assert.equal(check('Regulator Chair Ann Lee said so.', { 'Ann Lee': 'ann-lee' }, '2022-05-01')[0]?.verdict, 'outdated');
  assert.equal(check('Regulator Chair Ann Lee said so.', { 'Ann Lee': 'ann-lee' }, '2026-05-01')[0]?.direction, 'was-true-earlier');
  assert.equal(check('Regulator Chair Ann Lee said so.', { 'Ann Lee': 'ann-lee' }, '2019-05-01')[0]?.verdict, 'contradicted');
  assert.equal(check('Ann Lee, the former chair, said so.', { 'Ann Lee': 'ann-lee' }, '2026-05-01')[0]?.verdict, 'supported');
  const dated = check('On 17 October 2022, Ann Lee, Chair of the Regulator, spoke.', { 'Ann Lee': 'ann-lee' })[0];
  assert.equal(dated?.referenceDate, '2022-10-17');
  assert.equal(dated?.referenceDateSource, 'sentence');
  assert.equal(check('Regulator President Ann Lee said so.', { 'Ann Lee': 'ann-lee' })[0]?.verdict, 'unknown');
});

test('the story\'s date is read from a dateline when the page\'s metadata has none', () => {
  assert.equal(datelineDate([{ text: 'Headline', mentions: [] }, { text: '11 Nov 2022 By: A Writer', mentions: [] }]), '2022-11-11');
  assert.equal(datelineDate([{ text: 'It happened on 11 Nov 2022 in a long paragraph that is not a byline at all, as anyone can see here.', mentions: [] }]), undefined);
});

test('a citation names the claim, the verdict, the database\'s value and each source, in text and Markdown', () => {
  const [claim] = check('The Crypto Act took effect on 1 July 2024.', { 'Crypto Act': 'crypto-act' });
  assert.ok(claim);
  const text = citeClaim(claim, 'text', 'https://news.example/story');
  assert.match(text, /^Claim: "The Crypto Act took effect on 1 July 2024\." \(https:\/\/news\.example\/story\)/);
  assert.match(text, /Verdict: Contradicted — Crypto Act, date of entry into force, as of 2026-12-02/);
  assert.match(text, /Source: A page, Example, https:\/\/example\.org\/page, seen 2026-12-02/);
  const md = citeClaim(claim, 'markdown');
  assert.match(md, /\*\*Contradicted\*\*/);
  assert.match(md, /- Source: \[A page\]\(<https:\/\/example\.org\/page>\), Example, seen 2026-12-02/);
});

test('money must agree in currency and within the rounding rule', () => {
  assert.equal(check('The Regulator fined it $4.3 billion.', { Regulator: 'regulator' })[0]?.verdict, 'supported');
  assert.equal(check('The Regulator fined it $4.35 billion.', { Regulator: 'regulator' })[0]?.verdict, 'supported');
  assert.equal(check('The Regulator fined it $3.4 billion.', { Regulator: 'regulator' })[0]?.verdict, 'contradicted');
  assert.equal(check('The Regulator fined it €4.3 billion.', { Regulator: 'regulator' })[0]?.verdict, 'unjudged');
});

test('a part of a whole is no count of it, and a deputy is not the post itself', () => {
  assert.deepEqual(check('Police from 52 member countries joined a Police Org pilot.', { 'Police Org': 'police-org' }, '2025-01-01'), []);
  const at = (text: string, name: string) => postNextTo(text, text.indexOf(name), text.indexOf(name) + name.length)?.key;
  assert.equal(at('Deputy Governor Ann Lee spoke', 'Ann Lee'), 'deputy');
  assert.equal(at('Заместитель председателя ЦБ Эльвира Набиуллина', 'Эльвира Набиуллина'), 'deputy');
  assert.equal(at('Председатель Верховного суда Игорь Краснов', 'Игорь Краснов'), 'chair');
});

test('a count that matches the next record, between two records, is not judged', () => {
  const [claim] = check('Police Org has 196 member countries.', { 'Police Org': 'police-org' }, '2024-01-15');
  assert.equal(claim?.verdict, 'unjudged');
  assert.match(claim?.reasoning.join(' ') ?? '', /changed between the two records/);
});

test('a fine beside another agency may be its share: a disagreeing amount is not judged', () => {
  entities.set('other-agency', entity('other-agency', 'agency', 'Other Agency'));
  assert.equal(check('The Regulator and Other Agency fined it $3.4 billion.', { Regulator: 'regulator', 'Other Agency': 'other-agency' })[0]?.verdict, 'unjudged');
  entities.delete('other-agency');
});

test('a date recorded only for part of a law cannot contradict a claim about the law', () => {
  statements.push(statement({ id: 'd2', subject: 'crypto-act', property: 'enteredIntoForce', value: { kind: 'date', date: '2024-07-19' }, qualifiers: { part: 'Part 2' } }));
  const partOnly = statements.filter((s) => s.id !== 'd1');
  const judged = checkClaims([block('The Crypto Act took effect on 1 July 2024.', { 'Crypto Act': 'crypto-act' })], { ...db, statements: partOnly }, { today: '2026-12-02' })[0];
  assert.equal(judged?.verdict, 'unjudged');
  statements.pop();
});

test('a fine recorded against one party says nothing of a fine on another', () => {
  statements.push(statement({ id: 'f2', subject: 'office', property: 'penaltyAmount', value: { kind: 'quantity', amount: 968e6, unit: 'USD' }, qualifiers: { party: 'Binance' } }));
  assert.equal(check('The Office fined Kraken $30 million.', { Office: 'office' })[0]?.verdict, 'unknown');
  assert.equal(check('The Office fined Binance $968 million.', { Office: 'office' })[0]?.verdict, 'supported');
  assert.equal(check('The Office fined Binance $500 million.', { Office: 'office' })[0]?.verdict, 'contradicted');
  statements.pop();
});

test('a title in a sentence about an earlier event is read as of that event', () => {
  const [claim] = check('The Office had earlier signed a deal with Regulator Chair Ann Lee.', { 'Ann Lee': 'ann-lee', Office: 'office' }, '2026-05-01');
  assert.equal(claim?.verdict, 'supported');
  assert.equal(check('Regulator Chair Ann Lee signed a deal.', { 'Ann Lee': 'ann-lee' }, '2026-05-01')[0]?.verdict, 'outdated');
});

test('a penalty of another order of magnitude, or of a later event, is not judged', () => {
  assert.equal(check('The Regulator fined it $4.3 million.', { Regulator: 'regulator' })[0]?.verdict, 'unjudged');
  assert.equal(check('The Regulator has since fined it $2 billion.', { Regulator: 'regulator' })[0]?.verdict, 'unjudged');
});

test('a day without its year takes the year the sentence gives, and a dated event reads a title as of then', () => {
  assert.deepEqual(datesIn('Signed on 24 July 2023, it took effect on 1 August.', 'en', '2025-06-15').map((d) => d.date), ['2023-07-24', '2023-08-01']);
  assert.equal(check('In 2022 Regulator Chair Ann Lee signed the deal.', { 'Ann Lee': 'ann-lee' }, '2026-05-01')[0]?.verdict, 'supported');
});

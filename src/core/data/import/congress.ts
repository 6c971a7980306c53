// US Congress (unitedstates/congress-legislators): the members of the committees that handle crypto and of their
// digital-asset subcommittees, with their committee seats as of the snapshot and their dated terms in Congress; every
// sitting senator, since the whole Senate votes on each crypto bill and stories name senators from any committee
// ("Sen. Jim Risch", "Bill Cassidy" on El Salvador's bitcoin law); the committees themselves; and the presidents and
// vice presidents of the last decade (executive.yaml). Judgement, not wholesale: no other House member is imported.
import { parse } from 'yaml';
import type { Entity, Fact, Role } from '../schema.js';
import { type Candidate, type PinnedDataset, datasetSource, datedRole, fileText, slugOf } from './dataset.js';

/** The committees that handle crypto legislation, by thomas_id, with the short label news uses for them. */
export const CRYPTO_COMMITTEES: Readonly<Record<string, { short: string; chamber: 'Senate' | 'House' }>> = {
  SSBK: { short: 'Senate Banking', chamber: 'Senate' },
  HSBA: { short: 'House Financial Services', chamber: 'House' },
  SSAF: { short: 'Senate Agriculture', chamber: 'Senate' },
  HSAG: { short: 'House Agriculture', chamber: 'House' },
};
/** A subcommittee of one of those is imported when its name says it handles digital assets. */
const DIGITAL_ASSETS = /digital asset/i;
/** Presidents and vice presidents whose last term ended on or after this date (stories of the last years name them). */
const EXECUTIVE_SINCE = '2017-01-01';

const STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware',
  FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky',
  LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri',
  MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York',
  NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island',
  SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington',
  WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming', DC: 'the District of Columbia', PR: 'Puerto Rico', GU: 'Guam', VI: 'the U.S. Virgin Islands',
  AS: 'American Samoa', MP: 'the Northern Mariana Islands',
};

interface Term { type: 'sen' | 'rep' | 'prez' | 'viceprez'; start: string; end: string; state?: string; district?: number; party?: string }
interface Person {
  id: { bioguide?: string; govtrack?: number; wikidata?: string; ballotpedia?: string; wikipedia?: string };
  name: { first: string; last: string; middle?: string; nickname?: string; suffix?: string; official_full?: string };
  terms: Term[];
}
interface Subcommittee { name: string; thomas_id: string }
interface Committee { type: string; name: string; thomas_id: string; subcommittees?: Subcommittee[]; wikipedia?: string }
interface Seat { name: string; party?: string; rank?: number; title?: string; bioguide: string }

const LEGISLATORS = 'legislators-current.yaml';
const COMMITTEES = 'committees-current.yaml';
const MEMBERSHIP = 'committee-membership-current.yaml';
const EXECUTIVE = 'executive.yaml';
export const CONGRESS_FILES = [LEGISLATORS, COMMITTEES, MEMBERSHIP, EXECUTIVE];

/** A committee or subcommittee we import, with the id its entity gets (or the hand-edited entity it is). */
interface Panel { code: string; name: string; id: string; short: string; chamber: 'Senate' | 'House'; parent?: { id: string; name: string } }

function panelsOf(committees: readonly Committee[]): Panel[] {
  const out: Panel[] = [];
  for (const committee of committees) {
    const known = CRYPTO_COMMITTEES[committee.thomas_id];
    if (!known) continue;
    const id = `us-${slugOf(known.short)}-committee`;
    out.push({ code: committee.thomas_id, name: committee.name, id, short: known.short, chamber: known.chamber });
    for (const sub of committee.subcommittees ?? []) {
      if (!DIGITAL_ASSETS.test(sub.name)) continue;
      out.push({
        code: `${committee.thomas_id}${sub.thomas_id}`,
        name: `${known.short} Subcommittee on ${sub.name}`,
        id: `us-${slugOf(known.short)}-subcommittee-${slugOf(sub.name)}`,
        short: sub.name,
        chamber: known.chamber,
        parent: { id, name: committee.name },
      });
    }
  }
  return out;
}

function panelEntity(dataset: PinnedDataset, panel: Panel, committee: Committee | undefined, memberCount: number): Candidate {
  const aliases: Entity['aliases'] = [];
  const fullNames = [panel.name];
  if (panel.parent) {
    // "Subcommittee on Digital Assets" alone is the Senate Banking one only when the page speaks of the Senate.
    aliases.push({ text: `Subcommittee on ${panel.short}`, context: { any: [panel.chamber] } });
  } else {
    aliases.push({ text: `${panel.short} Committee` });
    fullNames.push(`${panel.short} Committee`);
    if (committee?.wikipedia) {
      aliases.push({ text: committee.wikipedia });
      fullNames.push(committee.wikipedia);
    }
  }
  const summary = panel.parent
    ? `A subcommittee of the ${panel.parent.name} whose name gives digital assets as part of its remit.`
    : `A standing committee of the US ${panel.chamber}, one of the committees that handle crypto legislation.`;
  return {
    entity: {
      id: panel.id,
      type: 'agency',
      name: panel.name,
      country: 'US',
      aliases,
      summary,
      roles: [],
      facts: [{ statement: `Had ${memberCount} members listed in the congress-legislators dataset.`, asOf: dataset.committed, sources: [datasetSource(dataset, MEMBERSHIP, panel.code)] }],
      relations: panel.parent ? [{ type: 'partOf', target: panel.parent.id }] : [],
      imported: dataset.repo,
    },
    fullNames,
  };
}

/** Consecutive terms of the same kind and place joined into one span of service. */
function spans(terms: readonly Term[]): Term[] {
  const out: Term[] = [];
  for (const term of [...terms].sort((a, b) => a.start.localeCompare(b.start))) {
    const last = out[out.length - 1];
    const sameSeat = last && last.type === term.type && last.state === term.state && (term.type !== 'rep' || last.district === term.district);
    // Terms follow each other within a few days (the old term ends on the 3rd, the new starts on the 3rd or 4th).
    const adjoining = last && Date.parse(term.start) - Date.parse(last.end) <= 7 * 86_400_000;
    if (last && sameSeat && adjoining) out[out.length - 1] = { ...last, end: term.end, party: term.party ?? last.party };
    else out.push({ ...term });
  }
  return out;
}

function postOf(term: Term): string {
  const state = STATES[term.state ?? ''] ?? term.state ?? '';
  switch (term.type) {
    case 'sen':
      return `United States Senator from ${state}`;
    case 'rep':
      return `Member of the US House of Representatives from ${state}${term.district ? ` (district ${term.district})` : ''}`;
    case 'prez':
      return 'President of the United States';
    case 'viceprez':
      return 'Vice President of the United States';
  }
}

function namesOf(person: Person): { name: string; aliases: Entity['aliases']; fullNames: string[] } {
  const { first, middle, last, nickname, official_full: official } = person.name;
  // "J. French Hill" goes by his middle name: an initial is never a name on its own.
  const given = nickname ?? (/^\p{L}\.$/u.test(first) && middle ? middle : first);
  const plain = `${given} ${last}`;
  const name = official && !official.includes('"') ? official : plain;
  // The names other references in the record use for the same person (Ballotpedia, Wikipedia without its qualifier).
  const referenced = [person.id.ballotpedia, person.id.wikipedia?.replace(/ \([^)]*\)$/, '')].filter((n): n is string => n !== undefined && n.endsWith(last));
  // A member who goes by a nickname is named by it ("Jack Reed", not "John Reed", which is John Reed Stark's start).
  const formalPlain = /^\p{L}\.$/u.test(first) || nickname !== undefined ? [] : [`${first} ${last}`];
  const variants = new Set([name, plain, ...formalPlain, ...referenced]);
  const aliases: Entity['aliases'] = [...variants].filter((v) => v !== name).map((text) => ({ text }));
  // The family name alone, only once a full name appeared on the page.
  aliases.push({ text: last, needsFullName: true });
  return { name, aliases, fullNames: [...variants] };
}

export function importCongress(dataset: PinnedDataset): Candidate[] {
  const people = parse(fileText(dataset, LEGISLATORS)) as Person[];
  const committees = parse(fileText(dataset, COMMITTEES)) as Committee[];
  const membership = parse(fileText(dataset, MEMBERSHIP)) as Record<string, Seat[]>;
  const executive = parse(fileText(dataset, EXECUTIVE)) as Person[];
  const panels = panelsOf(committees);
  const byBioguide = new Map(people.map((p) => [p.id.bioguide ?? '', p]));
  const out: Candidate[] = [];

  for (const panel of panels) {
    const committee = committees.find((c) => c.thomas_id === panel.code);
    out.push(panelEntity(dataset, panel, committee, (membership[panel.code] ?? []).length));
  }

  // Seats on the imported panels, per member.
  const seats = new Map<string, { panel: Panel; seat: Seat }[]>();
  for (const panel of panels) {
    for (const seat of membership[panel.code] ?? []) seats.set(seat.bioguide, [...(seats.get(seat.bioguide) ?? []), { panel, seat }]);
  }
  // Every sitting senator, with or without a seat on those panels.
  for (const person of people) {
    const latest = person.terms[person.terms.length - 1];
    const bioguide = person.id.bioguide;
    if (latest?.type === 'sen' && bioguide && !seats.has(bioguide)) seats.set(bioguide, []);
  }
  for (const [bioguide, held] of [...seats].sort(([a], [b]) => a.localeCompare(b))) {
    const person = byBioguide.get(bioguide);
    if (!person) continue; // a seat whose member is not in legislators-current: nothing dated to say
    const { name, aliases, fullNames } = namesOf(person);
    const memberSource = datasetSource(dataset, LEGISLATORS, bioguide);
    const roles: Role[] = spans(person.terms).map((t) => datedRole(postOf(t), t.start, t.end, dataset.committed, memberSource));
    // The seat as a role known as of the snapshot (the file gives no start), and the side and rank as a fact.
    for (const { panel, seat } of held) {
      roles.push(datedRole(`${seat.title ?? 'Member'}, ${panel.name}`, undefined, undefined, dataset.committed, datasetSource(dataset, MEMBERSHIP, `${panel.code}/${bioguide}`), panel.id));
    }
    const facts: Fact[] = held.map(({ panel, seat }) => ({
      statement: `Held a seat on the ${panel.name}${seat.title ? ` as ${seat.title}` : ''}${seat.party ? ` (${seat.party} side${seat.rank ? `, rank ${seat.rank}` : ''})` : ''}.`,
      asOf: dataset.committed,
      sources: [datasetSource(dataset, MEMBERSHIP, `${panel.code}/${bioguide}`)],
    }));
    const latest = person.terms[person.terms.length - 1] as Term;
    const chamber = latest.type === 'sen' ? 'senator' : 'member of the House of Representatives';
    const party = latest.party ? `${latest.party} ` : '';
    const state = STATES[latest.state ?? ''] ?? latest.state ?? '';
    const committeesText = [...new Set(held.map(({ panel }) => panel.name))].join('; ');
    out.push({
      entity: {
        id: `${slugOf(name)}`,
        type: 'official',
        name,
        country: 'US',
        ...(person.id.wikidata ? { wikidataId: person.id.wikidata } : {}),
        aliases,
        summary: `${party}${chamber} from ${state}${committeesText ? `. Sits on the ${committeesText}` : ''}, according to the congress-legislators dataset as of ${dataset.committed}.`,
        roles,
        facts,
        relations: [...new Set(held.map(({ panel }) => panel.id))].map((target) => ({ type: 'memberOf' as const, target })),
        imported: dataset.repo,
      },
      fullNames,
    });
  }

  for (const person of executive) {
    const terms = person.terms.filter((t) => t.type === 'prez' || t.type === 'viceprez');
    if (!terms.some((t) => t.end.localeCompare(EXECUTIVE_SINCE) >= 0)) continue;
    const { name, aliases, fullNames } = namesOf(person);
    const source = datasetSource(dataset, EXECUTIVE, person.id.bioguide ?? person.id.wikidata ?? String(person.id.govtrack));
    const roles = spans(terms).map((t) => datedRole(postOf(t), t.start, t.end, dataset.committed, source));
    const latest = roles[roles.length - 1] as Role;
    out.push({
      entity: {
        id: slugOf(name),
        type: 'official',
        name,
        country: 'US',
        ...(person.id.wikidata ? { wikidataId: person.id.wikidata } : {}),
        aliases,
        summary: `${latest.post}${latest.end ? ` until ${latest.end}` : `, as of ${dataset.committed}`}, according to the congress-legislators dataset.`,
        roles,
        facts: roles.filter((r) => r.start).map((r) => ({ statement: `Took office as ${r.post}.`, date: r.start as string, sources: r.sources })),
        relations: [],
        imported: dataset.repo,
      },
      fullNames,
    });
  }
  return out;
}

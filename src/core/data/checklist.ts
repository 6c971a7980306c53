// The checklist of slots (issue 14): for each jurisdiction, which posts, bodies and laws a crypto-policy story may
// name, and whether the database has them. Files live in assets/data/checklist/<name>.json; the build validates
// them and the data report prints, per jurisdiction, what is filled, what was searched for and not found, and what
// is still missing.
import { z } from 'zod';
import { isKnownJurisdiction } from '../jurisdictions.js';
import { EntityId } from './schema.js';

export const COUNTRY_SLOTS = [
  'head-of-state', 'head-of-government', 'finance-minister', 'economy-minister', 'interior-minister',
  'justice-minister', 'prosecutor-general', 'central-bank', 'central-bank-governor', 'central-bank-deputies',
  'securities-regulator', 'securities-regulator-head', 'banking-regulator', 'banking-regulator-head', 'payments-regulator',
  'fiu', 'fiu-head', 'police', 'investigative-body', 'tax-authority', 'legislature', 'legislature-chambers',
  'finance-committee', 'finance-committee-chair', 'top-court', 'criminal-code', 'civil-code', 'tax-code', 'crypto-law',
  'aml-law', 'payments-law', 'securities-law',
] as const;

export const BODY_SLOTS = ['organisation', 'committees', 'head', 'spokesperson'] as const;

const Slot = z
  .strictObject({
    slot: z.string().min(1),
    entities: z.array(EntityId).min(1).optional(), // filled: the entities that hold the slot
    notFound: z.string().min(1).optional(), // searched for and not found: say where
    missing: z.literal(true).optional(), // not yet researched
  })
  .refine((s) => [s.entities, s.notFound, s.missing].filter((v) => v !== undefined).length === 1, 'a slot has exactly one of "entities", "notFound" or "missing"');

const JurisdictionList = z
  .strictObject({
    jurisdiction: z.string().refine(isKnownJurisdiction, 'unknown jurisdiction: use ISO 3166-1 alpha-2, "EU" or "INT"'),
    body: EntityId.optional(), // for "INT": the international body's entity id
    slots: z.array(Slot),
  })
  .refine((j) => (j.jurisdiction === 'INT') === (j.body !== undefined), 'an "INT" list names its "body" (an entity id); a country list has none');

export const ChecklistFile = z.strictObject({
  file: z.string().min(1),
  jurisdictions: z.array(JurisdictionList),
});

export type ChecklistFile = z.infer<typeof ChecklistFile>;

export type SlotState = 'filled' | 'notFound' | 'missing';

/** One jurisdiction (or international body) with the state of every slot it should have. */
export interface ChecklistRow {
  key: string; // "BR", or "INT int-bis"
  jurisdiction: string;
  body?: string;
  slots: { slot: string; state: SlotState; entities: string[] }[];
}

const RANK: Record<SlotState, number> = { filled: 2, notFound: 1, missing: 0 };

/** Merges every file's lists: a slot any file fills is filled; slots nobody lists are missing. */
export function checklistRows(files: readonly ChecklistFile[]): ChecklistRow[] {
  const rows = new Map<string, ChecklistRow>();
  for (const file of files) {
    for (const list of file.jurisdictions) {
      const key = list.body ? `INT ${list.body}` : list.jurisdiction;
      const names = list.body ? BODY_SLOTS : COUNTRY_SLOTS;
      const row = rows.get(key) ?? {
        key,
        jurisdiction: list.jurisdiction,
        ...(list.body ? { body: list.body } : {}),
        slots: names.map((slot) => ({ slot, state: 'missing' as SlotState, entities: [] as string[] })),
      };
      for (const given of list.slots) {
        const slot = row.slots.find((s) => s.slot === given.slot);
        if (!slot) continue; // unknown names are refused by validateChecklists
        const state: SlotState = given.entities ? 'filled' : given.notFound ? 'notFound' : 'missing';
        if (RANK[state] > RANK[slot.state]) slot.state = state;
        for (const id of given.entities ?? []) if (!slot.entities.includes(id)) slot.entities.push(id);
      }
      rows.set(key, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.key.localeCompare(b.key));
}

export interface ChecklistIssue {
  path: string;
  message: string;
}

/** Slot names known, each slot once per list, referenced entities present and of the list's jurisdiction. */
export function validateChecklist(file: ChecklistFile, entityCountry: ReadonlyMap<string, string>): ChecklistIssue[] {
  const issues: ChecklistIssue[] = [];
  file.jurisdictions.forEach((list, i) => {
    const at = `jurisdictions[${i}]`;
    if (list.body !== undefined && entityCountry.get(list.body) === undefined) {
      issues.push({ path: `${at}.body`, message: `refers to unknown entity "${list.body}"` });
    }
    const names: readonly string[] = list.body ? BODY_SLOTS : COUNTRY_SLOTS;
    const seen = new Set<string>();
    list.slots.forEach((slot, j) => {
      const slotAt = `${at}.slots[${j}]`;
      if (!names.includes(slot.slot)) issues.push({ path: `${slotAt}.slot`, message: `unknown slot "${slot.slot}" (known: ${names.join(', ')})` });
      if (seen.has(slot.slot)) issues.push({ path: `${slotAt}.slot`, message: `slot "${slot.slot}" is listed twice` });
      seen.add(slot.slot);
      slot.entities?.forEach((id, k) => {
        const country = entityCountry.get(id);
        if (country === undefined) issues.push({ path: `${slotAt}.entities[${k}]`, message: `refers to unknown entity "${id}"` });
        // An international body's officials keep their nationality as country, so only country lists are checked.
        else if (list.body === undefined && country !== list.jurisdiction) issues.push({ path: `${slotAt}.entities[${k}]`, message: `entity "${id}" belongs to ${country}, not ${list.jurisdiction}` });
      });
    });
  });
  return issues;
}

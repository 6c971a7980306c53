// The background's answers about claims (issue 10): checking a page's claims against the statements, and the
// disagreements shown on an entity's card. The statements and their vocabulary ship as a small bundled file
// (data/claims.json, written by the build), read once per wake when a page or a card first needs them: the card's
// path never reads the large dataset record.
import { checkClaims } from '../core/claims/check.js';
import { cardSourceOf, disagreementsOf } from '../core/claims/disagreements.js';
import type { CardDisagreement, Coverage, Entity, Property, Statement } from '../core/types.js';
import type { BackgroundApi, ClaimBlock, Handlers } from '../messages.js';
import type { PolicyLensDatabase } from './db.js';

// A page's text arrives as blocks; more than this is refused rather than let it hold the background.
const MAX_CHARS = 2 * 1024 * 1024;
const MAX_BLOCKS = 20_000;

function requireBlocks(blocks: unknown): ClaimBlock[] {
  if (!Array.isArray(blocks) || blocks.length > MAX_BLOCKS) throw new Error(`blocks must be an array of at most ${MAX_BLOCKS}`);
  let total = 0;
  for (const b of blocks as ClaimBlock[]) {
    if (typeof b?.text !== 'string' || !Array.isArray(b.mentions)) throw new Error('each block needs text and mentions');
    for (const m of b.mentions) if (typeof m?.entity !== 'string' || !Number.isInteger(m.start) || !Number.isInteger(m.end)) throw new Error('a mention needs entity, start and end');
    total += b.text.length;
  }
  if (total > MAX_CHARS) throw new Error(`blocks may hold at most ${MAX_CHARS} characters`);
  return blocks as ClaimBlock[];
}

const today = (): string => new Date().toISOString().slice(0, 10);

export interface ClaimServices {
  handlers: Pick<Handlers<BackgroundApi>, 'checkClaims'>;
  /** The disagreements among the statements about an entity, for its card. */
  disagreementsFor: (id: string) => Promise<CardDisagreement[]>;
}

/** The statements and their vocabulary. */
export interface ClaimsData {
  properties: Property[];
  statements: Statement[];
}

export type ClaimsDataSource = () => Promise<ClaimsData>;

export function createClaimServices(db: PolicyLensDatabase, source: ClaimsDataSource = async () => ({ properties: [], statements: [] })): ClaimServices {
  let loading: Promise<ClaimsData> | undefined;
  const load = () =>
    (loading ??= source()).catch((error: unknown) => {
      loading = undefined; // let the next request try again
      throw error;
    });

  const coverageOf = async (ids: Iterable<string>): Promise<Map<string, Coverage>> => {
    const list = await db.coverage.bulkGet([...new Set(ids)]);
    return new Map(list.filter((c): c is Coverage => c !== undefined).map((c) => [c.id, c]));
  };
  const citedCoverage = (statements: readonly Statement[], entities: readonly Entity[]): string[] => [
    ...statements.flatMap((s) => s.sources.flatMap((src) => ('coverage' in src ? [src.coverage] : []))),
    ...entities.flatMap((e) => e.roles.flatMap((r) => r.sources.flatMap((src) => ('coverage' in src ? [src.coverage] : [])))),
  ];

  return {
    handlers: {
      async checkClaims({ blocks, storyDate }) {
        const checked = requireBlocks(blocks);
        const { properties, statements } = await load();
        const ids = new Set<string>([...checked.flatMap((b) => b.mentions.map((m) => m.entity)), ...statements.map((s) => s.subject)]);
        const entities = (await db.entities.bulkGet([...ids])).filter((e): e is Entity => e !== undefined);
        const byId = new Map(entities.map((e) => [e.id, e]));
        const coverage = await coverageOf(citedCoverage(statements, entities));
        const page = typeof storyDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(storyDate) ? storyDate : undefined;
        return checkClaims(checked, { properties, statements, entity: (id) => byId.get(id), coverage: (id) => coverage.get(id) }, { ...(page ? { page } : {}), today: today() });
      },
    },
    async disagreementsFor(id) {
      const { properties, statements } = await load();
      const about = statements.filter((s) => s.subject === id);
      if (about.length === 0) return [];
      const coverage = await coverageOf(citedCoverage(about, []));
      return disagreementsOf(about, properties, (src) => cardSourceOf(src, (c) => coverage.get(c)));
    },
  };
}

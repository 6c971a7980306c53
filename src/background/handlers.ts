// The background's answers to the protocol in messages.ts, over the database. No browser API here, so the
// handlers are tested in Node against fake-indexeddb.
import { buildCard, citedCoverageIds } from '../core/card.js';
import type { Coverage } from '../core/types.js';
import type { BackgroundApi, Handlers } from '../messages.js';
import type { PolicyLensDatabase } from './db.js';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function isStoryDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

function requireHost(host: unknown): string {
  if (typeof host !== 'string' || host.length === 0 || host.length > 253) throw new Error('a host name is required');
  return host.toLowerCase();
}

export function createBackgroundHandlers(db: PolicyLensDatabase): Handlers<BackgroundApi> {
  const isEnabled = async (host: string): Promise<boolean> => (await db.siteSettings.get(host))?.enabled ?? true;

  return {
    async getPageSetup({ host }) {
      const enabled = await isEnabled(requireHost(host));
      if (!enabled) return { enabled, prefilter: null };
      const meta = await db.meta.get('dataset');
      return { enabled, prefilter: meta?.aliasIndex.prefilter ?? null };
    },

    async getAliasIndex() {
      return (await db.meta.get('dataset'))?.aliasIndex ?? null;
    },

    async getCard({ id, storyDate }) {
      if (typeof id !== 'string') throw new Error('an entity id is required');
      const entity = await db.entities.get(id);
      if (!entity) return null;
      const [coverage, cited] = await Promise.all([
        db.coverage.where('entities').equals(id).toArray(),
        db.coverage.bulkGet(citedCoverageIds(entity)),
      ]);
      return buildCard({
        entity,
        coverage,
        citedCoverage: cited.filter((c): c is Coverage => c !== undefined),
        referenceDate: isStoryDate(storyDate) ? storyDate : today(),
      });
    },

    async getDatasetInfo() {
      const meta = await db.meta.get('dataset');
      if (!meta) return null;
      const [entities, coverage] = await Promise.all([db.entities.count(), db.coverage.count()]);
      return { version: meta.version, seededAt: meta.seededAt, seedMs: meta.seedMs, entities, coverage };
    },

    async getSiteEnabled({ host }) {
      return isEnabled(requireHost(host));
    },

    async setSiteEnabled({ host, enabled }) {
      if (typeof enabled !== 'boolean') throw new Error('enabled must be true or false');
      await db.siteSettings.put({ host: requireHost(host), enabled, updatedAt: new Date().toISOString() });
      return enabled;
    },
  };
}

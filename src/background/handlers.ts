// The background's answers to the protocol in messages.ts, over the database. No browser API here, so the
// handlers are tested in Node against fake-indexeddb.
import { buildCard, citedCoverageIds } from '../core/card.js';
import { buildEntityPage } from '../core/entity-page.js';
import { isSiteEnabled, pageSettingsOf, siteSwitchChanges } from '../core/settings/settings.js';
import { AliasFinder } from '../core/finder.js';
import type { AliasIndex, Coverage } from '../core/types.js';
import type { BackgroundApi, FoundCandidates, Handlers } from '../messages.js';
import { type ClaimsDataSource, createClaimServices } from './claims.js';
import type { PolicyLensDatabase } from './db.js';
import { SettingsStore, memoryArea } from './settings-store.js';

/** What the handlers need from the browser, handed in so that they run in Node too. */
export interface BackgroundServices {
  settings: SettingsStore;
  /** Opens an extension page (a path inside the extension) in a new tab. */
  openExtensionPage: (path: string) => Promise<void>;
  /** Reads a JSON file packaged with the extension. */
  readPackagedJson: (path: string) => Promise<unknown>;
}

const unavailable = (what: string) => async (): Promise<never> => {
  throw new Error(`${what} is not available here`);
};

function nodeServices(): BackgroundServices {
  return { settings: new SettingsStore(memoryArea()), openExtensionPage: unavailable('opening a tab'), readPackagedJson: unavailable('reading packaged files') };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function isStoryDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

// A page's text arrives in batches; a larger one is refused rather than let it hold the background.
const MAX_BATCH_CHARS = 4 * 1024 * 1024;

function requireTexts(texts: unknown): string[] {
  if (!Array.isArray(texts) || !texts.every((text) => typeof text === 'string')) throw new Error('texts must be an array of strings');
  if (texts.reduce((total: number, text: string) => total + text.length, 0) > MAX_BATCH_CHARS) throw new Error(`a batch of text may hold at most ${MAX_BATCH_CHARS} characters`);
  return texts;
}

/** Finds the candidates in each text, and gathers the aliases and labels the page needs to resolve them. */
function findInTexts(finder: AliasFinder, index: AliasIndex, texts: readonly string[]): FoundCandidates {
  const found: FoundCandidates = { runs: [], aliases: {}, entities: {}, countryNames: {} };
  texts.forEach((text, run) => {
    const candidates = finder.find(text);
    if (candidates.length === 0) return;
    found.runs.push({ run, candidates });
    for (const { alias: id } of candidates) {
      const alias = index.aliases[id];
      if (!alias || found.aliases[id]) continue;
      found.aliases[id] = alias;
      for (const { entity, aloneIn } of alias.senses) {
        const label = index.entities[entity];
        if (label) found.entities[entity] = label;
        const names = aloneIn === undefined ? undefined : index.countryNames?.[aloneIn];
        if (aloneIn !== undefined && names) found.countryNames[aloneIn] = names;
      }
    }
  });
  return found;
}

/**
 * Leans ambiguous aliases towards the jurisdictions the reader favours: when an alias can mean entities of several
 * jurisdictions and some are favoured, the favoured senses no longer wait for a context word. The others keep theirs,
 * so a page whose words point elsewhere still gets nothing rather than a wrong highlight.
 */
export function favourJurisdictions(found: FoundCandidates, countryOf: ReadonlyMap<string, string>, favoured: readonly string[]): FoundCandidates {
  if (favoured.length === 0) return found;
  const aliases: FoundCandidates['aliases'] = {};
  for (const [id, alias] of Object.entries(found.aliases)) {
    const entities = new Set(alias.senses.map((sense) => sense.entity));
    const isFavoured = (entity: string) => favoured.includes(countryOf.get(entity) ?? '');
    const favouredCount = [...entities].filter(isFavoured).length;
    aliases[Number(id)] =
      entities.size > 1 && favouredCount > 0 && favouredCount < entities.size
        ? { ...alias, senses: alias.senses.map((sense) => (isFavoured(sense.entity) && sense.context ? (({ context: _context, ...rest }) => rest)(sense) : sense)) }
        : alias;
  }
  return { ...found, aliases };
}

function requireHost(host: unknown): string {
  if (typeof host !== 'string' || host.length === 0 || host.length > 253) throw new Error('a host name is required');
  return host.toLowerCase();
}

/** Where the build writes the alias index, beside the dataset it was compiled with. */
export const ALIAS_INDEX_PATH = 'data/alias-index.json';

function requireAliasIndex(value: unknown): AliasIndex {
  const index = value as Partial<AliasIndex> | null;
  if (!index || !Array.isArray(index.aliases) || typeof index.entities !== 'object' || typeof index.prefilter !== 'object') throw new Error(`${ALIAS_INDEX_PATH} is not an alias index`);
  return index as AliasIndex;
}

/**
 * `aliasIndex` is given by tests; the extension reads the packaged file, and only when a page first has text to
 * search, so a wake for a card or a setting never loads it.
 * `claimsData` reads the statements and their vocabulary (issue 10); without it no claim can be judged.
 */
export function createBackgroundHandlers(db: PolicyLensDatabase, aliasIndex?: AliasIndex, services: BackgroundServices = nodeServices(), claimsData?: ClaimsDataSource): Handlers<BackgroundApi> {
  const isEnabled = async (host: string): Promise<boolean> => isSiteEnabled(await services.settings.read(), host);
  // Compiled once per background lifetime: the packaged index cannot change while the extension runs.
  let finding: Promise<{ index: AliasIndex; finder: AliasFinder }> | undefined;
  const readIndex = async (): Promise<AliasIndex> => aliasIndex ?? requireAliasIndex(await services.readPackagedJson(ALIAS_INDEX_PATH));
  const loadFinder = () =>
    (finding ??= readIndex().then((index) => ({ index, finder: new AliasFinder(index) }))).catch((error: unknown) => {
      finding = undefined; // let the next request try again
      throw error;
    });

  const claims = createClaimServices(db, claimsData);
  // Each entity's jurisdiction, read only when the reader favours some (the alias index does not carry it).
  let countries: Promise<Map<string, string>> | undefined;
  const loadCountries = () => (countries ??= db.entities.toArray().then((all) => new Map(all.map((e) => [e.id, e.country]))));

  return {
    ...claims.handlers,

    async getPageSetup({ host }) {
      const settings = await services.settings.read();
      const enabled = isSiteEnabled(settings, requireHost(host));
      if (enabled) void loadFinder().catch(() => {}); // warm it while the page collects its text
      return { enabled, settings: pageSettingsOf(settings) };
    },

    async mayName({ texts }) {
      const checked = requireTexts(texts);
      const { finder } = await loadFinder();
      return checked.map((text) => finder.mayName(text));
    },

    async findCandidates({ texts }) {
      const checked = requireTexts(texts);
      const [{ finder, index }, { favouredJurisdictions }] = await Promise.all([loadFinder(), services.settings.read()]);
      const found = findInTexts(finder, index, checked);
      if (favouredJurisdictions.length === 0) return found;
      return favourJurisdictions(found, await loadCountries(), favouredJurisdictions);
    },

    async getEntityPage({ id }) {
      if (typeof id !== 'string') throw new Error('an entity id is required');
      const entity = await db.entities.get(id);
      if (!entity) return null;
      const targets = entity.relations.map((r) => r.target);
      // Relations pointing at this entity: few entities and few relations each, so a scan is cheap and needs no index.
      const [coverage, cited, outgoing, incoming] = await Promise.all([
        db.coverage.where('entities').equals(id).toArray(),
        db.coverage.bulkGet(citedCoverageIds(entity)),
        db.entities.bulkGet(targets),
        db.entities.filter((other) => other.relations.some((r) => r.target === id)).toArray(),
      ]);
      const related = [...outgoing.filter((e) => e !== undefined), ...incoming.filter((e) => !targets.includes(e.id))];
      return buildEntityPage({ entity, coverage, citedCoverage: cited.filter((c): c is Coverage => c !== undefined), related, today: today() });
    },

    async openEntityPage({ id }) {
      if (typeof id !== 'string' || !/^[a-z0-9-]{1,200}$/.test(id)) throw new Error('an entity id is required');
      await services.openExtensionPage(`entity.html?id=${encodeURIComponent(id)}`);
      return true;
    },

    async getLocaleMessages({ language }) {
      if (!['en', 'ru', 'tr', 'ja'].includes(language)) throw new Error(`no interface in "${String(language)}"`);
      return (await services.readPackagedJson(`_locales/${language}/messages.json`)) as Record<string, { message: string }>;
    },

    async getCard({ id, storyDate }) {
      if (typeof id !== 'string') throw new Error('an entity id is required');
      const entity = await db.entities.get(id);
      if (!entity) return null;
      const [coverage, cited] = await Promise.all([
        db.coverage.where('entities').equals(id).toArray(),
        db.coverage.bulkGet(citedCoverageIds(entity)),
      ]);
      const card = buildCard({
        entity,
        coverage,
        citedCoverage: cited.filter((c): c is Coverage => c !== undefined),
        referenceDate: isStoryDate(storyDate) ? storyDate : today(),
        storyDated: isStoryDate(storyDate),
      });
      const disagreements = await claims.disagreementsFor(id);
      return disagreements.length > 0 ? { ...card, disagreements } : card;
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
      const checked = requireHost(host);
      await services.settings.write(siteSwitchChanges(await services.settings.read(), checked, enabled));
      return isEnabled(checked);
    },
  };
}

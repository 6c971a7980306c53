// The reader's settings: what the options page edits, extension storage keeps (synced where the browser syncs), and
// the content script follows. Stored one key per setting, so that a long site list stays under the per-item quota
// of storage.sync and an unknown or damaged value costs that one setting, never the rest. Checking stored values is
// in validate.ts (zod), which only the background and the options page load: the page's script stays small.
import type { EntityType } from '../types.js';

export const ENTITY_TYPES: readonly EntityType[] = ['official', 'agency', 'regulation'];

/** Domains of crypto and policy news that the "only on these sites" mode starts from. */
export const STARTER_SITES: readonly string[] = [
  'coindesk.com', 'cointelegraph.com', 'theblock.co', 'decrypt.co', 'blockworks.co', 'dlnews.com', 'reuters.com', 'bloomberg.com',
  'ft.com', 'politico.com', 'politico.eu', 'apnews.com', 'cnbc.com', 'wsj.com', 'forklog.com', 'rbc.ru', 'kommersant.ru', 'nikkei.com',
];

export const DEFAULT_SETTINGS = {
  /** Which types are highlighted, and the colour of each (the tint and the underline are drawn from it). */
  types: {
    official: { enabled: true, colour: '#8250df' },
    agency: { enabled: true, colour: '#0a7ea4' },
    regulation: { enabled: true, colour: '#1a7f37' },
  } as Record<EntityType, { enabled: boolean; colour: string }>,
  /** How a highlight looks: a tinted underline, a tinted background, or both. */
  style: 'underline' as 'underline' | 'background' | 'both',
  /** Highlight the first mention of each entity on a page, or every mention. */
  mentions: 'first' as 'first' | 'all',
  /** How long the pointer rests on a highlight before the card opens. */
  hoverDelayMs: 350,
  /** A key that must be held for hovering to open a card (none: hovering alone does). */
  modifierKey: 'none' as 'none' | 'Alt' | 'Shift' | 'Control' | 'Meta',
  /** A click keeps the card open until it is closed (otherwise a clicked card closes when the pointer leaves). */
  clickToPin: true,
  /** Everywhere except `disabledSites`, or only on `onlySites`. */
  siteMode: 'everywhere' as 'everywhere' | 'only-listed',
  disabledSites: [] as string[],
  onlySites: [...STARTER_SITES],
  /** Jurisdiction codes preferred when a name could mean entities of several. */
  favouredJurisdictions: [] as string[],
  /** The interface language; "auto" follows the browser. */
  language: 'auto' as 'auto' | 'en' | 'ru' | 'tr' | 'ja',
};

export type Settings = typeof DEFAULT_SETTINGS;
export type SettingKey = keyof Settings;

/** A host name as the site lists hold it: lower case, no scheme, path, port or leading "www.". */
export function normaliseSite(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/^www\./, '').replace(/\.$/, '');
  // Host names, IPv4 addresses and single labels such as "localhost".
  return /^(?=.{1,253}$)[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]{0,61}[a-z0-9\u00a1-\uffff])?(?:\.[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]{0,61}[a-z0-9\u00a1-\uffff])?)*$/.test(text) ? text : null;
}

export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

/** The storage key of each setting (namespaced: storage.sync is shared with nothing, but the names stay ours). */
export const storageKey = (key: SettingKey): string => `settings.${key}`;

/** Whether `host` is `site` or one of its subdomains. */
export function hostMatches(host: string, site: string): boolean {
  const h = normaliseSite(host) ?? host;
  return h === site || h.endsWith(`.${site}`);
}

/** Whether Policy Lens runs on `host` under these settings. */
export function isSiteEnabled(settings: Settings, host: string): boolean {
  if (settings.disabledSites.some((site) => hostMatches(host, site))) return false;
  if (settings.siteMode === 'only-listed') return settings.onlySites.some((site) => hostMatches(host, site));
  return true;
}

/**
 * The changes that turn a site on or off, as the popup's switch does: the switch and the site lists are one data.
 * Off: the site joins `disabledSites` (and leaves `onlySites`). On: it leaves `disabledSites`, and in the
 * "only on these sites" mode it joins `onlySites`.
 */
export function siteSwitchChanges(settings: Settings, host: string, enabled: boolean): Partial<Settings> {
  const site = normaliseSite(host);
  if (!site) throw new Error(`not a site: "${host}"`);
  const disabledSites = settings.disabledSites.filter((entry) => !hostMatches(site, entry));
  if (!enabled) {
    return {
      disabledSites: [...disabledSites, site],
      onlySites: settings.onlySites.filter((entry) => entry !== site),
    };
  }
  const changes: Partial<Settings> = { disabledSites };
  if (settings.siteMode === 'only-listed' && !settings.onlySites.some((entry) => hostMatches(site, entry))) changes.onlySites = [...settings.onlySites, site];
  return changes;
}

/** What the content script needs to draw highlights and open cards (the site lists stay in the background). */
export type PageSettings = Pick<Settings, 'types' | 'style' | 'mentions' | 'hoverDelayMs' | 'modifierKey' | 'clickToPin' | 'language'>;

export function pageSettingsOf(settings: Settings): PageSettings {
  const { types, style, mentions, hoverDelayMs, modifierKey, clickToPin, language } = settings;
  return { types, style, mentions, hoverDelayMs, modifierKey, clickToPin, language };
}

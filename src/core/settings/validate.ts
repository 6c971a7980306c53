// Checks what storage holds against the settings' shapes (zod): a missing or damaged value takes its default and
// costs nothing else; a value about to be written is refused with the setting's name.
// zod/mini: the same checks as zod's full build at a fraction of its size, for a service worker that wakes often.
import * as z from 'zod/mini';
import { DEFAULT_SETTINGS, SETTING_KEYS, type SettingKey, type Settings, normaliseSite, storageKey } from './settings.js';

const Colour = z.string().check(z.regex(/^#[0-9a-f]{6}$/i));

const SiteList = z.pipe(
  z.array(z.string()),
  z.transform((list: string[]) => [...new Set(list.map(normaliseSite).filter((s): s is string => s !== null))]),
);

// Each setting is checked alone: a bad value falls back to its default and takes nothing else with it.
const SCHEMA: { [K in SettingKey]: z.ZodMiniType<Settings[K]> } = {
  types: z.object({
    official: z.catch(z.object({ enabled: z.boolean(), colour: Colour }), DEFAULT_SETTINGS.types.official),
    agency: z.catch(z.object({ enabled: z.boolean(), colour: Colour }), DEFAULT_SETTINGS.types.agency),
    regulation: z.catch(z.object({ enabled: z.boolean(), colour: Colour }), DEFAULT_SETTINGS.types.regulation),
  }),
  style: z.enum(['underline', 'background', 'both']),
  mentions: z.enum(['first', 'all']),
  hoverDelayMs: z.int().check(z.minimum(0), z.maximum(3000)),
  modifierKey: z.enum(['none', 'Alt', 'Shift', 'Control', 'Meta']),
  clickToPin: z.boolean(),
  siteMode: z.enum(['everywhere', 'only-listed']),
  disabledSites: SiteList,
  onlySites: SiteList,
  favouredJurisdictions: z.pipe(
    z.array(z.string().check(z.regex(/^(?:[A-Z]{2}|INT)$/))),
    z.transform((list: string[]) => [...new Set(list)]),
  ),
  language: z.enum(['auto', 'en', 'ru', 'tr', 'ja']),
} as { [K in SettingKey]: z.ZodMiniType<Settings[K]> };

/** Reads settings from what storage holds: missing or invalid values take their defaults; unknown keys are ignored. */
export function readSettings(stored: Record<string, unknown>): Settings {
  const settings = structuredClone(DEFAULT_SETTINGS);
  for (const key of SETTING_KEYS) {
    const raw = stored[storageKey(key)];
    if (raw === undefined) continue;
    const parsed = SCHEMA[key].safeParse(raw);
    if (parsed.success) (settings as Record<SettingKey, unknown>)[key] = parsed.data;
  }
  return settings;
}

/** What to write to storage for a change (validated; an invalid value is an error that names the setting). */
export function toStorage(changes: Partial<Settings>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes) as [SettingKey, unknown][]) {
    if (!SETTING_KEYS.includes(key)) throw new Error(`unknown setting "${key}"`);
    const parsed = SCHEMA[key].safeParse(value);
    if (!parsed.success) throw new Error(`setting "${key}": ${parsed.error.issues[0]?.message ?? 'invalid value'}`);
    out[storageKey(key)] = parsed.data;
  }
  return out;
}


// The settings' store over one extension storage area (handed in: this module uses no browser API, so the options
// page, the background and the Node tests share it). Both storage.sync and storage.local survive updates.
import { SETTING_KEYS, type Settings, storageKey } from './settings.js';
import { readSettings, toStorage } from './validate.js';

/** The part of a storage area the store uses (browser.storage.sync and .local both have it). */
export interface StorageArea {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** Marks that the site switches of 0.1 were moved into the settings (see background/settings-store.ts). */
const MIGRATED_KEY = 'settings.migratedSiteTable';

export class SettingsStore {
  constructor(private readonly area: StorageArea) {}

  async read(): Promise<Settings> {
    return readSettings(await this.area.get([...SETTING_KEYS.map(storageKey), MIGRATED_KEY]));
  }

  /** Validates and writes some settings, leaving the others as they are. */
  async write(changes: Partial<Settings>): Promise<void> {
    await this.area.set(toStorage(changes));
  }

  /** Back to the defaults (the migration marker stays, so old site switches are not brought back). */
  async reset(): Promise<void> {
    await this.area.remove(SETTING_KEYS.map(storageKey));
  }

  async isMigrated(): Promise<boolean> {
    return (await this.area.get([MIGRATED_KEY]))[MIGRATED_KEY] === true;
  }

  async markMigrated(): Promise<void> {
    await this.area.set({ [MIGRATED_KEY]: true });
  }
}


/** A storage area in memory, for the tests and for a background without extension storage. */
export function memoryArea(initial: Record<string, unknown> = {}): StorageArea {
  const items = new Map(Object.entries(structuredClone(initial)));
  return {
    get: async (keys) => Object.fromEntries([...items].filter(([key]) => keys === null || keys.includes(key)).map(([k, v]) => [k, structuredClone(v)])),
    set: async (values) => void Object.entries(structuredClone(values)).forEach(([key, value]) => items.set(key, value)),
    remove: async (keys) => void keys.forEach((key) => items.delete(key)),
  };
}


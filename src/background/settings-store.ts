// Moves the site switches of 0.1 (a table of the background's database) into the settings, once.
import { SettingsStore } from '../core/settings/store.js';
import type { PolicyLensDatabase } from './db.js';

export { SettingsStore, memoryArea, type StorageArea } from '../core/settings/store.js';

/**
 * Moves the site switches of version 0.1 (the Dexie table siteSettings) into the settings' `disabledSites`, once.
 * The table itself is left as it was: user data is never deleted by an upgrade.
 */
export async function migrateSiteTable(db: PolicyLensDatabase, store: SettingsStore): Promise<number> {
  if (await store.isMigrated()) return 0;
  const off = (await db.siteSettings.toArray()).filter((row) => !row.enabled).map((row) => row.host);
  if (off.length > 0) {
    const settings = await store.read();
    await store.write({ disabledSites: [...settings.disabledSites, ...off] });
  }
  await store.markMigrated();
  return off.length;
}

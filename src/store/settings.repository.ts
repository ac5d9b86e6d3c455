/** The user's settings, one JSON row per user. */
import type { KneelineDb } from './database.js';
import { CorruptColumnError, parseJsonColumn } from './json-column-reader.js';
import { DEFAULT_SETTINGS, storedSettingsSchema } from '../contract/settings.js';
import type { StoredSettings } from '../contract/settings.js';

export interface SettingsRepository {
  /** The stored settings, or the defaults when none were saved. */
  get(userId: string): Promise<StoredSettings>;
  save(userId: string, settings: StoredSettings, now: string): Promise<StoredSettings>;
}

export function createSettingsRepository(db: KneelineDb): SettingsRepository {
  return {
    async get(userId) {
      const row = await db
        .selectFrom('settings')
        .select('data')
        .where('user_id', '=', userId)
        .executeTakeFirst();
      if (row === undefined) {
        return DEFAULT_SETTINGS;
      }
      try {
        return parseJsonColumn(storedSettingsSchema, row.data, 'settings.data');
      } catch (error) {
        if (!(error instanceof CorruptColumnError)) {
          throw error;
        }
        // Unreadable settings fall back to the defaults until the user saves new ones.
        console.warn(`Kneeline: settings of ${userId} unreadable, using the defaults: ${error.message}`);
        return DEFAULT_SETTINGS;
      }
    },
    async save(userId, settings, now) {
      const data = JSON.stringify(settings);
      await db
        .insertInto('settings')
        .values({ user_id: userId, data, updated_at: now })
        .onConflict((c) => c.column('user_id').doUpdateSet({ data, updated_at: now }))
        .execute();
      return settings;
    },
  };
}

/** Users. For now one local user, created at first start; accounts come later. */
import type { KneelineDb } from './database.js';
import { DEFAULT_SETTINGS } from './settings-schema.js';

/** The one user of a local install. */
export const LOCAL_USER_ID = 'local';

export interface UsersRepository {
  /** Creates the user and their default settings unless they exist. `now` is an ISO timestamp. */
  ensure(userId: string, now: string): Promise<void>;
  exists(userId: string): Promise<boolean>;
}

export function createUsersRepository(db: KneelineDb): UsersRepository {
  return {
    async ensure(userId, now) {
      await db
        .insertInto('users')
        .values({ id: userId, created_at: now })
        .onConflict((c) => c.column('id').doNothing())
        .execute();
      await db
        .insertInto('settings')
        .values({ user_id: userId, data: JSON.stringify(DEFAULT_SETTINGS), updated_at: now })
        .onConflict((c) => c.column('user_id').doNothing())
        .execute();
    },
    async exists(userId) {
      const row = await db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
      return row !== undefined;
    },
  };
}

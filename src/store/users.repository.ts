/** Users. For now one local user, created at first start; accounts come later. */
import { PostgresAdapter } from 'kysely';
import type { KneelineDb } from './database.js';
import { DEFAULT_SETTINGS } from '../contract/settings.js';

/** The one user of a local install. */
export const LOCAL_USER_ID = 'local';

export interface UsersRepository {
  /** Creates the user and their default settings unless they exist. `now` is an ISO timestamp. */
  ensure(userId: string, now: string): Promise<void>;
  exists(userId: string): Promise<boolean>;
  /**
   * Inside a transaction: makes other writers of this user's data wait until it ends, so a
   * read-modify-write (a log's progression rewriting the program) never loses a concurrent one.
   * PostgreSQL locks the user row; SQLite needs nothing, as one connection runs one transaction at a time.
   */
  lockForWrite(userId: string): Promise<void>;
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
    async lockForWrite(userId) {
      if (db.getExecutor().adapter instanceof PostgresAdapter) {
        await db.selectFrom('users').select('id').where('id', '=', userId).forUpdate().execute();
      }
    },
  };
}

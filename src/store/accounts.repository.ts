/**
 * Accounts and sign-in sessions. The store keeps a password hash (made by the server with argon2)
 * and a SHA-256 of each session token, never the password or the token itself.
 */
import { randomUUID } from 'node:crypto';
import type { KneelineDb } from './database.js';
import { DEFAULT_SETTINGS } from '../contract/settings.js';

export interface Account {
  readonly userId: string;
  readonly username: string;
  readonly passwordHash: string;
}

export interface AccountsRepository {
  /** Creates the user, their default settings and the account; null when the name is taken. */
  create(username: string, passwordHash: string, now: string): Promise<Account | null>;
  byUsername(username: string): Promise<Account | null>;
  byUserId(userId: string): Promise<Account | null>;
  startSession(userId: string, tokenHash: string, now: string, expiresAt: string): Promise<void>;
  /** The user of a session not yet expired at `now`, or null. */
  sessionUser(tokenHash: string, now: string): Promise<string | null>;
  endSession(tokenHash: string): Promise<void>;
  /** Deletes the user and, through the foreign keys, every row of theirs in every table. */
  deleteUser(userId: string): Promise<void>;
}

export function createAccountsRepository(db: KneelineDb): AccountsRepository {
  const toAccount = (row: { user_id: string; username: string; password_hash: string }): Account => ({
    userId: row.user_id,
    username: row.username,
    passwordHash: row.password_hash,
  });
  return {
    async create(username, passwordHash, now) {
      const taken = await db
        .selectFrom('accounts')
        .select('user_id')
        .where('username', '=', username)
        .executeTakeFirst();
      if (taken !== undefined) {
        return null;
      }
      const userId = randomUUID();
      await db.insertInto('users').values({ id: userId, created_at: now }).execute();
      await db
        .insertInto('settings')
        .values({ user_id: userId, data: JSON.stringify(DEFAULT_SETTINGS), updated_at: now })
        .execute();
      await db
        .insertInto('accounts')
        .values({ user_id: userId, username, password_hash: passwordHash, created_at: now })
        .execute();
      return { userId, username, passwordHash };
    },
    async byUsername(username) {
      const row = await db
        .selectFrom('accounts')
        .selectAll()
        .where('username', '=', username)
        .executeTakeFirst();
      return row === undefined ? null : toAccount(row);
    },
    async byUserId(userId) {
      const row = await db
        .selectFrom('accounts')
        .selectAll()
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row === undefined ? null : toAccount(row);
    },
    async startSession(userId, tokenHash, now, expiresAt) {
      await db
        .insertInto('auth_sessions')
        .values({ token_hash: tokenHash, user_id: userId, created_at: now, expires_at: expiresAt })
        .execute();
      // Expired sessions of this user are forgotten as a new one starts.
      await db
        .deleteFrom('auth_sessions')
        .where('user_id', '=', userId)
        .where('expires_at', '<=', now)
        .execute();
    },
    async sessionUser(tokenHash, now) {
      const row = await db
        .selectFrom('auth_sessions')
        .select('user_id')
        .where('token_hash', '=', tokenHash)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return row?.user_id ?? null;
    },
    async endSession(tokenHash) {
      await db.deleteFrom('auth_sessions').where('token_hash', '=', tokenHash).execute();
    },
    async deleteUser(userId) {
      await db.deleteFrom('users').where('id', '=', userId).execute();
    },
  };
}

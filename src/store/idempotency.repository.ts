/**
 * Idempotency keys: the first request with a key claims it, its answer is kept, and a retry with
 * the same key gets that answer again instead of doing the work twice.
 */
import type { KneelineDb } from './database.js';

export interface StoredAnswer {
  readonly requestHash: string;
  /** Null while the first request is still running. */
  readonly statusCode: number | null;
  readonly responseBody: string | null;
  readonly createdAt: string;
}

export interface IdempotencyRepository {
  /** Claims the key for a request; false when the key is taken already. */
  claim(userId: string, key: string, requestHash: string, now: string): Promise<boolean>;
  find(userId: string, key: string): Promise<StoredAnswer | null>;
  /** Takes over a claim whose request died (still running since `staleBefore`). */
  takeOver(userId: string, key: string, staleBefore: string, now: string): Promise<boolean>;
  /** Keeps the answer of the request that claimed the key. */
  finish(userId: string, key: string, statusCode: number, responseBody: string): Promise<void>;
  /** Frees the key (the request failed: a retry should do the work). */
  release(userId: string, key: string): Promise<void>;
  /** Forgets keys older than `before`. */
  purge(userId: string, before: string): Promise<void>;
}

export function createIdempotencyRepository(db: KneelineDb): IdempotencyRepository {
  return {
    async claim(userId, key, requestHash, now) {
      const result = await db
        .insertInto('idempotency_keys')
        .values({
          user_id: userId,
          key,
          request_hash: requestHash,
          status_code: null,
          response_body: null,
          created_at: now,
        })
        .onConflict((c) => c.columns(['user_id', 'key']).doNothing())
        .executeTakeFirst();
      return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
    },
    async find(userId, key) {
      const row = await db
        .selectFrom('idempotency_keys')
        .selectAll()
        .where('user_id', '=', userId)
        .where('key', '=', key)
        .executeTakeFirst();
      return row === undefined
        ? null
        : {
            requestHash: row.request_hash,
            statusCode: row.status_code,
            responseBody: row.response_body,
            createdAt: row.created_at,
          };
    },
    async takeOver(userId, key, staleBefore, now) {
      const result = await db
        .updateTable('idempotency_keys')
        .set({ created_at: now })
        .where('user_id', '=', userId)
        .where('key', '=', key)
        .where('status_code', 'is', null)
        .where('created_at', '<', staleBefore)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
    async finish(userId, key, statusCode, responseBody) {
      await db
        .updateTable('idempotency_keys')
        .set({ status_code: statusCode, response_body: responseBody })
        .where('user_id', '=', userId)
        .where('key', '=', key)
        .execute();
    },
    async release(userId, key) {
      await db
        .deleteFrom('idempotency_keys')
        .where('user_id', '=', userId)
        .where('key', '=', key)
        .where('status_code', 'is', null)
        .execute();
    },
    async purge(userId, before) {
      await db
        .deleteFrom('idempotency_keys')
        .where('user_id', '=', userId)
        .where('created_at', '<', before)
        .execute();
    },
  };
}

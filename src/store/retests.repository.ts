/** Re-tests: the self-tests repeated in weeks 2 and 4, stored as the progress module shapes them. */
import { randomUUID } from 'node:crypto';
import type { KneelineDb } from './database.js';
import { jsonObjectSchema, parseJsonColumn } from './json-columns.js';

/** A re-test as stored: any JSON object with its day. */
export type StoredRetest = Readonly<Record<string, unknown>> & { readonly date: string };

export interface RetestRecord {
  readonly id: string;
  readonly retest: StoredRetest;
  readonly createdAt: string;
}

export interface RetestsRepository {
  add(userId: string, retest: StoredRetest, now: string): Promise<RetestRecord>;
  /** Every re-test, oldest day first. */
  list(userId: string): Promise<readonly RetestRecord[]>;
}

export function createRetestsRepository(db: KneelineDb): RetestsRepository {
  return {
    async add(userId, retest, now) {
      const id = randomUUID();
      await db
        .insertInto('retests')
        .values({ id, user_id: userId, date: retest.date, data: JSON.stringify(retest), created_at: now })
        .execute();
      return { id, retest, createdAt: now };
    },
    async list(userId) {
      const rows = await db
        .selectFrom('retests')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('date', 'asc')
        .orderBy('created_at', 'asc')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        retest: { ...parseJsonColumn(jsonObjectSchema, row.data, 'retests.data'), date: row.date },
        createdAt: row.created_at,
      }));
    },
  };
}

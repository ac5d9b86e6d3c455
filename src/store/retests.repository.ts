/** Re-tests: the self-tests repeated in weeks 2 and 4, stored as the progress module shapes them. */
import { randomUUID } from 'node:crypto';
import type { KneelineDb } from './database.js';
import { retestSchema } from '../contract/stored-shapes.js';
import { parseJsonColumn, readableRows } from './json-column-reader.js';
import type { z } from 'zod';

/** A re-test as stored: progress's `Retest` as plain JSON numbers. */
export type StoredRetest = z.infer<typeof retestSchema>;

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
      return readableRows(
        rows,
        (row) => ({
          id: row.id,
          retest: parseJsonColumn(retestSchema, row.data, 'retests.data'),
          createdAt: row.created_at,
        }),
        'retests',
      );
    },
  };
}

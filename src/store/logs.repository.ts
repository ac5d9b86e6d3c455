/** Session logs: what the person did in a session, per exercise (coaching's SessionLog). */
import { randomUUID } from 'node:crypto';
import { sessionLogSchema } from '../coaching/types.js';
import type { SessionLog } from '../coaching/types.js';
import type { KneelineDb } from './database.js';
import { parseJsonColumn, readableRows } from './json-column-reader.js';

export interface LogRecord {
  readonly id: string;
  readonly sessionId: string;
  readonly log: SessionLog;
  readonly createdAt: string;
}

export interface LogsRepository {
  add(userId: string, sessionId: string, log: SessionLog, now: string): Promise<LogRecord>;
  /** Every log of the user, oldest session first. */
  list(userId: string): Promise<readonly LogRecord[]>;
  /** The logs of sessions dated after `after` (all when null), oldest session first. */
  listAfter(userId: string, after: string | null): Promise<readonly LogRecord[]>;
  /** Replaces the log `id` of the user (answers added after the session); false when none. */
  replace(userId: string, id: string, log: SessionLog): Promise<boolean>;
}

export function createLogsRepository(db: KneelineDb): LogsRepository {
  const listAfter = async (userId: string, after: string | null): Promise<readonly LogRecord[]> => {
    let query = db.selectFrom('session_logs').selectAll().where('user_id', '=', userId);
    if (after !== null) {
      query = query.where('date', '>', after);
    }
    const rows = await query.orderBy('date', 'asc').orderBy('created_at', 'asc').execute();
    return readableRows(
      rows,
      (row) => ({
        id: row.id,
        sessionId: row.session_id,
        log: parseJsonColumn(sessionLogSchema, row.log, 'session_logs.log'),
        createdAt: row.created_at,
      }),
      'session_logs',
    );
  };
  return {
    async add(userId, sessionId, log, now) {
      const id = randomUUID();
      await db
        .insertInto('session_logs')
        .values({
          id,
          user_id: userId,
          session_id: sessionId,
          date: log.sessionDate,
          log: JSON.stringify(log),
          created_at: now,
        })
        .execute();
      return { id, sessionId, log, createdAt: now };
    },
    async replace(userId, id, log) {
      // The date stays the session's: answers added later never move a log to another day.
      const result = await db
        .updateTable('session_logs')
        .set({ log: JSON.stringify(log) })
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .where('date', '=', log.sessionDate)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    list: (userId) => listAfter(userId, null),
    listAfter: (userId, after) => listAfter(userId, after),
  };
}

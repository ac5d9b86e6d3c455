/** Session logs: what the person did in a session, per exercise (coaching's SessionLog). */
import { randomUUID } from 'node:crypto';
import { sessionLogSchema } from '../coaching/types.js';
import type { SessionLog } from '../coaching/types.js';
import type { KneelineDb } from './database.js';
import { parseJsonColumn } from './json-columns.js';

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
}

export function createLogsRepository(db: KneelineDb): LogsRepository {
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
    async list(userId) {
      const rows = await db
        .selectFrom('session_logs')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('date', 'asc')
        .orderBy('created_at', 'asc')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        sessionId: row.session_id,
        log: parseJsonColumn(sessionLogSchema, row.log, 'session_logs.log'),
        createdAt: row.created_at,
      }));
    },
  };
}

/**
 * Scheduled sessions: the dated entries of the current program. A session is 'planned' until its
 * log is saved ('done'); a planned session before today reads as 'missed'.
 */
import { randomUUID } from 'node:crypto';
import type { IsoDate, ScheduledSession, SessionKind } from '../program/types.js';
import type { KneelineDb } from './database.js';
import type { ScheduledSessionsTable } from './schema.js';

export type SessionStatus = 'planned' | 'done' | 'missed';

export interface SessionRecord extends ScheduledSession {
  readonly id: string;
  readonly programId: string;
  readonly status: SessionStatus;
}

export interface SessionsRepository {
  /**
   * Removes the sessions not yet done from `today` on (the past stays as it was) and inserts the
   * given schedule's entries from `today` on, skipping days that already hold a done session.
   */
  replaceUpcoming(
    userId: string,
    programId: string,
    sessions: readonly ScheduledSession[],
    today: IsoDate,
  ): Promise<number>;
  /** Removes the sessions not yet done from `today` on (a new assessment said: no program for now). */
  clearUpcoming(userId: string, today: IsoDate): Promise<void>;
  /** Sessions with `from <= date <= to`, in date order. */
  list(
    userId: string,
    range: { readonly from: IsoDate; readonly to: IsoDate },
    today: IsoDate,
  ): Promise<readonly SessionRecord[]>;
  byId(userId: string, id: string, today: IsoDate): Promise<SessionRecord | null>;
  /** The first session on `date` (not done before done, then by kind order), or null. */
  onDate(userId: string, date: IsoDate, today: IsoDate): Promise<SessionRecord | null>;
  markDone(userId: string, id: string): Promise<void>;
}

/** 'missed' is derived: planned and dated before today. */
export function sessionStatus(stored: 'planned' | 'done', date: IsoDate, today: IsoDate): SessionStatus {
  if (stored === 'done') {
    return 'done';
  }
  return date < today ? 'missed' : 'planned';
}

function toRecord(row: ScheduledSessionsTable, today: IsoDate): SessionRecord {
  return {
    id: row.id,
    programId: row.program_id,
    date: row.date,
    week: row.week,
    kind: row.kind as SessionKind,
    title: row.title,
    status: sessionStatus(row.status, row.date, today),
  };
}

export function createSessionsRepository(db: KneelineDb): SessionsRepository {
  return {
    async replaceUpcoming(userId, programId, sessions, today) {
      await db
        .deleteFrom('scheduled_sessions')
        .where('user_id', '=', userId)
        .where('status', '=', 'planned')
        .where('date', '>=', today)
        .execute();
      const doneRows = await db
        .selectFrom('scheduled_sessions')
        .select('date')
        .where('user_id', '=', userId)
        .where('status', '=', 'done')
        .where('date', '>=', today)
        .execute();
      const doneDays = new Set(doneRows.map((row) => row.date));
      const rows = sessions
        .filter((session) => session.date >= today && !doneDays.has(session.date))
        .map((session) => ({
          id: randomUUID(),
          user_id: userId,
          program_id: programId,
          date: session.date,
          week: session.week,
          kind: session.kind,
          title: session.title,
          status: 'planned' as const,
        }));
      if (rows.length > 0) {
        await db.insertInto('scheduled_sessions').values(rows).execute();
      }
      return rows.length;
    },
    async clearUpcoming(userId, today) {
      await db
        .deleteFrom('scheduled_sessions')
        .where('user_id', '=', userId)
        .where('status', '=', 'planned')
        .where('date', '>=', today)
        .execute();
    },
    async list(userId, range, today) {
      const rows = await db
        .selectFrom('scheduled_sessions')
        .selectAll()
        .where('user_id', '=', userId)
        .where('date', '>=', range.from)
        .where('date', '<=', range.to)
        .orderBy('date', 'asc')
        .orderBy('kind', 'desc')
        .execute();
      return rows.map((row) => toRecord(row, today));
    },
    async byId(userId, id, today) {
      const row = await db
        .selectFrom('scheduled_sessions')
        .selectAll()
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row === undefined ? null : toRecord(row, today);
    },
    async onDate(userId, date, today) {
      const row = await db
        .selectFrom('scheduled_sessions')
        .selectAll()
        .where('user_id', '=', userId)
        .where('date', '=', date)
        .orderBy('status', 'desc')
        .orderBy('kind', 'desc')
        .executeTakeFirst();
      return row === undefined ? null : toRecord(row, today);
    },
    async markDone(userId, id) {
      await db
        .updateTable('scheduled_sessions')
        .set({ status: 'done' })
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .execute();
    },
  };
}

/**
 * All of one user's data at once: export it as a versioned file, replace it from such a file,
 * or delete it. Call `replaceAll` and `deleteAll` inside a transaction (Store.transaction) so a
 * failure leaves the old data as it was.
 */
import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { KneelineDb } from './database.js';
import type { Database } from './schema.js';
import type { ExportFile } from '../contract/export-format.js';
import { collectExport } from './export-stream.js';
import { ASSESSMENT_FORMAT_VERSION } from './assessments.repository.js';
import { PROGRAM_FORMAT_VERSION } from './programs.repository.js';
import { createSettingsRepository } from './settings.repository.js';

export interface DataRepository {
  exportAll(userId: string, now: string): Promise<ExportFile>;
  /** Deletes the user's data and writes the file's; ids are renewed, references kept. */
  replaceAll(userId: string, file: ExportFile, now: string): Promise<void>;
  /** Deletes every row of the user except the user itself (settings fall back to defaults). */
  deleteAll(userId: string): Promise<void>;
}

/** Child tables first, so foreign keys hold at every step. */
const USER_TABLES = [
  'idempotency_keys',
  'quarantined_rows',
  'session_logs',
  'scheduled_sessions',
  'programs',
  'assessments',
  'measurements',
  'retests',
  'settings',
] as const;

export function createDataRepository(db: KneelineDb): DataRepository {
  const deleteAll = async (userId: string): Promise<void> => {
    for (const table of USER_TABLES) {
      await db.deleteFrom(table).where('user_id', '=', userId).execute();
    }
  };
  return {
    exportAll: (userId, now) => collectExport(db, userId, now),
    async replaceAll(userId, file, now) {
      await deleteAll(userId);
      await createSettingsRepository(db).save(userId, file.settings, now);
      const rows = importRows(userId, file);
      // Parents before children, so foreign keys hold at every step.
      await insertInChunks(db, 'assessments', rows.assessments);
      await insertInChunks(db, 'programs', rows.programs);
      await insertInChunks(db, 'scheduled_sessions', rows.sessions);
      await insertInChunks(db, 'session_logs', rows.logs);
      await insertInChunks(db, 'measurements', rows.measurements);
      await insertInChunks(db, 'retests', rows.retests);
    },
    deleteAll,
  };
}

/** Gives every id of the file a fresh one, the same old id always the same new one. */
function idRenewer(): (old: string) => string {
  const renewed = new Map<string, string>();
  return (old) => {
    const fresh = renewed.get(old) ?? randomUUID();
    renewed.set(old, fresh);
    return fresh;
  };
}

/** The file's entries as table rows of `userId`, with renewed ids and references. */
export function importRows(userId: string, file: ExportFile) {
  const idFor = idRenewer();
  const user_id = userId;
  return {
    assessments: file.assessments.map((a) => ({
      id: idFor(a.id),
      user_id,
      format_version: ASSESSMENT_FORMAT_VERSION,
      status: a.status,
      answers: JSON.stringify(a.answers),
      tests: JSON.stringify(a.tests),
      findings: a.findings === null ? null : JSON.stringify(a.findings),
      created_at: a.createdAt,
      updated_at: a.updatedAt,
      completed_at: a.completedAt,
    })),
    programs: file.programs.map((p) => ({
      id: idFor(p.id),
      user_id,
      assessment_id: idFor(p.assessmentId),
      format_version: PROGRAM_FORMAT_VERSION,
      program: JSON.stringify(p.program),
      findings: JSON.stringify(p.findings),
      preferences: JSON.stringify(p.preferences),
      created_at: p.createdAt,
      updated_at: p.updatedAt,
    })),
    sessions: file.sessions.map((s) => ({
      id: idFor(s.id),
      user_id,
      program_id: idFor(s.programId),
      date: s.date,
      week: s.week,
      kind: s.kind,
      title: s.title,
      status: s.status,
    })),
    logs: file.logs.map((l) => ({
      id: idFor(l.id),
      user_id,
      session_id: idFor(l.sessionId),
      date: l.log.sessionDate,
      log: JSON.stringify(l.log),
      created_at: l.createdAt,
    })),
    measurements: file.measurements.map((m) => ({
      id: idFor(m.id),
      user_id,
      test: m.test,
      side: m.side,
      report: JSON.stringify(m.report),
      keypoints: m.keypoints === null ? null : JSON.stringify(m.keypoints),
      created_at: m.createdAt,
    })),
    retests: file.retests.map((r) => ({
      id: idFor(r.id),
      user_id,
      date: r.retest.date,
      data: JSON.stringify(r.retest),
      created_at: r.createdAt,
    })),
  };
}

/** Rows per INSERT: well under SQLite's limit on bound parameters. */
const CHUNK = 200;

async function insertInChunks<Table extends keyof Database>(
  db: KneelineDb,
  table: Table,
  rows: readonly Insertable<Database[Table]>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await db
      .insertInto(table)
      .values(rows.slice(start, start + CHUNK))
      .execute();
  }
}

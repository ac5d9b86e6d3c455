/**
 * All of one user's data at once: export it as a versioned file, replace it from such a file,
 * or delete it. Call `replaceAll` and `deleteAll` inside a transaction (Store.transaction) so a
 * failure leaves the old data as it was.
 */
import { randomUUID } from 'node:crypto';
import type { KneelineDb } from './database.js';
import { EXPORT_FORMAT, EXPORT_VERSION, exportFileSchema } from './export-format.js';
import type { ExportFile } from './export-format.js';
import { createAssessmentsRepository } from './assessments.repository.js';
import { createLogsRepository } from './logs.repository.js';
import { createMeasurementsRepository } from './measurements.repository.js';
import { createProgramsRepository } from './programs.repository.js';
import { createRetestsRepository } from './retests.repository.js';
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
    async exportAll(userId, now) {
      const sessions = await db
        .selectFrom('scheduled_sessions')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('date')
        .execute();
      // Parsed with the import schema, so every export can be imported again.
      return exportFileSchema.parse({
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exportedAt: now,
        settings: await createSettingsRepository(db).get(userId),
        assessments: await createAssessmentsRepository(db).list(userId),
        programs: await createProgramsRepository(db).list(userId),
        sessions: sessions.map((row) => ({
          id: row.id,
          programId: row.program_id,
          date: row.date,
          week: row.week,
          kind: row.kind,
          title: row.title,
          status: row.status,
        })),
        logs: await createLogsRepository(db).list(userId),
        measurements: await createMeasurementsRepository(db).list(userId),
        retests: await createRetestsRepository(db).list(userId),
      });
    },
    async replaceAll(userId, file, now) {
      await deleteAll(userId);
      const renew = new Map<string, string>();
      const idFor = (old: string): string => {
        const existing = renew.get(old);
        if (existing !== undefined) {
          return existing;
        }
        const fresh = randomUUID();
        renew.set(old, fresh);
        return fresh;
      };
      await createSettingsRepository(db).save(userId, file.settings, now);
      for (const a of file.assessments) {
        await db
          .insertInto('assessments')
          .values({
            id: idFor(a.id),
            user_id: userId,
            format_version: 1,
            status: a.status,
            answers: JSON.stringify(a.answers),
            tests: JSON.stringify(a.tests),
            findings: a.findings === null ? null : JSON.stringify(a.findings),
            created_at: a.createdAt,
            updated_at: a.updatedAt,
            completed_at: a.completedAt,
          })
          .execute();
      }
      for (const p of file.programs) {
        await db
          .insertInto('programs')
          .values({
            id: idFor(p.id),
            user_id: userId,
            assessment_id: idFor(p.assessmentId),
            format_version: 1,
            program: JSON.stringify(p.program),
            findings: JSON.stringify(p.findings),
            preferences: JSON.stringify(p.preferences),
            created_at: p.createdAt,
            updated_at: p.updatedAt,
          })
          .execute();
      }
      for (const s of file.sessions) {
        await db
          .insertInto('scheduled_sessions')
          .values({
            id: idFor(s.id),
            user_id: userId,
            program_id: idFor(s.programId),
            date: s.date,
            week: s.week,
            kind: s.kind,
            title: s.title,
            status: s.status,
          })
          .execute();
      }
      for (const l of file.logs) {
        await db
          .insertInto('session_logs')
          .values({
            id: idFor(l.id),
            user_id: userId,
            session_id: idFor(l.sessionId),
            date: l.log.sessionDate,
            log: JSON.stringify(l.log),
            created_at: l.createdAt,
          })
          .execute();
      }
      for (const m of file.measurements) {
        await db
          .insertInto('measurements')
          .values({
            id: idFor(m.id),
            user_id: userId,
            test: m.test,
            side: m.side,
            report: JSON.stringify(m.report),
            keypoints: m.keypoints === null ? null : JSON.stringify(m.keypoints),
            created_at: m.createdAt,
          })
          .execute();
      }
      for (const r of file.retests) {
        await db
          .insertInto('retests')
          .values({
            id: idFor(r.id),
            user_id: userId,
            date: r.retest.date,
            data: JSON.stringify(r.retest),
            created_at: r.createdAt,
          })
          .execute();
      }
    },
    deleteAll,
  };
}

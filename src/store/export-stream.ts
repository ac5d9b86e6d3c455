/**
 * The export without blocking the server: each table is read, each entry checked with the import
 * schema's entry schema, and the JSON written out in slices, yielding to the event loop between
 * slices, so a user with years of data does not stall every other request.
 */
import type { KneelineDb } from './database.js';
import { EXPORT_FORMAT, EXPORT_VERSION, exportFileSchema } from '../contract/export-format.js';
import type { ExportFile } from '../contract/export-format.js';
import { createAssessmentsRepository } from './assessments.repository.js';
import { createLogsRepository } from './logs.repository.js';
import { createMeasurementsRepository } from './measurements.repository.js';
import { createProgramsRepository } from './programs.repository.js';
import { createRetestsRepository } from './retests.repository.js';
import { createSettingsRepository } from './settings.repository.js';

/** Entries checked or written between two yields: a few milliseconds of work. */
const SLICE = 100;

/** Lets other requests run. */
export const breathe = (): Promise<void> =>
  new Promise((resolve) => {
    setImmediate(resolve);
  });

type Lists = Omit<ExportFile, 'format' | 'version' | 'exportedAt' | 'settings'>;
const LIST_KEYS = ['assessments', 'programs', 'sessions', 'logs', 'measurements', 'retests'] as const;

/** The entries the import schema accepts, checked a slice at a time; others are left out with a warning. */
async function checked<K extends keyof Lists>(key: K, entries: readonly unknown[]): Promise<Lists[K]> {
  const schema = exportFileSchema.shape[key].element;
  const kept: unknown[] = [];
  for (let index = 0; index < entries.length; index += 1) {
    if (index % SLICE === SLICE - 1) {
      await breathe();
    }
    const result = schema.safeParse(entries[index]);
    if (result.success) {
      kept.push(result.data);
    } else {
      console.warn(`Kneeline: the export left out ${key} entry ${index}: it does not read`);
    }
  }
  return kept as Lists[K];
}

/** Leaves out entries whose parent was left out, so references stay whole. */
function withParents(lists: Lists): Lists {
  const assessmentIds = new Set(lists.assessments.map((a) => a.id));
  const programs = lists.programs.filter((p) => assessmentIds.has(p.assessmentId));
  const programIds = new Set(programs.map((p) => p.id));
  const sessions = lists.sessions.filter((s) => programIds.has(s.programId));
  const sessionIds = new Set(sessions.map((s) => s.id));
  const logs = lists.logs.filter((l) => sessionIds.has(l.sessionId));
  return { ...lists, programs, sessions, logs };
}

/** All of one user's data as an importable ExportFile. */
export async function collectExport(db: KneelineDb, userId: string, now: string): Promise<ExportFile> {
  const sessions = await db
    .selectFrom('scheduled_sessions')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('date')
    .orderBy('id')
    .execute();
  const raw = {
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
  };
  const lists = {} as Record<keyof Lists, unknown>;
  for (const key of LIST_KEYS) {
    lists[key] = await checked(key, raw[key]);
  }
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now,
    settings: await createSettingsRepository(db).get(userId),
    ...withParents(lists as Lists),
  };
}

/** The file as JSON text in slices (the same text JSON.stringify would give). */
export async function* exportJsonChunks(file: ExportFile): AsyncGenerator<string> {
  const head = {
    format: file.format,
    version: file.version,
    exportedAt: file.exportedAt,
    settings: file.settings,
  };
  yield JSON.stringify(head).slice(0, -1);
  for (const key of LIST_KEYS) {
    const entries: readonly unknown[] = file[key];
    yield `,${JSON.stringify(key)}:[`;
    for (let start = 0; start < entries.length; start += SLICE) {
      const slice = entries.slice(start, start + SLICE).map((entry) => JSON.stringify(entry));
      yield (start === 0 ? '' : ',') + slice.join(',');
      await breathe();
    }
    yield ']';
  }
  yield '}';
}

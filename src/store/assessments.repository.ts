/**
 * Assessments: the answers and self-test results as JSON, saved as a draft while the user goes
 * and completed (with the findings) once. At most one draft per user; completed ones are kept as
 * history, so a re-assessment starts from the last answers.
 */
import { randomUUID } from 'node:crypto';
import type { Findings } from '../assessment/types.js';
import { DomainError } from '../errors.js';
import type { KneelineDb } from './database.js';
import { findingsSchema, jsonObjectSchema } from '../contract/stored-shapes.js';
import { parseJsonColumn, readableRows } from './json-column-reader.js';
import type { AssessmentsTable } from './schema.js';

/**
 * Most characters a draft's answers and tests may hold together: the same 1 MB as a request, so
 * that many small saves cannot grow one row without bound (a full assessment is ~5 kB).
 */
export const DRAFT_MAX_CHARS = 1024 * 1024;

/** The version of the answers/tests JSON format written now. */
export const ASSESSMENT_FORMAT_VERSION = 1;

export type JsonObject = Record<string, unknown>;

export interface AssessmentRecord {
  readonly id: string;
  readonly status: 'draft' | 'completed';
  readonly answers: JsonObject;
  readonly tests: JsonObject;
  readonly findings: Findings | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly completedAt: string | null;
}

/**
 * A partial save: the keys given replace the same keys of the draft; the rest stay. A key sent
 * as null removes that answer (the user cleared it).
 */
export interface DraftPatch {
  readonly answers?: JsonObject;
  readonly tests?: JsonObject;
}

export interface AssessmentsRepository {
  /** The draft if there is one, else the latest completed assessment, else null. */
  current(userId: string): Promise<AssessmentRecord | null>;
  draft(userId: string): Promise<AssessmentRecord | null>;
  latestCompleted(userId: string): Promise<AssessmentRecord | null>;
  /** Just the id of the latest completed assessment (no JSON parsed), or null. */
  latestCompletedId(userId: string): Promise<string | null>;
  /**
   * Merges the patch into the draft, creating one (from the last completed answers) if needed.
   * Reads then writes: call it inside a transaction after users.lockForWrite.
   */
  saveDraft(userId: string, patch: DraftPatch, now: string): Promise<AssessmentRecord>;
  /** Turns the draft into a completed assessment with its findings. */
  complete(userId: string, id: string, findings: Findings, now: string): Promise<AssessmentRecord>;
  list(userId: string): Promise<readonly AssessmentRecord[]>;
}

function toRecord(row: AssessmentsTable): AssessmentRecord {
  return {
    id: row.id,
    status: row.status,
    answers: parseJsonColumn(jsonObjectSchema, row.answers, 'assessments.answers'),
    tests: parseJsonColumn(jsonObjectSchema, row.tests, 'assessments.tests'),
    findings:
      row.findings === null ? null : parseJsonColumn(findingsSchema, row.findings, 'assessments.findings'),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    completedAt: row.completed_at,
  };
}

/** The draft's object with the patch's keys replaced, and its null keys removed. */
function mergePatch(base: JsonObject, patch: JsonObject | undefined): JsonObject {
  const merged: JsonObject = { ...base };
  for (const [key, value] of Object.entries(patch ?? {})) {
    if (value === null) {
      delete merged[key];
    } else {
      merged[key] = value;
    }
  }
  return merged;
}

export function createAssessmentsRepository(db: KneelineDb): AssessmentsRepository {
  const latest = async (userId: string, status: 'draft' | 'completed'): Promise<AssessmentRecord | null> => {
    // A few rows, so an unreadable newest one falls back to the one before it.
    const rows = await db
      .selectFrom('assessments')
      .selectAll()
      .where('user_id', '=', userId)
      .where('status', '=', status)
      .orderBy('updated_at', 'desc')
      .orderBy('created_at', 'desc')
      .limit(5)
      .execute();
    return readableRows(rows, toRecord, 'assessments')[0] ?? null;
  };

  const repository: AssessmentsRepository = {
    async current(userId) {
      return (await latest(userId, 'draft')) ?? (await latest(userId, 'completed'));
    },
    draft: (userId) => latest(userId, 'draft'),
    latestCompleted: (userId) => latest(userId, 'completed'),
    async latestCompletedId(userId) {
      const row = await db
        .selectFrom('assessments')
        .select('id')
        .where('user_id', '=', userId)
        .where('status', '=', 'completed')
        .orderBy('updated_at', 'desc')
        .orderBy('created_at', 'desc')
        .executeTakeFirst();
      return row?.id ?? null;
    },
    async saveDraft(userId, patch, now) {
      const draft = await latest(userId, 'draft');
      const base = draft ?? (await latest(userId, 'completed'));
      const answers = mergePatch(base?.answers ?? {}, patch.answers);
      const tests = mergePatch(base?.tests ?? {}, patch.tests);
      if (JSON.stringify(answers).length + JSON.stringify(tests).length > DRAFT_MAX_CHARS) {
        throw new DomainError(
          'invalid-input',
          'The assessment draft would grow over 1 MB: remove answers you no longer need (send them as null).',
        );
      }
      if (draft === null) {
        const id = randomUUID();
        await db
          .insertInto('assessments')
          .values({
            id,
            user_id: userId,
            format_version: ASSESSMENT_FORMAT_VERSION,
            status: 'draft',
            answers: JSON.stringify(answers),
            tests: JSON.stringify(tests),
            findings: null,
            created_at: now,
            updated_at: now,
            completed_at: null,
          })
          .execute();
        return {
          id,
          status: 'draft',
          answers,
          tests,
          findings: null,
          createdAt: now,
          updatedAt: now,
          completedAt: null,
        };
      }
      await db
        .updateTable('assessments')
        .set({ answers: JSON.stringify(answers), tests: JSON.stringify(tests), updated_at: now })
        .where('id', '=', draft.id)
        .execute();
      return { ...draft, answers, tests, updatedAt: now };
    },
    async complete(userId, id, findings, now) {
      const result = await db
        .updateTable('assessments')
        .set({ status: 'completed', findings: JSON.stringify(findings), updated_at: now, completed_at: now })
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .where('status', '=', 'draft')
        .executeTakeFirst();
      if (result.numUpdatedRows !== 1n) {
        throw new Error(`No draft assessment ${id} to complete`);
      }
      const row = await db
        .selectFrom('assessments')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return toRecord(row);
    },
    async list(userId) {
      const rows = await db
        .selectFrom('assessments')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'asc')
        .execute();
      return readableRows(rows, toRecord, 'assessments');
    },
  };
  return repository;
}

/**
 * Programs: the generated program with the findings and preferences it was built from. The
 * latest is the current one; progression rewrites its items in place.
 */
import { randomUUID } from 'node:crypto';
import type { Findings, Preferences } from '../assessment/types.js';
import type { Program } from '../program/types.js';
import type { KneelineDb } from './database.js';
import { findingsSchema, preferencesSchema, programSchema } from '../contract/stored-shapes.js';
import { parseJsonColumn, readableRows } from './json-column-reader.js';
import type { ProgramsTable } from './schema.js';

/** The version of the program JSON format written now. */
export const PROGRAM_FORMAT_VERSION = 1;

export interface ProgramRecord {
  readonly id: string;
  readonly assessmentId: string;
  readonly program: Program;
  readonly findings: Findings;
  readonly preferences: Preferences;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface NewProgram {
  readonly assessmentId: string;
  readonly program: Program;
  readonly findings: Findings;
  readonly preferences: Preferences;
}

export interface ProgramsRepository {
  create(userId: string, input: NewProgram, now: string): Promise<ProgramRecord>;
  /** The latest program, or null before the first completed assessment that allowed one. */
  current(userId: string): Promise<ProgramRecord | null>;
  /** Replaces the program JSON (after progression changed an item). */
  update(userId: string, id: string, program: Program, now: string): Promise<void>;
  list(userId: string): Promise<readonly ProgramRecord[]>;
}

function toRecord(row: ProgramsTable): ProgramRecord {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    program: parseJsonColumn(programSchema, row.program, 'programs.program'),
    findings: parseJsonColumn(findingsSchema, row.findings, 'programs.findings'),
    preferences: parseJsonColumn(preferencesSchema, row.preferences, 'programs.preferences'),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function createProgramsRepository(db: KneelineDb): ProgramsRepository {
  return {
    async create(userId, input, now) {
      const id = randomUUID();
      await db
        .insertInto('programs')
        .values({
          id,
          user_id: userId,
          assessment_id: input.assessmentId,
          format_version: PROGRAM_FORMAT_VERSION,
          program: JSON.stringify(input.program),
          findings: JSON.stringify(input.findings),
          preferences: JSON.stringify(input.preferences),
          created_at: now,
          updated_at: now,
        })
        .execute();
      return { id, ...input, createdAt: now, updatedAt: now };
    },
    async current(userId) {
      const row = await db
        .selectFrom('programs')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .limit(5)
        .execute();
      return readableRows(row, toRecord, 'programs')[0] ?? null;
    },
    async update(userId, id, program, now) {
      await db
        .updateTable('programs')
        .set({ program: JSON.stringify(program), updated_at: now })
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .execute();
    },
    async list(userId) {
      const rows = await db
        .selectFrom('programs')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'asc')
        .execute();
      return readableRows(rows, toRecord, 'programs');
    },
  };
}

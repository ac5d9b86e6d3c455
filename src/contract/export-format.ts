/**
 * The export file: all of one user's data as versioned JSON. `POST /api/import` takes the same
 * file back; it is validated whole (shapes and references) before anything is replaced.
 */
import { z } from 'zod';
import { sessionLogSchema } from '../coaching/types.js';
import {
  findingsSchema,
  jsonObjectSchema,
  keypointFramesSchema,
  preferencesSchema,
  programSchema,
  retestSchema,
  trialReportSchema,
} from './stored-shapes.js';
import { isoDateSchema, storedSettingsSchema, timestampSchema } from './settings.js';

export const EXPORT_FORMAT = 'kneeline-export';
export const EXPORT_VERSION = 1;

const id = z.string().min(1).max(100);
const timestamp = timestampSchema;

/**
 * Most entries a file may hold per kind: years of daily use (a schedule holds 8 weeks of at most
 * 7 sessions; 10,000 sessions is a session a day for 27 years), and a bound on the work an import,
 * an export or a calendar does.
 */
export const EXPORT_LIMITS = {
  assessments: 1_000,
  programs: 1_000,
  sessions: 10_000,
  logs: 10_000,
  measurements: 2_000,
  retests: 2_000,
} as const;

const many = <T extends z.ZodType>(entry: T, kind: keyof typeof EXPORT_LIMITS) =>
  z.array(entry).max(EXPORT_LIMITS[kind], `at most ${EXPORT_LIMITS[kind]} ${kind} per file`);

export const exportFileSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT, {
      message: `this is not a Kneeline export (format must be "${EXPORT_FORMAT}")`,
    }),
    version: z.literal(EXPORT_VERSION, {
      message: `this export's version is not supported (expected ${EXPORT_VERSION})`,
    }),
    exportedAt: timestamp,
    settings: storedSettingsSchema,
    assessments: many(
      z.object({
        id,
        status: z.enum(['draft', 'completed']),
        answers: jsonObjectSchema,
        tests: jsonObjectSchema,
        findings: findingsSchema.nullable(),
        createdAt: timestamp,
        updatedAt: timestamp,
        completedAt: timestamp.nullable(),
      }),
      'assessments',
    ),
    programs: many(
      z.object({
        id,
        assessmentId: id,
        program: programSchema,
        findings: findingsSchema,
        preferences: preferencesSchema,
        createdAt: timestamp,
        updatedAt: timestamp,
      }),
      'programs',
    ),
    sessions: many(
      z.object({
        id,
        programId: id,
        date: isoDateSchema,
        week: z.number().int().min(1),
        kind: z.enum(['session', 'retest', 'review']),
        title: z.string().max(200),
        status: z.enum(['planned', 'done']),
      }),
      'sessions',
    ),
    logs: many(z.object({ id, sessionId: id, log: sessionLogSchema, createdAt: timestamp }), 'logs'),
    measurements: many(
      z.object({
        id,
        test: z.string().max(100),
        side: z.string().max(20),
        report: trialReportSchema,
        keypoints: keypointFramesSchema.nullable(),
        createdAt: timestamp,
      }),
      'measurements',
    ),
    retests: many(z.object({ id, retest: retestSchema, createdAt: timestamp }), 'retests'),
  })
  .superRefine((file, context) => {
    const known = (ids: readonly { id: string }[]): Set<string> => new Set(ids.map((entry) => entry.id));
    const check = (refs: readonly string[], within: Set<string>, path: string, what: string): void => {
      refs.forEach((ref, index) => {
        if (!within.has(ref)) {
          context.addIssue({
            code: 'custom',
            path: [path, index],
            message: `refers to ${what} ${ref}, which is not in the file`,
          });
        }
      });
    };
    check(
      file.programs.map((p) => p.assessmentId),
      known(file.assessments),
      'programs',
      'assessment',
    );
    check(
      file.sessions.map((s) => s.programId),
      known(file.programs),
      'sessions',
      'program',
    );
    check(
      file.logs.map((l) => l.sessionId),
      known(file.sessions),
      'logs',
      'session',
    );
    const all = [file.assessments, file.programs, file.sessions, file.logs, file.measurements, file.retests];
    for (const list of all) {
      if (known(list).size !== list.length) {
        context.addIssue({
          code: 'custom',
          path: [],
          message: 'the file repeats an id; export it again from Kneeline',
        });
      }
    }
    if (file.assessments.filter((a) => a.status === 'draft').length > 1) {
      context.addIssue({
        code: 'custom',
        path: ['assessments'],
        message: 'at most one assessment may be a draft',
      });
    }
  });

/** An export file, parsed. */
export type ExportFile = z.infer<typeof exportFileSchema>;

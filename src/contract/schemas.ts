/**
 * Every request body, query and path parameter of the HTTP API as a zod schema, and the shapes of
 * the responses as types. The server validates with them and the web app's typed client
 * (web/api/client.ts, driven by the route table in ./api.ts) imports them: zod only, no Node
 * modules, so the browser and the server agree on one contract.
 */
import { z } from 'zod';
import type { Findings, Triage } from '../assessment/types.js';
import { sessionLogSchema, sessionSymptomsSchema } from '../coaching/types.js';
import type { SessionLog } from '../coaching/types.js';
import { PROFESSIONALS } from '../assessment/triage-then.js';
import type { FollowUp } from '../progress/follow-up.js';
import type { Program, ProgramItem, ScheduledSession, IsoDate } from '../program/types.js';
import type { ProgressionDecision } from '../program/types.js';
import { exportFileSchema } from './export-format.js';
import { TRIAL_TESTS } from '../vision/geometry/types.js';
import { jsonObjectSchema, keypointFramesSchema, retestSchema, trialReportSchema } from './stored-shapes.js';
import { isoDateSchema, settingsSchema } from './settings.js';
import type { Settings } from './settings.js';

export { isoDateSchema, settingsSchema, exportFileSchema, retestSchema };

/** `POST /api/sessions/:id/log`: the player's SessionLog, which cannot end before it started. */
export const sessionLogBodySchema = sessionLogSchema.superRefine((log, context) => {
  if (log.finishedAt !== null && Date.parse(log.finishedAt) < Date.parse(log.startedAt)) {
    context.addIssue({
      code: 'custom',
      path: ['finishedAt'],
      message: 'a session cannot finish before it started (finishedAt is before startedAt)',
    });
  }
});
export { sessionLogBodySchema as sessionLogSchema };
export type { Settings, SessionLog };
export type { ExportFile } from './export-format.js';

/** `PUT /api/assessment/draft`: any part of the answers and self-test results, saved as the user goes. */
export const draftBodySchema = z.strictObject(
  {
    answers: jsonObjectSchema.optional(),
    tests: jsonObjectSchema.optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? 'send only "answers" and "tests"'
        : 'send an object with "answers" and/or "tests"',
  },
);
export type DraftBody = z.infer<typeof draftBodySchema>;

/** Routes that take no body (`POST /api/assessment/complete`): nothing, or an empty object. */
export const emptyBodySchema = z
  .strictObject({}, { error: () => 'this request takes no body: send nothing or {}' })
  .optional();

/** Longest range `GET /api/sessions` answers: a year (a leap year's days). */
export const SESSIONS_RANGE_DAYS = 366;

/** `GET /api/sessions?from&to`: an inclusive range of at most a year. */
export const sessionsQuerySchema = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .refine((range) => range.from <= range.to, { message: '"from" must be on or before "to"', path: ['to'] })
  .refine(
    (range) => Date.parse(range.to) - Date.parse(range.from) <= (SESSIONS_RANGE_DAYS - 1) * 86_400_000,
    { message: `ask for at most ${SESSIONS_RANGE_DAYS} days at a time`, path: ['to'] },
  );

/** `?date=YYYY-MM-DD`: the day the user means by "today"; the server's date when absent. */
export const dateQuerySchema = z.object({ date: isoDateSchema.optional() });

/** `/api/sessions/:id/...`. */
export const sessionParamsSchema = z.object({
  id: z.uuid({ message: 'a session id looks like 3f1c…-…: take it from GET /api/sessions' }),
});

/** `/api/logs/:id/...`. */
export const logParamsSchema = z.object({
  id: z.uuid({ message: "a log id looks like 3f1c…-…: take it from GET /api/logs or today's followUp" }),
});

/**
 * `POST /api/logs/:id/follow-up`: answers given after the session was logged (the hour after, the
 * next morning, or swelling, locking, giving way noticed since). At least one answer.
 */
export const followUpBodySchema = sessionSymptomsSchema
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: 'send at least one answer' });
export type FollowUpBody = z.infer<typeof followUpBodySchema>;

/** `POST /api/program/resume`: the person has been seen (who by) and may carry on. */
export const resumeBodySchema = z.strictObject({
  seen: z.array(z.enum(PROFESSIONALS)).min(1, 'say who you saw'),
});
export type ResumeBody = z.infer<typeof resumeBodySchema>;

/** `POST /api/measurements`: one trial report from the camera (numbers only, never video). */
export const measurementBodySchema = z
  .strictObject({
    test: z.enum(TRIAL_TESTS),
    side: z.enum(['left', 'right', 'both']),
    report: trialReportSchema,
    keypoints: keypointFramesSchema.optional(),
  })
  .superRefine((body, context) => {
    // A measurement that contradicts itself cannot be trusted for any verdict: refuse it.
    const issue = (path: (string | number)[], message: string): void => {
      context.addIssue({ code: 'custom', path, message });
    };
    const { report } = body;
    if (report.test !== body.test) {
      issue(['report', 'test'], `the report is of "${report.test}" but the measurement says "${body.test}"`);
    }
    if (report.side !== body.side) {
      issue(
        ['report', 'side'],
        `the report is of side "${report.side}" but the measurement says "${body.side}"`,
      );
    }
    if (report.usableFrameCount > report.frameCount) {
      issue(['report', 'usableFrameCount'], 'more usable frames than frames recorded');
    }
    report.sides.forEach((side, index) => {
      if (body.side !== 'both' && side.side !== body.side) {
        issue(['report', 'sides', index, 'side'], `a ${side.side} result in a ${body.side}-leg measurement`);
      }
      if (side.repCount === 0 && side.medianPeakFppaDegrees !== null) {
        issue(['report', 'sides', index, 'medianPeakFppaDegrees'], 'a median angle without any repetition');
      }
      const measured: unknown = side.measuredRepCount;
      if (typeof measured === 'number' && measured > side.repCount) {
        issue(['report', 'sides', index, 'measuredRepCount'], 'more repetitions measured than counted');
      }
    });
  });
export type MeasurementBody = z.infer<typeof measurementBodySchema>;

export type RetestBody = z.infer<typeof retestSchema>;

/** `POST /api/import`: an export file. */
export const importBodySchema = exportFileSchema;

/** The error body every 4xx and 5xx answer carries. */
export interface ApiError {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly details?: readonly { readonly path: string; readonly message: string }[];
  };
}

export interface AssessmentState {
  readonly answers: Record<string, unknown>;
  readonly tests: Record<string, unknown>;
  readonly updatedAt: string;
  readonly completedAt: string | null;
}

/** `GET /api/state`: everything the app needs to boot. */
export interface StateResponse {
  readonly settings: Settings;
  readonly assessment: AssessmentState | null;
  readonly findings: Findings | null;
  readonly program: Program | null;
}

export interface CompleteResponse {
  readonly findings: Findings;
  readonly program: Program | null;
}

export type SessionStatus = 'planned' | 'done' | 'missed';

/** One entry of `GET /api/sessions`. */
export interface SessionSummary extends ScheduledSession {
  readonly id: string;
  readonly status: SessionStatus;
}

/** A program item with the exercise's name, at its current progression level. */
export interface TodayItem extends ProgramItem {
  readonly name: string;
}

export interface TodayResponse {
  readonly date: IsoDate;
  readonly session: SessionSummary | null;
  /** Empty while the program is paused (`StateResponse.program.paused` says why). */
  readonly items: readonly TodayItem[];
  /** Questions about the last logged session still to ask (progress/follow-up.ts); null: none. */
  readonly followUp: FollowUp | null;
}

/** What progression did to one exercise after a log. */
export interface ProgressionChange {
  readonly exerciseId: string;
  readonly decision: ProgressionDecision;
}

export interface LogResponse {
  readonly log: SessionLog & { readonly id: string; readonly sessionId: string };
  readonly changes: readonly ProgressionChange[];
  /** The safety triage after this session (pain, swelling, locking, giving way): issue 9. */
  readonly triage?: Triage;
}

/** `POST /api/logs/:id/follow-up`: the log with the answers, and what they changed. */
export interface FollowUpResponse {
  readonly log: SessionLog & { readonly id: string; readonly sessionId: string };
  readonly changes: readonly ProgressionChange[];
  readonly triage: Triage;
}

/** `POST /api/program/resume`: the program running again, and the settings (who was seen). */
export interface ResumeResponse {
  readonly program: Program;
  readonly settings: Settings;
}

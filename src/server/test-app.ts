/**
 * An API under test: buildServer on a fresh, migrated database (SQLite, and PostgreSQL when
 * available), with a fixed clock, plus helpers to check that a refused request changed nothing.
 */
import type { FastifyInstance } from 'fastify';
import type { TestDatabase } from '../store/test-databases.js';
import type { Store } from '../store/store.js';
import { LOCAL_USER_ID } from '../store/users.repository.js';
import { SAMPLE_ANSWERS } from '../assessment/sample-input.js';
import { buildServer } from './build-server.js';
import type { ServerDeps } from './build-server.js';
import type { ApiError, TodayResponse } from '../contract/schemas.js';
import type { SessionLog } from '../coaching/types.js';

/** Monday 30 November 2026 at noon UTC: the same calendar day in every time zone within ±11 h. */
export const TEST_NOW = new Date('2026-11-30T12:00:00.000Z');
export const TEST_TODAY = '2026-11-30';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly store: Store;
  dispose(): Promise<void>;
}

export async function openTestApp(database: TestDatabase, deps: Partial<ServerDeps> = {}): Promise<TestApp> {
  const opened = await database.open();
  const app = await buildServer({ store: opened.store, clock: () => TEST_NOW, ...deps });
  return {
    app,
    store: opened.store,
    async dispose() {
      await app.close();
      await opened.dispose();
    },
  };
}

/** Every API route the app registered, as sorted `METHOD /path` lines (HEAD left out). */
export function registeredApiRoutes(app: FastifyInstance): string[] {
  // printRoutes nests a route under its parent's path: rebuild the full paths from the indent.
  const parents: string[] = [];
  return app
    .printRoutes({ commonPrefix: false })
    .split('\n')
    .flatMap((line) => {
      const match = /^((?:│ {3}| {4})*)[├└]── (\S+)(?: \(([A-Z, ]+)\))?/.exec(line);
      if (match === null) {
        return [];
      }
      const depth = (match[1] ?? '').length / 4;
      const path = `${parents[depth - 1] ?? ''}${match[2] ?? ''}`;
      parents[depth] = path;
      const methods = (match[3] ?? '').split(', ').filter((m) => m !== '' && m !== 'HEAD');
      return path.startsWith('/api/') ? methods.map((m) => `${m} ${path}`) : [];
    })
    .sort();
}

/** The smallest valid log of today's session: started, nothing done, no cave-ins. */
export const EMPTY_LOG_TODAY = {
  sessionDate: TEST_TODAY,
  startedAt: `${TEST_TODAY}T18:00:00Z`,
  finishedAt: null,
  painBefore: null,
  painAfter: null,
  exercises: [],
  kneeCaveIns: { left: 0, right: 0 },
};

/** How `sessionLogFor` logs a session; every field is optional. */
export interface SessionLogShape {
  /** Each exercise's pain during it, and the pain after (0 unless given). */
  readonly pain?: number;
  /** Every exercise stopped for pain, not completed and flagged for regression. */
  readonly stoppedForPain?: boolean;
  /** The day logged: today's session's date unless given. */
  readonly date?: string;
  /** The UTC hour the 20-minute session starts at: 18 unless given. */
  readonly startHour?: number;
  readonly symptoms?: SessionLog['symptoms'];
}

/** A log of every item of `today`'s session, each done at its full dosage on both sides asked. */
export function sessionLogFor(today: TodayResponse, shape: SessionLogShape = {}): SessionLog {
  const { pain = 0, stoppedForPain = false, date = today.date, startHour = 18, symptoms } = shape;
  const hour = String(startHour).padStart(2, '0');
  return {
    sessionDate: date,
    startedAt: `${date}T${hour}:00:00.000Z`,
    finishedAt: `${date}T${hour}:20:00.000Z`,
    painBefore: 0,
    painAfter: pain,
    exercises: today.items.map((item) => ({
      exerciseId: item.exerciseId,
      sides: item.sides,
      sidesDone: item.sides === 'both' ? ['left', 'right'] : [item.sides],
      completed: !stoppedForPain,
      setsDone: item.dosage.sets ?? 1,
      repsDone: item.dosage.reps ?? 0,
      holdSecondsDone: item.dosage.holdSeconds ?? 0,
      painDuring: pain,
      stoppedForPain,
      flaggedForRegression: stoppedForPain,
      skipped: null,
      caveIns: { left: 0, right: 0 },
      notes: null,
    })),
    kneeCaveIns: { left: 0, right: 0 },
    ...(symptoms === undefined ? {} : { symptoms }),
  };
}

/** Everything the user has stored, without the export's own timestamp. */
export async function snapshot(store: Store): Promise<unknown> {
  const { exportedAt: _exportedAt, ...data } = await store.data.exportAll(
    LOCAL_USER_ID,
    TEST_NOW.toISOString(),
  );
  return data;
}

/** Answers that find drivers on both legs and allow a program (knee-to-wall 6 cm, knees cave in). */
export const DRIVER_DRAFT = {
  answers: { ...SAMPLE_ANSWERS, sidesAffected: 'both' },
  tests: {
    kneeToWall: { left: { value: 6, unit: 'cm' }, right: { value: 6, unit: 'cm' } },
    singleLegSquat: { left: { observed: 'caves' }, right: { observed: 'caves' } },
  },
} as const;

/** Saves the driver draft and completes it; returns the completion's body. */
export async function completeWithProgram(
  app: FastifyInstance,
): Promise<{ findings: unknown; program: unknown }> {
  const saved = await app.inject({ method: 'PUT', url: '/api/assessment/draft', payload: DRIVER_DRAFT });
  if (saved.statusCode !== 200) {
    throw new Error(`draft not saved: ${saved.body}`);
  }
  const completed = await app.inject({ method: 'POST', url: '/api/assessment/complete', payload: {} });
  if (completed.statusCode !== 200) {
    throw new Error(`assessment not completed: ${completed.body}`);
  }
  return completed.json();
}

/** The `error` of an API error response. */
export function errorOf(response: { json<T>(): T }): ApiError['error'] {
  return response.json<ApiError>().error;
}

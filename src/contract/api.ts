/**
 * The HTTP API as one table: each route's method and path, the zod schemas its body, query and
 * path parameters must pass, and the type of its answer. The server validates with these schemas
 * (src/server/routes/*) and a test checks that the table equals the routes the server registers;
 * web/api/client.ts takes every call's types from it, so a route or body changed on one side fails
 * `tsc` or that test, not the user.
 */
import { z } from 'zod';
import type { Question } from '../assessment/question-types.js';
import type { SelfTest } from '../assessment/self-tests.js';
import type { Advice, Exercise } from '../catalog/types.js';
import type { ProgressReport } from '../progress/types.js';
import type { TrialReport } from '../vision/trial/types.js';
import type { ExportFile } from './export-format.js';
import {
  dateQuerySchema,
  draftBodySchema,
  emptyBodySchema,
  followUpBodySchema,
  importBodySchema,
  logParamsSchema,
  measurementBodySchema,
  resumeBodySchema,
  retestSchema,
  sessionLogSchema,
  sessionParamsSchema,
  sessionsQuerySchema,
  settingsSchema,
} from './schemas.js';
import type {
  AssessmentState,
  CompleteResponse,
  FollowUpResponse,
  LogResponse,
  ResumeResponse,
  RetestBody,
  SessionSummary,
  StateResponse,
  TodayResponse,
} from './schemas.js';
import type { Settings } from './settings.js';

export interface Catalog {
  readonly exercises: readonly Exercise[];
  readonly advice: readonly Advice[];
}

/** A self-test as the server sends it (its zod result schema is code, not JSON). */
export type SelfTestDefinition = Omit<SelfTest, 'resultSchema'>;

export interface AssessmentDefinition {
  readonly questions: readonly Question[];
  /** The safety (red flag) questions, which come first in `questions`. */
  readonly safetyQuestionIds: readonly string[];
  readonly selfTests: readonly SelfTestDefinition[];
}

/** `GET /api/auth/me`: whether accounts are on, and who is signed in. */
export interface Me {
  readonly mode: 'off' | 'accounts';
  readonly username: string | null;
}

/** A saved camera measurement (a trial report; never video). */
export interface SavedMeasurement {
  readonly id: string;
  readonly test: string;
  readonly side: string;
  readonly report: TrialReport;
  readonly keypoints: readonly unknown[] | null;
  readonly createdAt: string;
}

/** User names: 3-64 of a-z 0-9 . _ @ -; passwords 8-256 characters (NIST SP 800-63B §5.1.1.2). */
export const credentialsSchema = z.strictObject({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._@-]{3,64}$/, 'a user name is 3-64 letters, digits or . _ @ -'),
  password: z
    .string()
    .min(8, 'a password needs at least 8 characters')
    .max(256, 'a password has at most 256 characters'),
});
/** Signing in checks the password against the hash only: an old shorter password still works. */
export const signInSchema = credentialsSchema.extend({ password: z.string().max(256) });
export const passwordSchema = z.strictObject({ password: z.string().min(1, 'enter your password').max(256) });

/** A response type carried by the table: types only, nothing at run time. */
export interface Responds<T> {
  readonly __response?: T;
}
const responds = <T>(): Responds<T> => ({});

export interface RouteSpec {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Fastify's path: `:name` is a path parameter. */
  readonly path: string;
  readonly body?: z.ZodType;
  readonly query?: z.ZodType;
  readonly params?: z.ZodType;
  readonly response: Responds<unknown>;
  /** The browser sends a file the person chose, unread: only the server's schema can judge it. */
  readonly bodyFromFile?: true;
  /** Registered only when the server runs with accounts (KNEELINE_AUTH=accounts). */
  readonly accountsOnly?: true;
}

const saved = <T>() => responds<T & { readonly id: string }>();

export const API_ROUTES = {
  health: { method: 'GET', path: '/api/health', response: responds<{ readonly ok: true }>() },
  catalog: { method: 'GET', path: '/api/catalog', response: responds<Catalog>() },
  definition: {
    method: 'GET',
    path: '/api/assessment/definition',
    response: responds<AssessmentDefinition>(),
  },
  state: { method: 'GET', path: '/api/state', response: responds<StateResponse>() },
  saveDraft: {
    method: 'PUT',
    path: '/api/assessment/draft',
    body: draftBodySchema,
    response: responds<AssessmentState>(),
  },
  complete: {
    method: 'POST',
    path: '/api/assessment/complete',
    body: emptyBodySchema,
    query: dateQuerySchema,
    response: responds<CompleteResponse>(),
  },
  settings: { method: 'GET', path: '/api/settings', response: responds<Settings>() },
  saveSettings: {
    method: 'PUT',
    path: '/api/settings',
    body: settingsSchema,
    response: responds<Settings>(),
  },
  /** A text/calendar file, not JSON: the app links to it. */
  calendar: {
    method: 'GET',
    path: '/api/program/calendar.ics',
    query: dateQuerySchema,
    response: responds<string>(),
  },
  sessions: {
    method: 'GET',
    path: '/api/sessions',
    query: sessionsQuerySchema,
    response: responds<readonly SessionSummary[]>(),
  },
  today: {
    method: 'GET',
    path: '/api/sessions/today',
    query: dateQuerySchema,
    response: responds<TodayResponse>(),
  },
  logSession: {
    method: 'POST',
    path: '/api/sessions/:id/log',
    params: sessionParamsSchema,
    body: sessionLogSchema,
    response: responds<LogResponse>(),
  },
  logs: { method: 'GET', path: '/api/logs', response: responds<readonly LogResponse['log'][]>() },
  followUp: {
    method: 'POST',
    path: '/api/logs/:id/follow-up',
    params: logParamsSchema,
    body: followUpBodySchema,
    response: responds<FollowUpResponse>(),
  },
  resumeProgram: {
    method: 'POST',
    path: '/api/program/resume',
    body: resumeBodySchema,
    response: responds<ResumeResponse>(),
  },
  saveMeasurement: {
    method: 'POST',
    path: '/api/measurements',
    body: measurementBodySchema,
    response: responds<SavedMeasurement>(),
  },
  measurements: {
    method: 'GET',
    path: '/api/measurements',
    response: responds<readonly SavedMeasurement[]>(),
  },
  saveRetest: { method: 'POST', path: '/api/retests', body: retestSchema, response: saved<RetestBody>() },
  retests: {
    method: 'GET',
    path: '/api/retests',
    response: responds<readonly (RetestBody & { id: string })[]>(),
  },
  progress: {
    method: 'GET',
    path: '/api/progress',
    query: dateQuerySchema,
    response: responds<ProgressReport>(),
  },
  export: { method: 'GET', path: '/api/export', response: responds<ExportFile>() },
  import: {
    method: 'POST',
    path: '/api/import',
    body: importBodySchema,
    bodyFromFile: true,
    response: responds<{ imported: true }>(),
  },
  deleteData: {
    method: 'DELETE',
    path: '/api/data',
    body: emptyBodySchema,
    response: responds<{ deleted: true }>(),
  },
  me: { method: 'GET', path: '/api/auth/me', response: responds<Me>() },
  signUp: {
    method: 'POST',
    path: '/api/auth/sign-up',
    body: credentialsSchema,
    response: responds<{ username: string }>(),
    accountsOnly: true,
  },
  signIn: {
    method: 'POST',
    path: '/api/auth/sign-in',
    body: signInSchema,
    response: responds<{ username: string }>(),
    accountsOnly: true,
  },
  signOut: {
    method: 'POST',
    path: '/api/auth/sign-out',
    response: responds<{ signedOut: true }>(),
    accountsOnly: true,
  },
  deleteAccount: {
    method: 'DELETE',
    path: '/api/account',
    body: passwordSchema,
    response: responds<{ deleted: true }>(),
    accountsOnly: true,
  },
} as const satisfies Record<string, RouteSpec>;

export type ApiRoutes = typeof API_ROUTES;
export type RouteName = keyof ApiRoutes;
/** What a route answers. */
export type ResponseOf<K extends RouteName> = ApiRoutes[K]['response'] extends Responds<infer T> ? T : never;

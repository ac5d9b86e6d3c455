import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleTrialReport } from '../store/test-fixtures.js';
import { testDatabases } from '../store/test-databases.js';
import type { ExportFile } from '../contract/schemas.js';
import {
  DRIVER_DRAFT,
  EMPTY_LOG_TODAY,
  errorOf,
  openTestApp,
  registeredApiRoutes,
  TEST_TODAY,
} from './test-app.js';
import type { TestApp } from './test-app.js';

const ACCOUNTS = { allowedHosts: [], auth: 'accounts' } as const;
const SESSION = 'kneeline_session';

interface Response {
  statusCode: number;
  body: string;
  cookies: { name: string; value: string }[];
  json<T>(): T;
}

/** Every table with a user_id column (all but users itself). */
const USER_TABLES = [
  'settings',
  'assessments',
  'measurements',
  'programs',
  'scheduled_sessions',
  'session_logs',
  'retests',
  'quarantined_rows',
  'idempotency_keys',
  'accounts',
  'auth_sessions',
] as const;

for (const database of testDatabases()) {
  describe(`accounts mode on ${database.name}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await openTestApp(database, { config: ACCOUNTS });
    });
    afterEach(async () => {
      await t.dispose();
    });

    const signUp = async (username: string, password = 'correct horse battery'): Promise<string> => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        payload: { username, password },
      });
      expect(response.statusCode, response.body).toBe(201);
      const token = response.cookies.find((c) => c.name === SESSION)?.value;
      if (token === undefined) {
        throw new Error('no session cookie');
      }
      return token;
    };

    /** A request as the user of `token`. */
    const as =
      (token: string | null) =>
      (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown): Promise<Response> =>
        t.app.inject({
          method,
          url,
          ...(token === null ? {} : { cookies: { [SESSION]: token } }),
          ...(method === 'GET' ? {} : { payload: payload ?? {} }),
        });

    /** Everything of the user in every table, as plain rows (ids included). */
    const rowsOf = async (userId: string): Promise<Record<string, unknown[]>> => {
      const all: Record<string, unknown[]> = {};
      for (const table of USER_TABLES) {
        all[table] = await t.store.db.selectFrom(table).selectAll().where('user_id', '=', userId).execute();
      }
      return all;
    };
    const userIdOf = async (username: string): Promise<string> =>
      (
        await t.store.db
          .selectFrom('accounts')
          .select('user_id')
          .where('username', '=', username)
          .executeTakeFirstOrThrow()
      ).user_id;

    /** A's data through every write route; returns A's session id. */
    async function fillAccount(token: string): Promise<string> {
      const a = as(token);
      expect((await a('PUT', '/api/assessment/draft', DRIVER_DRAFT)).statusCode).toBe(200);
      expect((await a('POST', '/api/assessment/complete')).statusCode).toBe(200);
      const today = (await a('GET', `/api/sessions/today?date=${TEST_TODAY}`)).json<{
        session: { id: string };
      }>();
      expect((await a('POST', `/api/sessions/${today.session.id}/log`, EMPTY_LOG_TODAY)).statusCode).toBe(
        200,
      );
      const measurement = { test: 'single-leg-squat', side: 'left', report: sampleTrialReport };
      expect((await a('POST', '/api/measurements', measurement)).statusCode).toBe(201);
      const retest = { date: TEST_TODAY, kneeToWallCm: { left: 8 }, painNow: 1 };
      expect((await a('POST', '/api/retests', retest)).statusCode).toBe(201);
      const settings = (await a('GET', '/api/settings')).json<object>();
      expect((await a('PUT', '/api/settings', { ...settings, voice: false })).statusCode).toBe(200);
      return today.session.id;
    }

    it('signs up with an argon2id hash and an HttpOnly SameSite session cookie, never the password', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        payload: { username: 'Ada', password: 'correct horse battery' },
      });
      expect(response.statusCode).toBe(201);
      const header = String(response.headers['set-cookie']);
      expect(header).toMatch(/kneeline_session=[\w-]{43};/);
      expect(header).toContain('HttpOnly');
      expect(header).toContain('SameSite=Strict');
      const account = await t.store.db.selectFrom('accounts').selectAll().executeTakeFirstOrThrow();
      expect(account.username).toBe('ada');
      expect(account.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      const session = await t.store.db.selectFrom('auth_sessions').selectAll().executeTakeFirstOrThrow();
      expect(header).not.toContain(session.token_hash);
    });

    it('needs a signed-in user for the data, but not for health, the catalog and the definition', async () => {
      const nobody = as(null);
      expect((await nobody('GET', '/api/state')).statusCode).toBe(401);
      expect(errorOf(await nobody('GET', '/api/state')).message).toContain('Sign in');
      expect((await nobody('PUT', '/api/assessment/draft', DRIVER_DRAFT)).statusCode).toBe(401);
      for (const url of ['/api/health', '/api/catalog', '/api/assessment/definition']) {
        expect((await nobody('GET', url)).statusCode, url).toBe(200);
      }
      expect((await as('not-a-token')('GET', '/api/state')).statusCode).toBe(401);
      expect((await nobody('GET', '/api/auth/me')).json()).toEqual({ mode: 'accounts', username: null });
    });

    it('signs in and out, with one answer for a wrong password and an unknown name', async () => {
      await signUp('ada');
      const wrong = await as(null)('POST', '/api/auth/sign-in', {
        username: 'ada',
        password: 'wrong password',
      });
      const unknown = await as(null)('POST', '/api/auth/sign-in', {
        username: 'bob',
        password: 'wrong password',
      });
      expect(wrong.statusCode).toBe(401);
      expect(errorOf(wrong).message).toBe(errorOf(unknown).message);
      const signedIn = await as(null)('POST', '/api/auth/sign-in', {
        username: 'ADA',
        password: 'correct horse battery',
      });
      expect(signedIn.statusCode).toBe(200);
      const token = signedIn.cookies.find((c) => c.name === SESSION)?.value ?? '';
      expect((await as(token)('GET', '/api/auth/me')).json()).toEqual({ mode: 'accounts', username: 'ada' });
      expect((await as(token)('POST', '/api/auth/sign-out')).statusCode).toBe(200);
      expect((await as(token)('GET', '/api/state')).statusCode).toBe(401);
    });

    it('refuses a taken name and a short password', async () => {
      await signUp('ada');
      const taken = await as(null)('POST', '/api/auth/sign-up', {
        username: 'ada',
        password: 'another password',
      });
      expect(taken.statusCode).toBe(409);
      const short = await as(null)('POST', '/api/auth/sign-up', { username: 'eve', password: 'short' });
      expect(short.statusCode).toBe(400);
      expect(errorOf(short).message).toContain('at least 8 characters');
    });

    it('limits sign-in attempts per address', async () => {
      await signUp('ada');
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 12; attempt += 1) {
        statuses.push(
          (await as(null)('POST', '/api/auth/sign-in', { username: 'ada', password: `guess ${attempt}` }))
            .statusCode,
        );
      }
      expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
      expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(10);
    });

    it('keeps every route of user A out of reach of user B', async () => {
      const tokenA = await signUp('ada');
      const tokenB = await signUp('bob');
      const sessionOfA = await fillAccount(tokenA);
      const aBefore = await rowsOf(await userIdOf('ada'));
      const b = as(tokenB);
      const exportOfA = (await as(tokenA)('GET', '/api/export')).json<ExportFile>();

      // Reads: B sees none of A's data.
      expect((await b('GET', '/api/state')).json()).toMatchObject({
        assessment: null,
        findings: null,
        program: null,
      });
      expect((await b('GET', '/api/settings')).json()).toMatchObject({ voice: true });
      expect((await b('GET', `/api/sessions?from=${TEST_TODAY}&to=2027-06-01`)).json()).toEqual([]);
      expect((await b('GET', `/api/sessions/today?date=${TEST_TODAY}`)).json()).toMatchObject({
        session: null,
        items: [],
      });
      expect((await b('GET', '/api/logs')).json()).toEqual([]);
      expect((await b('GET', '/api/measurements')).json()).toEqual([]);
      expect((await b('GET', '/api/retests')).json()).toEqual([]);
      expect((await b('GET', '/api/progress')).json()).toMatchObject({ adherence: null });
      expect((await b('GET', '/api/program/calendar.ics')).body).not.toContain('BEGIN:VEVENT');
      const exportOfB = (await b('GET', '/api/export')).json<ExportFile>();
      expect([exportOfB.assessments, exportOfB.programs, exportOfB.sessions, exportOfB.logs]).toEqual([
        [],
        [],
        [],
        [],
      ]);
      expect((await b('GET', '/api/auth/me')).json()).toMatchObject({ username: 'bob' });

      // Writes: B changes nothing of A's, even with A's ids.
      expect(
        (await b('POST', `/api/sessions/${sessionOfA}/log`, { sessionDate: TEST_TODAY })).statusCode,
      ).toBe(400);
      const logForA = {
        sessionDate: TEST_TODAY,
        startedAt: `${TEST_TODAY}T18:00:00Z`,
        finishedAt: null,
        painBefore: null,
        painAfter: null,
        exercises: [],
        kneeCaveIns: { left: 0, right: 0 },
      };
      expect((await b('POST', `/api/sessions/${sessionOfA}/log`, logForA)).statusCode).toBe(404);
      const logOfA = (await as(tokenA)('GET', '/api/logs')).json<{ id: string }[]>()[0]?.id ?? '';
      expect(logOfA).not.toBe('');
      expect((await b('POST', `/api/logs/${logOfA}/follow-up`, { nextMorningWorse: true })).statusCode).toBe(
        404,
      );
      expect((await b('POST', '/api/program/resume', { seen: ['doctor'] })).statusCode).toBe(404);
      expect((await b('PUT', '/api/assessment/draft', { answers: { ageGroup: 'teen' } })).statusCode).toBe(
        200,
      );
      expect((await b('POST', '/api/assessment/complete')).statusCode).toBe(422);
      expect((await b('DELETE', '/api/data')).statusCode).toBe(200);
      expect((await b('POST', '/api/import', exportOfA)).statusCode).toBe(200);
      expect((await b('DELETE', '/api/account', { password: 'correct horse battery' })).statusCode).toBe(200);

      expect(await rowsOf(await userIdOf('ada'))).toEqual(aBefore);
      expect((await as(tokenA)('GET', '/api/export')).json<ExportFile>()).toEqual({
        ...exportOfA,
        exportedAt: expect.any(String) as unknown,
      });
    });

    it('covers every route of the API in the cross-user test above', () => {
      const routes = registeredApiRoutes(t.app);
      expect(routes).toEqual(
        [
          'DELETE /api/account',
          'DELETE /api/data',
          'GET /api/assessment/definition',
          'GET /api/auth/me',
          'GET /api/catalog',
          'GET /api/export',
          'GET /api/health',
          'GET /api/logs',
          'GET /api/measurements',
          'GET /api/program/calendar.ics',
          'GET /api/progress',
          'GET /api/retests',
          'GET /api/sessions',
          'GET /api/sessions/today',
          'GET /api/settings',
          'GET /api/state',
          'POST /api/assessment/complete',
          'POST /api/auth/sign-in',
          'POST /api/auth/sign-out',
          'POST /api/auth/sign-up',
          'POST /api/import',
          'POST /api/logs/:id/follow-up',
          'POST /api/measurements',
          'POST /api/program/resume',
          'POST /api/retests',
          'POST /api/sessions/:id/log',
          'PUT /api/assessment/draft',
          'PUT /api/settings',
        ].sort(),
      );
    });

    it('deletes an account with everything in it, after the password, leaving others alone', async () => {
      const tokenA = await signUp('ada');
      const tokenB = await signUp('bob');
      await fillAccount(tokenA);
      await fillAccount(tokenB);
      const idA = await userIdOf('ada');
      const bBefore = await rowsOf(await userIdOf('bob'));
      const wrong = await as(tokenA)('DELETE', '/api/account', { password: 'not it at all' });
      expect(wrong.statusCode).toBe(401);
      expect((await rowsOf(idA)).assessments).not.toEqual([]);
      const deleted = await as(tokenA)('DELETE', '/api/account', { password: 'correct horse battery' });
      expect(deleted.statusCode).toBe(200);
      const left = await rowsOf(idA);
      expect(Object.values(left).every((rows) => rows.length === 0)).toBe(true);
      expect(await t.store.db.selectFrom('users').select('id').where('id', '=', idA).execute()).toEqual([]);
      expect(await rowsOf(await userIdOf('bob'))).toEqual(bBefore);
      expect((await as(tokenA)('GET', '/api/state')).statusCode).toBe(401);
    });
  });
}

/**
 * Issue 11's poison data and values accepted but wrong, each as it was reproduced: every one
 * answers 4xx with a sentence naming the place, and stores nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleTrialReport } from '../store/test-fixtures.js';
import { testDatabases } from '../store/test-databases.js';
import type { ExportFile } from '../contract/schemas.js';
import {
  completeWithProgram,
  EMPTY_LOG_TODAY,
  errorOf,
  openTestApp,
  snapshot,
  TEST_TODAY,
} from './test-app.js';
import type { TestApp } from './test-app.js';

const json = { 'content-type': 'application/json' };
const nested = (levels: number): string => `{"answers":{"notes":${'['.repeat(levels)}${']'.repeat(levels)}}}`;
const SETTINGS = {
  units: 'metric',
  weekdays: [1, 3, 5],
  startDate: TEST_TODAY,
  reminders: { enabled: false, time: '18:00' },
  voice: true,
} as const;
const LOG = EMPTY_LOG_TODAY;

for (const database of testDatabases()) {
  describe(`bad input on ${database.name}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await openTestApp(database);
    });
    afterEach(async () => {
      await t.dispose();
    });

    /** Sends the request, expects `status` with a message matching `message`, and nothing changed. */
    async function refused(
      request: { method: 'PUT' | 'POST'; url: string; payload: unknown },
      status: number,
      message: RegExp,
    ): Promise<void> {
      const before = await snapshot(t.store);
      const payload = typeof request.payload === 'string' ? request.payload : JSON.stringify(request.payload);
      const response = await t.app.inject({ ...request, headers: json, payload });
      expect(response.statusCode).toBe(status);
      expect(errorOf(response).message).toMatch(message);
      expect(await snapshot(t.store)).toEqual(before);
    }

    it.each([4_100, 4_108, 65])(
      'refuses JSON nested %i levels deep, and every read still works',
      async (levels) => {
        await refused(
          { method: 'PUT', url: '/api/assessment/draft', payload: nested(levels) },
          400,
          /deeper than 64/,
        );
        expect((await t.app.inject('/api/export')).statusCode).toBe(200);
        expect((await t.app.inject('/api/state')).statusCode).toBe(200);
      },
    );

    it('accepts the nesting Kneeline itself sends', async () => {
      const response = await t.app.inject({
        method: 'PUT',
        url: '/api/assessment/draft',
        headers: json,
        payload: nested(40),
      });
      expect(response.statusCode).toBe(200);
    });

    it('refuses a NUL character, naming where it is', async () => {
      await refused(
        { method: 'PUT', url: '/api/assessment/draft', payload: { answers: { notes: 'a\u0000b' } } },
        400,
        /answers\.notes contains a NUL character/,
      );
    });

    it('refuses 1e999 instead of storing it as null', async () => {
      await refused(
        { method: 'PUT', url: '/api/assessment/draft', payload: '{"answers":{"painNow":1e999}}' },
        400,
        /answers\.painNow is a number too large/,
      );
      await refused(
        {
          method: 'POST',
          url: '/api/retests',
          payload: `{"date":"${TEST_TODAY}","kneeToWallCm":{"left":1e999},"painNow":0}`,
        },
        400,
        /kneeToWallCm\.left is a number too large/,
      );
    });

    it.each(['0000-01-01', '0050-01-01', '0099-12-31', '1899-12-31', '2101-01-01', '9999-12-31'])(
      'refuses startDate %s, keeping the upcoming sessions',
      async (startDate) => {
        await completeWithProgram(t.app);
        await refused(
          { method: 'PUT', url: '/api/settings', payload: { ...SETTINGS, startDate } },
          400,
          /outside 1900-2100/,
        );
      },
    );

    it('refuses a re-test dated year 0050 rather than reading it as 1950', async () => {
      await refused(
        {
          method: 'POST',
          url: '/api/retests',
          payload: { date: '0050-06-01', kneeToWallCm: {}, painNow: 0 },
        },
        400,
        /year 50 is outside 1900-2100/,
      );
    });

    it('refuses an unknown settings key, naming it', async () => {
      await refused(
        { method: 'PUT', url: '/api/settings', payload: { ...SETTINGS, remindrs: { enabled: true } } },
        400,
        /unknown field "remindrs"/,
      );
    });

    /** Completes the assessment so there is a program, and gives today's session's id. */
    async function todaysSessionId(): Promise<string> {
      await completeWithProgram(t.app);
      return (await t.app.inject(`/api/sessions/today?date=${TEST_TODAY}`)).json<{
        session: { id: string };
      }>().session.id;
    }

    it.each([
      [
        'an unknown key deep in a session log, naming its path',
        { kneeCaveIns: { left: 0, right: 0, centre: 1 } },
        /unknown field "kneeCaveIns\.centre"/,
      ],
      [
        'a session log that finishes before it started',
        { finishedAt: `${TEST_TODAY}T17:00:00Z` },
        /cannot finish before it started/,
      ],
    ])('refuses %s', async (_, change, message) => {
      const id = await todaysSessionId();
      await refused(
        { method: 'POST', url: `/api/sessions/${id}/log`, payload: { ...LOG, ...change } },
        400,
        message,
      );
    });

    it('logs a session once: the second log is refused with a 409 and the first kept', async () => {
      const id = await todaysSessionId();
      const first = await t.app.inject({ method: 'POST', url: `/api/sessions/${id}/log`, payload: LOG });
      expect(first.statusCode).toBe(200);
      await refused({ method: 'POST', url: `/api/sessions/${id}/log`, payload: LOG }, 409, /already logged/);
    });

    it.each([
      ['of another test than it says', { test: 'squat' }, /report is of "single-leg-squat"/],
      ['of the other leg', { side: 'right' }, /report is of side "left"/],
      [
        'with more usable frames than frames',
        { report: { ...sampleTrialReport, usableFrameCount: 151 } },
        /more usable frames/,
      ],
    ])('refuses a measurement %s', async (_what, change, message) => {
      const body = { test: 'single-leg-squat', side: 'left', report: sampleTrialReport, ...change };
      await refused({ method: 'POST', url: '/api/measurements', payload: body }, 400, message);
    });

    describe('POST /api/import', () => {
      let file: ExportFile;
      beforeEach(async () => {
        await completeWithProgram(t.app);
        file = (await t.app.inject('/api/export')).json<ExportFile>();
      });

      it.each(['9999-12-31', '0050-01-01'])(
        'refuses a session dated %s, and the calendar still works',
        async (date) => {
          const sessions = file.sessions.map((s, index) => (index === 0 ? { ...s, date } : s));
          await refused(
            { method: 'POST', url: '/api/import', payload: { ...file, sessions } },
            400,
            /outside 1900-2100/,
          );
          const calendar = await t.app.inject('/api/program/calendar.ics');
          expect(calendar.statusCode).toBe(200);
          expect(calendar.body).not.toMatch(/DTSTART[^:]*:\d{6,}0101/);
        },
      );

      it('refuses an unknown key in the file, naming it', async () => {
        await refused(
          { method: 'POST', url: '/api/import', payload: { ...file, extra: 1 } },
          400,
          /unknown field "extra"/,
        );
      });

      it('refuses a timestamp in year 0001', async () => {
        await refused(
          { method: 'POST', url: '/api/import', payload: { ...file, exportedAt: '0001-01-01T00:00:00Z' } },
          400,
          /outside 1900-2100/,
        );
      });

      it('refuses more sessions than a file may hold', async () => {
        const first = file.sessions[0];
        const sessions = Array.from({ length: 10_001 }, (_, index) => ({ ...first, id: `s${index}` }));
        await refused(
          { method: 'POST', url: '/api/import', payload: { ...file, sessions } },
          400,
          /at most 10000 sessions/,
        );
      });
    });

    describe('a bad row an older version stored', () => {
      it('is skipped with a warning, so state, export and calendar still answer', async () => {
        await completeWithProgram(t.app);
        await t.store.db
          .updateTable('assessments')
          .set({ answers: `{"notes":${'['.repeat(5000)}${']'.repeat(5000)}}` })
          .execute();
        await t.store.db.updateTable('programs').set({ program: '{"blocks": "x"}' }).execute();
        for (const url of [
          '/api/state',
          '/api/export',
          '/api/program/calendar.ics',
          '/api/progress',
          '/api/logs',
        ]) {
          expect((await t.app.inject(url)).statusCode, url).toBe(200);
        }
      });
    });
  });
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionLog } from '../../coaching/types.js';
import { testDatabases } from '../../store/test-databases.js';
import type { LogResponse, SessionSummary, TodayResponse } from '../../contract/schemas.js';
import {
  completeWithProgram,
  errorOf,
  openTestApp,
  sessionLogFor,
  snapshot,
  TEST_TODAY,
} from '../test-app.js';
import type { TestApp } from '../test-app.js';

/** A log of every item of today's session; `pain` is each exercise's pain during it, 5 and up stops it. */
const logFor = (today: TodayResponse, pain: number): SessionLog =>
  sessionLogFor(today, { pain, stoppedForPain: pain >= 5 });

for (const database of testDatabases()) {
  describe(`sessions API on ${database.name}`, () => {
    let t: TestApp;
    let today: TodayResponse;
    beforeEach(async () => {
      t = await openTestApp(database);
      await completeWithProgram(t.app);
      today = (await t.app.inject(`/api/sessions/today?date=${TEST_TODAY}`)).json<TodayResponse>();
    });
    afterEach(async () => {
      await t.dispose();
    });

    describe('GET /api/sessions/today', () => {
      it("gives today's session and its exercises with their names", () => {
        expect(today.session).toMatchObject({ date: TEST_TODAY, kind: 'session', status: 'planned' });
        expect(today.items.length).toBeGreaterThan(0);
        expect(today.items.every((item) => item.name.length > 0 && item.name !== item.exerciseId)).toBe(true);
      });

      it('gives no session on a rest day', async () => {
        const rest = (await t.app.inject('/api/sessions/today?date=2026-12-01')).json<TodayResponse>();
        expect(rest.session).toBeNull();
      });

      it('refuses a date that is not YYYY-MM-DD', async () => {
        const response = await t.app.inject('/api/sessions/today?date=tomorrow');
        expect(response.statusCode).toBe(400);
        expect(errorOf(response).message).toContain('YYYY-MM-DD');
      });
    });

    describe('GET /api/sessions', () => {
      it('refuses a range that ends before it starts', async () => {
        const response = await t.app.inject('/api/sessions?from=2026-12-10&to=2026-12-01');
        expect(response.statusCode).toBe(400);
        expect(errorOf(response).details?.[0]?.path).toBe('to');
      });

      it('refuses a missing range', async () => {
        expect((await t.app.inject('/api/sessions')).statusCode).toBe(400);
      });
    });

    describe('POST /api/sessions/:id/log', () => {
      it('saves the log and marks the session done', async () => {
        const id = today.session?.id ?? '';
        const response = await t.app.inject({
          method: 'POST',
          url: `/api/sessions/${id}/log`,
          payload: logFor(today, 0),
        });
        expect(response.statusCode).toBe(200);
        expect(response.json()).toMatchObject({
          log: { sessionId: id, sessionDate: TEST_TODAY },
          changes: [],
        });
        const sessions = (await t.app.inject(`/api/sessions?from=${TEST_TODAY}&to=${TEST_TODAY}`)).json<
          SessionSummary[]
        >();
        expect(sessions[0]?.status).toBe('done');
        const logs = (await t.app.inject('/api/logs')).json<SessionLog[]>();
        expect(logs).toHaveLength(1);
        expect(logs[0]?.exercises).toEqual(logFor(today, 0).exercises);
      });

      // Pain 6/10 (above the acceptable 5/10) steps down; 7/10 or more pauses the program (issue 9).
      it('steps an exercise that hurt down to its easier version or pauses it', async () => {
        const id = today.session?.id ?? '';
        const response = await t.app.inject({
          method: 'POST',
          url: `/api/sessions/${id}/log`,
          payload: logFor(today, 6),
        });
        const { changes } = response.json<LogResponse>();
        expect(changes.length).toBeGreaterThan(0);
        expect(changes.every((c) => c.decision.kind === 'regress-rung' || c.decision.kind === 'stop')).toBe(
          true,
        );
        const after = (await t.app.inject(`/api/sessions/today?date=${TEST_TODAY}`)).json<TodayResponse>();
        for (const change of changes) {
          const { decision } = change;
          if (decision.kind === 'regress-rung') {
            const easier = after.items.find((item) => item.exerciseId === decision.toExerciseId);
            expect(easier?.changedOn).toBe(TEST_TODAY);
          }
        }
      });

      it('keeps every log when several arrive at once', async () => {
        const sessions = (await t.app.inject(`/api/sessions?from=${TEST_TODAY}&to=2026-12-31`)).json<
          SessionSummary[]
        >();
        const planned = sessions.filter((s) => s.kind === 'session').slice(0, 5);
        const responses = await Promise.all(
          planned.map((session) =>
            t.app.inject({
              method: 'POST',
              url: `/api/sessions/${session.id}/log`,
              payload: { ...logFor(today, 0), sessionDate: session.date },
            }),
          ),
        );
        expect(responses.map((r) => r.statusCode)).toEqual(planned.map(() => 200));
        expect((await t.app.inject('/api/logs')).json<unknown[]>()).toHaveLength(planned.length);
      });

      it('answers 404 for a session that does not exist, and saves nothing', async () => {
        const before = await snapshot(t.store);
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/sessions/00000000-0000-4000-8000-000000000000/log',
          payload: logFor(today, 0),
        });
        expect(response.statusCode).toBe(404);
        expect(await snapshot(t.store)).toEqual(before);
      });

      it.each([
        ['a session id that is not an id', 'not-an-id', (log: SessionLog) => log],
        ['pain of 11', null, (log: SessionLog) => ({ ...log, painBefore: 11 })],
        ['exercises that are not a list', null, (log: SessionLog) => ({ ...log, exercises: 'all of them' })],
        [
          'a log dated another day than the session',
          null,
          (log: SessionLog) => ({ ...log, sessionDate: '2026-12-02' }),
        ],
      ])('refuses %s with a 400 and saves nothing', async (_what, badId, change) => {
        const before = await snapshot(t.store);
        const id = badId ?? today.session?.id ?? '';
        const response = await t.app.inject({
          method: 'POST',
          url: `/api/sessions/${id}/log`,
          payload: change(logFor(today, 0)),
        });
        expect(response.statusCode).toBe(400);
        expect(await snapshot(t.store)).toEqual(before);
      });
    });
  });
}

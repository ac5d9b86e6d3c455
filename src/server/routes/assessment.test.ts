import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../../store/test-databases.js';
import {
  completeWithProgram,
  DRIVER_DRAFT,
  errorOf,
  openTestApp,
  snapshot,
  TEST_TODAY,
} from '../test-app.js';
import type { TestApp } from '../test-app.js';

for (const database of testDatabases()) {
  describe(`assessment API on ${database.name}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await openTestApp(database);
    });
    afterEach(async () => {
      await t.dispose();
    });

    describe('GET /api/state', () => {
      it('boots a new user with default settings starting today and nothing else', async () => {
        const response = await t.app.inject('/api/state');
        expect(response.statusCode).toBe(200);
        expect(response.json()).toEqual({
          settings: {
            units: 'metric',
            weekdays: [1, 3, 5],
            startDate: TEST_TODAY,
            reminders: { enabled: true, time: '18:00' },
            voice: true,
          },
          assessment: null,
          findings: null,
          program: null,
        });
      });
    });

    describe('PUT /api/assessment/draft', () => {
      it('saves answers as the user goes, keeping earlier ones', async () => {
        await t.app.inject({
          method: 'PUT',
          url: '/api/assessment/draft',
          payload: { answers: { ageGroup: 'adult' } },
        });
        const second = await t.app.inject({
          method: 'PUT',
          url: '/api/assessment/draft',
          payload: { tests: { kneeToWall: {} } },
        });
        expect(second.statusCode).toBe(200);
        expect(second.json()).toMatchObject({
          answers: { ageGroup: 'adult' },
          tests: { kneeToWall: {} },
          completedAt: null,
        });
        const state = await t.app.inject('/api/state');
        expect(state.json()).toMatchObject({
          assessment: { answers: { ageGroup: 'adult' } },
          findings: null,
        });
      });

      it('removes an answer the user cleared when it is sent as null', async () => {
        await t.app.inject({
          method: 'PUT',
          url: '/api/assessment/draft',
          payload: { answers: { ageGroup: 'adult', painNow: 2 } },
        });
        const cleared = await t.app.inject({
          method: 'PUT',
          url: '/api/assessment/draft',
          payload: { answers: { painNow: null } },
        });
        expect(cleared.statusCode).toBe(200);
        expect(cleared.json<{ answers: object }>().answers).toEqual({ ageGroup: 'adult' });
        const state = (await t.app.inject('/api/state')).json<{ assessment: { answers: object } }>();
        expect(state.assessment.answers).toEqual({ ageGroup: 'adult' });
      });
      it.each([
        ['an array', '[1,2]'],
        ['answers that are not an object', '{"answers": "yes"}'],
        ['an unknown field', '{"answerz": {}}'],
        ['malformed JSON', '{"answers": {'],
      ])('refuses %s with a 400 and saves nothing', async (_what, payload) => {
        const before = await snapshot(t.store);
        const response = await t.app.inject({
          method: 'PUT',
          url: '/api/assessment/draft',
          headers: { 'content-type': 'application/json' },
          payload,
        });
        expect(response.statusCode).toBe(400);
        expect(errorOf(response).message).toMatch(/\w+/);
        expect(await snapshot(t.store)).toEqual(before);
      });

      it('asks for JSON when the body is sent as plain text', async () => {
        const response = await t.app.inject({
          method: 'PUT',
          url: '/api/assessment/draft',
          headers: { 'content-type': 'text/plain' },
          payload: 'answers: yes',
        });
        expect(response.statusCode).toBe(415);
        expect(errorOf(response).message).toContain('application/json');
      });

      it('refuses a body over 1 MB with a 413 and a sentence', async () => {
        const before = await snapshot(t.store);
        const payload = JSON.stringify({ answers: { notes: 'x'.repeat(1_100_000) } });
        const response = await t.app.inject({
          method: 'PUT',
          url: '/api/assessment/draft',
          headers: { 'content-type': 'application/json' },
          payload,
        });
        expect(response.statusCode).toBe(413);
        expect(errorOf(response)).toMatchObject({
          code: 'body-too-large',
          message: expect.stringContaining('1 MB') as string,
        });
        expect(await snapshot(t.store)).toEqual(before);
      });
    });

    describe('POST /api/assessment/complete', () => {
      it('answers 422 naming each missing answer when the draft is incomplete, and changes nothing', async () => {
        await t.app.inject({
          method: 'PUT',
          url: '/api/assessment/draft',
          payload: { answers: { ageGroup: 'adult' } },
        });
        const before = await snapshot(t.store);
        const response = await t.app.inject({ method: 'POST', url: '/api/assessment/complete', payload: {} });
        expect(response.statusCode).toBe(422);
        const { error } = response.json<{ error: { code: string; details: { path: string }[] } }>();
        expect(error.code).toBe('assessment-incomplete');
        expect(error.details.map((d) => d.path)).toEqual(
          expect.arrayContaining(['answers.acutePain', 'answers.minutesPerSession']),
        );
        expect(await snapshot(t.store)).toEqual(before);
      });

      it('refuses a body, which it does not take, and changes nothing', async () => {
        await t.app.inject({ method: 'PUT', url: '/api/assessment/draft', payload: DRIVER_DRAFT });
        const before = await snapshot(t.store);
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/assessment/complete',
          payload: { answers: {} },
        });
        expect(response.statusCode).toBe(400);
        expect(await snapshot(t.store)).toEqual(before);
      });

      it('answers 422 when nothing was answered yet', async () => {
        const response = await t.app.inject({ method: 'POST', url: '/api/assessment/complete', payload: {} });
        expect(response.statusCode).toBe(422);
        expect(errorOf(response).message).toContain('PUT /api/assessment/draft');
      });

      it('finds the drivers, builds the program and schedules it from today', async () => {
        const body = await completeWithProgram(t.app);
        expect(body).toMatchObject({
          findings: { programAllowed: true },
          program: { blocks: expect.any(Array) as unknown },
        });
        const sessions = await t.app.inject(`/api/sessions?from=${TEST_TODAY}&to=2026-12-06`);
        expect(sessions.json<{ date: string }[]>().map((s) => s.date)).toEqual([
          '2026-11-30',
          '2026-12-02',
          '2026-12-04',
        ]);
        const state = await t.app.inject('/api/state');
        expect(state.json()).toMatchObject({
          findings: body.findings,
          program: body.program,
          assessment: { completedAt: expect.any(String) as unknown },
        });
      });

      it("starts the schedule on the user's today when the browser sends it", async () => {
        await t.app.inject({ method: 'PUT', url: '/api/assessment/draft', payload: DRIVER_DRAFT });
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/assessment/complete?date=2026-12-02',
          payload: {},
        });
        expect(response.statusCode).toBe(200);
        const sessions = await t.app.inject('/api/sessions?from=2026-11-01&to=2026-12-06');
        expect(sessions.json<{ date: string }[]>()[0]?.date).toBe('2026-12-02');
      });

      it('builds no program and schedules nothing when a red flag says see someone first', async () => {
        await completeWithProgram(t.app);
        await t.app.inject({
          method: 'PUT',
          url: '/api/assessment/draft',
          payload: { answers: { ...DRIVER_DRAFT.answers, acutePain: true } },
        });
        const response = await t.app.inject({ method: 'POST', url: '/api/assessment/complete', payload: {} });
        expect(response.statusCode).toBe(200);
        expect(response.json()).toMatchObject({
          findings: { programAllowed: false, referral: { urgency: 'stop' } },
          program: null,
        });
        const sessions = await t.app.inject(`/api/sessions?from=${TEST_TODAY}&to=2027-11-30`);
        expect(sessions.json()).toEqual([]);
        expect((await t.app.inject('/api/state')).json()).toMatchObject({ program: null });
      });
    });
  });
}

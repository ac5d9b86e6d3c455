import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleTrialReport } from '../../store/test-fixtures.js';
import { testDatabases } from '../../store/test-databases.js';
import type { ExportFile } from '../../contract/schemas.js';
import { completeWithProgram, errorOf, openTestApp, snapshot, TEST_TODAY } from '../test-app.js';
import type { TestApp } from '../test-app.js';

const MEASUREMENT = { test: 'single-leg-squat', side: 'left', report: sampleTrialReport } as const;
const RETEST = { date: '2026-12-07', kneeToWallCm: { left: 8, right: 9 }, painNow: 1 } as const;

for (const database of testDatabases()) {
  describe(`measurement and data API on ${database.name}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await openTestApp(database);
    });
    afterEach(async () => {
      await t.dispose();
    });

    describe('POST /api/measurements', () => {
      it('saves a trial report and lists it', async () => {
        const saved = await t.app.inject({
          method: 'POST',
          url: '/api/measurements',
          payload: { ...MEASUREMENT, keypoints: [{ index: 0 }] },
        });
        expect(saved.statusCode).toBe(201);
        expect(saved.json()).toMatchObject({
          id: expect.any(String) as unknown,
          test: 'single-leg-squat',
          side: 'left',
        });
        const listed = (await t.app.inject('/api/measurements')).json<unknown[]>();
        expect(listed).toEqual([saved.json()]);
      });

      it.each([
        ['a test Kneeline does not know', { ...MEASUREMENT, test: 'cartwheel' }],
        [
          'a report without its version',
          { ...MEASUREMENT, report: { ...sampleTrialReport, schemaVersion: undefined } },
        ],
        ['a video instead of numbers', { ...MEASUREMENT, video: 'data:video/mp4;base64,AAAA' }],
      ])('refuses %s with a 400 and saves nothing', async (_what, payload) => {
        const response = await t.app.inject({ method: 'POST', url: '/api/measurements', payload });
        expect(response.statusCode).toBe(400);
        expect((await t.app.inject('/api/measurements')).json()).toEqual([]);
      });
    });

    describe('POST /api/retests', () => {
      it('saves a re-test and lists re-tests by day', async () => {
        const saved = await t.app.inject({ method: 'POST', url: '/api/retests', payload: RETEST });
        expect(saved.statusCode).toBe(201);
        expect((await t.app.inject('/api/retests')).json()).toEqual([saved.json()]);
      });

      it('refuses a negative distance naming the field', async () => {
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/retests',
          payload: { ...RETEST, kneeToWallCm: { left: -3 } },
        });
        expect(response.statusCode).toBe(400);
        expect(errorOf(response).details?.[0]).toMatchObject({
          path: 'kneeToWallCm.left',
          message: 'a distance cannot be negative',
        });
        expect((await t.app.inject('/api/retests')).json()).toEqual([]);
      });
    });

    describe('GET /api/progress', () => {
      it('reports the knee-to-wall change since the first re-test', async () => {
        await completeWithProgram(t.app);
        await t.app.inject({
          method: 'POST',
          url: '/api/retests',
          payload: { ...RETEST, date: TEST_TODAY, kneeToWallCm: { left: 6, right: 6 } },
        });
        await t.app.inject({
          method: 'POST',
          url: '/api/retests',
          payload: { ...RETEST, date: '2026-12-14', kneeToWallCm: { left: 11, right: 11 } },
        });
        const response = await t.app.inject('/api/progress?date=2026-12-14');
        expect(response.statusCode).toBe(200);
        const report = response.json<{
          today: string;
          week: number;
          changes: { measure: string; change: number | null }[];
        }>();
        expect(report).toMatchObject({ today: '2026-12-14', week: 3 });
        expect(report.changes.find((c) => c.measure === 'knee-to-wall')?.change).toBe(5);
      });
    });

    describe('GET /api/export', () => {
      it('downloads everything and imports back into an emptied account unchanged', async () => {
        await completeWithProgram(t.app);
        await t.app.inject({ method: 'POST', url: '/api/measurements', payload: MEASUREMENT });
        await t.app.inject({ method: 'POST', url: '/api/retests', payload: RETEST });
        const exported = await t.app.inject('/api/export');
        expect(exported.headers['content-disposition']).toContain('attachment');
        const file = exported.json<ExportFile>();
        expect(file).toMatchObject({ format: 'kneeline-export', version: 1 });
        const stateBefore = (await t.app.inject('/api/state')).json<unknown>();

        expect((await t.app.inject({ method: 'DELETE', url: '/api/data', payload: {} })).statusCode).toBe(
          200,
        );
        expect((await t.app.inject('/api/state')).json()).toMatchObject({ assessment: null, program: null });

        const imported = await t.app.inject({ method: 'POST', url: '/api/import', payload: file });
        expect(imported.statusCode).toBe(200);
        expect((await t.app.inject('/api/state')).json()).toEqual(stateBefore);
        expect(
          (await t.app.inject(`/api/sessions?from=${TEST_TODAY}&to=2027-11-30`)).json<unknown[]>(),
        ).toHaveLength(file.sessions.length);
      });
    });

    describe('POST /api/import', () => {
      it.each([
        ['a file from another app', (file: ExportFile) => ({ ...file, format: 'other' })],
        ['a log pointing at a missing session', (file: ExportFile) => ({ ...file, sessions: [] })],
        [
          'a broken program',
          (file: ExportFile) => ({
            ...file,
            programs: file.programs.map((p) => ({ ...p, program: { blocks: 'x' } })),
          }),
        ],
      ])('refuses %s with a 400 and keeps the data as it was', async (_what, spoil) => {
        await completeWithProgram(t.app);
        const sessionId = (await t.app.inject(`/api/sessions/today?date=${TEST_TODAY}`)).json<{
          session: { id: string };
        }>().session.id;
        await t.app.inject({
          method: 'POST',
          url: `/api/sessions/${sessionId}/log`,
          payload: {
            sessionDate: TEST_TODAY,
            startedAt: `${TEST_TODAY}T18:00:00Z`,
            finishedAt: null,
            painBefore: null,
            painAfter: null,
            exercises: [],
            kneeCaveIns: { left: 0, right: 0 },
          },
        });
        const file = (await t.app.inject('/api/export')).json<ExportFile>();
        const before = await snapshot(t.store);
        const response = await t.app.inject({ method: 'POST', url: '/api/import', payload: spoil(file) });
        expect(response.statusCode).toBe(400);
        expect(errorOf(response).message).toMatch(/export file is not valid/);
        expect(await snapshot(t.store)).toEqual(before);
      });
    });
  });
}

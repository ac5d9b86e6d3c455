/**
 * The symptoms around a session through the real API (issue 9): swelling, locking or giving way at
 * the end of a session, the hour after and the next morning on the next visit, the paused program
 * and resuming it once seen, and "seen a physical therapist" sending a stall to orthopaedics.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionLog } from '../coaching/types.js';
import { addDays } from '../program/iso-date.js';
import type { ProgressReport } from '../progress/types.js';
import { testDatabases } from '../store/test-databases.js';
import type {
  FollowUpResponse,
  LogResponse,
  ResumeResponse,
  SessionSummary,
  StateResponse,
  TodayResponse,
} from '../contract/schemas.js';
import type { Settings } from '../contract/settings.js';
import {
  completeWithProgram,
  errorOf,
  openTestApp,
  sessionLogFor,
  TEST_NOW,
  TEST_TODAY,
} from './test-app.js';
import type { TestApp } from './test-app.js';

/** Every exercise of the day done in the morning, each at `pain` during it. */
const logFor = (today: TodayResponse, pain: number, symptoms?: SessionLog['symptoms']): SessionLog =>
  sessionLogFor(today, { pain, startHour: 10, symptoms });

for (const database of testDatabases()) {
  describe(`symptoms around a session, on ${database.name}`, () => {
    let t: TestApp;
    let now: Date;
    const todayOn = async (date: string): Promise<TodayResponse> =>
      (await t.app.inject(`/api/sessions/today?date=${date}`)).json<TodayResponse>();
    const logToday = async (pain: number, symptoms?: SessionLog['symptoms']): Promise<LogResponse> => {
      const today = await todayOn(TEST_TODAY);
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/sessions/${today.session?.id ?? ''}/log`,
        payload: logFor(today, pain, symptoms),
      });
      expect(response.statusCode).toBe(200);
      return response.json<LogResponse>();
    };
    const state = async (): Promise<StateResponse> =>
      (await t.app.inject('/api/state')).json<StateResponse>();

    beforeEach(async () => {
      now = TEST_NOW;
      t = await openTestApp(database, { clock: () => now });
      await completeWithProgram(t.app);
    });
    afterEach(async () => {
      await t.dispose();
    });

    it('pauses the program when the session ends with new swelling, and names the doctor', async () => {
      const logged = await logToday(0, { newSwelling: true, locking: false, givingWay: false });
      expect(logged.triage).toMatchObject({ outcome: 'see-professional-first', professionals: ['doctor'] });
      const { program } = await state();
      expect(program?.paused).toMatchObject({ on: TEST_TODAY, professionals: ['doctor'] });
      expect(program?.paused?.urgent).toBeUndefined();
      const today = await todayOn(TEST_TODAY);
      expect(today.items).toEqual([]);
      expect(today.followUp).toBeNull();
    });

    it('marks a locked knee as urgent, to an orthopaedic specialist', async () => {
      const logged = await logToday(0, { locking: true });
      expect(logged.triage).toMatchObject({ outcome: 'urgent', professionals: ['orthopedic-specialist'] });
      expect((await state()).program?.paused).toMatchObject({ urgent: true });
    });

    it('asks the hour after and the next morning on the next visit, then stops for a worse morning', async () => {
      const logged = await logToday(3);
      // The same day, within the hour: nothing yet; an hour after the end: did it settle?
      now = new Date(`${TEST_TODAY}T10:50:00.000Z`);
      expect((await todayOn(TEST_TODAY)).followUp).toBeNull();
      now = new Date(`${TEST_TODAY}T11:30:00.000Z`);
      expect((await todayOn(TEST_TODAY)).followUp).toEqual({
        logId: logged.log.id,
        sessionDate: TEST_TODAY,
        asks: ['painSettledWithinHour'],
      });
      const nextDay = addDays(TEST_TODAY, 1);
      now = new Date(`${nextDay}T08:00:00.000Z`);
      expect((await todayOn(nextDay)).followUp?.asks).toEqual(['painSettledWithinHour', 'nextMorningWorse']);

      const answered = await t.app.inject({
        method: 'POST',
        url: `/api/logs/${logged.log.id}/follow-up`,
        payload: { painSettledWithinHour: true, nextMorningWorse: true },
      });
      expect(answered.statusCode).toBe(200);
      const body = answered.json<FollowUpResponse>();
      expect(body.triage).toMatchObject({
        outcome: 'see-professional-first',
        professionals: ['physical-therapist'],
      });
      expect(body.log.symptoms).toEqual({ painSettledWithinHour: true, nextMorningWorse: true });
      expect((await state()).program?.paused?.professionals).toEqual(['physical-therapist']);
      const logs = (await t.app.inject('/api/logs')).json<SessionLog[]>();
      expect(logs[0]?.symptoms).toEqual({ painSettledWithinHour: true, nextMorningWorse: true });
      expect((await todayOn(nextDay)).followUp).toBeNull();
    });

    it('steps the loading exercises down when the pain did not settle, without pausing', async () => {
      const logged = await logToday(3);
      const nextDay = addDays(TEST_TODAY, 1);
      now = new Date(`${nextDay}T08:00:00.000Z`);
      const answered = await t.app.inject({
        method: 'POST',
        url: `/api/logs/${logged.log.id}/follow-up`,
        payload: { painSettledWithinHour: false, nextMorningWorse: false },
      });
      const body = answered.json<FollowUpResponse>();
      expect(body.triage.outcome).toBe('start-with-adaptations');
      expect(body.changes.length).toBeGreaterThan(0);
      expect((await state()).program?.paused).toBeUndefined();
    });

    it('does not ask about the hour after a session without any pain', async () => {
      await logToday(0);
      now = new Date(`${TEST_TODAY}T15:00:00.000Z`);
      expect((await todayOn(TEST_TODAY)).followUp).toBeNull();
      const nextDay = addDays(TEST_TODAY, 1);
      now = new Date(`${nextDay}T08:00:00.000Z`);
      expect((await todayOn(nextDay)).followUp?.asks).toEqual(['nextMorningWorse']);
    });

    it('refuses follow-up answers that are not yes/no, or for a log that does not exist', async () => {
      const logged = await logToday(0);
      const wrong = await t.app.inject({
        method: 'POST',
        url: `/api/logs/${logged.log.id}/follow-up`,
        payload: { nextMorningWorse: 'a bit', swollen: true },
      });
      expect(wrong.statusCode).toBe(400);
      const empty = await t.app.inject({
        method: 'POST',
        url: `/api/logs/${logged.log.id}/follow-up`,
        payload: {},
      });
      expect(empty.statusCode).toBe(400);
      const missing = await t.app.inject({
        method: 'POST',
        url: '/api/logs/3f1c0000-0000-4000-8000-000000000000/follow-up',
        payload: { nextMorningWorse: false },
      });
      expect(missing.statusCode).toBe(404);
      expect(errorOf(missing).message).toContain('GET /api/logs');
    });

    it('resumes a paused program once seen, recording a physical therapist in the settings', async () => {
      await logToday(0, { givingWay: true });
      const schedule = async (): Promise<unknown> =>
        (await t.app.inject(`/api/sessions?from=${TEST_TODAY}&to=${addDays(TEST_TODAY, 60)}`)).json();
      const before = await schedule();
      const resumed = await t.app.inject({
        method: 'POST',
        url: '/api/program/resume',
        payload: { seen: ['orthopedic-specialist', 'physical-therapist'] },
      });
      expect(resumed.statusCode).toBe(200);
      const body = resumed.json<ResumeResponse>();
      expect(body.program.paused).toBeUndefined();
      expect(body.settings.seenPhysicalTherapist).toBe(true);
      expect((await state()).program?.paused).toBeUndefined();
      expect((await t.app.inject('/api/settings')).json<Settings>().seenPhysicalTherapist).toBe(true);
      expect(await schedule()).toEqual(before);
      const nextSession = addDays(TEST_TODAY, 2);
      expect((await todayOn(nextSession)).items.length).toBeGreaterThan(0);
      const again = await t.app.inject({
        method: 'POST',
        url: '/api/program/resume',
        payload: { seen: ['doctor'] },
      });
      expect(again.statusCode).toBe(409);
    });

    // Seed 002: no change after regular work → a physical therapist, and once one has been seen an
    // orthopaedic specialist. The same rule set as src/progress/report.test.ts, through the API.
    it('sends a stall to a physical therapist, and to orthopaedics once the settings say one was seen', async () => {
      const until = addDays(TEST_TODAY, 7 * 6 + 6);
      const sessions = (await t.app.inject(`/api/sessions?from=${TEST_TODAY}&to=${until}`)).json<
        SessionSummary[]
      >();
      for (const session of sessions) {
        now = new Date(`${session.date}T12:00:00.000Z`);
        const today = await todayOn(session.date);
        if (today.session?.id !== session.id || today.items.length === 0) {
          continue;
        }
        const logged = await t.app.inject({
          method: 'POST',
          url: `/api/sessions/${session.id}/log`,
          payload: logFor(today, 0),
        });
        expect(logged.statusCode).toBe(200);
      }
      for (const date of [TEST_TODAY, addDays(TEST_TODAY, 42)]) {
        now = new Date(`${date}T12:00:00.000Z`);
        const saved = await t.app.inject({
          method: 'POST',
          url: '/api/retests',
          payload: { date, kneeToWallCm: { left: 6, right: 6 }, painNow: 0 },
        });
        expect(saved.statusCode).toBe(201);
      }
      now = new Date(`${until}T12:00:00.000Z`);
      const report = async (): Promise<ProgressReport> =>
        (await t.app.inject(`/api/progress?date=${until}`)).json<ProgressReport>();
      expect((await report()).escalations.map((e) => [e.ruleId, e.to])).toContainEqual([
        'no-change-after-regular-work',
        ['physical-therapist'],
      ]);
      const settings = (await t.app.inject('/api/settings')).json<Settings>();
      const saved = await t.app.inject({
        method: 'PUT',
        url: '/api/settings',
        payload: { ...settings, seenPhysicalTherapist: true },
      });
      expect(saved.statusCode).toBe(200);
      const after = (await report()).escalations.map((e) => [e.ruleId, e.to]);
      expect(after).toContainEqual(['no-change-after-physical-therapist', ['orthopedic-specialist']]);
      expect(after.map(([id]) => id)).not.toContain('no-change-after-regular-work');
    });
  });
}

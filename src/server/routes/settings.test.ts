import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../../store/test-databases.js';
import { completeWithProgram, errorOf, openTestApp, snapshot, TEST_NOW, TEST_TODAY } from '../test-app.js';
import type { TestApp } from '../test-app.js';
import { LOCAL_USER_ID } from '../../store/users.repository.js';

const SETTINGS = {
  units: 'imperial',
  weekdays: [2, 4],
  startDate: TEST_TODAY,
  reminders: { enabled: true, time: '07:30' },
  voice: false,
} as const;

for (const database of testDatabases()) {
  describe(`settings API on ${database.name}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await openTestApp(database);
    });
    afterEach(async () => {
      await t.dispose();
    });

    describe('PUT /api/settings', () => {
      it('saves the settings and sends them back', async () => {
        const response = await t.app.inject({ method: 'PUT', url: '/api/settings', payload: SETTINGS });
        expect(response.statusCode).toBe(200);
        expect(response.json()).toEqual(SETTINGS);
        expect((await t.app.inject('/api/settings')).json()).toEqual(SETTINGS);
      });

      it('moves the sessions not yet done to the new training days', async () => {
        await completeWithProgram(t.app);
        await t.app.inject({ method: 'PUT', url: '/api/settings', payload: SETTINGS });
        const sessions = await t.app.inject(`/api/sessions?from=${TEST_TODAY}&to=2026-12-06`);
        expect(sessions.json<{ date: string }[]>().map((s) => s.date)).toEqual(['2026-12-01', '2026-12-03']);
      });

      it('leaves the sessions alone when a later visit changes only other settings', async () => {
        // No start date stored (a program made before completion saved one); two days on, the
        // page shows today as the start date and sends it back with the voice toggled.
        let now = TEST_NOW;
        const later = await openTestApp(database, { clock: () => now });
        try {
          await completeWithProgram(later.app);
          const stored = await later.store.settings.get(LOCAL_USER_ID);
          await later.store.settings.save(
            LOCAL_USER_ID,
            { ...stored, startDate: null },
            TEST_NOW.toISOString(),
          );
          const all = `/api/sessions?from=${TEST_TODAY}&to=2026-12-31`;
          now = new Date('2026-12-02T12:00:00.000Z');
          const before = (await later.app.inject(all)).json<unknown>();
          const shown = (await later.app.inject('/api/settings')).json<{ voice: boolean }>();
          const response = await later.app.inject({
            method: 'PUT',
            url: '/api/settings',
            payload: { ...shown, voice: !shown.voice },
          });
          expect(response.statusCode).toBe(200);
          expect((await later.app.inject(all)).json()).toEqual(before);
        } finally {
          await later.dispose();
        }
      });

      it.each([
        ['a weekday of 7', { ...SETTINGS, weekdays: [7] }, 'weekdays.0'],
        ['no training day', { ...SETTINGS, weekdays: [] }, 'weekdays'],
        ['a date that does not exist', { ...SETTINGS, startDate: '2026-02-30' }, 'startDate'],
        [
          'a reminder time of 25:00',
          { ...SETTINGS, reminders: { enabled: true, time: '25:00' } },
          'reminders.time',
        ],
        ['units that are not metric or imperial', { ...SETTINGS, units: 'furlongs' }, 'units'],
        ['a missing field', { units: 'metric' }, 'weekdays'],
      ])('refuses %s with a 400 naming the field, and changes nothing', async (_what, payload, path) => {
        await completeWithProgram(t.app);
        const before = await snapshot(t.store);
        const response = await t.app.inject({ method: 'PUT', url: '/api/settings', payload });
        expect(response.statusCode).toBe(400);
        expect(errorOf(response).details?.map((d) => d.path)).toContain(path);
        expect(await snapshot(t.store)).toEqual(before);
      });
    });

    describe('GET /api/program/calendar.ics', () => {
      it('downloads the schedule as a calendar file', async () => {
        await completeWithProgram(t.app);
        const response = await t.app.inject('/api/program/calendar.ics');
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toContain('text/calendar');
        expect(response.headers['content-disposition']).toContain('kneeline.ics');
        expect(response.body).toContain('BEGIN:VCALENDAR');
        expect(response.body).toContain('DTSTART;VALUE=DATE:20261130');
      });
    });
  });
}

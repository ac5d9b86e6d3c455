import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../program/iso-date.js';
import { testDatabases } from '../store/test-databases.js';
import type { ExportFile } from '../contract/schemas.js';
import { completeWithProgram, errorOf, openTestApp, TEST_TODAY } from './test-app.js';
import type { TestApp } from './test-app.js';

/** The most a file may hold (EXPORT_LIMITS), every session inside the 3-year window. */
const SESSIONS = 10_000;

/**
 * Health answers the server gives while a big request is being worked on, before its response
 * starts: a server that did the work in one block would answer none in between (test and server
 * share this process's event loop, so even the next health request waits for the block to end).
 * Ordering, not time: the count does not depend on how fast the machine is.
 */
const MIN_HEALTH_ANSWERS_MEANWHILE = 5;

/**
 * Sends `request` while polling GET /api/health back to back (until enough answers came); returns
 * its response and how many health answers arrived between sending it and its response headers.
 */
async function whilePolling(
  base: string,
  request: () => Promise<Response>,
): Promise<{ response: Response; healthMeanwhile: number }> {
  let done = false;
  let answered = 0;
  // Enough answers seen: stop, so the polling does not slow the work it watches.
  const poll = async (): Promise<void> => {
    while (!done && answered < MIN_HEALTH_ANSWERS_MEANWHILE) {
      const response = await fetch(`${base}/api/health`);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      answered += 1;
    }
  };
  const polling = poll();
  try {
    const response = await request();
    return { response, healthMeanwhile: answered };
  } finally {
    done = true;
    await polling;
  }
}

for (const database of testDatabases()) {
  describe(`bounded work on ${database.name}`, () => {
    let t: TestApp;
    let base: string;
    beforeAll(async () => {
      t = await openTestApp(database, {
        timeouts: { headersMs: 1_000, requestMs: 1_500, checkEveryMs: 200 },
      });
      await completeWithProgram(t.app);
      const file = (await t.app.inject('/api/export')).json<ExportFile>();
      const programId = file.programs[0]?.id ?? '';
      const sessions = Array.from({ length: SESSIONS }, (_, index) => ({
        id: `s${index}`,
        programId,
        date: addDays(addDays(TEST_TODAY, -900), Math.floor(index / 5)),
        week: 1 + Math.floor(index / 35),
        kind: 'session' as const,
        title: 'Session',
        status: 'done' as const,
      }));
      const logs = sessions.map((session, index) => ({
        id: `l${index}`,
        sessionId: session.id,
        createdAt: `${session.date}T19:00:00.000Z`,
        log: {
          sessionDate: session.date,
          startedAt: `${session.date}T18:00:00.000Z`,
          finishedAt: `${session.date}T18:20:00.000Z`,
          painBefore: 1,
          painAfter: 2,
          exercises: [],
          kneeCaveIns: { left: 1, right: 0 },
        },
      }));
      const imported = await t.app.inject({
        method: 'POST',
        url: '/api/import',
        payload: { ...file, sessions, logs },
      });
      expect(imported.statusCode, imported.body).toBe(200);
      base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    }, 300_000);
    afterAll(async () => {
      await t.dispose();
    });

    it.each([
      ['/api/progress?date=9999-12-31', /outside 1900-2100/],
      ['/api/progress?date=2035-01-01', /within 3 years of today/],
      ['/api/progress?date=2020-01-01', /within 3 years of today/],
      ['/api/sessions?from=2026-01-01&to=2027-06-01', /at most 366 days/],
      ['/api/sessions?from=2010-01-01&to=2010-02-01', /within 3 years of today/],
      ['/api/program/calendar.ics?date=2031-01-01', /within 3 years of today/],
    ])('refuses %s with a 400 that says the limit', async (url, message) => {
      const response = await t.app.inject(url);
      expect(response.statusCode).toBe(400);
      expect(errorOf(response).message).toMatch(message);
    });

    it('refuses a start date more than 3 years away', async () => {
      const settings = (await t.app.inject('/api/settings')).json<object>();
      const response = await t.app.inject({
        method: 'PUT',
        url: '/api/settings',
        payload: { ...settings, startDate: '2031-01-01' },
      });
      expect(response.statusCode).toBe(400);
      expect(errorOf(response).message).toMatch(/startDate \(2031-01-01\) must be within 3 years/);
    });

    it('answers /api/health while exporting the largest allowed account, whole', async () => {
      const { response, healthMeanwhile } = await whilePolling(base, () => fetch(`${base}/api/export`));
      expect(response.status).toBe(200);
      const file = (await response.json()) as ExportFile;
      expect(file.sessions).toHaveLength(SESSIONS);
      expect(file.logs).toHaveLength(SESSIONS);
      expect(healthMeanwhile).toBeGreaterThanOrEqual(MIN_HEALTH_ANSWERS_MEANWHILE);
    });

    it('answers /api/health while making the largest calendar', async () => {
      const { response, healthMeanwhile } = await whilePolling(base, () =>
        fetch(`${base}/api/program/calendar.ics`),
      );
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text.match(/BEGIN:VEVENT/g)?.length).toBe(2_000);
      expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
      expect(healthMeanwhile).toBeGreaterThanOrEqual(MIN_HEALTH_ANSWERS_MEANWHILE);
    });

    it('answers /api/health while reporting progress over the largest history', async () => {
      const { response, healthMeanwhile } = await whilePolling(base, () =>
        fetch(`${base}/api/progress?date=${addDays(TEST_TODAY, 3 * 366)}`),
      );
      const body = await response.text();
      expect(response.status, body.slice(0, 300)).toBe(200);
      expect(healthMeanwhile).toBeGreaterThanOrEqual(MIN_HEALTH_ANSWERS_MEANWHILE);
    });

    it('closes a request whose body trickles in slower than the request timeout', async () => {
      const socket = connect(Number(new URL(base).port), '127.0.0.1');
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.write('PUT /api/assessment/draft HTTP/1.1\r\nHost: localhost\r\n');
      socket.write('Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{');
      const trickle = setInterval(() => socket.write(' '), 200);
      const closed = await new Promise<boolean>((resolve) => {
        socket.on('close', () => resolve(true));
        setTimeout(() => resolve(false), 20_000);
      });
      clearInterval(trickle);
      socket.destroy();
      expect(closed).toBe(true);
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
    });
  });
}

/**
 * API throughput on loopback against a temp SQLite database: requests per second and p99 latency
 * for GET /api/sessions/today and POST /api/sessions/:id/log (with progression applied), each
 * also as a ratio of GET /api/health on the same run, so numbers compare across machines.
 * Then 50 clients save draft answers for 30 s on SQLite and on PostgreSQL (when
 * KNEELINE_TEST_DATABASE_URL is set): requests/s, p99 and acknowledged saves lost (must be 0).
 * Run alone with `npx tsx bench/api.ts`, or through `npm run bench` (bench/run.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { FastifyInstance } from 'fastify';
import { SAMPLE_ANSWERS } from '../src/assessment/sample-input.js';
import { buildServer } from '../src/server/build-server.js';
import { addDays } from '../src/program/iso-date.js';
import type { ExportFile, SessionSummary, TodayResponse } from '../src/contract/schemas.js';
import { openStore } from '../src/store/store.js';
import { LOCAL_USER_ID } from '../src/store/users.repository.js';
import { testDatabases } from '../src/store/test-databases.js';
import { sessionLogFor } from '../src/server/test-app.js';
import { concurrentDrafts } from './api/concurrent-drafts.js';
import type { DraftLoadResult } from './api/concurrent-drafts.js';

/** Seconds per route; connections as a small clinic's worth of open browsers. */
const DURATION_S = Number(process.env.KNEELINE_BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;
/** The busy clinic of issue 11: 50 clients for 30 s. */
const LOAD_CONNECTIONS = 50;
const LOAD_SECONDS = Number(process.env.KNEELINE_BENCH_LOAD_SECONDS ?? 30);

export interface ApiBenchResult {
  readonly route: string;
  readonly requestsPerSecond: number;
  readonly p99Ms: number;
  readonly non2xx: number;
  /** requestsPerSecond / GET /api/health's on the same run. */
  readonly ratioToHealth: number | null;
}

const DRAFT = {
  answers: { ...SAMPLE_ANSWERS, sidesAffected: 'both' },
  tests: {
    kneeToWall: { left: { value: 6, unit: 'cm' }, right: { value: 6, unit: 'cm' } },
    singleLegSquat: { left: { observed: 'caves' }, right: { observed: 'caves' } },
  },
};

/** A session is logged once: enough sessions that every POST of the run has its own. */
const SESSIONS_TO_LOG = Math.min(9_000, 300 * DURATION_S);

/**
 * Completes an assessment so there is a program, then imports it back with SESSIONS_TO_LOG
 * sessions (six a day from today) so every log of the run goes to a session not logged yet.
 */
async function seed(
  app: FastifyInstance,
): Promise<{ today: TodayResponse; sessions: readonly SessionSummary[] }> {
  const json = { 'content-type': 'application/json' };
  await app.inject({ method: 'PUT', url: '/api/assessment/draft', payload: DRAFT });
  const completed = await app.inject({
    method: 'POST',
    url: '/api/assessment/complete',
    headers: json,
    payload: {},
  });
  if (completed.statusCode !== 200) {
    throw new Error(`bench setup: the assessment did not complete: ${completed.body}`);
  }
  const file = (await app.inject('/api/export')).json<ExportFile>();
  const program = file.programs.at(-1);
  const start = file.sessions[0]?.date ?? '2026-12-01';
  const many = Array.from({ length: SESSIONS_TO_LOG }, (_, index) => ({
    id: `bench-${index}`,
    programId: program?.id ?? '',
    date: addDays(start, Math.floor(index / 6)),
    week: 1 + Math.floor(index / 42),
    kind: 'session' as const,
    title: 'Session',
    status: 'planned' as const,
  }));
  const imported = await app.inject({
    method: 'POST',
    url: '/api/import',
    payload: { ...file, sessions: many, logs: [] },
  });
  if (imported.statusCode !== 200) {
    throw new Error(`bench setup: the import did not work: ${imported.body}`);
  }
  const sessions: SessionSummary[] = [];
  for (let from = start; sessions.length < SESSIONS_TO_LOG; from = addDays(from, 366)) {
    const to = addDays(from, 365);
    sessions.push(...(await app.inject(`/api/sessions?from=${from}&to=${to}`)).json<SessionSummary[]>());
  }
  const first = sessions[0];
  if (first === undefined) {
    throw new Error('bench setup: no session was scheduled');
  }
  const today = (await app.inject(`/api/sessions/today?date=${first.date}`)).json<TodayResponse>();
  return { today, sessions };
}

async function measure(options: autocannon.Options): Promise<autocannon.Result> {
  return autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...options });
}

/** Runs the API bench and returns one result per route. */
export async function run(): Promise<readonly ApiBenchResult[]> {
  const folder = mkdtempSync(join(tmpdir(), 'kneeline-bench-'));
  const store = await openStore({ kind: 'sqlite', file: join(folder, 'kneeline.db') });
  const app = await buildServer({ store });
  try {
    const { today, sessions } = await seed(app);
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const health = await measure({ url: `${base}/api/health` });
    const todayResult = await measure({ url: `${base}/api/sessions/today?date=${today.date}` });
    let next = 0;
    const logResult = await measure({
      url: base,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          // Each request logs the next session, dated on its session's day.
          setupRequest: (request) => {
            const session = sessions[next] ?? sessions[0];
            next += 1;
            return {
              ...request,
              path: `/api/sessions/${session?.id ?? ''}/log`,
              body: JSON.stringify(sessionLogFor(today, { date: session?.date ?? today.date })),
            };
          },
        },
      ],
    });
    const perSecond = (result: autocannon.Result): number => result.requests.average;
    const row = (route: string, result: autocannon.Result): ApiBenchResult => ({
      route,
      requestsPerSecond: Math.round(perSecond(result)),
      p99Ms: result.latency.p99,
      non2xx: result.non2xx,
      ratioToHealth:
        perSecond(health) > 0 ? Number((perSecond(result) / perSecond(health)).toFixed(3)) : null,
    });
    const logsStored = (await store.logs.list(LOCAL_USER_ID)).length;
    console.log(`${logsStored} logs stored by the end (progression reads a user's logs on each POST)`);
    return [
      row('GET /api/health', health),
      row('GET /api/sessions/today', todayResult),
      row('POST /api/sessions/:id/log', logResult),
    ];
  } finally {
    await app.close();
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** 50 clients saving draft answers on every test database (SQLite, and PostgreSQL when set). */
export async function runLoad(): Promise<readonly DraftLoadResult[]> {
  const results: DraftLoadResult[] = [];
  for (const database of testDatabases()) {
    const opened = await database.open();
    const app = await buildServer({ store: opened.store });
    try {
      const base = await app.listen({ port: 0, host: '127.0.0.1' });
      results.push(
        await concurrentDrafts(app, base, database.name, {
          connections: LOAD_CONNECTIONS,
          seconds: LOAD_SECONDS,
        }),
      );
    } finally {
      await app.close();
      await opened.dispose();
    }
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`API on loopback, SQLite, ${CONNECTIONS} connections, ${DURATION_S} s per route`);
  const results = await run();
  console.table(results);
  const failed = results.filter((result) => result.non2xx > 0);
  console.log(`\nDraft saves, ${LOAD_CONNECTIONS} clients, ${LOAD_SECONDS} s per backend`);
  const load = await runLoad();
  console.table(load);
  const broken = load.filter((result) => result.lost > 0 || result.exportStatus !== 200);
  if (failed.length > 0 || broken.length > 0) {
    const names = [...failed.map((result) => result.route), ...broken.map((result) => result.backend)];
    console.error(`Some requests failed or writes were lost: ${names.join(', ')}`);
    process.exitCode = 1;
  }
}

/**
 * Fuzzing the API with a fixed seed: valid requests of every writing route, each mutated (a field
 * replaced by a random value, removed, an unknown key added, nested deep, NUL, 1e999, a wrong
 * content type). No answer may be a 5xx, and a refused request (4xx) must change nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleTrialReport } from '../store/test-fixtures.js';
import { testDatabases } from '../store/test-databases.js';
import { completeWithProgram, DRIVER_DRAFT, openTestApp, snapshot, TEST_TODAY } from './test-app.js';
import type { TestApp } from './test-app.js';

const SEED = 20261203;
const REQUESTS = 300;

/** mulberry32: a small seeded generator, so a failure replays exactly. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function fuzzer(random: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const leaf = (): Json | string =>
    pick<() => Json>([
      () => null,
      () => random() < 0.5,
      () => Math.floor(random() * 2000) - 1000,
      () => random() * 1e6,
      () => -0.0001,
      () =>
        pick([
          '',
          'a',
          'left',
          'both',
          '2026-11-30',
          '9999-12-31',
          '0050-01-01',
          '2026-02-30',
          'x'.repeat(5000),
        ]),
      () => `${pick(['a', 'é', '😀', '\u202e'])}\u0000${pick(['b', ''])}`,
      () => pick(['__proto__', 'constructor', 'toString']),
    ])();
  const value = (depth: number): Json =>
    depth > 3 || random() < 0.6
      ? leaf()
      : random() < 0.5
        ? Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1))
        : Object.fromEntries(
            Array.from({ length: Math.floor(random() * 4) }, () => [
              pick(['a', 'left', 'date', 'x']),
              value(depth + 1),
            ]),
          );
  const paths = (json: Json, prefix: (string | number)[] = []): (string | number)[][] => {
    if (json === null || typeof json !== 'object') {
      return [prefix];
    }
    const entries = Array.isArray(json)
      ? json.map((item, index) => [index, item] as const)
      : Object.entries(json);
    return [prefix, ...entries.flatMap(([key, item]) => paths(item, [...prefix, key]))];
  };
  /** The body as text, mutated once; some mutations only exist as text (1e999, deep nesting). */
  const mutate = (body: Json): string => {
    const copy = JSON.parse(JSON.stringify(body)) as Json;
    const path = pick(paths(copy));
    const parentPath = path.slice(0, -1);
    const key = path.at(-1);
    const parent = parentPath.reduce<Json>(
      (node, step) => (node as Record<string, Json>)[step] as Json,
      copy,
    ) as Record<string, Json> | null;
    const kind = pick(['replace', 'replace', 'remove', 'unknown-key', 'deep', 'infinite', 'nul']);
    if (kind === 'deep') {
      const levels = pick([30, 70, 4100]);
      return `{"answers":{"x":${'['.repeat(levels)}${']'.repeat(levels)}}}`;
    }
    if (parent === null || key === undefined) {
      return JSON.stringify(value(0));
    }
    if (kind === 'replace') {
      parent[key] = value(0);
    } else if (kind === 'remove') {
      delete parent[key];
    } else if (kind === 'unknown-key' && !Array.isArray(parent)) {
      parent[`extra${Math.floor(random() * 9)}`] = value(0);
    } else if (kind === 'nul') {
      parent[key] = 'bad\u0000value';
    } else {
      parent[key] = 424242;
      return JSON.stringify(copy).replace('424242', '1e999');
    }
    return JSON.stringify(copy);
  };
  return { pick, mutate, random };
}

for (const database of testDatabases()) {
  describe(`fuzzed requests on ${database.name}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await openTestApp(database);
      await completeWithProgram(t.app);
    });
    afterEach(async () => {
      await t.dispose();
    });

    it(`answers ${REQUESTS} mutated requests (seed ${SEED}) without a 5xx, and a refused one changes nothing`, async () => {
      const { pick, mutate, random } = fuzzer(seeded(SEED));
      const sessionId = (await t.app.inject(`/api/sessions/today?date=${TEST_TODAY}`)).json<{
        session: { id: string };
      }>().session.id;
      const file = (await t.app.inject('/api/export')).json<Json>();
      const settings = (await t.app.inject('/api/settings')).json<Json>();
      const log = {
        sessionDate: TEST_TODAY,
        startedAt: `${TEST_TODAY}T18:00:00Z`,
        finishedAt: `${TEST_TODAY}T18:20:00Z`,
        painBefore: 1,
        painAfter: 2,
        exercises: [],
        kneeCaveIns: { left: 0, right: 1 },
      };
      const valid: readonly { method: 'PUT' | 'POST' | 'DELETE'; url: string; body: Json }[] = [
        { method: 'PUT', url: '/api/assessment/draft', body: DRIVER_DRAFT as unknown as Json },
        { method: 'PUT', url: '/api/settings', body: settings },
        { method: 'POST', url: `/api/sessions/${sessionId}/log`, body: log },
        {
          method: 'POST',
          url: '/api/measurements',
          body: { test: 'single-leg-squat', side: 'left', report: sampleTrialReport as unknown as Json },
        },
        {
          method: 'POST',
          url: '/api/retests',
          body: { date: TEST_TODAY, kneeToWallCm: { left: 8 }, painNow: 1 },
        },
        { method: 'POST', url: '/api/assessment/complete', body: {} },
        { method: 'POST', url: '/api/import', body: file },
        { method: 'DELETE', url: '/api/data', body: {} },
      ];
      let before = await snapshot(t.store);
      const statuses = new Map<number, number>();
      for (let index = 0; index < REQUESTS; index += 1) {
        const request = pick(valid);
        const contentType =
          random() < 0.05 ? pick(['text/plain', 'application/x-www-form-urlencoded']) : 'application/json';
        const response = await t.app.inject({
          method: request.method,
          url: request.url,
          headers: { 'content-type': contentType },
          payload: mutate(request.body),
        });
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        const where = `request ${index}: ${request.method} ${request.url} → ${response.statusCode} ${response.body.slice(0, 200)}`;
        expect(response.statusCode, where).toBeLessThan(500);
        const after = await snapshot(t.store);
        if (response.statusCode >= 400) {
          expect(after, where).toEqual(before);
        }
        before = after;
      }
      // The fuzzer reached both sides: some mutations are still valid, most are refused.
      const refused = [...statuses]
        .filter(([status]) => status >= 400)
        .reduce((sum, [, count]) => sum + count, 0);
      expect(refused).toBeGreaterThan(REQUESTS / 2);
      expect(refused).toBeLessThan(REQUESTS);
    }, 120_000);
  });
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../store/test-databases.js';
import type { ExportFile } from '../contract/schemas.js';
import { completeWithProgram, EMPTY_LOG_TODAY, openTestApp, TEST_TODAY } from './test-app.js';
import type { TestApp } from './test-app.js';

const CLIENTS = 50;
const SAVES_PER_CLIENT = 4;
const json = { 'content-type': 'application/json' };

const LOG = EMPTY_LOG_TODAY;

for (const database of testDatabases()) {
  describe(`concurrent writes on ${database.name}`, () => {
    let t: TestApp;
    let base: string;
    beforeEach(async () => {
      t = await openTestApp(database);
      base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    });
    afterEach(async () => {
      await t.dispose();
    });

    it(`keeps every acknowledged draft answer when ${CLIENTS} clients save at once`, async () => {
      const acknowledged: string[] = [];
      const client = async (id: number): Promise<void> => {
        for (let save = 0; save < SAVES_PER_CLIENT; save += 1) {
          const key = `client${id}save${save}`;
          const response = await fetch(`${base}/api/assessment/draft`, {
            method: 'PUT',
            headers: json,
            body: JSON.stringify({ answers: { [key]: save } }),
          });
          if (response.ok) {
            acknowledged.push(key);
          }
        }
      };
      await Promise.all(Array.from({ length: CLIENTS }, (_, id) => client(id)));
      expect(acknowledged).toHaveLength(CLIENTS * SAVES_PER_CLIENT);
      const state = (await t.app.inject('/api/state')).json<{ assessment: { answers: object } }>();
      const missing = acknowledged.filter((key) => !(key in state.assessment.answers));
      expect(missing).toEqual([]);
      const drafts = await t.store.db
        .selectFrom('assessments')
        .select('id')
        .where('status', '=', 'draft')
        .execute();
      expect(drafts).toHaveLength(1);
      const exported = await t.app.inject('/api/export');
      expect(exported.statusCode).toBe(200);
      expect(exported.json<ExportFile>().assessments).toHaveLength(1);
    });

    it(`logs a session once when ${CLIENTS} clients log it at once, and says so to the others`, async () => {
      await completeWithProgram(t.app);
      const today = (await t.app.inject(`/api/sessions/today?date=${TEST_TODAY}`)).json<{
        session: { id: string };
      }>();
      const url = `${base}/api/sessions/${today.session.id}/log`;
      const responses = await Promise.all(
        Array.from({ length: CLIENTS }, () =>
          fetch(url, { method: 'POST', headers: json, body: JSON.stringify(LOG) }),
        ),
      );
      const statuses = responses.map((response) => response.status).sort();
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      expect(statuses.filter((status) => status === 409)).toHaveLength(CLIENTS - 1);
      const refused: unknown = await responses.find((response) => response.status === 409)?.json();
      expect(refused).toMatchObject({
        error: { message: expect.stringContaining('already logged') as string },
      });
      expect((await t.app.inject('/api/logs')).json<unknown[]>()).toHaveLength(1);
      expect((await t.app.inject('/api/export')).statusCode).toBe(200);
    });

    it('answers a retry with the same Idempotency-Key with the first answer, doing the work once', async () => {
      await completeWithProgram(t.app);
      const today = (await t.app.inject(`/api/sessions/today?date=${TEST_TODAY}`)).json<{
        session: { id: string };
      }>();
      const send = () =>
        fetch(`${base}/api/sessions/${today.session.id}/log`, {
          method: 'POST',
          headers: { ...json, 'idempotency-key': 'retry-4b1e' },
          body: JSON.stringify(LOG),
        });
      const first = await send();
      const retry = await send();
      expect(first.status).toBe(200);
      expect(retry.status).toBe(200);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(await retry.json()).toEqual(await first.json());
      expect((await t.app.inject('/api/logs')).json<unknown[]>()).toHaveLength(1);
      const reused = await fetch(`${base}/api/assessment/draft`, {
        method: 'PUT',
        headers: { ...json, 'idempotency-key': 'retry-4b1e' },
        body: JSON.stringify({ answers: {} }),
      });
      expect(reused.status).toBe(422);
    });
  });
}

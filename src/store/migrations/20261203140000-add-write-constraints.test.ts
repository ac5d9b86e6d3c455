import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { migrateToLatest } from '../migrate.js';
import { testDatabases } from '../test-databases.js';
import type { TestStore } from '../test-databases.js';

const NOW = '2026-12-01T10:00:00.000Z';
const user = 'local';

const assessment = (id: string, status: 'draft' | 'completed', answers: object, updatedAt: string) => ({
  id,
  user_id: user,
  format_version: 1,
  status,
  answers: JSON.stringify(answers),
  tests: '{}',
  findings: null,
  created_at: updatedAt,
  updated_at: updatedAt,
  completed_at: null,
});

for (const database of testDatabases()) {
  describe(`migration add-write-constraints on ${database.name}`, () => {
    let test: TestStore;
    beforeEach(async () => {
      test = await database.open({ migrate: false });
      await migrateToLatest(test.store.db, {
        ...test.migrationOptions,
        upTo: '20261127140000-create-core-tables',
      });
      await test.store.db.insertInto('users').values({ id: user, created_at: NOW }).execute();
    });
    afterEach(async () => {
      await test.dispose();
    });

    it('merges the several drafts an older version let in into the newest, newer answers winning', async () => {
      await test.store.db
        .insertInto('assessments')
        .values([
          assessment('a1', 'draft', { ageGroup: 'adult', pain: 1 }, '2026-11-01T00:00:00.000Z'),
          assessment('a2', 'draft', { pain: 3 }, '2026-11-02T00:00:00.000Z'),
          assessment('a3', 'completed', { pain: 9 }, '2026-11-03T00:00:00.000Z'),
        ])
        .execute();
      await migrateToLatest(test.store.db, test.migrationOptions);
      const drafts = await test.store.assessments.list(user);
      expect(drafts.filter((a) => a.status === 'draft')).toEqual([
        expect.objectContaining({ id: 'a2', answers: { ageGroup: 'adult', pain: 3 } }),
      ]);
      expect(drafts).toHaveLength(2);
      await expect(
        test.store.db
          .insertInto('assessments')
          .values(assessment('a4', 'draft', {}, NOW))
          .execute(),
      ).rejects.toThrow();
    });

    it('sets a second log of one session aside, keeping it, and refuses a new one', async () => {
      const db = test.store.db;
      await db
        .insertInto('assessments')
        .values(assessment('a1', 'completed', {}, NOW))
        .execute();
      await db
        .insertInto('programs')
        .values({
          id: 'p1',
          user_id: user,
          assessment_id: 'a1',
          format_version: 1,
          program: '{}',
          findings: '{}',
          preferences: '{}',
          created_at: NOW,
          updated_at: NOW,
        })
        .execute();
      await db
        .insertInto('scheduled_sessions')
        .values({
          id: 's1',
          user_id: user,
          program_id: 'p1',
          date: '2026-11-30',
          week: 1,
          kind: 'session',
          title: 'Session',
          status: 'done',
        })
        .execute();
      const log = (id: string, createdAt: string) => ({
        id,
        user_id: user,
        session_id: 's1',
        date: '2026-11-30',
        log: '{}',
        created_at: createdAt,
      });
      await db
        .insertInto('session_logs')
        .values([log('l1', '2026-11-30T18:00:00.000Z'), log('l2', '2026-11-30T19:00:00.000Z')])
        .execute();
      await migrateToLatest(db, test.migrationOptions);
      const kept = await db.selectFrom('session_logs').select('id').execute();
      expect(kept).toEqual([{ id: 'l1' }]);
      const aside = await db.selectFrom('quarantined_rows').selectAll().execute();
      expect(aside).toEqual([
        expect.objectContaining({ source_table: 'session_logs', reason: 'a second log of the same session' }),
      ]);
      expect(JSON.parse(aside[0]?.row_data ?? '{}')).toMatchObject({ id: 'l2', session_id: 's1' });
      await expect(db.insertInto('session_logs').values(log('l3', NOW)).execute()).rejects.toThrow();
    });

    if (database.name === 'sqlite') {
      it('opens SQLite with synchronous=FULL, so an acknowledged commit survives a power cut', async () => {
        const { rows } = await sql<{ synchronous: number }>`pragma synchronous`.execute(test.store.db);
        expect(rows[0]?.synchronous).toBe(2);
      });
    }
  });
}

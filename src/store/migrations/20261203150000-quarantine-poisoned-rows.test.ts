import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../migrate.js';
import { testDatabases } from '../test-databases.js';
import type { TestStore } from '../test-databases.js';
import { sampleFindings, samplePreferences, sampleProgram } from '../test-fixtures.js';

const NOW = '2026-12-01T10:00:00.000Z';
const user = 'local';
const deep = `{"notes":${'['.repeat(4108)}${']'.repeat(4108)}}`;

for (const database of testDatabases()) {
  describe(`migration quarantine-poisoned-rows on ${database.name}`, () => {
    let test: TestStore;
    beforeEach(async () => {
      test = await database.open({ migrate: false });
      await migrateToLatest(test.store.db, {
        ...test.migrationOptions,
        upTo: '20261203140000-add-write-constraints',
      });
      await test.store.users.ensure(user, NOW);
    });
    afterEach(async () => {
      await test.dispose();
    });

    it('sets poisoned rows aside with what hangs on them, resets unreadable settings, and reads work again', async () => {
      const db = test.store.db;
      const assessment = (id: string, answers: string) => ({
        id,
        user_id: user,
        format_version: 1,
        status: 'completed' as const,
        answers,
        tests: '{}',
        findings: JSON.stringify(sampleFindings),
        created_at: NOW,
        updated_at: NOW,
        completed_at: NOW,
      });
      await db
        .insertInto('assessments')
        .values([assessment('deep', deep), assessment('good', '{}')])
        .execute();
      const program = (id: string, assessmentId: string) => ({
        id,
        user_id: user,
        assessment_id: assessmentId,
        format_version: 1,
        program: JSON.stringify(sampleProgram),
        findings: JSON.stringify(sampleFindings),
        preferences: JSON.stringify(samplePreferences),
        created_at: NOW,
        updated_at: NOW,
      });
      await db
        .insertInto('programs')
        .values([program('p-deep', 'deep'), program('p-good', 'good')])
        .execute();
      const session = (id: string, programId: string, date: string) => ({
        id,
        user_id: user,
        program_id: programId,
        date,
        week: 1,
        kind: 'session',
        title: 'Session',
        status: 'planned' as const,
      });
      await db
        .insertInto('scheduled_sessions')
        .values([
          session('s-of-deep', 'p-deep', '2026-12-02'),
          session('s-9999', 'p-good', '9999-12-31'),
          session('s-0050', 'p-good', '0050-01-01'),
          session('s-good', 'p-good', '2026-12-04'),
        ])
        .execute();
      await db
        .updateTable('settings')
        .set({
          data: JSON.stringify({
            units: 'metric',
            weekdays: [1],
            startDate: '0000-01-01',
            reminders: { enabled: false, time: '18:00' },
            voice: true,
          }),
        })
        .execute();

      await migrateToLatest(db, test.migrationOptions);

      const aside = await db.selectFrom('quarantined_rows').select(['id', 'reason']).orderBy('id').execute();
      expect(aside.map((row) => row.id)).toEqual([
        'assessments:deep',
        'programs:p-deep',
        'scheduled_sessions:s-0050',
        'scheduled_sessions:s-9999',
        'scheduled_sessions:s-of-deep',
        'settings:local',
      ]);
      expect(aside.find((row) => row.id === 'assessments:deep')?.reason).toMatch(/deeper than 64/);
      expect(aside.find((row) => row.id === 'scheduled_sessions:s-9999')?.reason).toMatch(
        /outside 1900-2100/,
      );
      const left = await db.selectFrom('scheduled_sessions').select('id').execute();
      expect(left).toEqual([{ id: 's-good' }]);
      expect((await test.store.settings.get(user)).startDate).toBeNull();
      const file = await test.store.data.exportAll(user, NOW);
      expect(file.assessments.map((a) => a.id)).toEqual(['good']);
    });
  });
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { migrateToLatest } from './migrate.js';
import { postgresUrl } from '../testing/system-parts.js';
import { testDatabases } from './test-databases.js';
import type { TestStore } from './test-databases.js';
import {
  sampleFindings,
  sampleLog,
  samplePreferences,
  sampleProgram,
  sampleSchedule,
  sampleTrialReport,
} from './test-fixtures.js';
import { LOCAL_USER_ID } from './users.repository.js';

const NOW = '2026-11-27T10:00:00.000Z';
const user = LOCAL_USER_ID;

for (const database of testDatabases()) {
  describe(`store on ${database.name}`, () => {
    let test: TestStore;
    beforeEach(async () => {
      test = await database.open();
      await test.store.users.ensure(user, NOW);
    });
    afterEach(async () => {
      await test.dispose();
    });

    describe('migrateToLatest', () => {
      it('runs again on a migrated database without changing anything', async () => {
        expect(await migrateToLatest(test.store.db, test.migrationOptions)).toEqual([]);
        expect(await test.store.users.exists(user)).toBe(true);
      });
    });

    describe('users.ensure', () => {
      it('creates the local user once, with default settings', async () => {
        await test.store.users.ensure(user, NOW);
        expect(await test.store.settings.get(user)).toMatchObject({
          units: 'metric',
          weekdays: [1, 3, 5],
          startDate: null,
        });
        const rows = await test.store.db.selectFrom('users').selectAll().execute();
        expect(rows).toHaveLength(1);
      });
    });

    describe('settings.save', () => {
      it('keeps what the user chose', async () => {
        const chosen = {
          units: 'imperial',
          weekdays: [2, 4],
          startDate: '2026-12-01',
          reminders: { enabled: true, time: '07:30' },
          voice: false,
        } as const;
        await test.store.settings.save(
          user,
          { ...chosen, weekdays: [...chosen.weekdays], reminders: { ...chosen.reminders } },
          NOW,
        );
        expect(await test.store.settings.get(user)).toEqual(chosen);
      });
    });

    describe('assessments.saveDraft', () => {
      it('keeps earlier answers when a later save sends only new ones', async () => {
        await test.store.assessments.saveDraft(user, { answers: { age: 30 } }, NOW);
        await test.store.assessments.saveDraft(
          user,
          { answers: { pain: 2 }, tests: { 'knee-to-wall': { left: 8 } } },
          NOW,
        );
        const draft = await test.store.assessments.current(user);
        expect(draft).toMatchObject({
          status: 'draft',
          answers: { age: 30, pain: 2 },
          tests: { 'knee-to-wall': { left: 8 } },
        });
      });

      it('starts a re-assessment from the last completed answers', async () => {
        const first = await test.store.assessments.saveDraft(user, { answers: { age: 30 } }, NOW);
        await test.store.assessments.complete(user, first.id, sampleFindings, NOW);
        const second = await test.store.assessments.saveDraft(user, { answers: { pain: 1 } }, NOW);
        expect(second.id).not.toBe(first.id);
        expect(second.answers).toEqual({ age: 30, pain: 1 });
        expect(await test.store.assessments.list(user)).toHaveLength(2);
      });
    });

    describe('assessments.complete', () => {
      it('stores the findings and the completion time', async () => {
        const draft = await test.store.assessments.saveDraft(user, { answers: { age: 30 } }, NOW);
        await test.store.assessments.complete(user, draft.id, sampleFindings, '2026-11-27T11:00:00.000Z');
        expect(await test.store.assessments.current(user)).toMatchObject({
          status: 'completed',
          findings: sampleFindings,
          completedAt: '2026-11-27T11:00:00.000Z',
        });
      });
    });

    async function withProgram(): Promise<string> {
      const draft = await test.store.assessments.saveDraft(user, { answers: {} }, NOW);
      const program = await test.store.programs.create(
        user,
        {
          assessmentId: draft.id,
          program: sampleProgram,
          findings: sampleFindings,
          preferences: samplePreferences,
        },
        NOW,
      );
      await test.store.sessions.replaceUpcoming(user, program.id, sampleSchedule, '2026-11-27');
      return program.id;
    }

    /** Each session's date and status from `from` to the end of December, as the store lists them on `today`. */
    const datesAndStatuses = async (from: string, today: string): Promise<string[][]> =>
      (await test.store.sessions.list(user, { from, to: '2026-12-31' }, today)).map((s) => [
        s.date,
        s.status,
      ]);

    describe('programs.current', () => {
      it('reads back the program exactly as built', async () => {
        await withProgram();
        expect(await test.store.programs.current(user)).toMatchObject({
          program: sampleProgram,
          preferences: samplePreferences,
        });
      });
    });

    describe('sessions.list', () => {
      it('shows a past session not done as missed and a done one as done', async () => {
        await withProgram();
        const [first] = await test.store.sessions.list(
          user,
          { from: '2026-12-01', to: '2026-12-31' },
          '2026-12-01',
        );
        await test.store.sessions.markDone(user, first?.id ?? '');
        expect(await datesAndStatuses('2026-12-01', '2026-12-04')).toEqual([
          ['2026-12-01', 'done'],
          ['2026-12-03', 'missed'],
          ['2026-12-05', 'planned'],
        ]);
      });
    });

    describe('sessions.replaceUpcoming', () => {
      it('moves only the sessions from today on and keeps done ones', async () => {
        const programId = await withProgram();
        const first = await test.store.sessions.onDate(user, '2026-12-01', '2026-12-01');
        await test.store.sessions.markDone(user, first?.id ?? '');
        const moved = [
          { date: '2026-12-01', week: 1, kind: 'session', title: 'Session 1' },
          { date: '2026-12-02', week: 1, kind: 'session', title: 'Session 1' },
          { date: '2026-12-04', week: 1, kind: 'session', title: 'Session 2' },
        ] as const;
        await test.store.sessions.replaceUpcoming(user, programId, moved, '2026-12-01');
        expect(await datesAndStatuses('2026-11-01', '2026-12-01')).toEqual([
          ['2026-12-01', 'done'],
          ['2026-12-02', 'planned'],
          ['2026-12-04', 'planned'],
        ]);
      });
    });

    describe('logs.add', () => {
      it('keeps every exercise of the log', async () => {
        await withProgram();
        const session = await test.store.sessions.onDate(user, '2026-12-01', '2026-12-01');
        await test.store.logs.add(user, session?.id ?? '', sampleLog('2026-12-01'), NOW);
        const logs = await test.store.logs.list(user);
        expect(logs.map((l) => l.log)).toEqual([sampleLog('2026-12-01')]);
      });

      it('lists only the logs after a day when asked', async () => {
        await withProgram();
        for (const date of ['2026-12-01', '2026-12-03', '2026-12-05']) {
          const session = await test.store.sessions.onDate(user, date, date);
          await test.store.logs.add(user, session?.id ?? '', sampleLog(date), NOW);
        }
        const after = await test.store.logs.listAfter(user, '2026-12-01');
        expect(after.map((l) => l.log.sessionDate)).toEqual(['2026-12-03', '2026-12-05']);
      });

      it('refuses a log for a session that does not exist', async () => {
        await expect(
          test.store.logs.add(user, 'no-such-session', sampleLog('2026-12-01'), NOW),
        ).rejects.toThrow();
        expect(await test.store.logs.list(user)).toEqual([]);
      });
    });

    describe('measurements.add', () => {
      it('stores the report and keypoints and reads them back', async () => {
        await test.store.measurements.add(
          user,
          { test: 'single-leg-squat', side: 'left', report: sampleTrialReport, keypoints: [{ index: 0 }] },
          NOW,
        );
        const [stored] = await test.store.measurements.list(user);
        expect(stored).toMatchObject({
          test: 'single-leg-squat',
          side: 'left',
          report: sampleTrialReport,
          keypoints: [{ index: 0 }],
        });
      });
    });

    describe('retests.add', () => {
      it('lists re-tests by day', async () => {
        await test.store.retests.add(
          user,
          { date: '2026-12-14', kneeToWallCm: { left: 9 }, painNow: 0 },
          NOW,
        );
        await test.store.retests.add(
          user,
          { date: '2026-12-07', kneeToWallCm: { left: 8 }, painNow: 1 },
          NOW,
        );
        expect((await test.store.retests.list(user)).map((r) => r.retest.date)).toEqual([
          '2026-12-07',
          '2026-12-14',
        ]);
      });
    });

    describe('data.exportAll', () => {
      it('round-trips through replaceAll with every row and reference kept', async () => {
        await withProgram();
        const session = await test.store.sessions.onDate(user, '2026-12-01', '2026-12-01');
        await test.store.logs.add(user, session?.id ?? '', sampleLog('2026-12-01'), NOW);
        await test.store.measurements.add(
          user,
          { test: 'single-leg-squat', side: 'left', report: sampleTrialReport },
          NOW,
        );
        const exported = await test.store.data.exportAll(user, NOW);
        await test.store.transaction((repos) => repos.data.replaceAll(user, exported, NOW));
        const again = await test.store.data.exportAll(user, NOW);
        expect(again.logs.map((l) => l.log)).toEqual(exported.logs.map((l) => l.log));
        expect(again.sessions.map((s) => s.date)).toEqual(exported.sessions.map((s) => s.date));
        expect(again.programs[0]?.program).toEqual(sampleProgram);
        expect(again.measurements).toHaveLength(1);
        const log = again.logs[0];
        expect(again.sessions.some((s) => s.id === log?.sessionId)).toBe(true);
      });
    });

    describe('data.deleteAll', () => {
      it('leaves nothing of the user behind', async () => {
        await withProgram();
        await test.store.measurements.add(
          user,
          { test: 'squat', side: 'both', report: sampleTrialReport },
          NOW,
        );
        await test.store.transaction((repos) => repos.data.deleteAll(user));
        const exported = await test.store.data.exportAll(user, NOW);
        expect(
          [exported.assessments, exported.programs, exported.sessions, exported.measurements].flat(),
        ).toEqual([]);
      });
    });

    describe('transaction', () => {
      it('leaves nothing half-written when the work fails between statements', async () => {
        await expect(
          test.store.transaction(async (repos) => {
            const draft = await repos.assessments.saveDraft(user, { answers: { age: 30 } }, NOW);
            await repos.programs.create(
              user,
              {
                assessmentId: draft.id,
                program: sampleProgram,
                findings: sampleFindings,
                preferences: samplePreferences,
              },
              NOW,
            );
            throw new Error('the plug was pulled');
          }),
        ).rejects.toThrow('the plug was pulled');
        expect(await test.store.assessments.current(user)).toBeNull();
        expect(await test.store.programs.current(user)).toBeNull();
      });
    });
  });
}

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** How the child process opens the same database as the test. */
function openerFor(test: TestStore): string {
  if (test.file !== null) {
    return `openSqlite(${JSON.stringify(test.file)})`;
  }
  const searchPath = test.migrationOptions.schema ?? 'public';
  return `openPostgres(${JSON.stringify(postgresUrl)}, { searchPath: ${JSON.stringify(searchPath)} })`;
}

/** Runs a child process that writes in a transaction and kills itself (SIGKILL) before committing, or commits. */
function writeInChild(test: TestStore, crash: boolean): number | null {
  const code = `
    const { openSqlite, openPostgres } = await import(${JSON.stringify(here('./database.ts'))});
    const { createStore } = await import(${JSON.stringify(here('./store.ts'))});
    const store = createStore(${openerFor(test)});
    await store.transaction(async (repos) => {
      const draft = await repos.assessments.saveDraft('local', { answers: { age: 30 } }, '${NOW}');
      await repos.assessments.complete('local', draft.id, { valgusSide: 'none', nature: 'unclear', drivers: [], mixedPictures: [], referral: null, programAllowed: false, notes: [] }, '${NOW}');
      if (${crash}) { process.kill(process.pid, 'SIGKILL'); }
    });
    await store.close();
  `;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    encoding: 'utf8',
  });
  return result.signal === 'SIGKILL' ? -9 : result.status;
}

for (const database of testDatabases()) {
  describe(`transaction (pull the plug) on ${database.name}`, () => {
    it('keeps nothing of a transaction whose process was killed before it committed', async () => {
      const test = await database.open();
      try {
        await test.store.users.ensure(user, NOW);
        expect(writeInChild(test, true)).toBe(-9);
        expect(await test.store.assessments.list(user)).toEqual([]);

        expect(writeInChild(test, false)).toBe(0);
        expect(await test.store.assessments.list(user)).toHaveLength(1);
      } finally {
        await test.dispose();
      }
    });
  });
}

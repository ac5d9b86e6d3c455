import { describe, expect, it } from 'vitest';
import { buildProgram } from './build-program.js';
import { scheduleSessions, spreadEvenly } from './schedule.js';
import { weekdayOf } from './iso-date.js';
import { SMALL_CATALOG, finding, findingsWith, preferencesWith } from './test-fixtures.js';

const program = buildProgram(
  findingsWith([finding('foot-pronation', 'both')]),
  preferencesWith(),
  SMALL_CATALOG,
);
// Monday 30 November 2026; Mondays to Fridays.
const options = { startDate: '2026-11-30', weekdays: [1, 2, 3, 4, 5], weeks: 5 };

describe('scheduleSessions', () => {
  it('puts sessions only on the chosen weekdays, as many each week as the plan asks', () => {
    const sessions = scheduleSessions(program, options).filter((s) => s.kind === 'session');
    expect(sessions.every((s) => [1, 2, 3, 4, 5].includes(weekdayOf(s.date)))).toBe(true);
    const perWeek = [1, 2, 3, 4, 5].map((week) => sessions.filter((s) => s.week === week).length);
    expect(perWeek).toEqual([3, 3, 4, 5, 5]);
    expect(sessions.slice(0, 3).map((s) => s.date)).toEqual(['2026-11-30', '2026-12-02', '2026-12-04']);
  });

  it('adds a re-test in weeks 2 and 4 and the review on the last day of week 4', () => {
    const entries = scheduleSessions(program, options);
    expect(entries.filter((s) => s.kind === 'retest').map((s) => [s.week, s.date])).toEqual([
      [2, '2026-12-11'],
      [4, '2026-12-25'],
    ]);
    expect(entries.filter((s) => s.kind === 'review')).toEqual([
      { date: '2026-12-27', week: 4, kind: 'review', title: 'Kneeline 4-week review' },
    ]);
  });

  it('keeps the entries in date order', () => {
    const dates = scheduleSessions(program, options).map((s) => s.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it('schedules nothing when there is no program', () => {
    const stopped = buildProgram(
      findingsWith([], { programAllowed: false }),
      preferencesWith(),
      SMALL_CATALOG,
    );
    expect(scheduleSessions(stopped, options)).toEqual([]);
  });

  // Issue 9: re-tests every 2 weeks for as long as the program runs.
  it('follows the last week plan after week 5, re-testing every second week, without more reviews', () => {
    const entries = scheduleSessions(program, { ...options, weeks: 8 });
    expect(entries.filter((s) => s.week > 4 && s.kind !== 'session').map((s) => [s.week, s.kind])).toEqual([
      [6, 'retest'],
      [8, 'retest'],
    ]);
    expect(entries.filter((s) => s.week === 8 && s.kind === 'session').length).toBe(5);
  });

  it('refuses a weekday outside 0-6 and a start that is not a date', () => {
    expect(() => scheduleSessions(program, { ...options, weekdays: [7] })).toThrow(
      '0 (Sunday) to 6 (Saturday)',
    );
    expect(() => scheduleSessions(program, { ...options, startDate: '2026-11-31' })).toThrow(
      'not a calendar date',
    );
  });
});

describe('spreadEvenly', () => {
  it('spreads three sessions over five days as first, middle and last', () => {
    expect(spreadEvenly(['mon', 'tue', 'wed', 'thu', 'fri'], 3)).toEqual(['mon', 'wed', 'fri']);
    expect(spreadEvenly(['mon', 'wed'], 3)).toEqual(['mon', 'wed']);
    expect(spreadEvenly(['mon', 'wed'], 1)).toEqual(['mon']);
  });
});

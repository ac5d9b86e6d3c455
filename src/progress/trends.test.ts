import { describe, expect, it } from 'vitest';
import { adherenceRate, fppaSeries, painByWeek, weeklyAdherence } from './trends.js';
import { START, exercise, log, retest, threeAWeek } from './test-fixtures.js';
import { degrees } from '../units.js';

describe('weeklyAdherence', () => {
  it('counts sessions done against sessions planned, week by week, up to today', () => {
    const schedule = threeAWeek(3);
    const logs = [log('2026-01-05'), log('2026-01-07'), log('2026-01-14')];
    // Today is the Wednesday of week 3: only its Monday and Wednesday were planned so far.
    expect(weeklyAdherence(START, '2026-01-21', schedule, logs)).toEqual([
      { week: 1, planned: 3, done: 2 },
      { week: 2, planned: 3, done: 1 },
      { week: 3, planned: 2, done: 0 },
    ]);
  });

  it('a session where every exercise was skipped does not count as done', () => {
    const skipped = exercise({ completed: false, setsDone: 0, repsDone: 0, skipped: { reason: 'no-time' } });
    const weeks = weeklyAdherence(START, '2026-01-11', threeAWeek(1), [log('2026-01-05', 0, [skipped])]);
    expect(weeks).toEqual([{ week: 1, planned: 3, done: 0 }]);
    expect(adherenceRate(weeks)).toBe(0);
  });
});

describe('painByWeek', () => {
  it('keeps the worst pain of each week from sessions and re-tests', () => {
    const logs = [
      log('2026-01-05', 2),
      log('2026-01-07', 0, [exercise({ painDuring: 4 })]),
      log('2026-01-13', 1),
    ];
    expect(painByWeek(START, logs, [retest('2026-01-19', 10, 8, 3)])).toEqual([
      { week: 1, worst: 4 },
      { week: 2, worst: 1 },
      { week: 3, worst: 3 },
    ]);
  });
});

describe('fppaSeries', () => {
  it('compares only re-tests of the same test, oldest first', () => {
    const stepDown = {
      ...retest('2026-01-12', 20, 8),
      fppa: { test: 'step-down' as const, degrees: { left: degrees(20) } },
    };
    const series = fppaSeries(
      [retest('2026-01-19', 11, 8), stepDown, retest('2026-01-05', 15, 7)],
      'left',
      'single-leg-squat',
    );
    expect(series).toEqual([
      { date: '2026-01-05', value: 15 },
      { date: '2026-01-19', value: 11 },
    ]);
  });
});

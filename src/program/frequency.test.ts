import { describe, expect, it } from 'vitest';
import { nextSessionsPerWeek, weekPlans } from './frequency.js';
import type { ExerciseOutcome } from './types.js';
import { preferencesWith } from './test-fixtures.js';

const good: ExerciseOutcome = {
  exerciseId: 'x',
  date: '2026-12-01',
  painBefore: 0,
  painDuring: 0,
  completed: true,
  stoppedForPain: false,
};

describe('weekPlans', () => {
  // Issue 9: one more session a week, no jump from 5 to 7 in week 5.
  it('starts at three sessions a week and builds by one a week toward daily', () => {
    expect(weekPlans(preferencesWith({ daysPerWeek: 7 })).map((w) => w.sessionsPerWeek)).toEqual([
      3, 3, 4, 5, 6,
    ]);
  });

  it('starts at two sessions a week when there is pain', () => {
    expect(weekPlans(preferencesWith({ painNow: 3 }))[0]?.sessionsPerWeek).toBe(2);
  });

  it('never asks for more sessions than the days the person has', () => {
    expect(weekPlans(preferencesWith({ daysPerWeek: 3 })).map((w) => w.sessionsPerWeek)).toEqual([
      3, 3, 3, 3, 3,
    ]);
  });

  it('re-tests in weeks 2 and 4 and reviews at the end of week 4', () => {
    const weeks = weekPlans(preferencesWith());
    expect(weeks.filter((w) => w.retest).map((w) => w.week)).toEqual([2, 4]);
    expect(weeks.filter((w) => w.review).map((w) => w.week)).toEqual([4]);
    expect(weeks.map((w) => w.week)).toEqual([1, 2, 3, 4, 5]);
  });

  it('has a child practise a little every day', () => {
    expect(weekPlans(preferencesWith({ ageGroup: 'child' }))[0]?.sessionsPerWeek).toBe(7);
  });
});

describe('nextSessionsPerWeek', () => {
  it('adds a session after a pain-free week and drops one after a painful week', () => {
    expect(nextSessionsPerWeek(3, [good], 7)).toBe(4);
    expect(nextSessionsPerWeek(7, [good], 7)).toBe(7);
    expect(nextSessionsPerWeek(4, [good, { ...good, painDuring: 5 }], 7)).toBe(3);
    expect(nextSessionsPerWeek(2, [{ ...good, stoppedForPain: true }], 7)).toBe(2);
    expect(nextSessionsPerWeek(3, [], 7)).toBe(3);
  });
});

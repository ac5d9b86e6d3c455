import { describe, expect, it } from 'vitest';
import { defaultTrainingDays, nextDate } from './training-days.js';
import { weekdayOf } from './iso-date.js';

describe('defaultTrainingDays', () => {
  it('always includes today, so the first session can be today', () => {
    for (const today of [
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
    ]) {
      for (let count = 1; count <= 7; count += 1) {
        const days = defaultTrainingDays(today, count);
        expect(days).toContain(weekdayOf(today));
        expect(days).toHaveLength(count);
      }
    }
  });

  it('spreads three days a week from a Thursday over Tuesday, Thursday and Saturday', () => {
    expect(defaultTrainingDays('2026-12-03', 3)).toEqual([2, 4, 6]);
  });

  it('keeps counts to a week', () => {
    expect(defaultTrainingDays('2026-12-03', 9)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(defaultTrainingDays('2026-12-03', 0)).toEqual([4]);
  });
});

describe('nextDate', () => {
  it('finds the first date from today on, and null when all are past', () => {
    expect(nextDate(['2026-12-07', '2026-12-03', '2026-12-01'], '2026-12-02')).toBe('2026-12-03');
    expect(nextDate(['2026-12-03'], '2026-12-03')).toBe('2026-12-03');
    expect(nextDate(['2026-12-01'], '2026-12-02')).toBeNull();
  });
});

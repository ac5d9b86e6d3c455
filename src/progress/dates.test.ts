import { describe, expect, it } from 'vitest';
import { addDays, weekOf } from './dates.js';

describe('weekOf', () => {
  it('the start day and the six after it are week 1; the seventh day starts week 2', () => {
    expect([
      weekOf('2026-01-05', '2026-01-05'),
      weekOf('2026-01-05', '2026-01-11'),
      weekOf('2026-01-05', '2026-01-12'),
    ]).toEqual([1, 1, 2]);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => weekOf('2026-01-05', '5 Jan 2026')).toThrow(/Not a date/);
  });
});

describe('addDays', () => {
  it('crosses month and leap-year ends', () => {
    expect(addDays('2028-02-28', 2)).toBe('2028-03-01');
  });
});

import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysInMonth,
  fromDayNumber,
  isIsoDate,
  parseIsoDate,
  toDayNumber,
  weekdayOf,
} from './iso-date.js';

describe('daysInMonth', () => {
  it('gives February 29 days in leap years only: every 4th year, but not a century unless it divides by 400', () => {
    expect([2023, 2024, 1900, 2000, 2100].map((year) => daysInMonth(year, 2))).toEqual([28, 29, 28, 29, 28]);
  });
});

describe('addDays', () => {
  it('crosses month ends, year ends and leap days', () => {
    expect(addDays('2026-11-27', 4)).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('weekdayOf', () => {
  it('knows the day of the week', () => {
    expect(weekdayOf('1970-01-01')).toBe(4);
    expect(weekdayOf('2026-11-27')).toBe(5);
    expect(weekdayOf('2026-11-29')).toBe(0);
    expect(weekdayOf('1969-12-31')).toBe(3);
  });
});

describe('toDayNumber', () => {
  it('counts days from 1 January 1970 and back again', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2000-01-01')).toBe(10957);
    for (const day of [-800, -1, 0, 59, 11016, 20419, 40000]) {
      expect(toDayNumber(fromDayNumber(day))).toBe(day);
    }
  });
});

describe('parseIsoDate', () => {
  it('refuses dates that are not on the calendar or not written YYYY-MM-DD', () => {
    expect(parseIsoDate('2026-02-03')).toEqual({ year: 2026, month: 2, day: 3 });
    for (const bad of [
      '2026-02-30',
      '2026-13-01',
      '2026-2-3',
      '03/02/2026',
      '',
      '2026-00-10',
      '2023-02-29',
    ]) {
      expect(isIsoDate(bad)).toBe(false);
    }
    expect(() => parseIsoDate('2026-02-30')).toThrow('not a calendar date');
  });
});

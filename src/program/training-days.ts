/**
 * The training days a new user starts with: today first, so the first session is today, and the
 * rest spread over the week (3 a week from a Thursday: Thursday, Saturday, Tuesday).
 */
import type { IsoDate } from './types.js';
import { weekdayOf } from './iso-date.js';

/**
 * `count` weekdays (0 = Sunday … 6 = Saturday), sorted, that include today's weekday and sit as
 * evenly apart as a 7-day week allows. Counts outside 1-7 are clamped.
 * @example defaultTrainingDays('2026-12-03', 3) // Thursday → [2, 4, 6]
 */
export function defaultTrainingDays(today: IsoDate, count: number): readonly number[] {
  const days = Math.min(7, Math.max(1, Math.round(count)));
  const first = weekdayOf(today);
  const picked = new Set(Array.from({ length: days }, (_, i) => (first + Math.round((i * 7) / days)) % 7));
  return [...picked].sort((a, b) => a - b);
}

/** The first of `dates` on or after `today` (dates in any order), or null when none is left. */
export function nextDate(dates: readonly IsoDate[], today: IsoDate): IsoDate | null {
  const coming = dates.filter((date) => date >= today).sort();
  return coming[0] ?? null;
}

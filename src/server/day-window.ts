/**
 * How far from the server's today a request's day may be. Browsers send their own today (their
 * time zone), which is at most a day off; reports and calendars never need more than a few years
 * around it, and beyond that the work grows with the distance (issue 11: ?date=9999-12-31 took
 * 7-12 s and 15 MB). Three years covers a program, its history and a year of planning ahead.
 */
import { addDays } from '../program/iso-date.js';
import type { IsoDate } from '../program/types.js';
import { RequestError } from './errors.js';

export const DAY_WINDOW_DAYS = 3 * 366;

/** The first and last day a request may name, around the server's `today`. */
export function dayWindow(today: IsoDate): { readonly from: IsoDate; readonly to: IsoDate } {
  return { from: addDays(today, -DAY_WINDOW_DAYS), to: addDays(today, DAY_WINDOW_DAYS) };
}

/** Throws a 400 naming `what` when `day` is outside the window around `today`. */
export function checkInWindow(day: IsoDate, today: IsoDate, what: string): IsoDate {
  const { from, to } = dayWindow(today);
  if (day < from || day > to) {
    throw new RequestError(
      400,
      'date-out-of-range',
      `${what} (${day}) must be within 3 years of today (${from} to ${to}).`,
    );
  }
  return day;
}

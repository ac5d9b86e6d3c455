/**
 * Calendar arithmetic on `YYYY-MM-DD` days (no time zones: sessions are whole days).
 * Parsing a given string is pure; nothing here reads the clock.
 */
import { DomainError } from '../errors.js';
import type { IsoDate } from '../program/types.js';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (match === null) {
    throw new DomainError('invalid-input', `Not a date (YYYY-MM-DD): ${date}`);
  }
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The program week a day falls in: days 0-6 after the start are week 1. Days before it: week 0. */
export function weekOf(startDate: IsoDate, date: IsoDate): number {
  const days = daysBetween(startDate, date);
  return days < 0 ? 0 : Math.floor(days / 7) + 1;
}

/** The day `days` after `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

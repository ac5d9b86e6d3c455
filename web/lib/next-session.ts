/** The next planned session from today on, and its date in words ("today", "Saturday 5 December"). */
import { nextDate } from '../../src/program/training-days.js';
import { addDays } from '../../src/program/iso-date.js';
import type { SessionSummary } from '../api/types.js';
import { localToday, useFetch } from './use-fetch.js';

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "today", "tomorrow" or "Saturday 5 December" for a `YYYY-MM-DD` date. */
export function dateWords(date: string, today: string): string {
  if (date === today) {
    return 'today';
  }
  if (date === addDays(today, 1)) {
    return 'tomorrow';
  }
  const [year, month, day] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)).getUTCDay();
  return `${WEEKDAY_NAMES[weekday] ?? ''} ${day ?? ''} ${MONTH_NAMES[(month ?? 1) - 1] ?? ''}`;
}

/**
 * The next session still to do: a planned session from today on; `afterToday` skips today's
 * (once it is done, or on a rest day's "next").
 */
export function nextSessionDate(
  sessions: readonly SessionSummary[],
  today: string,
  afterToday: boolean,
): string | null {
  const from = afterToday ? addDays(today, 1) : today;
  const dates = sessions
    .filter((entry) => entry.kind === 'session' && entry.status === 'planned')
    .map((entry) => entry.date);
  return nextDate(dates, from);
}

/** Loads the coming eight weeks of sessions and gives the next date in words, or null while loading. */
export function useNextSession(afterToday: boolean, reloadKey = 0): string | null {
  const today = localToday();
  const { result } = useFetch<readonly SessionSummary[]>(
    `/api/sessions?from=${today}&to=${addDays(today, 62)}&k=${reloadKey}`,
  );
  if (result.kind !== 'ready') {
    return null;
  }
  const next = nextSessionDate(result.data, today, afterToday);
  return next === null ? 'not planned yet: pick your training days in Settings' : dateWords(next, today);
}

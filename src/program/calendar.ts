/**
 * The schedule as an iCalendar (.ics) file, built with the `ics` package: one all-day event per
 * entry, with UIDs that stay the same when the file is made again, so a calendar app updates
 * events instead of doubling them.
 */
import { createEvents } from 'ics';
import type { DateArray, EventAttributes } from 'ics';
import { DomainError } from '../errors.js';
import type { IsoDate, ScheduledSession } from './types.js';
import { addDays, parseIsoDate } from './iso-date.js';

export interface CalendarOptions {
  /** The day the file is made (DTSTAMP); passed in, so the output depends only on the inputs. */
  readonly createdOn: IsoDate;
  /** Reminder at this local time on the day of each entry; none when absent. */
  readonly reminder?: { readonly hour: number; readonly minute: number };
  readonly calendarName?: string;
  /** Shown in each session's description, e.g. the exercises of the session. */
  readonly description?: string;
}

const toDateArray = (date: IsoDate): DateArray => {
  const { year, month, day } = parseIsoDate(date);
  return [year, month, day];
};

/** A UID that depends only on the entry: `kneeline-2026-11-30-session@kneeline.app`. */
export function sessionUid(session: ScheduledSession): string {
  return `kneeline-${session.date}-${session.kind}@kneeline.app`;
}

function toEvent(
  session: ScheduledSession,
  options: CalendarOptions,
): EventAttributes & { timestamp: string } {
  const { reminder } = options;
  return {
    uid: sessionUid(session),
    title: session.title,
    start: toDateArray(session.date),
    end: toDateArray(addDays(session.date, 1)),
    // A string passes through `ics` untouched: a date array would go through the machine's time zone.
    timestamp: `${options.createdOn.replaceAll('-', '')}T000000Z`,
    ...(options.description !== undefined && session.kind === 'session'
      ? { description: options.description }
      : {}),
    ...(reminder === undefined
      ? {}
      : {
          alarms: [
            {
              action: 'display' as const,
              description: session.title,
              trigger: { hours: reminder.hour, minutes: reminder.minute, before: false },
            },
          ],
        }),
  };
}

/**
 * The .ics text for the entries (CRLF line ends, lines folded at 75 octets by `ics`).
 * Throws `invalid-input` when the package rejects an entry.
 */
export function toICalendar(sessions: readonly ScheduledSession[], options: CalendarOptions): string {
  parseIsoDate(options.createdOn);
  if (options.reminder !== undefined) {
    const { hour, minute } = options.reminder;
    if (
      !Number.isInteger(hour) ||
      hour < 0 ||
      hour > 23 ||
      !Number.isInteger(minute) ||
      minute < 0 ||
      minute > 59
    ) {
      throw new DomainError('invalid-input', 'A reminder time needs an hour 0-23 and a minute 0-59.');
    }
  }
  const { error, value } = createEvents(
    sessions.map((session) => toEvent(session, options)),
    { productId: 'kneeline/program', calName: options.calendarName ?? 'Kneeline' },
  );
  if (error !== null || value === null) {
    throw new DomainError(
      'invalid-input',
      `The calendar could not be made: ${error?.message ?? 'no output'}`,
    );
  }
  return value;
}

/**
 * The calendar download without blocking the server: the `ics` package takes about a millisecond
 * per event, so the events are made a slice at a time, yielding between slices, and the slices'
 * VEVENT blocks are joined under one calendar header (the same text one call would give).
 */
import { toICalendar } from '../program/calendar.js';
import type { CalendarOptions } from '../program/calendar.js';
import type { ScheduledSession } from '../program/types.js';
import { breathe } from '../store/export-stream.js';

/** Events per slice: ~20 ms of work on a busy 2-core machine. */
const SLICE = 20;
const END = 'END:VCALENDAR\r\n';

export async function calendarText(
  sessions: readonly ScheduledSession[],
  options: CalendarOptions,
): Promise<string> {
  const header = toICalendar([], options);
  if (!header.endsWith(END)) {
    throw new Error('the ics package changed its output: the calendar cannot be joined');
  }
  const parts = [header.slice(0, -END.length)];
  for (let start = 0; start < sessions.length; start += SLICE) {
    const text = toICalendar(sessions.slice(start, start + SLICE), options);
    parts.push(text.slice(text.indexOf('BEGIN:VEVENT'), -END.length));
    await breathe();
  }
  parts.push(END);
  return parts.join('');
}

import { describe, expect, it } from 'vitest';
import { sessionUid, toICalendar } from './calendar.js';
import type { ScheduledSession } from './types.js';

const sessions: readonly ScheduledSession[] = [
  { date: '2026-11-30', week: 1, kind: 'session', title: 'Kneeline session 1 of 3 (week 1)' },
  { date: '2026-12-11', week: 2, kind: 'retest', title: 'Kneeline re-test (week 2)' },
  { date: '2026-12-27', week: 4, kind: 'review', title: 'Kneeline 4-week review' },
];
const longDescription = `Foot and ankle: short foot, ankle mobilisation lunge. ${'Keep the knee over the second toe. '.repeat(4)}`;

/** Unfolds RFC 5545 content lines: a CRLF followed by a space or tab continues the line before. */
const unfold = (ics: string): string[] =>
  ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((l) => l !== '');

describe('toICalendar', () => {
  it('makes a calendar with one all-day event per entry', () => {
    const ics = toICalendar(sessions, { createdOn: '2026-11-27' });
    const lines = unfold(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(3);
    expect(lines.filter((l) => l.startsWith('DTSTART;VALUE=DATE:'))).toEqual([
      'DTSTART;VALUE=DATE:20261130',
      'DTSTART;VALUE=DATE:20261211',
      'DTSTART;VALUE=DATE:20261227',
    ]);
    expect(lines).toContain('DTEND;VALUE=DATE:20261228');
    expect(lines).toContain('DTSTAMP:20261127T000000Z');
  });

  it('folds long lines at 75 octets with CRLF line ends', () => {
    const ics = toICalendar(sessions, { createdOn: '2026-11-27', description: longDescription });
    const raw = ics.split('\r\n');
    expect(raw.every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
    expect(raw.some((l) => l.startsWith(' ') || l.startsWith('\t'))).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
    expect(unfold(ics).find((l) => l.startsWith('DESCRIPTION:'))).toBe(
      `DESCRIPTION:${longDescription.replaceAll(',', '\\,')}`, // text values escape commas (RFC 5545 §3.3.11)
    );
  });

  it('gives the same UIDs every time, so a calendar app updates instead of duplicating', () => {
    const uids = (ics: string): string[] => unfold(ics).filter((l) => l.startsWith('UID:'));
    const first = toICalendar(sessions, { createdOn: '2026-11-27' });
    const again = toICalendar(sessions, { createdOn: '2026-12-01' });
    expect(uids(first)).toEqual(uids(again));
    expect(uids(first)).toContain(`UID:${sessionUid(sessions[0]!)}`);
    expect(new Set(uids(first)).size).toBe(3);
  });

  it('adds a reminder at the chosen time on the day when asked', () => {
    const lines = unfold(
      toICalendar(sessions, { createdOn: '2026-11-27', reminder: { hour: 7, minute: 30 } }),
    );
    expect(lines.filter((l) => l === 'BEGIN:VALARM')).toHaveLength(3);
    expect(lines).toContain('TRIGGER:PT7H30M');
    expect(unfold(toICalendar(sessions, { createdOn: '2026-11-27' }))).not.toContain('BEGIN:VALARM');
  });

  it('refuses a reminder time that is not on the clock', () => {
    expect(() =>
      toICalendar(sessions, { createdOn: '2026-11-27', reminder: { hour: 24, minute: 0 } }),
    ).toThrow('hour 0-23');
  });
});

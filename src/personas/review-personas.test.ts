/**
 * Review personas: the 6-week rule that cannot be hidden (issue 9, "The 6-week rule can be
 * hidden"). Each runs through buildProgressReport, the function the server's progress route calls.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../program/iso-date.js';
import { buildProgressReport } from '../progress/report.js';
import { START, logsFor, retest, threeAWeek } from '../progress/test-fixtures.js';
import type { ProgressInput, Retest } from '../progress/types.js';

const weeks = (n: number): string => addDays(START, n * 7);
const report = (today: string, retests: readonly Retest[], extra: Partial<ProgressInput> = {}) => {
  const schedule = threeAWeek(4);
  return buildProgressReport({
    startDate: START,
    today,
    schedule,
    logs: logsFor(threeAWeek(16)).filter((l) => l.sessionDate < today),
    retests,
    ...extra,
  });
};

describe('review personas', () => {
  it('never re-tested, week 7: asks for a re-test and says progress cannot be judged yet', () => {
    const r = report(weeks(6), [retest(START, 14, 7)]);
    expect(r.escalations.map((e) => [e.ruleId, e.kind])).toContainEqual(['no-retest-by-week-6', 'retest']);
    expect(r.messages.join(' ')).toMatch(/cannot judge your progress yet/);
    expect(r.retestDue?.week).toBe(6);
  });

  it('a baseline already past the knee-to-wall target is "at target", not "improved"', () => {
    const atTarget = [
      retest(START, 14, 12),
      retest(weeks(2), 13, 12.5),
      retest(weeks(4), 14, 12),
      retest(weeks(6), 13, 12),
    ];
    const r = report(weeks(8), atTarget);
    expect(r.changes.find((c) => c.measure === 'knee-to-wall')?.verdict).toBe('at-target');
    // The FPPA did not move beyond the ~8° noise either: that is no change, so a physical therapist.
    expect(r.escalations.map((e) => e.to)).toContainEqual(['physical-therapist']);
  });

  it('no change beyond noise by week 8, already seen a PT: an orthopaedic specialist', () => {
    const flat = [retest(START, 14, 7), retest(weeks(4), 12, 7.5), retest(weeks(7), 13, 7)];
    const r = report(weeks(8), flat, { seenPhysicalTherapist: true });
    expect(r.escalations.map((e) => e.to)).toContainEqual(['orthopedic-specialist']);
  });

  it('week 13 with no change: the words fit week 13 (no "within about 6 weeks")', () => {
    const flat = [retest(START, 14, 7), retest(weeks(6), 13, 7), retest(weeks(12), 13, 7.5)];
    const r = report(addDays(weeks(12), 1), flat);
    const said = [...(r.review?.keep ?? []), ...r.messages].join(' ');
    expect(said).not.toMatch(/within about 6 weeks/);
    expect(said).toMatch(/week 13/);
  });

  it('week 10 of a program scheduled for 4 weeks: the re-test is still asked for', () => {
    const r = report(addDays(weeks(9), 2), [retest(START, 14, 7), retest(weeks(1), 13, 7)]);
    expect(r.retestDue?.week).toBe(10);
  });

  it('a change of 10° FPPA (beyond the ~8° noise) by week 6 is an improvement and refers no one', () => {
    const better = [retest(START, 18, 7), retest(weeks(3), 12, 7.5), retest(weeks(5), 8, 8)];
    const r = report(weeks(6), better);
    expect(r.changes.find((c) => c.measure === 'fppa')?.verdict).toBe('improved');
    expect(r.escalations.filter((e) => e.kind === 'refer')).toEqual([]);
  });
});

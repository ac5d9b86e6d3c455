import { describe, expect, it } from 'vitest';
import { buildProgressReport, retestDue } from './report.js';
import { START, exercise, findings, log, logsFor, retest, threeAWeek } from './test-fixtures.js';
import type { ProgressInput } from './types.js';

function input(overrides: Partial<ProgressInput>): ProgressInput {
  return {
    startDate: START,
    today: '2026-01-05',
    schedule: threeAWeek(12),
    logs: [],
    retests: [],
    ...overrides,
  };
}

/** Eight weeks in: today is day 56 (the first day of week 9). */
const WEEK_8_END = '2026-03-02';
const flat = [
  retest('2026-01-05', 14, 7),
  retest('2026-01-19', 13, 7.5),
  retest('2026-02-02', 12, 8),
  retest('2026-03-01', 13, 7),
];

describe('buildProgressReport', () => {
  // Issue 9: seed 002 sends a stalled person to a physical therapist first, then orthopaedics.
  it('no change after 8 weeks of regular work sends to a physical therapist, then an orthopaedic specialist', () => {
    const schedule = threeAWeek(12);
    const report = buildProgressReport(
      input({ today: WEEK_8_END, schedule, logs: logsFor(schedule), retests: flat }),
    );
    expect(report.escalations.map((e) => [e.ruleId, e.to])).toEqual([
      ['no-change-after-regular-work', ['physical-therapist']],
    ]);
    expect(report.messages[0]).toContain('physical therapist');
    const seen = buildProgressReport(
      input({
        today: WEEK_8_END,
        schedule,
        logs: logsFor(schedule),
        retests: flat,
        seenPhysicalTherapist: true,
      }),
    );
    expect(seen.escalations.map((e) => [e.ruleId, e.to])).toEqual([
      ['no-change-after-physical-therapist', ['orthopedic-specialist']],
    ]);
    expect(seen.messages[0]).toContain('X-ray');
  });

  it('no change after 8 weeks with only a third of the sessions done says it is too early, not a doctor', () => {
    const schedule = threeAWeek(12);
    const report = buildProgressReport(
      input({ today: WEEK_8_END, schedule, logs: logsFor(schedule, 3), retests: flat }),
    );
    expect(report.escalations.map((e) => [e.ruleId, e.kind])).toEqual([
      ['no-change-not-enough-work', 'reassure'],
    ]);
    expect(report.messages.join(' ')).toContain('not enough time yet');
  });

  it('a clear improvement after 8 weeks suggests no doctor', () => {
    const schedule = threeAWeek(12);
    const better = [...flat.slice(0, 3), retest('2026-03-01', 4, 8)];
    const report = buildProgressReport(
      input({ today: WEEK_8_END, schedule, logs: logsFor(schedule), retests: better }),
    );
    expect(report.escalations).toEqual([]);
  });

  it('knee pain of 4 that stays for two weeks suggests seeing a physical therapist', () => {
    const logs = [log('2026-01-05', 4), log('2026-01-07', 3), log('2026-01-12', 4)];
    const report = buildProgressReport(input({ today: '2026-01-14', logs }));
    expect(report.escalations.map((e) => [e.ruleId, e.to])).toEqual([
      ['pain-persists-or-rises', ['physical-therapist']],
    ]);
  });

  it('pain that eases from 5 to 2 is not a reason to escalate', () => {
    const logs = [log('2026-01-05', 5), log('2026-01-12', 2)];
    expect(buildProgressReport(input({ today: '2026-01-14', logs })).escalations).toEqual([]);
  });

  it('the 4-week review favours strengthening for weak hips and releases for tight adductors', () => {
    const schedule = threeAWeek(12);
    const report = buildProgressReport(
      input({
        today: '2026-02-01',
        schedule,
        logs: logsFor(schedule.filter((s) => s.date <= '2026-02-01')),
        retests: [retest('2026-01-05', 14, 6), retest('2026-01-19', 12, 7), retest('2026-02-01', 11, 7)],
        findings: findings(['hip-abductor-weakness', 'adductor-tightness']),
      }),
    );
    const ids = report.review?.advice.map((a) => a.ruleId);
    expect(ids).toEqual([
      'favour-strengthening',
      'favour-releases-and-stretches',
      'build-toward-daily',
      'too-early-to-judge',
    ]);
    expect(report.review?.keep[0]).toContain('hip abductor weakness');
  });

  it('passing the knee-to-wall test lets the ankle stretches drop to once a week', () => {
    const report = buildProgressReport(
      input({
        today: '2026-02-02',
        retests: [retest('2026-01-05', 14, 7), retest('2026-02-01', 12, 11)],
        findings: findings(['ankle-dorsiflexion']),
      }),
    );
    expect(report.review?.advice.map((a) => a.ruleId)).toContain('skip-ankle-work-once-mobile');
    expect(report.review?.advice.map((a) => a.ruleId)).not.toContain('favour-releases-and-stretches');
  });

  it('an exercise that hurt in the last two weeks is swapped for an easier version at the review', () => {
    const sore = exercise({
      exerciseId: 'single-leg-squat',
      painDuring: 6,
      stoppedForPain: true,
      flaggedForRegression: true,
    });
    const report = buildProgressReport(input({ today: '2026-02-02', logs: [log('2026-01-28', 1, [sore])] }));
    expect(report.review?.change[0]).toContain('easier version of: single-leg-squat');
  });

  it('gives no review before the end of week 4', () => {
    expect(buildProgressReport(input({ today: '2026-01-31' })).review).toBeNull();
  });
});

describe('retestDue', () => {
  it('asks for the week 2 re-test until one is recorded', () => {
    const noSchedule = input({ today: '2026-01-13', schedule: [] });
    expect(retestDue(noSchedule)).toMatchObject({ week: 2, dueDate: '2026-01-12' });
    expect(retestDue({ ...noSchedule, retests: [retest('2026-01-12', 12, 8)] })).toBeNull();
    expect(retestDue(input({ today: '2026-01-11', schedule: [] }))).toBeNull();
  });

  it('in week 4 asks for the week 4 re-test even when week 2 was done', () => {
    const later = input({ today: '2026-01-27', schedule: [], retests: [retest('2026-01-12', 12, 8)] });
    expect(retestDue(later)).toMatchObject({ week: 4 });
  });
});

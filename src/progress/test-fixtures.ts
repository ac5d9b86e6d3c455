/** Hand-built progress inputs for tests (not a test file itself). */
import type { Findings } from '../assessment/types.js';
import type { ExerciseLog, SessionLog } from '../coaching/types.js';
import type { IsoDate, ScheduledSession } from '../program/types.js';
import type { Retest } from './types.js';
import { centimetres, degrees } from '../units.js';
import { addDays } from './dates.js';

export const START: IsoDate = '2026-01-05';

/** Sessions on days 0, 2 and 4 of every week for `weeks` weeks. */
export function threeAWeek(weeks: number): ScheduledSession[] {
  return Array.from({ length: weeks }, (_, w) =>
    [0, 2, 4].map((d) => ({
      date: addDays(START, w * 7 + d),
      week: w + 1,
      kind: 'session' as const,
      title: 'Session',
    })),
  ).flat();
}

export function exercise(overrides: Partial<ExerciseLog> = {}): ExerciseLog {
  return {
    exerciseId: 'clamshell',
    sides: 'both',
    sidesDone: ['left', 'right'],
    completed: true,
    setsDone: 2,
    repsDone: 24,
    holdSecondsDone: 0,
    painDuring: 0,
    stoppedForPain: false,
    flaggedForRegression: false,
    skipped: null,
    caveIns: { left: 0, right: 0 },
    notes: null,
    ...overrides,
  };
}

export function log(date: IsoDate, pain = 0, exercises: ExerciseLog[] = [exercise()]): SessionLog {
  return {
    sessionDate: date,
    startedAt: `${date}T08:00:00Z`,
    finishedAt: `${date}T08:20:00Z`,
    painBefore: pain,
    painAfter: pain,
    exercises,
    kneeCaveIns: { left: 0, right: 0 },
  };
}

/** A log for every `every`-th scheduled session. */
export function logsFor(schedule: readonly ScheduledSession[], every = 1, pain = 0): SessionLog[] {
  return schedule.filter((_, i) => i % every === 0).map((s) => log(s.date, pain));
}

export function retest(date: IsoDate, fppaLeft: number, kneeToWallLeft: number, painNow = 0): Retest {
  return {
    date,
    kneeToWallCm: { left: centimetres(kneeToWallLeft) },
    fppa: { test: 'single-leg-squat', degrees: { left: degrees(fppaLeft) } },
    painNow,
    standingKneeTest: 'knees-inside-ankles',
  };
}

export function findings(drivers: Findings['drivers'][number]['driver'][]): Findings {
  return {
    valgusSide: 'left',
    nature: 'dynamic',
    drivers: drivers.map((driver) => ({
      driver,
      side: 'left',
      severity: 'moderate',
      evidence: [],
      ruleId: 'test',
    })),
    mixedPictures: [],
    referral: null,
    programAllowed: true,
    notes: [],
  };
}

/**
 * Series over time: knee-to-wall and FPPA per leg from re-tests, the worst pain per week, and
 * sessions done against sessions planned per week.
 */
import type { Side } from '../assessment/types.js';
import type { IsoDate, ScheduledSession } from '../program/types.js';
import type { SessionLog } from '../coaching/types.js';
import type { Centimetres, Degrees } from '../units.js';
import type { Point, ProgressInput, Retest, Trends, WeekAdherence, WeekPain } from './types.js';
import type { TrialTest } from '../vision/geometry/types.js';
import { daysBetween, weekOf } from './dates.js';

const byDate = <T extends { readonly date: IsoDate }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => daysBetween(b.date, a.date));

/** Knee-to-wall distance of one leg, oldest first. */
export function kneeToWallSeries(retests: readonly Retest[], side: Side): Point<Centimetres>[] {
  return byDate(retests).flatMap((r) => {
    const value = r.kneeToWallCm[side];
    return value === undefined ? [] : [{ date: r.date, value }];
  });
}

/** FPPA of one leg in one test, oldest first: angles from different tests are not comparable. */
export function fppaSeries(retests: readonly Retest[], side: Side, test: TrialTest): Point<Degrees>[] {
  return byDate(retests).flatMap((r) => {
    const value = r.fppa?.test === test ? r.fppa.degrees[side] : undefined;
    return value === undefined ? [] : [{ date: r.date, value }];
  });
}

/** The test of the first re-test that measured FPPA: the one later re-tests are compared in. */
export function baselineFppaTest(retests: readonly Retest[]): TrialTest | null {
  return byDate(retests).find((r) => r.fppa !== undefined)?.fppa?.test ?? null;
}

function sessionPain(log: SessionLog): number[] {
  const during = log.exercises.flatMap((e) => (e.painDuring === null ? [] : [e.painDuring]));
  return [log.painBefore, log.painAfter, ...during].filter((p): p is number => p !== null);
}

/** The worst pain reported each week (sessions and re-tests), weeks with reports only, in order. */
export function painByWeek(
  startDate: IsoDate,
  logs: readonly SessionLog[],
  retests: readonly Retest[],
): WeekPain[] {
  const worst = new Map<number, number>();
  const note = (date: IsoDate, pains: readonly number[]): void => {
    const week = weekOf(startDate, date);
    for (const pain of pains) {
      worst.set(week, Math.max(worst.get(week) ?? 0, pain));
    }
  };
  logs.forEach((log) => note(log.sessionDate, sessionPain(log)));
  retests.forEach((r) => note(r.date, [r.painNow]));
  return [...worst.entries()].sort(([a], [b]) => a - b).map(([week, pain]) => ({ week, worst: pain }));
}

/** A session counts as done when at least one set of something was finished. */
const didWork = (log: SessionLog): boolean => log.exercises.some((e) => e.setsDone > 0);

/** Sessions planned (up to today) and done, for each week from 1 to today's week. */
export function weeklyAdherence(
  startDate: IsoDate,
  today: IsoDate,
  schedule: readonly ScheduledSession[],
  logs: readonly SessionLog[],
): WeekAdherence[] {
  const weeks: WeekAdherence[] = [];
  const upTo = (date: IsoDate): boolean => daysBetween(date, today) >= 0;
  const doneDays = new Set(logs.filter((l) => didWork(l) && upTo(l.sessionDate)).map((l) => l.sessionDate));
  for (let week = 1; week <= weekOf(startDate, today); week += 1) {
    const planned = schedule.filter(
      (s) => s.kind === 'session' && upTo(s.date) && weekOf(startDate, s.date) === week,
    ).length;
    const done = [...doneDays].filter((d) => weekOf(startDate, d) === week).length;
    weeks.push({ week, planned, done });
  }
  return weeks;
}

/** Share of planned sessions done so far (0..1, capped at 1); null when none was planned yet. */
export function adherenceRate(weeks: readonly WeekAdherence[]): number | null {
  const planned = weeks.reduce((sum, w) => sum + w.planned, 0);
  const done = weeks.reduce((sum, w) => sum + w.done, 0);
  return planned === 0 ? null : Math.min(1, done / planned);
}

/** All series at once. */
export function buildTrends(input: ProgressInput): Trends {
  const fppaTest = baselineFppaTest(input.retests);
  const fppa = (side: Side): Point<Degrees>[] =>
    fppaTest === null ? [] : fppaSeries(input.retests, side, fppaTest);
  return {
    kneeToWallCm: {
      left: kneeToWallSeries(input.retests, 'left'),
      right: kneeToWallSeries(input.retests, 'right'),
    },
    fppaDegrees: { left: fppa('left'), right: fppa('right') },
    fppaTest,
    painByWeek: painByWeek(input.startDate, input.logs, input.retests),
    adherence: weeklyAdherence(input.startDate, input.today, input.schedule, input.logs),
  };
}

/**
 * The program on a calendar: dated sessions on the person's chosen weekdays, as many each week as
 * its WeekPlan asks, a re-test in weeks 2 and 4 and the review at the end of week 4.
 */
import { DomainError } from '../errors.js';
import type { IsoDate, Program, ScheduledSession, WeekPlan } from './types.js';
import { addDays, parseIsoDate, weekdayOf } from './iso-date.js';

export interface ScheduleOptions {
  readonly startDate: IsoDate;
  /** Days the person can train, 0 = Sunday … 6 = Saturday. */
  readonly weekdays: readonly number[];
  /** How many weeks to lay out, from `startDate`. */
  readonly weeks: number;
}

/** Spreads `count` picks evenly over `days` (sorted dates): 3 of Mon-Fri gives Mon, Wed, Fri. */
export function spreadEvenly<T>(days: readonly T[], count: number): readonly T[] {
  if (count >= days.length) {
    return days;
  }
  if (count <= 0) {
    return [];
  }
  if (count === 1) {
    return days.slice(0, 1);
  }
  const picks = Array.from({ length: count }, (_, i) => Math.round((i * (days.length - 1)) / (count - 1)));
  return picks.map((index) => days[index]).filter((day): day is T => day !== undefined);
}

/**
 * Re-test every 2 weeks for as long as the program runs (issue 9: re-tests every 2-4 weeks; the
 * seed 001 review rhythm of weeks 2 and 4 carried on), so progress can always be judged.
 */
export const RETEST_EVERY_WEEKS = 2;

/** The week's plan; a week past the last one follows the last, re-testing every 2 weeks. */
function planFor(weeks: readonly WeekPlan[], week: number): WeekPlan | undefined {
  const exact = weeks.find((plan) => plan.week === week);
  if (exact !== undefined) {
    return exact;
  }
  const last = [...weeks].sort((a, b) => a.week - b.week).at(-1);
  return last === undefined || last.week > week
    ? undefined
    : { ...last, week, retest: week % RETEST_EVERY_WEEKS === 0, review: false };
}

function validate(options: ScheduleOptions): void {
  parseIsoDate(options.startDate);
  if (options.weekdays.some((d) => !Number.isInteger(d) || d < 0 || d > 6)) {
    throw new DomainError('invalid-input', 'Weekdays are whole numbers from 0 (Sunday) to 6 (Saturday).');
  }
  if (!Number.isInteger(options.weeks) || options.weeks < 0) {
    throw new DomainError('invalid-input', 'The number of weeks must be a whole number, 0 or more.');
  }
}

function weekEntries(plan: WeekPlan, week: number, options: ScheduleOptions): ScheduledSession[] {
  const first = addDays(options.startDate, (week - 1) * 7);
  const days = Array.from({ length: 7 }, (_, i) => addDays(first, i)).filter((d) =>
    options.weekdays.includes(weekdayOf(d)),
  );
  const sessionDays = spreadEvenly(days, plan.sessionsPerWeek);
  const entries: ScheduledSession[] = sessionDays.map((date, i) => ({
    date,
    week,
    kind: 'session',
    title: `Kneeline session ${i + 1} of ${sessionDays.length} (week ${week})`,
  }));
  const lastDay = addDays(first, 6);
  if (plan.retest) {
    entries.push({
      date: sessionDays.at(-1) ?? lastDay,
      week,
      kind: 'retest',
      title: `Kneeline re-test (week ${week})`,
    });
  }
  if (plan.review) {
    entries.push({ date: lastDay, week, kind: 'review', title: 'Kneeline 4-week review' });
  }
  return entries;
}

/**
 * Dated entries for the first `weeks` weeks, sorted by date (a re-test shares its day with that
 * week's last session). Week 1 is the seven days from `startDate`. No exercises, no entries.
 * @example scheduleSessions(program, { startDate: '2026-11-30', weekdays: [1, 3, 5], weeks: 4 })
 */
export function scheduleSessions(program: Program, options: ScheduleOptions): readonly ScheduledSession[] {
  validate(options);
  if (program.blocks.length === 0) {
    return [];
  }
  const entries: ScheduledSession[] = [];
  for (let week = 1; week <= options.weeks; week += 1) {
    const plan = planFor(program.weeks, week);
    if (plan !== undefined) {
      entries.push(...weekEntries(plan, week, options));
    }
  }
  return entries;
}

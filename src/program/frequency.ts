/**
 * How often to train, week by week: start at 2-3 sessions a week and build toward daily as the
 * body tolerates it (seed 000 author's replies: "start off with 2-3/week", "Daily practice is the
 * way to go"); re-test in weeks 2 and 4 and review after four weeks (seed 001, "Next Steps": a few
 * times a week for four weeks, then see how you feel).
 */
import type { Preferences } from '../assessment/types.js';
import type { ExerciseOutcome, WeekPlan } from './types.js';
import { isPainful } from './progression-rules.js';

/** Sessions a week at the start: 3, or 2 with pain present (seed 000 replies: "2-3/week"). */
export const START_SESSIONS_NO_PAIN = 3;
export const START_SESSIONS_WITH_PAIN = 2;
/** Daily, the goal (seed 000 replies: "Daily practice is the way to go"). */
export const DAILY = 7;

const clampDays = (days: number): number => Math.min(DAILY, Math.max(1, Math.round(days)));

/** Children and teens train a little every day (USER-NEEDS.md, "children and teens": 10-20 min daily). */
function isYoung(preferences: Preferences): boolean {
  return preferences.ageGroup === 'child' || preferences.ageGroup === 'teen';
}

const FOCUS: readonly string[] = [
  'Learn each exercise slowly and watch how your body responds over the next day.',
  'Keep going; at the end of the week, re-test to see what has changed.',
  'If last week was free of pain, add a session; otherwise stay where you are.',
  'Re-test at the end of the week, then review the first four weeks: keep what helps.',
  'From week 5: add a session each week the logs are pain-free, building toward daily practice.',
];

/**
 * The plan for weeks 1-4 and "week 5 onwards" (week 5), never more sessions than the days the
 * person has.
 */
export function weekPlans(preferences: Preferences): readonly WeekPlan[] {
  const available = clampDays(preferences.daysPerWeek);
  const start = preferences.painNow > 0 ? START_SESSIONS_WITH_PAIN : START_SESSIONS_NO_PAIN;
  const wanted = isYoung(preferences)
    ? [DAILY, DAILY, DAILY, DAILY, DAILY]
    : // One more a week from week 3: no jump to daily in week 5 (issue 9); daily comes through nextSessionsPerWeek.
      [start, start, start + 1, start + 2, start + 3];
  return wanted.map((sessions, index) => ({
    week: index + 1,
    sessionsPerWeek: Math.min(sessions, available),
    focus: FOCUS[index] ?? '',
    retest: index === 1 || index === 3,
    review: index === 3,
  }));
}

/**
 * Next week's sessions from this week's logs: one more when every log was pain-free (up to daily),
 * one fewer (not under 2) when any hurt, the same otherwise.
 */
export function nextSessionsPerWeek(
  current: number,
  weekLogs: readonly ExerciseOutcome[],
  available: number,
): number {
  if (weekLogs.some(isPainful)) {
    return Math.min(current, Math.max(START_SESSIONS_WITH_PAIN, current - 1));
  }
  if (weekLogs.length > 0) {
    return Math.min(clampDays(available), current + 1);
  }
  return current;
}

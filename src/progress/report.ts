/**
 * The progress report: trends, changes judged against noise, re-test prompts, the 4-week review
 * and escalations, with messages in plain words, most important first.
 */
import type { IsoDate } from '../program/types.js';
import { RETEST_EVERY_WEEKS } from '../program/schedule.js';
import type { ProgressInput, ProgressReport, RetestPrompt } from './types.js';
import { buildTrends } from './trends.js';
import { measureChanges } from './changes.js';
import { progressFacts } from './facts.js';
import { escalate } from './escalation.js';
import { REVIEW_AFTER_DAYS, buildReview } from './review.js';
import { addDays, daysBetween, weekOf } from './dates.js';

/** Re-tests fall every 2 weeks, from week 2, for as long as the program runs (program/schedule.ts). */
export const RETEST_WEEKS: readonly number[] = [2, 4];

/**
 * The re-test dates: the schedule's, then the first day of every second week up to today, so a
 * schedule that ends (or a person who never re-tests) still gets asked.
 */
function retestDates(input: ProgressInput): IsoDate[] {
  const scheduled = input.schedule.filter((s) => s.kind === 'retest').map((s) => s.date);
  const week = weekOf(input.startDate, input.today);
  const every: IsoDate[] = [];
  for (let w = RETEST_EVERY_WEEKS; w <= week; w += RETEST_EVERY_WEEKS) {
    every.push(addDays(input.startDate, (w - 1) * 7));
  }
  const last = [...scheduled].sort().at(-1);
  return [...scheduled, ...every.filter((d) => last === undefined || d > last)];
}

/** The latest re-test due by today, unless a re-test was recorded on or after its date. */
export function retestDue(input: ProgressInput): RetestPrompt | null {
  const due = retestDates(input)
    .filter((d) => daysBetween(d, input.today) >= 0)
    .sort((a, b) => daysBetween(b, a))
    .at(-1);
  if (due === undefined || input.retests.some((r) => daysBetween(due, r.date) >= 0)) {
    return null;
  }
  const week = weekOf(input.startDate, due);
  return {
    week,
    dueDate: due,
    message: `Week ${week} re-test is due: repeat the knee-to-wall test and record the single-leg squat, so we can see what changed.`,
  };
}

function reviewDue(input: ProgressInput): boolean {
  const scheduled = input.schedule.find((s) => s.kind === 'review')?.date;
  const dueDate = scheduled ?? addDays(input.startDate, REVIEW_AFTER_DAYS);
  return daysBetween(dueDate, input.today) >= 0;
}

/** Everything progress has to say today. Throws DomainError('invalid-input') for a malformed date. */
export function buildProgressReport(input: ProgressInput): ProgressReport {
  const trends = buildTrends(input);
  const changes = measureChanges(trends);
  const facts = progressFacts(input, trends, changes);
  const escalations = escalate(facts);
  const prompt = retestDue(input);
  const review = reviewDue(input) ? buildReview(facts) : null;
  const refer = escalations.filter((e) => e.kind === 'refer').map((e) => e.message);
  const reassure = escalations.filter((e) => e.kind === 'reassure').map((e) => e.message);
  const askRetest = escalations.filter((e) => e.kind === 'retest').map((e) => e.message);
  const sessions =
    facts.adherence === null
      ? []
      : [`You have done ${Math.round(facts.adherence * 100)}% of your planned sessions.`];
  const messages = [
    ...refer,
    ...askRetest,
    ...(prompt === null ? [] : [prompt.message]),
    ...changes.map((c) => c.message),
    ...sessions,
    ...reassure,
    ...(review === null ? [] : [...review.change, ...review.keep]),
  ];
  return {
    today: input.today,
    week: facts.week,
    trends,
    changes,
    adherence: facts.adherence,
    retestDue: prompt,
    review,
    escalations,
    messages: [...new Set(messages)],
  };
}

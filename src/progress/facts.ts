/**
 * The facts the review and escalation rules read, computed once from the input, so each rule
 * is a one-line condition a clinician can check.
 */
import type { Block, Driver } from '../catalog/types.js';
import type { IsoDate } from '../program/types.js';
import type { MeasureChange, ProgressInput, Retest, Trends, WeekPain } from './types.js';
import { PAIN_STOP_ABOVE } from '../program/progression-rules.js';
import { adherenceRate } from './trends.js';
import { daysBetween, weekOf } from './dates.js';

/**
 * Regular work: at least 3 of every 4 planned sessions done. Our product rule (the seeds give no
 * figure); it separates "not enough work yet" from "the work is not changing anything".
 */
export const REGULAR_ADHERENCE = 0.75;

/**
 * Pain at or above this (0-10) is pain that would stop an exercise (the program's threshold, above
 * the "safe" 0-2 zone of the pain-monitoring model, Thomeé 1997); two weeks of it, not falling,
 * is pain that persists.
 */
export const PERSISTENT_PAIN_MIN = PAIN_STOP_ABOVE + 1;

const WEAKNESS: readonly Driver[] = [
  'hip-abductor-weakness',
  'hip-external-rotator-weakness',
  'quadriceps-weakness',
];
const TIGHTNESS: readonly Driver[] = ['adductor-tightness', 'tfl-tightness', 'ankle-dorsiflexion'];

export interface ProgressFacts {
  readonly today: IsoDate;
  readonly week: number;
  /** Whole weeks since the start date. */
  readonly weeksDone: number;
  readonly adherence: number | null;
  readonly regular: boolean;
  readonly changes: readonly MeasureChange[];
  /** Some measurement was taken twice (or reached its target), so "no change" means something. */
  readonly comparable: boolean;
  readonly anyImproved: boolean;
  readonly standingTestNowInLine: boolean;
  readonly painPersistsOrRises: boolean;
  readonly weakness: readonly Driver[];
  readonly tightness: readonly Driver[];
  readonly ankleTargetReached: boolean;
  /** Exercises flagged for an easier version in the last two weeks. */
  readonly flagged: readonly string[];
  readonly blocks: readonly Block[];
  /** A re-test after the baseline exists. */
  readonly retested: boolean;
  readonly seenPhysicalTherapist: boolean;
}

/** The last two weeks with pain reports are consecutive, both at least 3, the later not lower. */
export function painPersistsOrRises(weeks: readonly WeekPain[]): boolean {
  const [earlier, later] = weeks.slice(-2);
  if (earlier === undefined || later === undefined || later.week !== earlier.week + 1) {
    return false;
  }
  return earlier.worst >= PERSISTENT_PAIN_MIN && later.worst >= earlier.worst;
}

function standingTestNowInLine(retests: readonly Retest[]): boolean {
  const tested = [...retests]
    .filter((r) => r.standingKneeTest !== undefined)
    .sort((a, b) => daysBetween(b.date, a.date));
  return (
    tested[0]?.standingKneeTest === 'knees-inside-ankles' && tested.at(-1)?.standingKneeTest === 'in-line'
  );
}

function recentlyFlagged(input: ProgressInput): string[] {
  const recent = input.logs.filter((l) => {
    const age = daysBetween(l.sessionDate, input.today);
    return age >= 0 && age < 14;
  });
  const ids = recent.flatMap((l) =>
    l.exercises.filter((e) => e.flaggedForRegression).map((e) => e.exerciseId),
  );
  return [...new Set(ids)];
}

/** Compute the facts. */
export function progressFacts(
  input: ProgressInput,
  trends: Trends,
  changes: readonly MeasureChange[],
): ProgressFacts {
  const adherence = adherenceRate(trends.adherence);
  const drivers = input.findings?.drivers.map((f) => f.driver) ?? [];
  const ankle = changes.filter((c) => c.measure === 'knee-to-wall');
  const inLine = standingTestNowInLine(input.retests);
  return {
    today: input.today,
    week: weekOf(input.startDate, input.today),
    weeksDone: Math.max(0, Math.floor(daysBetween(input.startDate, input.today) / 7)),
    adherence,
    regular: adherence !== null && adherence >= REGULAR_ADHERENCE,
    changes,
    // A measure at target from the start cannot show change: it does not make "no change" meaningful.
    comparable: inLine || changes.some((c) => c.verdict !== 'not-enough-data' && c.verdict !== 'at-target'),
    anyImproved: inLine || changes.some((c) => c.verdict === 'improved' || c.verdict === 'reached-target'),
    standingTestNowInLine: inLine,
    painPersistsOrRises: painPersistsOrRises(trends.painByWeek),
    weakness: WEAKNESS.filter((d) => drivers.includes(d)),
    tightness: TIGHTNESS.filter((d) => drivers.includes(d)),
    ankleTargetReached:
      ankle.length > 0 && ankle.every((c) => c.verdict === 'reached-target' || c.verdict === 'at-target'),
    retested: input.retests.length > 1,
    seenPhysicalTherapist: input.seenPhysicalTherapist === true,
    flagged: recentlyFlagged(input),
    blocks: input.program?.blocks.map((b) => b.block) ?? [],
  };
}

/**
 * Progress: what goes in (the schedule, session logs, re-tests) and what comes out (trends, the
 * 4-week review, escalations), all in plain words for the person.
 */
import type { Findings, Professional, Side } from '../assessment/types.js';
import type { IsoDate, Program, ScheduledSession } from '../program/types.js';
import type { SessionLog } from '../coaching/types.js';
import type { TrialTest } from '../vision/geometry/types.js';
import type { Centimetres, Degrees } from '../units.js';

/** Seed 000's standing knee test: knees closer to the midline than the ankles means valgus. */
export type StandingKneeTest = 'knees-inside-ankles' | 'in-line';

/** A value per leg; a leg is absent when it was not measured. */
export interface PerSide<T> {
  readonly left?: T;
  readonly right?: T;
}

/** One re-test (weeks 2 and 4, and the starting measurement). */
export interface Retest {
  readonly date: IsoDate;
  /** Toe-to-wall distance with the knee touching the wall (seed 000 ankle test). */
  readonly kneeToWallCm: PerSide<Centimetres>;
  /** FPPA per leg from a recorded trial; compare only like with like (same test). */
  readonly fppa?: { readonly test: TrialTest; readonly degrees: PerSide<Degrees> };
  /** Pain now, 0-10. */
  readonly painNow: number;
  readonly standingKneeTest?: StandingKneeTest;
}

/** Everything progress reads. `today` is passed in: progress never reads the clock. */
export interface ProgressInput {
  readonly startDate: IsoDate;
  readonly today: IsoDate;
  readonly schedule: readonly ScheduledSession[];
  readonly logs: readonly SessionLog[];
  /** Oldest first or not: progress sorts by date. The first is the baseline. */
  readonly retests: readonly Retest[];
  /** What the assessment found, to say what to favour at the review. */
  readonly findings?: Findings;
  /** The program being followed, to name blocks that can be dropped. */
  readonly program?: Program;
  /** The person has already seen a physical therapist about this (then a stall goes to orthopaedics). */
  readonly seenPhysicalTherapist?: boolean;
}

/** A dated value. */
export interface Point<T extends number = number> {
  readonly date: IsoDate;
  readonly value: T;
}

/** Sessions planned and done in one week of the program (1-based weeks from the start date). */
export interface WeekAdherence {
  readonly week: number;
  readonly planned: number;
  readonly done: number;
}

/** Pain over one week: the worst score reported in it (sessions and re-tests). */
export interface WeekPain {
  readonly week: number;
  readonly worst: number;
}

export interface Trends {
  readonly kneeToWallCm: Readonly<Record<Side, readonly Point<Centimetres>[]>>;
  /** Per leg, only re-tests of `fppaTest` (the test of the first FPPA measurement). */
  readonly fppaDegrees: Readonly<Record<Side, readonly Point<Degrees>[]>>;
  readonly fppaTest: TrialTest | null;
  readonly painByWeek: readonly WeekPain[];
  readonly adherence: readonly WeekAdherence[];
}

/** How a change between the first and latest measurement reads against measurement noise. */
/** 'at-target': already past the target at the first measurement, so not an improvement. */
export type ChangeVerdict =
  'improved' | 'within-noise' | 'worse' | 'reached-target' | 'at-target' | 'not-enough-data';

export interface MeasureChange {
  readonly measure: 'knee-to-wall' | 'fppa';
  readonly side: Side;
  readonly first: number | null;
  readonly latest: number | null;
  /** latest − first, in the measure's unit (cm or degrees). */
  readonly change: number | null;
  readonly verdict: ChangeVerdict;
  /** One sentence for the person. */
  readonly message: string;
}

/** A reason to see someone, or a reason not to worry yet. */
export interface Escalation {
  readonly ruleId: string;
  /** 'retest': progress cannot be judged until the person re-tests. */
  readonly kind: 'refer' | 'reassure' | 'retest';
  readonly to: readonly Professional[];
  readonly message: string;
  readonly source: string;
}

export interface ReviewAdvice {
  readonly ruleId: string;
  readonly kind: 'keep' | 'change';
  readonly message: string;
  readonly source: string;
}

/** The 4-week review. */
export interface Review {
  readonly changed: readonly string[];
  readonly keep: readonly string[];
  readonly change: readonly string[];
  readonly advice: readonly ReviewAdvice[];
}

export interface RetestPrompt {
  readonly week: number;
  readonly dueDate: IsoDate;
  readonly message: string;
}

export interface ProgressReport {
  readonly today: IsoDate;
  /** The program week today falls in (1-based). */
  readonly week: number;
  readonly trends: Trends;
  readonly changes: readonly MeasureChange[];
  /** Share of planned sessions done so far, 0..1; null when none was planned yet. */
  readonly adherence: number | null;
  readonly retestDue: RetestPrompt | null;
  /** Present from the end of week 4 on. */
  readonly review: Review | null;
  readonly escalations: readonly Escalation[];
  /** Everything above in plain words, most important first. */
  readonly messages: readonly string[];
}

/**
 * A corrective program and its schedule: the contract between program, coaching, progress,
 * the server and the web app. Extend, never rename.
 */
import type { Block, Dosage, Source } from '../catalog/types.js';
import type { Exclusion, Professional, Referral, Sides } from '../assessment/types.js';

/** One exercise in the program, fitted to the person. */
export interface ProgramItem {
  readonly exerciseId: string;
  /** Which legs to train: the affected side only for one-sided valgus (seed 000 step 8). */
  readonly sides: Sides;
  /** The dosage for now (the catalog's, or a regression's while pain or ability requires). */
  readonly dosage: Dosage;
  /** Why this exercise: names the finding and the source, in plain words. */
  readonly reason: string;
  readonly source: Source;
  /** Lower runs first when time is short: 1 is the most important. */
  readonly priority: number;
  /** Set when equipment was missing and a substitute is used ("a rolled towel instead of a band"). */
  readonly substituteNote?: string;
  /** Estimated minutes for this item at this dosage. */
  readonly minutes: number;
  /** The day the progression rules last changed this item's dosage or rung; logs count from after it. */
  readonly changedOn?: IsoDate;
  /** After moving up a rung: the easier version it replaced, still available on a bad day. */
  readonly easierExerciseId?: string;
  /** Changes the triage asks for ("keep a soft knee"), shown next to the exercise. */
  readonly adaptations?: readonly string[];
}

export interface ProgramBlock {
  readonly block: Block;
  readonly title: string;
  readonly items: readonly ProgramItem[];
}

/** Advice the person reads once and keeps in mind (habits, aids). */
export interface ProgramAdvice {
  readonly adviceId: string;
  readonly reason: string;
}

/** An exercise that fitted the findings but not the time or kit, and why. */
export interface LeftOut {
  readonly exerciseId: string;
  readonly why: string;
}

/** What each week of the first four (and after) asks for. */
export interface WeekPlan {
  /** 1-based; week 5 stands for "week 5 onwards". */
  readonly week: number;
  readonly sessionsPerWeek: number;
  readonly focus: string;
  /** Re-test this week (weeks 2 and 4). */
  readonly retest: boolean;
  /** The 4-week review happens at the end of this week. */
  readonly review: boolean;
}

export interface Program {
  readonly blocks: readonly ProgramBlock[];
  readonly advice: readonly ProgramAdvice[];
  readonly leftOut: readonly LeftOut[];
  readonly weeks: readonly WeekPlan[];
  /** Estimated minutes per session, within the person's budget. */
  readonly minutesPerSession: number;
  readonly referral: Referral | null;
  /** The triage's exclusions: progression never moves into an exercise they leave out. */
  readonly exclusions?: readonly Exclusion[];
  /** Set when a session's triage stopped the program: no sessions until the person has been seen. */
  readonly paused?: {
    readonly on: IsoDate;
    readonly professionals: readonly Professional[];
    readonly reasons: readonly string[];
    /** True when the stop was urgent (a locked knee): be seen today. Absent in older programs. */
    readonly urgent?: boolean;
  };
}

/** A calendar day as `YYYY-MM-DD` (no time zone: sessions are whole days). */
export type IsoDate = string;

export type SessionKind = 'session' | 'retest' | 'review';

/** One dated entry of the schedule. */
export interface ScheduledSession {
  readonly date: IsoDate;
  /** 1-based week number from the start date. */
  readonly week: number;
  readonly kind: SessionKind;
  readonly title: string;
}

/**
 * How one exercise went in one session: what the progression rules read. It carries only what
 * coaching's session log records (`sessionDate`, the session's `painBefore`, each exercise's
 * `completed`, `painDuring`, `stoppedForPain`); `outcomesFromSession` makes these from a session log.
 * Pain is 0-10 and means pain only: a stretch sensation is expected and is not pain
 * (USER-NEEDS.md, "pain from the exercises"). Null: not asked or not answered.
 */
export interface ExerciseOutcome {
  readonly exerciseId: string;
  readonly date: IsoDate;
  /** Pain 0-10 before the session started. */
  readonly painBefore: number | null;
  /** Worst pain 0-10 during the exercise (not a stretch feeling). */
  readonly painDuring: number | null;
  /** Every set and side the dosage asked for was done. */
  readonly completed: boolean;
  /** The exercise was ended (or skipped) because it hurt. */
  readonly stoppedForPain: boolean;
  /** Knee cave-ins, hip hitches or lost balance logged while doing it: the rung holds. */
  readonly movementFaults?: number;
  /** The person said it made the knee worse. */
  readonly madeItWorse?: boolean;
}

/** What the progression rules decided for one exercise after its latest logs. */
export type ProgressionDecision =
  | { readonly kind: 'progress-dosage'; readonly ruleId: string; readonly reason: string }
  | {
      readonly kind: 'progress-rung';
      readonly ruleId: string;
      readonly reason: string;
      readonly toExerciseId: string;
    }
  | {
      readonly kind: 'regress-rung';
      readonly ruleId: string;
      readonly reason: string;
      readonly toExerciseId: string;
    }
  | { readonly kind: 'stop'; readonly ruleId: string; readonly reason: string }
  | { readonly kind: 'stay'; readonly ruleId: string; readonly reason: string };

/**
 * The session player's vocabulary: what it is fed (items, events), what it says (cues), what it
 * remembers (state) and what it leaves behind (the session log). The log's zod schema is the
 * contract with the server, which validates request bodies with it, and with progress.
 */
import { z } from 'zod';
import type { Dosage } from '../catalog/types.js';
import type { Side, Sides } from '../assessment/types.js';

/** Pain on the usual 0-10 numeric rating scale (0 none, 10 worst imaginable). */
const painScore = z.number().int().min(0).max(10);
const count = z.number().int().min(0);
/** The longest note a log keeps. */
export const NOTES_MAX_CHARS = 2000;

/** Why an exercise was not done. 'ended-early': the session finished before it came up. */
export const SKIP_REASONS = ['pain', 'too-hard', 'no-equipment', 'no-time', 'ended-early', 'other'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** Which leg a bout of work was done on; 'both' for exercises that are not per side. */
export const boutSideSchema = z.enum(['left', 'right', 'both']);
export type BoutSide = z.infer<typeof boutSideSchema>;

/** Where pain during an exercise was felt: a knee's ladders move only for that knee's pain. */
export const PAIN_WHERE = ['left-knee', 'right-knee', 'both-knees', 'elsewhere'] as const;
export type PainWhere = (typeof PAIN_WHERE)[number];

/** Movement faults a person or the camera logged, besides cave-ins (hold the rung: progression-rules.ts). */
export const MOVEMENT_FAULTS = ['hip-hitch', 'lost-balance'] as const;

/** Cave-in cues counted per leg. */
export const caveInCountSchema = z.object({ left: count, right: count });
export type CaveInCount = z.infer<typeof caveInCountSchema>;

/** One exercise of a session, as it went. Absent values are null (JSON-friendly). */
export const exerciseLogSchema = z.object({
  exerciseId: z.string().min(1),
  /** The legs the program asked for. */
  sides: z.enum(['left', 'right', 'both']),
  /** The legs actually worked, in order (no repeats). */
  sidesDone: z.array(boutSideSchema),
  /** Every set and side the dosage asked for was done. */
  completed: z.boolean(),
  /** Sets finished on every side asked for. */
  setsDone: count,
  /** Repetitions (or holds) counted over all sets and sides. */
  repsDone: count,
  /** Seconds spent holding or working against a timer, over all sets and sides. */
  holdSecondsDone: z.number().min(0),
  /** Pain during the exercise, 0-10; null when not asked or not answered. */
  painDuring: painScore.nullable(),
  /** Pain above the stop threshold ended the exercise early. */
  stoppedForPain: z.boolean(),
  /** The program should offer an easier version next time (pain-gated progression reads this). */
  flaggedForRegression: z.boolean(),
  skipped: z.object({ reason: z.enum(SKIP_REASONS) }).nullable(),
  /** Knee-out cues given while working, per leg. */
  caveIns: caveInCountSchema,
  notes: z.string().max(NOTES_MAX_CHARS).nullable(),
  /** Where the pain during it was; absent in older logs (read as the knee, the cautious reading). */
  painWhere: z.enum(PAIN_WHERE).optional(),
  /** "This exercise made it worse": it is replaced by an easier version or left out, with the reason. */
  madeItWorse: z.boolean().optional(),
  /** Faults seen while working; each holds the rung like a cave-in. */
  faults: z.array(z.enum(MOVEMENT_FAULTS)).optional(),
});
export type ExerciseLog = z.infer<typeof exerciseLogSchema>;

/** Symptoms around a session; each absent when not asked. */
export const sessionSymptomsSchema = z.object({
  painSettledWithinHour: z.boolean().optional(),
  nextMorningWorse: z.boolean().optional(),
  newSwelling: z.boolean().optional(),
  locking: z.boolean().optional(),
  givingWay: z.boolean().optional(),
  /** Which knee the symptoms are in; absent: the knees the program trains. */
  knee: z.enum(['left', 'right', 'both']).optional(),
});
export type SessionSymptoms = z.infer<typeof sessionSymptomsSchema>;

/** A whole session: what the server stores and progress reads. */
export const sessionLogSchema = z.object({
  /** The scheduled day, `YYYY-MM-DD`. */
  sessionDate: z.iso.date(),
  /** ISO timestamps passed in by the caller (the player never reads the clock). */
  startedAt: z.iso.datetime({ offset: true }),
  /** Null when the session was left before its end. */
  finishedAt: z.iso.datetime({ offset: true }).nullable(),
  painBefore: painScore.nullable(),
  painAfter: painScore.nullable(),
  exercises: z.array(exerciseLogSchema),
  /** Knee-out cues over the whole session, per leg. */
  kneeCaveIns: caveInCountSchema,
  /**
   * Symptoms since the last session (NORMS.md, pain-monitoring model and red flags): pain not
   * settled within about an hour, worse the next morning, new swelling, locking or giving way.
   * Absent: not asked. Read by the session triage (progress/session-triage.ts). The end of the
   * session asks swelling, locking and giving way; the follow-up on the next visit (Today) adds
   * the hour after and the next morning to the same log (progress/follow-up.ts).
   */
  symptoms: sessionSymptomsSchema.optional(),
});
export type SessionLog = z.infer<typeof sessionLogSchema>;

/** One exercise as the player runs it (built from a ProgramItem and its catalog Exercise). */
export interface PlayerItem {
  readonly exerciseId: string;
  readonly name: string;
  readonly dosage: Dosage;
  readonly sides: Sides;
  /** Coaching cues in our words; the first is spoken as each bout starts. */
  readonly cues: readonly string[];
  /** The program item's changes for the triage's exclusions (shown, not spoken). */
  readonly adaptations?: readonly string[];
}

/** Things the player asks the device to do. */
export type Cue =
  | { readonly kind: 'speak'; readonly text: string }
  | { readonly kind: 'beep' }
  | { readonly kind: 'knee-out'; readonly side: Side };

/** What happens to the player. Times are ISO strings or elapsed milliseconds, never clock reads. */
export type PlayerEvent =
  | { readonly type: 'start'; readonly at: string }
  | { readonly type: 'tick'; readonly elapsedMs: number }
  | { readonly type: 'repDone' }
  /** "All N done": the whole set of reps at once, for a person who counts in their head. */
  | { readonly type: 'setDone' }
  /** "Done" for a hold or a timed bout, ending it early; also ends a bout with no target. */
  | { readonly type: 'holdDone' }
  | { readonly type: 'skip'; readonly reason?: SkipReason }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'back' }
  | {
      readonly type: 'painReported';
      readonly pain: number;
      /** Where it hurt; absent: the knee (the cautious reading). */
      readonly where?: PainWhere;
      /** "This exercise made it worse": the exercise ends and is swapped next time. */
      readonly madeItWorse?: boolean;
    }
  | { readonly type: 'kneeCaveIn'; readonly side: Side; readonly fppaDegrees: number; readonly atMs: number }
  | { readonly type: 'note'; readonly text: string }
  | { readonly type: 'finish'; readonly at: string };

/** Where in the session a bout of work sits. `sideIndex` indexes the item's side order. */
export interface BoutPosition {
  readonly itemIndex: number;
  /** 0-based. */
  readonly set: number;
  readonly sideIndex: number;
}

/** How a bout is measured: a hold countdown (repeated `reps` times), a timer, reps, or open. */
export type WorkMode = 'hold' | 'duration' | 'reps' | 'open';

export type Phase =
  | { readonly kind: 'ready' }
  | {
      readonly kind: 'work';
      readonly at: BoutPosition;
      readonly reps: number;
      readonly holdMs: number;
      /** Milliseconds left in the current hold or timer; null for reps and open bouts. */
      readonly remainingMs: number | null;
    }
  | {
      readonly kind: 'rest';
      readonly after: 'set' | 'side';
      readonly next: BoutPosition;
      readonly remainingMs: number;
    }
  | { readonly kind: 'pain-check'; readonly itemIndex: number }
  | { readonly kind: 'summary' };

/** A finished bout, kept so `back` can undo it and `summarize` can count it. */
export interface BoutRecord {
  readonly at: BoutPosition;
  readonly reps: number;
  readonly holdMs: number;
}

/** Per-item outcome beyond the bouts. */
export interface ItemOutcome {
  readonly painDuring: number | null;
  readonly stoppedForPain: boolean;
  readonly skipped: SkipReason | null;
  readonly caveIns: CaveInCount;
  readonly notes: readonly string[];
  readonly painWhere?: PainWhere;
  readonly madeItWorse?: boolean;
}

export interface PlayerOptions {
  readonly sessionDate: string;
  /** Rest between sets, seconds (default 30). */
  readonly restBetweenSetsSeconds?: number;
  /** Rest while changing legs, seconds (default 10). */
  readonly restBetweenSidesSeconds?: number;
  /** Pain above this (0-10) stops an exercise; defaults to PAIN_STOP_ABOVE. */
  readonly painStopAbove?: number;
}

export interface PlayerState {
  readonly items: readonly PlayerItem[];
  readonly options: Required<PlayerOptions>;
  readonly phase: Phase;
  readonly paused: boolean;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly painBefore: number | null;
  readonly painAfter: number | null;
  readonly bouts: readonly BoutRecord[];
  readonly outcomes: readonly ItemOutcome[];
}

/** What `step` returns: the next state and the cues to play, in order. */
export interface StepResult {
  readonly state: PlayerState;
  readonly cues: readonly Cue[];
}

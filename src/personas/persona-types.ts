/**
 * A persona: one case a physical therapist meets, written as answers (and session logs where the
 * case is about the program), with what a PT expects the app to decide.
 */
import type { AnswersInput } from '../assessment/answers.js';
import { SAMPLE_ANSWERS } from '../assessment/sample-input.js';
import type { Exclusion, Professional, TriageOutcome } from '../assessment/types.js';

export interface Expected {
  readonly outcome: TriageOutcome;
  /** Exactly these professionals, in this order (most urgent first). */
  readonly professionals?: readonly Professional[];
  /** At least these exclusions. */
  readonly exclusions?: readonly Exclusion[];
  /** Words one of the reasons must contain. */
  readonly reason?: RegExp;
  /** Exercises the program must hold, and must not hold. */
  readonly programHas?: readonly string[];
  readonly programLacks?: readonly string[];
  /** A change that must be shown next to an exercise. */
  readonly adaptation?: { readonly exerciseId: string; readonly says: RegExp };
}

export interface Persona {
  readonly id: string;
  /** The case in a PT's words. */
  readonly story: string;
  readonly input: {
    readonly answers: Readonly<Record<string, unknown>>;
    readonly tests?: Readonly<Record<string, unknown>>;
  };
  readonly expect: Expected;
}

/** A healthy adult's answers with the case's own on top. */
export const adult = (answers: Partial<AnswersInput> & Readonly<Record<string, unknown>> = {}) => ({
  ...SAMPLE_ANSWERS,
  sidesAffected: 'both',
  equipment: ['band', 'wall', 'chair', 'step'],
  minutesPerSession: 30,
  ...answers,
});

/** Both knees cave in on the single-leg squat; hips weak, so the whole ladder is in play. */
export const BOTH_CAVE = {
  standingKnee: { left: 'in', right: 'in' },
  singleLegSquat: { left: { observed: 'caves' }, right: { observed: 'caves' } },
  straightLegRaise: { left: { reps: 20 }, right: { reps: 20 } },
  activeCorrection: { left: 'can', right: 'can' },
} as const;

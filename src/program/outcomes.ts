/**
 * Session logs → the exercise outcomes the progression rules read. The input shape is the part of
 * coaching's `SessionLog` that progression needs, written out here so program does not depend on
 * coaching (ARCHITECTURE.md: coaching builds on program, not the other way).
 */
import type { ExerciseOutcome, IsoDate } from './types.js';

/** The fields of a session log that progression reads; coaching's `SessionLog` fits it. */
export interface LoggedSession {
  readonly sessionDate: IsoDate;
  readonly painBefore: number | null;
  readonly exercises: readonly {
    readonly exerciseId: string;
    readonly completed: boolean;
    readonly painDuring: number | null;
    readonly stoppedForPain: boolean;
    readonly skipped: { readonly reason: string } | null;
  }[];
}

/**
 * One outcome per exercise done or skipped for pain; skipped for any other reason (no time, no kit)
 * says nothing about tolerance and is left out.
 */
export function outcomesFromSession(session: LoggedSession): readonly ExerciseOutcome[] {
  return session.exercises
    .filter((exercise) => exercise.skipped === null || exercise.skipped.reason === 'pain')
    .map((exercise) => ({
      exerciseId: exercise.exerciseId,
      date: session.sessionDate,
      painBefore: session.painBefore,
      painDuring: exercise.painDuring,
      completed: exercise.skipped === null && exercise.completed,
      stoppedForPain: exercise.stoppedForPain || exercise.skipped?.reason === 'pain',
    }));
}

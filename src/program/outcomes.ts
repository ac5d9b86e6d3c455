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
    readonly caveIns?: { readonly left: number; readonly right: number };
    readonly painWhere?: string | undefined;
    readonly madeItWorse?: boolean | undefined;
    readonly faults?: readonly string[] | undefined;
  }[];
}

/**
 * One outcome per exercise done or skipped for pain; skipped for any other reason (no time, no kit)
 * says nothing about tolerance and is left out. Pain felt elsewhere (the back, say) does not move
 * a knee exercise down (issue 9); pain with no place given counts as the knee's, the cautious reading.
 */
export function outcomesFromSession(session: LoggedSession): readonly ExerciseOutcome[] {
  return session.exercises
    .filter((exercise) => exercise.skipped === null || exercise.skipped.reason === 'pain')
    .map((exercise) => {
      const elsewhere = exercise.painWhere === 'elsewhere';
      const faults =
        (exercise.caveIns?.left ?? 0) + (exercise.caveIns?.right ?? 0) + (exercise.faults?.length ?? 0);
      return {
        exerciseId: exercise.exerciseId,
        date: session.sessionDate,
        painBefore: elsewhere ? null : session.painBefore,
        painDuring: elsewhere ? null : exercise.painDuring,
        completed: exercise.skipped === null && exercise.completed,
        stoppedForPain: !elsewhere && (exercise.stoppedForPain || exercise.skipped?.reason === 'pain'),
        ...(faults > 0 ? { movementFaults: faults } : {}),
        ...(exercise.madeItWorse === true ? { madeItWorse: true } : {}),
      };
    });
}

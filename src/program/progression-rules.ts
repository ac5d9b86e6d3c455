/**
 * The progression rules as data (STYLE.md §6): read top to bottom, the first rule that matches a
 * person's latest logs of one exercise decides. A clinician can change a rule here without reading
 * the interpreter in progression.ts.
 */
import type { ExerciseOutcome } from './types.js';

/**
 * Pain above this (0-10) during an exercise stops it. The seeds give no number, only "pain is a
 * stop sign; a stretch sensation is fine" (USER-NEEDS.md, "pain from the exercises"); 2/10 is
 * Kneeline's setting, letting a faint ache through and nothing more.
 */
export const PAIN_STOP_ABOVE = 2;

/** Clean sessions in a row at full dosage before moving up a rung (the brief's rule, Kneeline's setting). */
export const CLEAN_SESSIONS_TO_PROGRESS = 2;

/**
 * Pain during an exercise that means stop: above the threshold AND above the pain the person came
 * in with. A faint ache up to the threshold is let through, and someone whose knee already aches
 * may work as long as the exercise does not make it worse ("load as much as the symptoms allow,
 * no more", USER-NEEDS.md). A stretch feeling is not pain and never counts.
 */
export function isStopPain(
  painDuring: number,
  painBefore: number | null,
  stopAbove: number = PAIN_STOP_ABOVE,
): boolean {
  return painDuring > Math.max(stopAbove, painBefore ?? 0);
}

/** Pain that stopped an exercise: it was stopped for pain, or its pain was stop pain (isStopPain). */
export function isPainful(outcome: ExerciseOutcome): boolean {
  if (outcome.stoppedForPain) {
    return true;
  }
  return outcome.painDuring !== null && isStopPain(outcome.painDuring, outcome.painBefore);
}

/** Every set done, with no pain (none reported counts as none; a stretch feeling is fine) and good form. */
export function isClean(outcome: ExerciseOutcome): boolean {
  return (
    outcome.completed &&
    !outcome.stoppedForPain &&
    (outcome.painDuring ?? 0) === 0 &&
    (outcome.movementFaults ?? 0) === 0
  );
}

export type RuleOutcome = 'move-down' | 'move-up' | 'stay';

export interface ProgressionRule {
  readonly id: string;
  /** Plain words for the decision, shown to the person. */
  readonly says: string;
  /** Logs of one exercise since it last changed, oldest first. */
  readonly when: (logs: readonly ExerciseOutcome[]) => boolean;
  readonly then: RuleOutcome;
  readonly source: string;
}

export const PROGRESSION_RULES: readonly ProgressionRule[] = [
  {
    id: 'made-it-worse',
    says: 'You said this exercise made your knee worse: it is swapped for the easier version, or left out if there is none.',
    when: (logs) => logs.at(-1)?.madeItWorse === true,
    then: 'move-down',
    source:
      'USER-NEEDS.md, "pain from the exercises": stop or make it easier; NORMS.md pain-monitoring model',
  },
  {
    id: 'pain-stops-and-regresses',
    says: 'It hurt last time: stop it and use the easier version (a stretch feeling is fine, pain is not).',
    when: (logs) => {
      const latest = logs.at(-1);
      return latest !== undefined && isPainful(latest);
    },
    then: 'move-down',
    source: 'USER-NEEDS.md, "pain from the exercises": pain is a stop sign',
  },
  {
    id: 'movement-quality-holds',
    says: 'The knee caved in, the hip hitched or balance was lost last time: stay at this version until the form is clean.',
    when: (logs) => (logs.at(-1)?.movementFaults ?? 0) > 0,
    then: 'stay',
    source:
      'seed 000, step 5 "Maintain Ideal Knee Alignment" (the knee stays over the foot); seed 001, Key #2',
  },
  {
    id: 'clean-twice-progresses',
    says: `All sets done without pain ${CLEAN_SESSIONS_TO_PROGRESS} sessions in a row: time to make it harder.`,
    when: (logs) =>
      logs.length >= CLEAN_SESSIONS_TO_PROGRESS && logs.slice(-CLEAN_SESSIONS_TO_PROGRESS).every(isClean),
    then: 'move-up',
    source: 'USER-NEEDS.md, "frequency and order": watch the response, then build',
  },
  {
    id: 'keep-practising',
    says: 'Keep this dosage until two sessions in a row go fully and without pain.',
    when: () => true,
    then: 'stay',
    source: 'USER-NEEDS.md, "pain already present": load only as much as the symptoms allow',
  },
];

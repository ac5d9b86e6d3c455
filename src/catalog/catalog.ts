/**
 * The exercise catalog: every exercise and piece of advice of the seeds, validated at load.
 * Pure data and lookups; no I/O.
 */
import { DomainError } from '../errors.js';
import { ADVICE_ENTRIES } from './advice.js';
import { ALIGNMENT } from './alignment.js';
import { ANTI_VALGUS } from './anti-valgus.js';
import { ladderFrom } from './ladder.js';
import { RELEASES } from './releases.js';
import { SEED_002 } from './seed-002.js';
import { STRENGTHENING } from './strengthening.js';
import { STRETCHES } from './stretches.js';
import { TIBIAL_ROTATION } from './tibial-rotation.js';
import type { Advice, CatalogEntry, Driver, Exercise } from './types.js';
import { validateCatalog } from './validate.js';
import { WALKING_PATTERN } from './walking-pattern.js';

export { driverArea } from './driver-area.js';

/** Every exercise, in program block order (seed 000 steps, then seed 001, seed 002 where they fit). */
export const EXERCISES: readonly Exercise[] = [
  ...RELEASES,
  ...STRETCHES,
  ...TIBIAL_ROTATION,
  ...STRENGTHENING,
  ...ALIGNMENT,
  ...WALKING_PATTERN,
  ...ANTI_VALGUS,
  ...SEED_002,
];

/** Every piece of advice. */
export const ADVICE: readonly Advice[] = ADVICE_ENTRIES;

/** Exercises and advice together; throws at import if any invariant is broken. */
export const CATALOG: readonly CatalogEntry[] = validateCatalog([...EXERCISES, ...ADVICE]);

const exercisesById = new Map(EXERCISES.map((exercise) => [exercise.id, exercise]));
const adviceIndex = new Map(ADVICE.map((advice) => [advice.id, advice]));

/** The exercise with this id, or undefined. */
export function findExercise(id: string): Exercise | undefined {
  return exercisesById.get(id);
}

/** The exercise with this id; throws DomainError 'not-found' when there is none. */
export function exerciseById(id: string): Exercise {
  const exercise = exercisesById.get(id);
  if (exercise === undefined) {
    throw new DomainError('not-found', `There is no exercise called "${id}".`);
  }
  return exercise;
}

/** The advice with this id; throws DomainError 'not-found' when there is none. */
export function adviceById(id: string): Advice {
  const advice = adviceIndex.get(id);
  if (advice === undefined) {
    throw new DomainError('not-found', `There is no advice called "${id}".`);
  }
  return advice;
}

/** Exercises that work on `driver`, in catalog order. */
export function exercisesAddressing(driver: Driver): readonly Exercise[] {
  return EXERCISES.filter((exercise) => exercise.addresses.includes(driver));
}

/**
 * The progression ladder the exercise sits on, easiest first; a lone exercise is a ladder of one.
 * @example ladderOf('step-up').map((e) => e.id)
 * // ['straight-leg-raise', 'banded-chair-squat', 'step-up', 'single-leg-hinge', 'single-leg-squat']
 */
export function ladderOf(id: string): readonly Exercise[] {
  return ladderFrom(exercisesById, exerciseById(id));
}

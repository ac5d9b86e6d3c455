/**
 * What each triage exclusion (assessment/types.ts `EXCLUSIONS`) does to the exercises: some are
 * left out (with the reason shown), some stay with a change said next to them. The lists name
 * catalog ids; catalog.test-style checks in exclusions.test.ts keep them pointing at real entries.
 */
import type { Exclusion } from '../assessment/types.js';

interface Effect {
  /** Exercises left out while the exclusion holds; a ladder falls back to its lower rungs. */
  readonly remove: readonly string[];
  /** Exercises kept with this change, shown next to them. */
  readonly adapt: readonly string[];
  readonly note: string;
  readonly why: string;
}

/** Exercises done on one leg: with a fall history they are done next to a support. */
const SINGLE_LEG = [
  'single-leg-balance',
  'wall-push',
  'step-up',
  'single-leg-hinge',
  'single-leg-squat',
  'hip-hitch',
  'one-leg-hinge',
  'one-leg-squat',
  'single-leg-deadlift',
  'split-stance-stepping',
] as const;

export const EXCLUSION_EFFECTS: Readonly<Record<Exclusion, Effect>> = {
  'no-kneeling': {
    remove: ['half-kneeling-hip-flexor-stretch'],
    adapt: [],
    note: '',
    why: 'Left out: it kneels on the knee, which your answers say to avoid.',
  },
  'no-deep-knee-bend': {
    remove: ['single-leg-squat', 'one-leg-squat', 'adductor-side-lunge-stretch'],
    adapt: ['banded-chair-squat', 'banded-squat', 'step-up'],
    note: 'Only bend the knee as far as is comfortable, never into a deep squat.',
    why: 'Left out: it bends the knee deeply, which your answers say to avoid; the lower versions stay.',
  },
  'no-end-range-locking': {
    remove: [],
    adapt: ['straight-leg-raise', 'single-leg-balance', 'wall-push', 'single-leg-hinge', 'one-leg-hinge'],
    note: 'Keep a soft knee: tighten the thigh to straighten the leg, but never lock or push the knee back past straight.',
    why: '',
  },
  'supported-balance': {
    remove: [],
    adapt: [...SINGLE_LEG],
    note: 'Stand next to a wall or a sturdy chair with one hand ready to hold it.',
    why: '',
  },
  'easiest-rungs-first': { remove: [], adapt: [], note: '', why: '' },
  'no-lying-flat-on-back': {
    remove: [],
    adapt: ['straight-leg-raise'],
    note: 'Prop your head and shoulders up on pillows rather than lying flat.',
    why: '',
  },
};

/** The exercise ids the exclusions leave out, each with why. */
export function removedBy(exclusions: readonly Exclusion[]): ReadonlyMap<string, string> {
  const removed = new Map<string, string>();
  for (const exclusion of exclusions) {
    const effect = EXCLUSION_EFFECTS[exclusion];
    effect.remove.forEach((id) => removed.set(id, effect.why));
  }
  return removed;
}

/** The changes the exclusions ask of one exercise, in order. */
export function adaptationsFor(exerciseId: string, exclusions: readonly Exclusion[]): readonly string[] {
  return exclusions
    .map((exclusion) => EXCLUSION_EFFECTS[exclusion])
    .filter((effect) => effect.adapt.includes(exerciseId))
    .map((effect) => effect.note);
}

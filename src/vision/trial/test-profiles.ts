/**
 * How each test is read: which legs carry the body, and the hysteresis thresholds that mark a
 * repetition on the depth signal (hip drop over standing hip height: 0 standing, ~0.5 deep squat).
 * These are signal-processing settings of this app, not clinical values.
 */
import type { TrialTest } from '../geometry/types.js';
import type { LegSide } from '../geometry/legs.js';

/** The reading rules for one test. */
export interface TestProfile {
  /** Both feet on the ground at the bottom: KASR is read and both knees compared. */
  readonly doubleLeg: boolean;
  /** Repetitions are expected (false for the standing alignment test). */
  readonly dynamic: boolean;
  /** A rep starts when depth rises past `enterDepth` and ends when it falls below `exitDepth`. */
  readonly enterDepth: number;
  readonly exitDepth: number;
}

/** Reading rules by test. */
export const TEST_PROFILES: Readonly<Record<TrialTest, TestProfile>> = {
  squat: { doubleLeg: true, dynamic: true, enterDepth: 0.15, exitDepth: 0.05 },
  'single-leg-squat': { doubleLeg: false, dynamic: true, enterDepth: 0.08, exitDepth: 0.03 },
  'step-down': { doubleLeg: false, dynamic: true, enterDepth: 0.07, exitDepth: 0.03 },
  'drop-landing': { doubleLeg: true, dynamic: true, enterDepth: 0.1, exitDepth: 0.04 },
  standing: { doubleLeg: true, dynamic: false, enterDepth: Number.POSITIVE_INFINITY, exitDepth: 0 },
};

/**
 * The legs a camera offers to measure for a test: each leg on its own where one leg carries the
 * body, both together otherwise. Every page that offers the camera asks this. (A `TrialSide`,
 * spelled out so that this file need not import types.ts, which imports the profiles' users.)
 */
export function trialSidesOf(test: TrialTest): readonly (LegSide | 'both')[] {
  return TEST_PROFILES[test].doubleLeg ? ['both'] : ['left', 'right'];
}

/** Repetitions needed before a median is worth judging: the median of at least three (an app choice). */
export const MIN_REPS = 3;

/**
 * FPPA is read only where the thigh keeps at least this share of its standing 2D length; below
 * it the thigh points at the camera and a 2D angle stops meaning anything (ARCHITECTURE.md,
 * "Foreshortening"; cos 45.6° = 0.7).
 */
export const MIN_THIGH_LENGTH_RATIO = 0.7;

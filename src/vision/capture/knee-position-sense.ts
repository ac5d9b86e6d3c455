/**
 * Knee position sense (seed 001, key #2): the person bends to about 70° of knee flexion with the
 * eyes open and the knees over the second toes (their neutral), then again with the eyes closed,
 * placing the knees where they feel that neutral is. The error is the difference in FPPA between
 * the two holds, per side, over 3 repetitions. Pure: the script as data and the math.
 */
import { gateByConfidence } from '../geometry/confidence.js';
import { kneeFppa } from '../geometry/fppa.js';
import type { LegSide } from '../geometry/legs.js';
import { kneeFlexionProxy, shankLength, thighLength } from '../geometry/body-measures.js';
import type { PoseFrame } from '../geometry/types.js';
import { mean, median } from '../trial/stats.js';
import { MIN_THIGH_LENGTH_RATIO } from '../trial/test-profiles.js';
import { pixels } from '../../units.js';
import { MODEL_INPUT_MIRRORED } from './model-input.js';

/** Knee bend the study used: 70° of knee flexion, blindfolded (seed 001, key #2). */
export const TARGET_FLEXION_DEGREES = 70;
/** Below this bend the holds say little about the squat position (an app choice). */
export const MIN_USEFUL_FLEXION_DEGREES = 40;
/** The first part of a hold is not measured: the person is still settling (an app choice). */
export const SETTLE_MS = 1000;
/** Repetitions per test (an app choice: the median/mean of three holds). */
export const KPS_REPS = 3;
/** The assessment's upper bound for the error (src/assessment/self-test-results.ts). */
const MAX_ERROR_DEGREES = 45;

/** What a step of the script measures. */
export type KpsMeasure = 'standing' | 'neutral' | 'blind';

/** One spoken step: the words (said and shown), how long it lasts, and what it measures. */
export interface KpsStep {
  readonly rep: number;
  readonly say: string;
  readonly ms: number;
  readonly measure: KpsMeasure | null;
}

/** The whole spoken script for `reps` repetitions. */
export function kpsScript(reps: number = KPS_REPS): KpsStep[] {
  const steps: KpsStep[] = [
    {
      rep: 0,
      say: 'Stand tall, feet hip-width apart, facing the camera. Stay still.',
      ms: 3000,
      measure: 'standing',
    },
  ];
  for (let rep = 1; rep <= reps; rep += 1) {
    steps.push(
      {
        rep,
        say: `Round ${rep} of ${reps}. Eyes open. Bend your knees to a quarter squat, knees over your second toes.`,
        ms: 7000,
        measure: null,
      },
      { rep, say: 'Hold still.', ms: 4000, measure: 'neutral' },
      { rep, say: 'Stand up and close your eyes.', ms: 4000, measure: null },
      {
        rep,
        say: 'Eyes closed. Bend to the same depth and place your knees where you feel they are over your second toes.',
        ms: 8000,
        measure: null,
      },
      { rep, say: 'Hold still.', ms: 4000, measure: 'blind' },
      { rep, say: 'Open your eyes and stand up.', ms: 3000, measure: null },
    );
  }
  return steps;
}

/**
 * Median FPPA of one knee over a hold's frames (video frames, model labels); null when unseen.
 * With the standing thigh length given, frames where the thigh keeps less than 70 % of it are
 * skipped: there the thigh points at the camera and a 2D angle means nothing (the trial's rule,
 * MIN_THIGH_LENGTH_RATIO).
 */
export function holdFppa(
  frames: readonly PoseFrame[],
  side: LegSide,
  standingThigh: number | null = null,
  minScore = 0.3,
): number | null {
  const values = frames.flatMap((frame) => {
    const gated = gateByConfidence(frame, minScore);
    const thigh = thighLength(gated, side);
    if (standingThigh !== null && thigh !== null && thigh / standingThigh < MIN_THIGH_LENGTH_RATIO) {
      return [];
    }
    const fppa = kneeFppa(gated, side, MODEL_INPUT_MIRRORED);
    return fppa === null ? [] : [fppa];
  });
  return median(values);
}

/** Median standing thigh length of one leg (pixels), the reference for foreshortening. */
export function standingThighLength(standing: readonly PoseFrame[], side: LegSide): number | null {
  return median(
    standing.map((frame) => thighLength(gateByConfidence(frame), side)).filter((v) => v !== null),
  );
}

/** Median knee flexion proxy of one knee over a hold, against standing frames; null when unseen. */
export function holdFlexion(
  standing: readonly PoseFrame[],
  hold: readonly PoseFrame[],
  side: LegSide,
): number | null {
  const thigh = median(standing.map((frame) => thighLength(frame, side)).filter((v) => v !== null));
  const shank = median(standing.map((frame) => shankLength(frame, side)).filter((v) => v !== null));
  if (thigh === null || shank === null) {
    return null;
  }
  const segments = { thigh: pixels(thigh), shank: pixels(shank) };
  return median(hold.map((frame) => kneeFlexionProxy(frame, side, segments)).filter((v) => v !== null));
}

/** One repetition's two holds. */
export interface KpsRound {
  readonly rep: number;
  readonly neutral: readonly PoseFrame[];
  readonly blind: readonly PoseFrame[];
}

/** Per side: each round's error (|blind − neutral| FPPA, degrees) and their mean. */
export interface KpsSideResult {
  readonly side: LegSide;
  readonly roundErrors: readonly (number | null)[];
  readonly errorDegrees: number | null;
}

/** The errors for both sides over the rounds; `standing` frames give the foreshortening reference. */
export function kneePositionErrors(
  rounds: readonly KpsRound[],
  standing: readonly PoseFrame[] = [],
): KpsSideResult[] {
  return (['left', 'right'] as const).map((side) => {
    const thigh = standingThighLength(standing, side);
    const roundErrors = rounds.map((round) => {
      const neutral = holdFppa(round.neutral, side, thigh);
      const blind = holdFppa(round.blind, side, thigh);
      return neutral === null || blind === null ? null : Math.abs(blind - neutral);
    });
    const average = mean(roundErrors.filter((error) => error !== null));
    return {
      side,
      roundErrors,
      errorDegrees: average === null ? null : Math.round(Math.min(MAX_ERROR_DEGREES, average) * 10) / 10,
    };
  });
}

/** The assessment draft's `kneePositionSense` value, or undefined when no side was measured. */
export function kneePositionSenseEntry(
  results: readonly KpsSideResult[],
): Partial<Record<LegSide, { errorDegrees: number }>> | undefined {
  const entry: Partial<Record<LegSide, { errorDegrees: number }>> = {};
  for (const result of results) {
    if (result.errorDegrees !== null) {
      entry[result.side] = { errorDegrees: result.errorDegrees };
    }
  }
  return Object.keys(entry).length === 0 ? undefined : entry;
}

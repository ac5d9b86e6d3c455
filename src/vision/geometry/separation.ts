/**
 * Knee and ankle separation in a frontal view, and KASR (knee-to-ankle separation ratio): the
 * distance between the knees over the distance between the ankles. Below 1 the knees have come
 * closer together than the feet (ARCHITECTURE.md). It holds up in slightly oblique views.
 */
import type { Pixels } from '../../units.js';
import { distance } from './point.js';
import type { PoseFrame } from './types.js';

/** Distance between the two knees in pixels, or null when either is missing. */
export function kneeSeparation(frame: PoseFrame): Pixels | null {
  const { left_knee: left, right_knee: right } = frame.keypoints;
  return left === undefined || right === undefined ? null : distance(left, right);
}

/** Distance between the two ankles in pixels, or null when either is missing. */
export function ankleSeparation(frame: PoseFrame): Pixels | null {
  const { left_ankle: left, right_ankle: right } = frame.keypoints;
  return left === undefined || right === undefined ? null : distance(left, right);
}

/** KASR on one frame; null when a knee or ankle is missing or the ankles coincide. */
export function kneeAnkleSeparationRatio(frame: PoseFrame): number | null {
  const knees = kneeSeparation(frame);
  const ankles = ankleSeparation(frame);
  if (knees === null || ankles === null || ankles === 0) {
    return null;
  }
  return knees / ankles;
}

/** Knee and ankle separation as shares of a leg length, for comparing people and distances. */
export interface NormalizedSeparation {
  readonly kneesPerLegLength: number;
  readonly anklesPerLegLength: number;
}

/** Separations over `legLengthPx` (hip→knee→ankle, 2D); null when a keypoint is missing. */
export function normalizedSeparation(frame: PoseFrame, legLengthPx: Pixels): NormalizedSeparation | null {
  const knees = kneeSeparation(frame);
  const ankles = ankleSeparation(frame);
  if (knees === null || ankles === null || legLengthPx <= 0) {
    return null;
  }
  return { kneesPerLegLength: knees / legLengthPx, anklesPerLegLength: ankles / legLengthPx };
}

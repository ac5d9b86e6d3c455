/**
 * Per-frame body measures used to find repetitions and to gate FPPA: hip height, leg and segment
 * lengths, and a knee flexion proxy. All on frames whose labels are the person's own sides.
 */
import type { Degrees, Pixels } from '../../units.js';
import { degrees, pixels, radians, toDegrees } from '../../units.js';
import type { LegSide } from './legs.js';
import { legOf } from './legs.js';
import { distance } from './point.js';
import type { PoseFrame } from './types.js';

/** Mean image y of the seen hips (pixels, y down: larger is lower), or null when neither is seen. */
export function hipY(frame: PoseFrame): Pixels | null {
  const seen = [frame.keypoints.left_hip, frame.keypoints.right_hip].filter((point) => point !== undefined);
  if (seen.length === 0) {
    return null;
  }
  return pixels(seen.reduce((sum, point) => sum + point.y, 0) / seen.length);
}

/** Hip height above the ankles (mean ankle y − mean hip y), in pixels; null without hips or ankles. */
export function hipHeight(frame: PoseFrame): Pixels | null {
  const hips = hipY(frame);
  const ankles = [frame.keypoints.left_ankle, frame.keypoints.right_ankle].filter(
    (point) => point !== undefined,
  );
  if (hips === null || ankles.length === 0) {
    return null;
  }
  return pixels(ankles.reduce((sum, point) => sum + point.y, 0) / ankles.length - hips);
}

/** 2D thigh length (hip→knee) of one leg in pixels, or null. */
export function thighLength(frame: PoseFrame, side: LegSide): Pixels | null {
  const { hip, knee } = legOf(frame, side);
  return hip === undefined || knee === undefined ? null : distance(hip, knee);
}

/** 2D shank length (knee→ankle) of one leg in pixels, or null. */
export function shankLength(frame: PoseFrame, side: LegSide): Pixels | null {
  const { knee, ankle } = legOf(frame, side);
  return knee === undefined || ankle === undefined ? null : distance(knee, ankle);
}

/** 2D leg length (thigh + shank) of one leg in pixels, or null. */
export function legLength(frame: PoseFrame, side: LegSide): Pixels | null {
  const thigh = thighLength(frame, side);
  const shank = shankLength(frame, side);
  return thigh === null || shank === null ? null : pixels(thigh + shank);
}

/** Standing 2D segment lengths of one leg, the reference for foreshortening and flexion. */
export interface StandingSegments {
  readonly thigh: Pixels;
  readonly shank: Pixels;
}

/**
 * A knee flexion proxy from a frontal view, in degrees: a segment that tilts towards the camera
 * keeps cos(tilt) of its standing 2D length, so flexion ≈ acos(thigh ratio) + acos(shank ratio).
 * A proxy for finding the bottom of a rep, not a goniometer reading. Null without the leg.
 */
export function kneeFlexionProxy(
  frame: PoseFrame,
  side: LegSide,
  standing: StandingSegments,
): Degrees | null {
  const thigh = thighLength(frame, side);
  const shank = shankLength(frame, side);
  if (thigh === null || shank === null || standing.thigh <= 0 || standing.shank <= 0) {
    return null;
  }
  const tilt = (length: number, reference: number): number => Math.acos(Math.min(1, length / reference));
  return degrees(toDegrees(radians(tilt(thigh, standing.thigh) + tilt(shank, standing.shank))));
}

/** Thigh 2D length over its standing length (1 upright, lower when the thigh points at the camera). */
export function thighLengthRatio(frame: PoseFrame, side: LegSide, standingThigh: Pixels): number | null {
  const thigh = thighLength(frame, side);
  return thigh === null || standingThigh <= 0 ? null : thigh / standingThigh;
}

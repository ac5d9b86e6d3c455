/**
 * The reference keypoints of the shared squat clip (BlazePose Full, tfjs-models test data), for
 * evidence tests and the bench: per frame, 33 keypoints as [x, y, z] pixels.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeypointName, PoseFrame } from '../geometry/types.js';
import { BLAZEPOSE_33_INDEX } from '../geometry/blazepose.js';
import { fixturesDir } from './system-parts.js';

/** The lower-body keypoints compared against the reference. */
export const LOWER_BODY_KEYPOINTS = [
  'left_hip',
  'right_hip',
  'left_knee',
  'right_knee',
  'left_ankle',
  'right_ankle',
  'left_heel',
  'right_heel',
  'left_foot_index',
  'right_foot_index',
] as const satisfies readonly KeypointName[];

export type LowerBodyKeypoint = (typeof LOWER_BODY_KEYPOINTS)[number];

export const SQUAT_CLIP = join(fixturesDir, 'pose_squats.mp4');

/** Reads pose_squats.full.json. */
export function readSquatReference(): readonly (readonly (readonly number[])[])[] {
  return JSON.parse(readFileSync(join(fixturesDir, 'pose_squats.full.json'), 'utf8')) as number[][][];
}

/** Pixel distance of each estimated keypoint from the reference, per keypoint name. */
export function distancesFromReference(
  poses: readonly PoseFrame[],
  reference: readonly (readonly (readonly number[])[])[],
  names: readonly LowerBodyKeypoint[],
): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const pose of poses) {
    for (const name of names) {
      const point = pose.keypoints[name];
      const expected = reference[pose.index]?.[BLAZEPOSE_33_INDEX[name]];
      const [x, y] = [expected?.[0], expected?.[1]];
      if (point !== undefined && x !== undefined && y !== undefined) {
        (out[name] ??= []).push(Math.hypot(point.x - x, point.y - y));
      }
    }
  }
  return out;
}

/** The q-quantile (0..1) of `values`, nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

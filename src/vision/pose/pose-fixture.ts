/**
 * The reference keypoints of the shared squat clip (BlazePose Full, tfjs-models test data), for
 * evidence tests and the bench: per frame, 33 keypoints as [x, y, z] pixels.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeypointName, PoseFrame } from '../geometry/types.js';
import { fixturesDir } from './system-parts.js';

/** BlazePose's index of each lower-body keypoint Kneeline uses. */
export const BLAZEPOSE_INDEX = {
  left_hip: 23,
  right_hip: 24,
  left_knee: 25,
  right_knee: 26,
  left_ankle: 27,
  right_ankle: 28,
  left_heel: 29,
  right_heel: 30,
  left_foot_index: 31,
  right_foot_index: 32,
} as const satisfies Partial<Record<KeypointName, number>>;

export type LowerBodyKeypoint = keyof typeof BLAZEPOSE_INDEX;

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
      const expected = reference[pose.index]?.[BLAZEPOSE_INDEX[name]];
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

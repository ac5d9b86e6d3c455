/**
 * Converts BlazePose's 33-keypoint output (as saved by tfjs-models' test data) to PoseFrames.
 * Parsed with zod at this boundary; the 12 face and hand points Kneeline does not use are dropped.
 */
import { z } from 'zod';
import { DomainError } from '../../errors.js';
import { milliseconds, pixels } from '../../units.js';
import type { Keypoint, KeypointName, PoseFrame } from './types.js';

/** BlazePose 33 index of each keypoint Kneeline uses (MediaPipe Pose landmark order). */
export const BLAZEPOSE_33_INDEX: Readonly<Record<KeypointName, number>> = {
  nose: 0,
  left_eye: 2,
  right_eye: 5,
  left_ear: 7,
  right_ear: 8,
  left_shoulder: 11,
  right_shoulder: 12,
  left_elbow: 13,
  right_elbow: 14,
  left_wrist: 15,
  right_wrist: 16,
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
};

const pointSchema = z.union([
  z.array(z.number()).min(2).max(4), // [x, y], [x, y, z] or [x, y, z, score]
  z.object({ x: z.number(), y: z.number(), score: z.number().optional() }),
]);
/** A clip: per frame either 33 points or none (no person found). */
const clipSchema = z.array(z.union([z.array(pointSchema).length(33), z.array(pointSchema).length(0)]));

/** The video the keypoints came from. */
export interface BlazePoseVideo {
  readonly width: number;
  readonly height: number;
  readonly fps: number;
}

/**
 * Frames from BlazePose 33 output in pixels: `raw[frame][keypoint]` as `[x, y, z?, score?]` or
 * `{x, y, score?}`. A point without a score gets 1 (reference data carries none). Frame i is at
 * i / fps seconds. Throws DomainError('invalid-input') when the shape is not that.
 */
export function fromBlazePose33(raw: unknown, video: BlazePoseVideo): PoseFrame[] {
  if (!(video.fps > 0 && video.width > 0 && video.height > 0)) {
    throw new DomainError('invalid-input', 'The video needs a positive width, height and frame rate.');
  }
  const parsed = clipSchema.safeParse(raw);
  if (!parsed.success) {
    throw new DomainError('invalid-input', 'Expected BlazePose keypoints as frames of 33 [x, y, z] points.');
  }
  return parsed.data.map((points, index) => {
    const keypoints: Partial<Record<KeypointName, Keypoint>> = {};
    for (const [name, position] of Object.entries(BLAZEPOSE_33_INDEX) as [KeypointName, number][]) {
      const point = points[position];
      if (point !== undefined) {
        keypoints[name] = toKeypoint(point);
      }
    }
    return {
      index,
      timeMs: milliseconds((index * 1000) / video.fps),
      width: pixels(video.width),
      height: pixels(video.height),
      keypoints,
    };
  });
}

function toKeypoint(point: z.infer<typeof pointSchema>): Keypoint {
  if (Array.isArray(point)) {
    return { x: pixels(point[0] ?? 0), y: pixels(point[1] ?? 0), score: point[3] ?? 1 };
  }
  return { x: pixels(point.x), y: pixels(point.y), score: point.score ?? 1 };
}

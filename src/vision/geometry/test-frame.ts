/**
 * A one-line way to build a PoseFrame from plain [x, y] pairs, for tests and fakes.
 */
import { milliseconds, pixels } from '../../units.js';
import type { Keypoint, KeypointName, PoseFrame } from './types.js';

/** Named keypoints as [x, y] pairs, or [x, y, score]. */
export type FramePoints = Partial<
  Record<KeypointName, readonly [number, number] | readonly [number, number, number]>
>;

/** A person standing square to a 720x1280 camera, legs about a third of the frame high. */
export const standingSquare = {
  left_shoulder: [420, 400],
  right_shoulder: [300, 400],
  left_hip: [400, 650],
  right_hip: [320, 650],
  left_knee: [395, 850],
  right_knee: [325, 850],
  left_ankle: [390, 1050],
  right_ankle: [330, 1050],
} as const satisfies FramePoints;

/** A frame at `timeMs` with each named keypoint at [x, y] (score 0.9 unless given as [x, y, score]). */
export function frameOf(
  points: FramePoints,
  options: { readonly index?: number; readonly timeMs?: number } = {},
): PoseFrame {
  const keypoints: Partial<Record<KeypointName, Keypoint>> = {};
  for (const [name, point] of Object.entries(points) as [KeypointName, readonly number[]][]) {
    keypoints[name] = { x: pixels(point[0] ?? 0), y: pixels(point[1] ?? 0), score: point[2] ?? 0.9 };
  }
  return {
    index: options.index ?? 0,
    timeMs: milliseconds(options.timeMs ?? 0),
    width: pixels(720),
    height: pixels(1280),
    keypoints,
  };
}

/**
 * A one-line way to build a PoseFrame from plain [x, y] pairs, for tests and fakes.
 */
import { milliseconds, pixels } from '../../units.js';
import type { Keypoint, KeypointName, PoseFrame } from './types.js';

/** A frame at `timeMs` with each named keypoint at [x, y] (score 0.9 unless given as [x, y, score]). */
export function frameOf(
  points: Partial<Record<KeypointName, readonly [number, number] | readonly [number, number, number]>>,
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

/**
 * Fills short gaps in a keypoint's track by straight-line interpolation in time. Only short spans
 * are filled (default ≤ 3 missing frames and ≤ 150 ms between the frames on either side); longer
 * gaps stay missing, because guessing a knee over a whole movement would invent a measurement.
 */
import { pixels } from '../../units.js';
import type { Keypoint, KeypointName, PoseFrame } from './types.js';
import { KEYPOINT_NAMES } from './types.js';

/** Limits for `fillShortGaps`. */
export interface GapLimits {
  readonly maxFrames: number;
  /** Time between the last frame before the gap and the first after it, in milliseconds. */
  readonly maxSpanMs: number;
}

export const DEFAULT_GAP_LIMITS: GapLimits = { maxFrames: 3, maxSpanMs: 150 };

/** Copies of the frames with short gaps filled; a filled keypoint scores the lower of its neighbours. */
export function fillShortGaps(
  frames: readonly PoseFrame[],
  limits: GapLimits = DEFAULT_GAP_LIMITS,
): PoseFrame[] {
  const filled = frames.map((frame): Partial<Record<KeypointName, Keypoint>> => ({ ...frame.keypoints }));
  for (const name of KEYPOINT_NAMES) {
    let lastSeen = -1;
    frames.forEach((frame, index) => {
      const point = frame.keypoints[name];
      if (point === undefined) {
        return;
      }
      const missing = index - lastSeen - 1;
      const before = frames[lastSeen];
      const pointBefore = before?.keypoints[name];
      if (missing > 0 && missing <= limits.maxFrames && before && pointBefore) {
        if (frame.timeMs - before.timeMs <= limits.maxSpanMs) {
          interpolate(frames, filled, name, lastSeen, index);
        }
      }
      lastSeen = index;
    });
  }
  return frames.map((frame, index) => ({ ...frame, keypoints: filled[index] ?? frame.keypoints }));
}

function interpolate(
  frames: readonly PoseFrame[],
  filled: Partial<Record<KeypointName, Keypoint>>[],
  name: KeypointName,
  from: number,
  to: number,
): void {
  const a = frames[from];
  const b = frames[to];
  const pa = a?.keypoints[name];
  const pb = b?.keypoints[name];
  if (!a || !b || !pa || !pb) {
    return;
  }
  for (let index = from + 1; index < to; index += 1) {
    const frame = frames[index];
    const target = filled[index];
    if (!frame || !target) {
      continue;
    }
    const share = (frame.timeMs - a.timeMs) / (b.timeMs - a.timeMs);
    target[name] = {
      x: pixels(pa.x + share * (pb.x - pa.x)),
      y: pixels(pa.y + share * (pb.y - pa.y)),
      score: Math.min(pa.score, pb.score),
    };
  }
}

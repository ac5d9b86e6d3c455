/**
 * Smooths every keypoint track of a clip with the One Euro filter. Coordinates are filtered as
 * shares of the frame height, so `beta` means the same for a 480p webcam and a 1280p phone video.
 * A track restarts after a missing frame: no smoothing across a gap.
 */
import { pixels } from '../../units.js';
import type { OneEuroParams } from './one-euro.js';
import { oneEuroFilter } from './one-euro.js';
import type { Keypoint, KeypointName, PoseFrame } from './types.js';
import { KEYPOINT_NAMES } from './types.js';

/** Defaults: still keypoints smoothed below 1.5 Hz; speed in frame heights per second. */
export const DEFAULT_ONE_EURO: OneEuroParams = { minCutoffHz: 1.5, beta: 20, derivativeCutoffHz: 1 };

/** Copies of the frames with each keypoint's x and y smoothed over its unbroken runs. */
export function smoothKeypoints(
  frames: readonly PoseFrame[],
  params: OneEuroParams = DEFAULT_ONE_EURO,
): PoseFrame[] {
  const output = frames.map((frame): Partial<Record<KeypointName, Keypoint>> => ({ ...frame.keypoints }));
  for (const name of KEYPOINT_NAMES) {
    for (const run of unbrokenRuns(frames, name)) {
      const track = (axis: 'x' | 'y'): number[] =>
        oneEuroFilter(
          run.map((index) => {
            const frame = frames[index];
            return {
              timeMs: frame?.timeMs ?? 0,
              value: (frame?.keypoints[name]?.[axis] ?? 0) / (frame?.height || 1),
            };
          }),
          params,
        );
      const xs = track('x');
      const ys = track('y');
      run.forEach((frameIndex, position) => {
        const frame = frames[frameIndex];
        const point = frame?.keypoints[name];
        const target = output[frameIndex];
        if (frame && point && target) {
          const scale = frame.height || 1;
          target[name] = {
            ...point,
            x: pixels((xs[position] ?? 0) * scale),
            y: pixels((ys[position] ?? 0) * scale),
          };
        }
      });
    }
  }
  return frames.map((frame, index) => ({ ...frame, keypoints: output[index] ?? frame.keypoints }));
}

/** Runs of consecutive frame positions where `name` is present. */
function unbrokenRuns(frames: readonly PoseFrame[], name: KeypointName): number[][] {
  const runs: number[][] = [];
  let current: number[] = [];
  frames.forEach((frame, index) => {
    if (frame.keypoints[name] === undefined) {
      if (current.length > 0) {
        runs.push(current);
      }
      current = [];
    } else {
      current.push(index);
    }
  });
  if (current.length > 0) {
    runs.push(current);
  }
  return runs;
}

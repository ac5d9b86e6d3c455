/**
 * From pose-detection's keypoints to Kneeline's PoseFrame: keep the names the geometry code
 * knows, undo padding and downscaling so coordinates are source-video pixels. Pure.
 */
import { KEYPOINT_NAMES } from '../geometry/types.js';
import type { Keypoint, KeypointName, PoseFrame } from '../geometry/types.js';
import { milliseconds, pixels } from '../../units.js';

/** A keypoint as pose-detection returns it (pixels of the image it was given). */
export interface DetectedKeypoint {
  readonly x: number;
  readonly y: number;
  readonly score?: number | undefined;
  readonly name?: string | undefined;
}

/** How to go from the model's input pixels to source pixels: subtract offset, then scale. */
export interface PixelMapping {
  readonly offsetX: number;
  readonly offsetY: number;
  readonly scaleX: number;
  readonly scaleY: number;
}

export const IDENTITY_MAPPING: PixelMapping = { offsetX: 0, offsetY: 0, scaleX: 1, scaleY: 1 };

const known = new Set<string>(KEYPOINT_NAMES);
const isKeypointName = (name: string | undefined): name is KeypointName =>
  name !== undefined && known.has(name);

/** Builds a PoseFrame of `width` x `height` source pixels from detected keypoints. */
export function toPoseFrame(
  detected: readonly DetectedKeypoint[],
  mapping: PixelMapping,
  frame: { index: number; timeMs: number; width: number; height: number },
): PoseFrame {
  const keypoints: Partial<Record<KeypointName, Keypoint>> = {};
  for (const point of detected) {
    if (isKeypointName(point.name)) {
      keypoints[point.name] = {
        x: pixels((point.x - mapping.offsetX) * mapping.scaleX),
        y: pixels((point.y - mapping.offsetY) * mapping.scaleY),
        score: point.score ?? 0,
      };
    }
  }
  return {
    index: frame.index,
    timeMs: milliseconds(frame.timeMs),
    width: pixels(frame.width),
    height: pixels(frame.height),
    keypoints,
  };
}

/** A frame's pose with coordinates scaled from its own size to `width` x `height`. */
export function scalePoseFrame(pose: PoseFrame, width: number, height: number): PoseFrame {
  const sx = width / pose.width;
  const sy = height / pose.height;
  const keypoints: Partial<Record<KeypointName, Keypoint>> = {};
  for (const [name, point] of Object.entries(pose.keypoints) as [KeypointName, Keypoint][]) {
    keypoints[name] = { x: pixels(point.x * sx), y: pixels(point.y * sy), score: point.score };
  }
  return { ...pose, width: pixels(width), height: pixels(height), keypoints };
}

/** True when the model found a person: at least `minKeypoints` keypoints of `minScore` or more. */
export function hasPerson(pose: PoseFrame, minScore = 0.3, minKeypoints = 4): boolean {
  return Object.values(pose.keypoints).filter((point) => point.score >= minScore).length >= minKeypoints;
}

/**
 * The pose estimator: one small interface so the model can be swapped, and its TF.js
 * implementation over @tensorflow-models/pose-detection, given the libraries (Node loads them
 * with require, see tf-node.ts; the browser imports them, see estimator.ts). Runs in Node and in
 * the browser; the caller chooses the backend and where the weights come from (a ModelSource).
 */
import type * as TfCore from '@tensorflow/tfjs-core';
import type * as PoseDetection from '@tensorflow-models/pose-detection';
import type { PoseFrame } from '../geometry/types.js';
import type { Milliseconds } from '../../units.js';
import { IDENTITY_MAPPING, hasPerson, toPoseFrame } from './keypoints.js';
import type { PixelMapping } from './keypoints.js';
import { POSE_MODELS } from './model-table.js';
import type { PoseModelId } from './model-table.js';
import type { ModelSource } from './model-source.js';
import { assertRgbImage, padToSquare } from './rgb-image.js';
import type { RgbImage } from './rgb-image.js';

/** The TF.js core and pose-detection modules an estimator runs on. */
export interface PoseLibraries {
  readonly tf: typeof TfCore;
  readonly poseDetection: typeof PoseDetection;
}

/** A frame to estimate: RGB pixels, its index in the video, and optionally the source size. */
export interface EstimatorFrame extends RgbImage {
  readonly index?: number;
  /** The size of the original video frame when `data` was downscaled; keypoints are mapped back. */
  readonly sourceWidth?: number;
  readonly sourceHeight?: number;
  /**
   * Set when `data` is a square cut from a larger frame (person-crop.ts): where it sits in that
   * frame's pixels, and that frame's size (which `sourceWidth` x `sourceHeight` is the original of).
   */
  readonly cropOf?: {
    readonly left: number;
    readonly top: number;
    readonly width: number;
    readonly height: number;
  };
}

/** Finds one person's keypoints in a frame. `reset()` forgets tracking between unrelated frames. */
export interface PoseEstimator {
  readonly model: PoseModelId;
  /**
   * True when calls may be issued before the last one resolved (they are answered in order and a
   * run keeps its tracking), as with worker threads; otherwise await each call.
   */
  readonly pipelined?: boolean;
  /** How many separate runs (see `reset()`) it can estimate at once: its worker threads (default 1). */
  readonly lanes?: number;
  estimate(frame: EstimatorFrame, timeMs: Milliseconds): Promise<PoseFrame>;
  reset(): void;
  dispose(): void;
}

/** Options for `createPoseEstimator`. */
export interface EstimatorOptions {
  /**
   * pose-detection's own One Euro smoothing across calls (default true, for live use). Turn it
   * off when the caller filters keypoints itself (trial analysis does), so peaks are not damped twice.
   */
  readonly smoothing?: boolean;
}

/** Creates the TF.js detector for `model` on `libs`, weights from `source`. The backend must be ready. */
export async function createPoseEstimatorWith(
  libs: PoseLibraries,
  model: PoseModelId,
  source: ModelSource,
  options: EstimatorOptions = {},
): Promise<PoseEstimator> {
  const { tf, poseDetection } = libs;
  const enableSmoothing = options.smoothing ?? true;
  const spec = POSE_MODELS[model];
  const detector =
    spec.family === 'movenet'
      ? await poseDetection.createDetector(poseDetection.SupportedModels.MoveNet, {
          modelType:
            spec.variant === 'thunder'
              ? poseDetection.movenet.modelType.SINGLEPOSE_THUNDER
              : poseDetection.movenet.modelType.SINGLEPOSE_LIGHTNING,
          modelUrl: source(spec.modelFile),
          enableSmoothing,
        })
      : await poseDetection.createDetector(poseDetection.SupportedModels.BlazePose, {
          runtime: 'tfjs',
          modelType: spec.variant,
          detectorModelUrl: source(spec.detectorFile),
          landmarkModelUrl: source(spec.landmarkFile),
          enableSmoothing,
        });
  const padsToSquare = spec.family === 'movenet';
  return {
    model,
    async estimate(frame, timeMs) {
      assertRgbImage(frame);
      const { image, padding } = padsToSquare
        ? padToSquare(frame)
        : { image: frame, padding: { size: 0, left: 0, top: 0 } };
      const input = tf.tensor3d(image.data, [image.height, image.width, 3], 'int32');
      try {
        const poses = await detector.estimatePoses(input, { maxPoses: 1, flipHorizontal: false }, timeMs);
        const cut = frame.cropOf ?? { left: 0, top: 0, width: frame.width, height: frame.height };
        const sourceWidth = frame.sourceWidth ?? cut.width;
        const sourceHeight = frame.sourceHeight ?? cut.height;
        const mapping: PixelMapping = {
          ...IDENTITY_MAPPING,
          offsetX: padding.left - cut.left,
          offsetY: padding.top - cut.top,
          scaleX: sourceWidth / cut.width,
          scaleY: sourceHeight / cut.height,
        };
        return toPoseFrame(poses[0]?.keypoints ?? [], mapping, {
          index: frame.index ?? 0,
          timeMs,
          width: sourceWidth,
          height: sourceHeight,
        });
      } finally {
        input.dispose();
      }
    },
    reset: () => detector.reset(),
    dispose: () => detector.dispose(),
  };
}

/**
 * An estimator that asks `fallback` whenever `primary` finds nobody: BlazePose finds the body
 * from the face and fails when the face is hidden, where MoveNet still sees the legs.
 */
export function withFallback(
  primary: PoseEstimator,
  makeFallback: () => Promise<PoseEstimator>,
): PoseEstimator {
  let fallback: Promise<PoseEstimator> | undefined;
  return {
    model: primary.model,
    async estimate(frame, timeMs) {
      const pose = await primary.estimate(frame, timeMs);
      if (hasPerson(pose)) {
        return pose;
      }
      fallback ??= makeFallback();
      return (await fallback).estimate(frame, timeMs);
    },
    reset() {
      primary.reset();
      void fallback?.then((estimator) => estimator.reset());
    },
    dispose() {
      primary.dispose();
      void fallback?.then((estimator) => estimator.dispose());
    },
  };
}

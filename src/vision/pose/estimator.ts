/**
 * The pose estimator for code that imports TF.js as ES modules (the browser, the bench): the
 * interface and implementation live in detector-estimator.ts; Node's analysis path loads TF.js
 * through tf-node.ts instead.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as poseDetection from '@tensorflow-models/pose-detection';
import { createPoseEstimatorWith } from './detector-estimator.js';
import type { EstimatorOptions, PoseEstimator } from './detector-estimator.js';
import type { PoseModelId } from './model-table.js';
import type { ModelSource } from './model-source.js';

export { withFallback } from './detector-estimator.js';
export type { EstimatorFrame, EstimatorOptions, PoseEstimator } from './detector-estimator.js';

/** Creates the TF.js detector for `model`, weights from `source`. The backend must be ready. */
export function createPoseEstimator(
  model: PoseModelId,
  source: ModelSource,
  options: EstimatorOptions = {},
): Promise<PoseEstimator> {
  return createPoseEstimatorWith({ tf, poseDetection }, model, source, options);
}

/**
 * Node entry point: backend set up (wasm + SIMD, cpu fallback), weights from models/, and
 * BlazePose backed by MoveNet Thunder when it finds nobody.
 */
import { useNodeBackend } from './backend.js';
import type { NodeBackend } from './backend.js';
import { createPoseEstimatorWith, withFallback } from './detector-estimator.js';
import type { PoseEstimator } from './detector-estimator.js';
import { localModels } from './model-files.js';
import { POSE_MODELS } from './model-table.js';
import type { PoseModelId } from './model-table.js';
import { nodePoseLibraries } from './tf-node.js';

/** Options for `createNodePoseEstimator`. */
export interface NodeEstimatorOptions {
  readonly backend?: NodeBackend;
  readonly modelsDir?: string;
  /** pose-detection's own smoothing (default true); see EstimatorOptions. */
  readonly smoothing?: boolean;
}

/** A ready estimator for `model` in Node. */
export async function createNodePoseEstimator(
  model: PoseModelId,
  options: NodeEstimatorOptions = {},
): Promise<PoseEstimator> {
  await useNodeBackend(options.backend ?? 'wasm');
  const source = localModels(options.modelsDir);
  const detectorOptions = { smoothing: options.smoothing ?? true };
  const estimator = await createPoseEstimatorWith(nodePoseLibraries, model, source, detectorOptions);
  if (POSE_MODELS[model].family === 'blazepose') {
    return withFallback(estimator, () =>
      createPoseEstimatorWith(nodePoseLibraries, 'thunder', source, detectorOptions),
    );
  }
  return estimator;
}

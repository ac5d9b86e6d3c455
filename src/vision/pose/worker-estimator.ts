/**
 * How many pose worker threads an analysis uses, and a single-model estimator on its own pool
 * (see pose-pool.ts: one pool per analysis, shared by its passes, is what `kneeline analyze` runs).
 */
import { availableParallelism } from 'node:os';
import type { PoseEstimator } from './estimator.js';
import type { PoseModelId } from './model-table.js';
import { createPosePool } from './pose-pool.js';

/** At most this many workers: each holds its models and a wasm heap, and ffmpeg needs a core too. */
export const MAX_WORKERS = 4;

/**
 * The worker count: KNEELINE_POSE_WORKERS when set (0 keeps the model in the main thread, one
 * thread; at most MAX_WORKERS), else one per core when there are two or more (at most
 * MAX_WORKERS), else 0: on one core a worker only adds its start-up.
 */
export function poseWorkerCount(env: Readonly<Record<string, string | undefined>>, cores: number): number {
  const asked = env['KNEELINE_POSE_WORKERS'];
  if (asked === undefined || asked === '') {
    return cores >= 2 ? Math.min(cores, MAX_WORKERS) : 0;
  }
  const count = Number(asked);
  if (!Number.isInteger(count) || count < 0) {
    throw new Error(`KNEELINE_POSE_WORKERS must be a whole number of workers, 0 or more (got "${asked}")`);
  }
  return Math.min(count, MAX_WORKERS);
}

/** The default for this machine and environment. */
export const defaultPoseWorkerCount = (): number => poseWorkerCount(process.env, availableParallelism());

/** Options for `createWorkerPoseEstimator`. */
export interface WorkerEstimatorOptions {
  readonly workers: number;
  readonly smoothing?: boolean;
  readonly modelsDir?: string;
}

/** `workers` (≥ 1) threads running `model`, on a pool of their own that `dispose()` ends. */
export function createWorkerPoseEstimator(
  model: PoseModelId,
  options: WorkerEstimatorOptions,
): PoseEstimator {
  const pool = createPosePool(options);
  pool.preload(model);
  return { ...pool.estimator(model), dispose: () => pool.dispose() };
}

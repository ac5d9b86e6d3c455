/**
 * The pose estimators one `kneeline analyze` run uses (also `npm run eval` and the bench, so they
 * measure what a user gets): by default one pool of worker threads, started once and shared by
 * both passes, each worker loading Lightning and Thunder once; KNEELINE_POSE_WORKERS=0 keeps the
 * model in the main thread (one thread).
 */
import type { PoseModelId } from '../vision/pose/model-table.js';
import { createPosePool } from '../vision/pose/pose-pool.js';
import type { PoseEstimator } from '../vision/pose/estimator.js';
import { defaultPoseWorkerCount } from '../vision/pose/worker-estimator.js';
import type { AnalyzeVideoDeps } from './analyze-video.js';

/** Estimators for one analysis; `dispose()` ends its workers. */
export interface AnalyzeEstimators extends Pick<AnalyzeVideoDeps, 'createEstimator' | 'prepare'> {
  /** Worker threads, 0 for the main thread. */
  readonly workers: number;
  /** In words, e.g. "pose model in 2 worker threads". */
  readonly described: string;
  dispose(): void;
}

/** Starts the estimators for one analysis: `workers` threads (default: one per core, see poseWorkerCount). */
export function analyzeEstimators(workers = defaultPoseWorkerCount()): AnalyzeEstimators {
  if (workers === 0) {
    return {
      workers,
      described: 'pose model in the main thread',
      // Loaded here, not at the top: with workers the main thread never pays for TF.js.
      createEstimator: async (model: PoseModelId): Promise<PoseEstimator> => {
        const { createNodePoseEstimator } = await import('../vision/pose/node-estimator.js');
        return createNodePoseEstimator(model, { smoothing: false });
      },
      dispose: () => undefined,
    };
  }
  const pool = createPosePool({ workers, smoothing: false });
  return {
    workers,
    described: `pose model in ${workers} worker thread${workers === 1 ? '' : 's'}`,
    createEstimator: (model) => Promise.resolve(pool.estimator(model)),
    prepare: (model) => pool.preload(model),
    dispose: () => pool.dispose(),
  };
}

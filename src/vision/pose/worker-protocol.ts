/** Messages between `createWorkerPoseEstimator` and its worker threads (pose-worker.ts). */
import type { PoseFrame } from '../geometry/types.js';
import type { EstimatorFrame } from './estimator.js';
import type { PoseModelId } from './model-table.js';

/** What a worker is started with. */
export interface WorkerSetup {
  readonly model: PoseModelId;
  readonly smoothing: boolean;
  readonly modelsDir?: string;
}

export type ToWorker =
  | {
      readonly kind: 'estimate';
      readonly id: number;
      readonly frame: EstimatorFrame;
      readonly timeMs: number;
    }
  | { readonly kind: 'reset' };

export type FromWorker =
  | { readonly kind: 'ready' }
  | { readonly kind: 'pose'; readonly id: number; readonly pose: PoseFrame }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };

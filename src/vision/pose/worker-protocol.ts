/** Messages between a pose pool (pose-pool.ts) and its worker threads (pose-worker.ts). */
import type { PoseFrame } from '../geometry/types.js';
import type { EstimatorFrame } from './estimator.js';
import type { PoseModelId } from './model-table.js';

/** What a worker is started with; each model is loaded the first time a message names it. */
export interface WorkerSetup {
  readonly smoothing: boolean;
  readonly modelsDir?: string;
}

/** Every message names its model: one worker holds each model it was asked for, loaded once. */
export type ToWorker =
  | { readonly kind: 'load'; readonly model: PoseModelId }
  | {
      readonly kind: 'estimate';
      readonly model: PoseModelId;
      readonly id: number;
      readonly frame: EstimatorFrame;
      readonly timeMs: number;
    }
  | { readonly kind: 'reset'; readonly model: PoseModelId };

export type FromWorker =
  | { readonly kind: 'pose'; readonly id: number; readonly pose: PoseFrame }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };

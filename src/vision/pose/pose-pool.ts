/**
 * A pool of pose worker threads, started once per analysis and shared by all its passes: each
 * worker has its own TF.js wasm backend and loads each model once, when first asked. A run of
 * frames (between two `reset()` calls) stays on one worker, in order, so its tracking is exactly
 * the main thread's; separate runs go to the least busy worker, so they are estimated side by side.
 */
import { Worker } from 'node:worker_threads';
import type { PoseFrame } from '../geometry/types.js';
import type { EstimatorFrame, PoseEstimator } from './estimator.js';
import type { PoseModelId } from './model-table.js';
import type { FromWorker, ToWorker, WorkerSetup } from './worker-protocol.js';

/** Options for `createPosePool`. */
export interface PosePoolOptions {
  /** Worker threads (at least 1). */
  readonly workers: number;
  /** pose-detection's own smoothing (see EstimatorOptions); analysis turns it off. */
  readonly smoothing?: boolean;
  readonly modelsDir?: string;
}

/** Worker threads that estimate poses for any model; `dispose()` ends them. */
export interface PosePool {
  readonly size: number;
  /** An estimator for `model` on the pool's workers (pipelined: calls need not be awaited one by one). */
  estimator(model: PoseModelId): PoseEstimator;
  /** Asks every worker to load `model` once the work already sent to it is done. */
  preload(model: PoseModelId): void;
  dispose(): void;
}

/**
 * A worker running the entry: compiled beside this file in build/, or (tests, tsx) the
 * TypeScript source through scripts/pose-worker-source.mjs, which registers tsx's loader in the worker.
 */
function spawnWorker(setup: WorkerSetup): Worker {
  const entry = import.meta.url.endsWith('.ts')
    ? new URL('../../../scripts/pose-worker-source.mjs', import.meta.url)
    : new URL('./pose-worker.js', import.meta.url);
  return new Worker(entry, { workerData: setup });
}

interface Pending {
  readonly lane: Lane;
  readonly resolve: (pose: PoseFrame) => void;
  readonly reject: (error: Error) => void;
}

interface Lane {
  readonly worker: Worker;
  /** Estimates sent and not yet answered. */
  busy: number;
}

/** Starts `options.workers` threads; they load their backend while the caller gets on. */
export function createPosePool(options: PosePoolOptions): PosePool {
  const setup: WorkerSetup = {
    smoothing: options.smoothing ?? true,
    ...(options.modelsDir === undefined ? {} : { modelsDir: options.modelsDir }),
  };
  const pending = new Map<number, Pending>();
  let broken: Error | null = null;
  let disposed = false;
  const fail = (error: Error): void => {
    broken ??= error;
    for (const waiting of pending.values()) {
      waiting.reject(error);
    }
    pending.clear();
  };
  const lanes: Lane[] = Array.from({ length: Math.max(1, options.workers) }, () => {
    const lane: Lane = { worker: spawnWorker(setup), busy: 0 };
    lane.worker.on('message', (message: FromWorker) => {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      lane.busy -= 1;
      if (message.kind === 'pose') {
        waiting?.resolve(message.pose);
      } else {
        waiting?.reject(new Error(message.message));
      }
    });
    lane.worker.on('error', fail);
    lane.worker.on('exit', (code) => {
      if (!disposed) {
        fail(new Error(`A pose worker stopped unexpectedly (exit code ${code}).`));
      }
    });
    return lane;
  });
  let nextId = 0;
  let turn = 0;
  /** The least busy lane, taking turns among equals so idle workers all get runs. */
  const leastBusy = (): Lane => {
    const fewest = Math.min(...lanes.map((lane) => lane.busy));
    for (let step = 0; step < lanes.length; step += 1) {
      const lane = lanes[(turn + step) % lanes.length];
      if (lane !== undefined && lane.busy === fewest) {
        turn = (turn + step + 1) % lanes.length;
        return lane;
      }
    }
    throw new Error('a pose pool has at least one worker');
  };
  const estimate = (lane: Lane, model: PoseModelId, frame: EstimatorFrame, timeMs: number) => {
    if (broken !== null) {
      return Promise.reject(broken);
    }
    const id = nextId;
    nextId += 1;
    // A copy of the pixels is handed over (transferred, not cloned): the caller may keep its frame.
    const data = new Uint8Array(frame.data);
    const sent: EstimatorFrame = { ...frame, data };
    const message: ToWorker = { kind: 'estimate', model, id, frame: sent, timeMs };
    return new Promise<PoseFrame>((resolve, reject) => {
      pending.set(id, { lane, resolve, reject });
      lane.busy += 1;
      lane.worker.postMessage(message, [data.buffer]);
    });
  };
  return {
    size: lanes.length,
    estimator(model) {
      let lane = lanes[0] as Lane;
      return {
        model,
        pipelined: true,
        lanes: lanes.length,
        estimate: (frame, timeMs) => estimate(lane, model, frame, timeMs),
        reset() {
          // Unrelated frames follow: they may go to another worker, to a fresh tracker there.
          lane = leastBusy();
          lane.worker.postMessage({ kind: 'reset', model } satisfies ToWorker);
        },
        // The pool owns the workers; the caller disposes the pool.
        dispose: () => undefined,
      };
    },
    preload(model) {
      for (const lane of lanes) {
        lane.worker.postMessage({ kind: 'load', model } satisfies ToWorker);
      }
    },
    dispose() {
      disposed = true;
      for (const lane of lanes) {
        void lane.worker.terminate();
      }
    },
  };
}

/**
 * A pose estimator whose model runs in worker threads (each its own TF.js wasm backend and
 * model), so decoding and inference overlap and, with two or more workers, separate runs of
 * frames are estimated at once. A run (the frames between two `reset()` calls) stays on one
 * worker, in order, so its tracking is exactly the single-thread path's.
 */
import { Worker } from 'node:worker_threads';
import type { PoseFrame } from '../geometry/types.js';
import type { EstimatorFrame, PoseEstimator } from './estimator.js';
import type { PoseModelId } from './model-table.js';
import type { FromWorker, ToWorker, WorkerSetup } from './worker-protocol.js';

/** At most this many workers when asked for: each holds a model and a wasm heap. */
export const MAX_WORKERS = 4;

/**
 * The worker count: KNEELINE_POSE_WORKERS when set (at most MAX_WORKERS), else 0, the model in
 * the main thread. Not yet one per core: on this project's loaded 2-core machine (bench/analyze.ts,
 * 1080p squat) two workers cost 1.2x the CPU every time (each worker starts its own wasm and
 * model, per pass) and the wall time went either way (1.6x slower over 2 runs, 0.65x over 3 an
 * hour later), so the gain is not shown yet.
 */
export function poseWorkerCount(env: Readonly<Record<string, string | undefined>>): number {
  const asked = env['KNEELINE_POSE_WORKERS'];
  if (asked === undefined || asked === '') {
    return 0;
  }
  const count = Number(asked);
  if (!Number.isInteger(count) || count < 0) {
    throw new Error(`KNEELINE_POSE_WORKERS must be a whole number of workers, 0 or more (got "${asked}")`);
  }
  return Math.min(count, MAX_WORKERS);
}

/** The default for this machine and environment. */
export const defaultPoseWorkerCount = (): number => poseWorkerCount(process.env);

/**
 * A worker running the entry: compiled beside this file in build/, or (tests, tsx) the
 * TypeScript source through scripts/pose-worker-source.mjs, which registers tsx's loader in the worker.
 */
function spawnWorker(setup: WorkerSetup): Worker {
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./pose-worker.js', import.meta.url), { workerData: setup });
  }
  return new Worker(new URL('../../../scripts/pose-worker-source.mjs', import.meta.url), {
    workerData: setup,
  });
}

interface Pending {
  resolve: (pose: PoseFrame) => void;
  reject: (error: Error) => void;
}

/** Starts one worker and resolves once its model is loaded. */
function startWorker(setup: WorkerSetup, pending: Map<number, Pending>): Promise<Worker> {
  const worker = spawnWorker(setup);
  return new Promise((resolve, reject) => {
    worker.on('message', (message: FromWorker) => {
      if (message.kind === 'ready') {
        resolve(worker);
        return;
      }
      const waiting = pending.get(message.id);
      if (message.kind === 'failed' && message.id === -1) {
        reject(new Error(`The pose model could not start in a worker: ${message.message}`));
        return;
      }
      pending.delete(message.id);
      if (message.kind === 'pose') {
        waiting?.resolve(message.pose);
      } else {
        waiting?.reject(new Error(message.message));
      }
    });
    worker.on('error', (error) => {
      reject(error);
      for (const waiting of pending.values()) {
        waiting.reject(error);
      }
      pending.clear();
    });
  });
}

/** Options for `createWorkerPoseEstimator`. */
export interface WorkerEstimatorOptions {
  readonly workers: number;
  readonly smoothing?: boolean;
  readonly modelsDir?: string;
}

/** `workers` (≥ 1) threads running `model`; calls may be issued without awaiting the last one. */
export async function createWorkerPoseEstimator(
  model: PoseModelId,
  options: WorkerEstimatorOptions,
): Promise<PoseEstimator> {
  const setup: WorkerSetup = {
    model,
    smoothing: options.smoothing ?? true,
    ...(options.modelsDir === undefined ? {} : { modelsDir: options.modelsDir }),
  };
  const pending = new Map<number, Pending>();
  const started = await Promise.allSettled(
    Array.from({ length: Math.max(1, options.workers) }, () => startWorker(setup, pending)),
  );
  const workers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failure = started.find((result) => result.status === 'rejected');
  if (failure !== undefined) {
    for (const worker of workers) {
      void worker.terminate();
    }
    throw failure.reason;
  }
  let current = 0;
  let nextId = 0;
  const post = (worker: Worker | undefined, message: ToWorker, transfer: ArrayBuffer[] = []) =>
    worker?.postMessage(message, transfer);
  return {
    model,
    pipelined: true,
    estimate(frame: EstimatorFrame, timeMs: number): Promise<PoseFrame> {
      const id = nextId;
      nextId += 1;
      // A copy of the pixels is handed over (transferred, not cloned): the caller may keep its frame.
      const data = new Uint8Array(frame.data);
      const sent: EstimatorFrame = {
        data,
        width: frame.width,
        height: frame.height,
        ...(frame.index === undefined ? {} : { index: frame.index }),
        ...(frame.sourceWidth === undefined ? {} : { sourceWidth: frame.sourceWidth }),
        ...(frame.sourceHeight === undefined ? {} : { sourceHeight: frame.sourceHeight }),
      };
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        post(workers[current], { kind: 'estimate', id, frame: sent, timeMs }, [data.buffer]);
      });
    },
    reset() {
      // Unrelated frames follow: they may start on the next worker, from a fresh tracker there.
      current = (current + 1) % workers.length;
      post(workers[current], { kind: 'reset' });
    },
    dispose() {
      for (const worker of workers) {
        void worker.terminate();
      }
    },
  };
}

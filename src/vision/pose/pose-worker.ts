/**
 * Worker thread entry for `createWorkerPoseEstimator`: its own TF.js wasm backend and model.
 * Messages are handled strictly one after another, so a run of frames is tracked exactly as in
 * the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { milliseconds } from '../../units.js';
import type { PoseEstimator } from './estimator.js';
import { createNodePoseEstimator } from './node-estimator.js';
import type { ToWorker, WorkerSetup } from './worker-protocol.js';

const port = parentPort;
if (port === null) {
  throw new Error('pose-worker.ts runs only as a worker thread');
}
const setup = workerData as WorkerSetup;
let chain: Promise<PoseEstimator> = createNodePoseEstimator(setup.model, {
  smoothing: setup.smoothing,
  ...(setup.modelsDir === undefined ? {} : { modelsDir: setup.modelsDir }),
});
chain.then(
  () => port.postMessage({ kind: 'ready' }),
  (error: unknown) => port.postMessage({ kind: 'failed', id: -1, message: String(error) }),
);

port.on('message', (message: ToWorker) => {
  chain = chain.then(async (estimator) => {
    if (message.kind === 'reset') {
      estimator.reset();
    } else {
      try {
        const pose = await estimator.estimate(message.frame, milliseconds(message.timeMs));
        port.postMessage({ kind: 'pose', id: message.id, pose });
      } catch (error) {
        port.postMessage({ kind: 'failed', id: message.id, message: String(error) });
      }
    }
    return estimator;
  });
});

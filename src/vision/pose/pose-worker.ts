/**
 * Worker thread entry for a pose pool (pose-pool.ts): its own TF.js wasm backend, and each model
 * loaded once, the first time a message names it. Messages are handled strictly one after
 * another, so a run of frames is tracked exactly as in the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { milliseconds } from '../../units.js';
import type { PoseEstimator } from './estimator.js';
import type { PoseModelId } from './model-table.js';
import { createNodePoseEstimator } from './node-estimator.js';
import type { FromWorker, ToWorker, WorkerSetup } from './worker-protocol.js';

const port = parentPort;
if (port === null) {
  throw new Error('pose-worker.ts runs only as a worker thread');
}
const setup = workerData as WorkerSetup;
const models = new Map<PoseModelId, Promise<PoseEstimator>>();

/** The model's estimator, loading it on first use; a failed load fails every later use too. */
function load(model: PoseModelId): Promise<PoseEstimator> {
  let estimator = models.get(model);
  if (estimator === undefined) {
    estimator = createNodePoseEstimator(model, {
      smoothing: setup.smoothing,
      ...(setup.modelsDir === undefined ? {} : { modelsDir: setup.modelsDir }),
    });
    estimator.catch(() => undefined);
    models.set(model, estimator);
  }
  return estimator;
}

async function handle(message: ToWorker): Promise<FromWorker | null> {
  try {
    const estimator = await load(message.model);
    if (message.kind === 'reset') {
      estimator.reset();
    } else if (message.kind === 'estimate') {
      const pose = await estimator.estimate(message.frame, milliseconds(message.timeMs));
      return { kind: 'pose', id: message.id, pose };
    }
    return null;
  } catch (error) {
    return message.kind === 'estimate' ? { kind: 'failed', id: message.id, message: String(error) } : null;
  }
}

let chain: Promise<void> = Promise.resolve();
port.on('message', (message: ToWorker) => {
  chain = chain.then(async () => {
    const answer = await handle(message);
    if (answer !== null) {
      port.postMessage(answer);
    }
  });
});

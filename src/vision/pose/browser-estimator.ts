/**
 * Browser entry point: WebGL backend (wasm, then cpu, when WebGL is missing), weights served by
 * our own server under `/models/` (src/server/static-files.ts), never a hub URL. Feed it
 * `rgbaToRgb(context.getImageData(...))` frames from the camera canvas.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-backend-cpu';
import { createPoseEstimator, withFallback } from './estimator.js';
import type { PoseEstimator } from './estimator.js';
import { MODEL_FOR_USE, POSE_MODELS } from './model-table.js';
import type { PoseModelId } from './model-table.js';
import { servedModels } from './model-source.js';

/** Selects the fastest backend this browser has; returns its name. */
export async function useBrowserBackend(): Promise<string> {
  for (const backend of ['webgl', 'wasm', 'cpu']) {
    try {
      if (await tf.setBackend(backend)) {
        await tf.ready();
        return backend;
      }
    } catch {
      // try the next one
    }
  }
  throw new Error('No TensorFlow.js backend could start in this browser.');
}

/** A ready estimator in the browser; Lightning by default (live feedback). */
export async function createBrowserPoseEstimator(
  model: PoseModelId = MODEL_FOR_USE.live,
  modelsUrl = '/models',
): Promise<PoseEstimator> {
  await useBrowserBackend();
  const source = servedModels(modelsUrl);
  const estimator = await createPoseEstimator(model, source);
  return POSE_MODELS[model].family === 'blazepose'
    ? withFallback(estimator, () => createPoseEstimator('lightning', source))
    : estimator;
}

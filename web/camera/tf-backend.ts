/**
 * The browser's TF.js backend for the pose models: WebGL where the browser has it, else
 * WebAssembly (SIMD, and threads when the page is cross-origin isolated: our server sends the
 * COOP/COEP headers), else plain JS. The .wasm files are bundled by Vite and served with the app.
 * The pose loop imports this module lazily, so TF.js loads only on pages that use the camera.
 */
import * as tf from '@tensorflow/tfjs-core';
import { createBrowserPoseEstimator } from '../../src/vision/pose/browser-estimator.js';
import type { PoseEstimator } from '../../src/vision/pose/estimator.js';
import type { PoseModelId } from '../../src/vision/pose/model-table.js';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';

/** What the pose loop runs on, for the speed line and the bench. */
export interface BackendInfo {
  readonly backend: string;
  /** WebAssembly threads are possible (SharedArrayBuffer needs cross-origin isolation). */
  readonly threads: boolean;
}

let pathsSet = false;

/** Points the WASM backend at the bundled .wasm files (once, before it first starts). */
export function pointWasmAtBundle(): void {
  if (pathsSet) {
    return;
  }
  setWasmPaths({
    'tfjs-backend-wasm.wasm': wasmPlain,
    'tfjs-backend-wasm-simd.wasm': wasmSimd,
    'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded,
  });
  pathsSet = true;
}

/** The backend in use now, once the estimator has chosen it. */
export function backendInfo(): BackendInfo {
  return {
    backend: tf.getBackend() ?? 'none',
    threads: typeof crossOriginIsolated !== 'undefined' && crossOriginIsolated,
  };
}

/** Starts the backend and loads `model`'s estimator (weights from our server's /models/). */
export async function openBrowserEstimator(
  model: PoseModelId,
): Promise<{ readonly estimator: PoseEstimator; readonly info: BackendInfo }> {
  pointWasmAtBundle();
  const estimator = await createBrowserPoseEstimator(model);
  return { estimator, info: backendInfo() };
}

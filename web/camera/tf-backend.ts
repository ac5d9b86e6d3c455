/**
 * The browser's TF.js backend for the pose models: WebGL where the browser has it, else
 * WebAssembly with SIMD, else plain JS. Threads stay off for now: our server sends the COOP/COEP
 * headers that allow them, but TF.js's threaded build re-creates its worker from the factory's
 * source text, which breaks once bundled and minified ("e is not defined" in the worker; the
 * e2e vision harness found the same). The .wasm files are bundled by Vite and served with the app.
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
  /** WebAssembly threads in use (see the note above: off until the bundled worker works). */
  readonly threads: boolean;
  /** The page is cross-origin isolated, so threads could be turned on. */
  readonly crossOriginIsolated: boolean;
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
  const isolated = typeof crossOriginIsolated !== 'undefined' && crossOriginIsolated;
  return {
    backend: tf.getBackend() ?? 'none',
    threads: isolated && tf.env().getBool('WASM_HAS_MULTITHREAD_SUPPORT'),
    crossOriginIsolated: isolated,
  };
}

/**
 * True when WebGL is drawn in software (SwiftShader, llvmpipe): there the WASM backend is several
 * times faster than WebGL, so WebGL is not offered to the estimator.
 */
export function softwareWebgl(): boolean {
  const gl = document.createElement('canvas').getContext('webgl');
  if (gl === null) {
    return false;
  }
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info === null ? gl.RENDERER : info.UNMASKED_RENDERER_WEBGL));
  return /swiftshader|llvmpipe|software|basic render/i.test(renderer);
}

/** Starts the backend and loads `model`'s estimator (weights from our server's /models/). */
export async function openBrowserEstimator(
  model: PoseModelId,
): Promise<{ readonly estimator: PoseEstimator; readonly info: BackendInfo }> {
  pointWasmAtBundle();
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  if (tf.findBackendFactory('webgl') !== null && softwareWebgl()) {
    tf.removeBackend('webgl');
  }
  const estimator = await createBrowserPoseEstimator(model);
  return { estimator, info: backendInfo() };
}

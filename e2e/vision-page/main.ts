/**
 * Browser harness for the e2e tests and bench/browser.ts: the app's own pose and geometry code
 * (src/vision) in a page, fed the very frames Node decoded, so both sides can be compared frame
 * by frame. Exposes `window.__kneelineVision` (see protocol.ts). Not part of the app.
 */
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { useBrowserBackend } from '../../src/vision/pose/browser-estimator.js';
import { createPoseEstimator } from '../../src/vision/pose/estimator.js';
import type { PoseEstimator } from '../../src/vision/pose/estimator.js';
import type { PoseModelId } from '../../src/vision/pose/model-table.js';
import { servedModels } from '../../src/vision/pose/model-source.js';
import { analyzeTrial } from '../../src/vision/trial/analyze-trial.js';
import type { PoseFrame } from '../../src/vision/geometry/types.js';
import { milliseconds } from '../../src/units.js';
import { squatFrameFppa } from './frame-fppa.js';
import type { BrowserAnalysis, VisionHarness, WireFrame } from './protocol.js';

/** Warm-up frames left out of the timing (shader compilation, first-call crop search). */
const WARMUP = 2;

setWasmPaths('/tfjs-wasm/');
// The threaded WASM build's inlined worker breaks once bundled ("e is not defined" in the
// worker); one thread with SIMD works, and is what Node's bench runs too.
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);

function decode(frame: WireFrame) {
  const bytes = Uint8Array.from(atob(frame.rgbBase64), (char) => char.charCodeAt(0));
  return { ...frame, data: bytes };
}

async function startBackend(): Promise<string> {
  const wanted = new URLSearchParams(window.location.search).get('backend');
  if (wanted !== null) {
    if (!(await tf.setBackend(wanted))) {
      throw new Error(`backend ${wanted} did not start`);
    }
    await tf.ready();
    return wanted;
  }
  return useBrowserBackend();
}

const estimators = new Map<PoseModelId, Promise<PoseEstimator>>();
let backend: Promise<string> | undefined;

async function estimatorFor(model: PoseModelId): Promise<PoseEstimator> {
  backend ??= startBackend();
  await backend;
  let estimator = estimators.get(model);
  if (estimator === undefined) {
    // No pose-detection smoothing: the same settings as `kneeline analyze` in Node.
    estimator = createPoseEstimator(model, servedModels('/models'), { smoothing: false });
    estimators.set(model, estimator);
  }
  return estimator;
}

async function analyzeFrames(model: PoseModelId, wire: readonly WireFrame[]): Promise<BrowserAnalysis> {
  const estimator = await estimatorFor(model);
  const frames = wire.map(decode);
  estimator.reset();
  const poses: PoseFrame[] = [];
  let started = 0;
  for (const [position, frame] of frames.entries()) {
    if (position === 0) {
      // Primed as estimate-video.ts does: the second call crops around the person.
      await estimator.estimate(frame, milliseconds(frame.timeMs));
    }
    if (position === WARMUP) {
      started = performance.now();
    }
    poses.push(await estimator.estimate(frame, milliseconds(frame.timeMs)));
    squatFrameFppa(poses.slice(-1));
  }
  const timed = Math.max(1, frames.length - WARMUP);
  const msPerFrame = (performance.now() - started) / timed;
  return {
    backend: tf.getBackend(),
    poses,
    fppa: squatFrameFppa(poses),
    report: analyzeTrial(poses, { test: 'squat', side: 'both', mirrored: false }),
    msPerFrame,
  };
}

const harness: VisionHarness = { analyzeFrames };
(window as unknown as { __kneelineVision: VisionHarness }).__kneelineVision = harness;
document.getElementById('status')?.replaceChildren('ready');

/**
 * Pose + FPPA speed in headless Chromium next to Node, per model, on the same decoded frames of
 * the fixture clip: frames per second in the browser (WASM and WebGL backends) and in Node
 * (WASM), and the browser/Node ratio. Chromium runs with --disable-gpu, so its WebGL is
 * SwiftShader (software): on a phone with a GPU WebGL is the fast one; here WASM is.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Page } from 'playwright-core';
import { milliseconds } from '../src/units.js';
import { hasPerson } from '../src/vision/pose/keypoints.js';
import { useNodeBackend } from '../src/vision/pose/backend.js';
import { openVideo } from '../src/vision/pose/decode-video.js';
import type { DecodedFrame } from '../src/vision/pose/decode-video.js';
import { createPoseEstimator } from '../src/vision/pose/estimator.js';
import { localModels } from '../src/vision/pose/model-files.js';
import type { PoseModelId } from '../src/vision/pose/model-table.js';
import { SQUAT_CLIP } from '../src/vision/pose/pose-fixture.js';
import { chromiumPath } from '../src/testing/system-parts.js';
import {
  analyzeInBrowser,
  buildVisionPage,
  launchChromium,
  openHarness,
  serveWithModels,
} from '../e2e/support/vision-page.js';
import { squatFrameFppa } from '../e2e/vision-page/frame-fppa.js';

const MODELS: readonly PoseModelId[] = ['lightning', 'thunder', 'blazepose'];
const BACKENDS = ['wasm', 'webgl'] as const;
/** Frames timed per run, after 2 warm-up frames (the same count on both sides). */
const FRAMES = 20;
const WARMUP = 2;

async function decodeFrames(count: number): Promise<DecodedFrame[]> {
  const { frames } = await openVideo(SQUAT_CLIP);
  const all: DecodedFrame[] = [];
  for await (const frame of frames) {
    if (all.length < count) {
      all.push(frame);
    }
  }
  return all;
}

/** Node: the same protocol as the browser harness (prime, 2 warm-up frames, pose + FPPA per frame). */
async function nodeMsPerFrame(model: PoseModelId, frames: readonly DecodedFrame[]): Promise<number> {
  await useNodeBackend('wasm');
  const estimator = await createPoseEstimator(model, localModels(), { smoothing: false });
  let started = 0;
  for (const [position, frame] of frames.entries()) {
    if (position === 0) {
      await estimator.estimate(frame, milliseconds(frame.timeMs));
    }
    if (position === WARMUP) {
      started = performance.now();
    }
    squatFrameFppa([await estimator.estimate(frame, milliseconds(frame.timeMs))]);
  }
  estimator.dispose();
  return (performance.now() - started) / (frames.length - WARMUP);
}

const fps = (ms: number): string => (1000 / ms).toFixed(1);

async function main(): Promise<void> {
  if (chromiumPath() === null) {
    console.log('bench/browser: no Chromium (apt-get install chromium or set CHROMIUM_PATH); skipped.');
    return;
  }
  const frames = await decodeFrames(FRAMES + WARMUP);
  const app = await serveWithModels(buildVisionPage());
  const browser = await launchChromium();
  const pages = new Map<string, Page>();
  try {
    const rows: Record<string, Record<string, string>> = {};
    for (const model of MODELS) {
      const node = await nodeMsPerFrame(model, frames);
      const row: Record<string, string> = { 'node wasm fps': fps(node) };
      for (const backend of BACKENDS) {
        const page = pages.get(backend) ?? (await openHarness(browser, app.url, backend));
        pages.set(backend, page);
        const result = await analyzeInBrowser(page, model, frames);
        const seen = result.poses.filter((pose) => hasPerson(pose)).length;
        row[`chromium ${backend} fps`] = fps(result.msPerFrame);
        row[`${backend}/node`] = (node / result.msPerFrame).toFixed(2);
        row[`${backend} frames with a person`] = `${seen}/${result.poses.length}`;
      }
      rows[model] = row;
      console.log(
        `${model}: node wasm ${fps(node)} fps; ` +
          BACKENDS.map(
            (b) => `chromium ${b} ${row[`chromium ${b} fps`]} fps (${row[`${b}/node`]}x node)`,
          ).join('; '),
      );
    }
    console.log(
      `pose + FPPA frames per second, ${FRAMES} frames (${frames[0]?.width}x${frames[0]?.height}) of the fixture clip after ${WARMUP} warm-up, one WASM thread on both sides (tfjs ${tf.version_core}); ratio = browser fps / Node fps:`,
    );
    console.table(rows);
  } finally {
    await browser.close();
    await app.close();
  }
}

await main();

/**
 * Pose speed on this machine: ms per frame per model and backend, decode-only frames per
 * second, and the real-time factor of `kneeline analyze` (video seconds per second of work; 2
 * means twice as fast as real time) on the fixture clip and on a 30 fps clip made from it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { analyzeVideo } from '../src/cli/analyze-video.js';
import { milliseconds } from '../src/units.js';
import { useNodeBackend } from '../src/vision/pose/backend.js';
import type { NodeBackend } from '../src/vision/pose/backend.js';
import { openVideo } from '../src/vision/pose/decode-video.js';
import type { DecodedFrame } from '../src/vision/pose/decode-video.js';
import { requireFfmpeg } from '../src/vision/pose/video-info.js';
import { createNodePoseEstimator } from '../src/vision/pose/node-estimator.js';
import type { PoseModelId } from '../src/vision/pose/model-table.js';
import { SQUAT_CLIP } from '../src/vision/pose/pose-fixture.js';

const MODELS: readonly PoseModelId[] = [
  'lightning',
  'thunder',
  'blazepose-lite',
  'blazepose',
  'blazepose-heavy',
];
const FRAMES: Record<NodeBackend, number> = { wasm: 20, cpu: 2 };

async function decodeAll(path: string): Promise<{ frames: DecodedFrame[]; fps: number; seconds: number }> {
  const started = performance.now();
  const { frames } = await openVideo(path);
  const all: DecodedFrame[] = [];
  for await (const frame of frames) {
    all.push(frame);
  }
  const seconds = (performance.now() - started) / 1000;
  return { frames: all, fps: all.length / seconds, seconds };
}

async function msPerFrame(
  model: PoseModelId,
  backend: NodeBackend,
  frames: readonly DecodedFrame[],
): Promise<{ wall: number; cpu: number }> {
  const estimator = await createNodePoseEstimator(model, { backend });
  const sample = frames.slice(0, FRAMES[backend] + 2);
  for (const frame of sample.slice(0, 2)) {
    await estimator.estimate(frame, milliseconds(frame.timeMs)); // warm-up: shader/kernel setup
  }
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  for (const frame of sample.slice(2)) {
    await estimator.estimate(frame, milliseconds(frame.timeMs));
  }
  const cpu = process.cpuUsage(cpuBefore);
  estimator.dispose();
  const timed = sample.length - 2;
  return { wall: (performance.now() - started) / timed, cpu: (cpu.user + cpu.system) / 1000 / timed };
}

async function realTimeFactor(
  path: string,
  videoSeconds: number,
): Promise<{ factor: number; seconds: number; cpuFactor: number; estimated: string }> {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const { estimated } = await analyzeVideo(
    path,
    { test: 'squat', side: 'both', mirrored: false },
    'thunder',
    {
      createEstimator: (id) => createNodePoseEstimator(id, { smoothing: false }),
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuFactor = videoSeconds / ((cpu.user + cpu.system) / 1e6);
  return { factor: videoSeconds / seconds, seconds, cpuFactor, estimated: JSON.stringify(estimated) };
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'kneeline-bench-'));
  try {
    const clip30 = join(work, 'squats-30fps.mp4');
    execFileSync(requireFfmpeg(), [
      '-v',
      'error',
      '-i',
      SQUAT_CLIP,
      '-vf',
      'fps=30',
      '-c:v',
      'libx264',
      '-preset',
      'veryfast',
      '-pix_fmt',
      'yuv420p',
      clip30,
    ]);
    const fixture = await decodeAll(SQUAT_CLIP);
    const thirty = await decodeAll(clip30);
    console.log(
      `decode only (720x1280 -> 202x360 rgb24): fixture ${fixture.fps.toFixed(0)} frames/s, 30 fps clip ${thirty.fps.toFixed(0)} frames/s (${thirty.frames.length} frames)`,
    );

    await useNodeBackend('wasm');
    const simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
    console.log(`wasm SIMD: ${String(simd)}, threads: 1`);
    const table: Record<string, Record<string, string>> = {};
    for (const backend of ['wasm', 'cpu'] as const) {
      for (const model of MODELS) {
        const { wall, cpu } = await msPerFrame(model, backend, fixture.frames);
        const row = (table[model] ??= {});
        row[`${backend} wall ms`] = `${wall.toFixed(1)} (${(1000 / wall).toFixed(1)} fps)`;
        row[`${backend} cpu ms`] = `${cpu.toFixed(1)} (${(1000 / cpu).toFixed(1)} fps)`;
      }
    }
    console.log(
      "ms per frame, 202x360 frames of the fixture clip (wall, and this process's CPU time: on a busy machine CPU time is the fair number):",
    );
    console.table(table);

    await useNodeBackend('wasm');
    for (const [name, path, frames, fps] of [
      ['fixture clip (5 fps, 13 s)', SQUAT_CLIP, fixture.frames.length, 5],
      ['30 fps clip (13 s)', clip30, thirty.frames.length, 30],
    ] as const) {
      const { factor, seconds, cpuFactor, estimated } = await realTimeFactor(path, frames / fps);
      console.log(
        `analyzeVideo in this process, pose model in the main thread (bench/analyze.ts times the CLI with its worker pool), ${name}: ${seconds.toFixed(2)} s wall, real-time factor ${factor.toFixed(2)}x; ` +
          `${cpuFactor.toFixed(2)}x by this process's CPU time (ffmpeg decodes on the other core); frames estimated: ${estimated}`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();

/**
 * `npm run eval [-- --model thunder|lightning|blazepose]`: runs the video analysis (as
 * `kneeline analyze` does) over every fixture case in src/vision/trial/eval-manifest.ts and
 * prints, per case, each expected and computed value, the pose error against the reference
 * keypoints where the case has them, and whether it passed. Exits 1 when any case misses.
 * The pose model runs as in `kneeline analyze`: worker threads, or the main thread with
 * KNEELINE_POSE_WORKERS=0.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeEstimators } from '../src/cli/analyze-estimators.js';
import type { AnalyzeEstimators } from '../src/cli/analyze-estimators.js';
import { analyzeVideo } from '../src/cli/analyze-video.js';
import type { AnalyzeModel } from '../src/cli/analyze-video.js';
import { distancesFromReference, quantile, readSquatReference } from '../src/vision/pose/pose-fixture.js';
import { fixturesDir } from '../src/vision/pose/system-parts.js';
import { EVAL_CASES, checkEvalCase } from '../src/vision/trial/eval-manifest.js';
import { runPhoneClipCase } from './eval-phone-clip.js';
import { runStillStanceCase } from './eval-still.js';
import type { EvalCase, EvalCheck } from '../src/vision/trial/eval-manifest.js';

const LOWER_BODY = ['left_hip', 'right_hip', 'left_knee', 'right_knee', 'left_ankle', 'right_ankle'] as const;

function videoChecks(
  evalCase: EvalCase,
  info: { width: number; height: number; fps: number },
  frames: number,
): EvalCheck[] {
  const expected = evalCase.videoInfo;
  const actual = { width: info.width, height: info.height, fps: info.fps, frames };
  return [
    {
      name: 'video size, fps, frames',
      expected: `${expected.width}x${expected.height} ${expected.fps} fps ${expected.frames}`,
      actual: `${actual.width}x${actual.height} ${actual.fps} fps ${actual.frames}`,
      passed:
        actual.width === expected.width &&
        actual.height === expected.height &&
        actual.fps === expected.fps &&
        actual.frames === expected.frames,
    },
  ];
}

async function runCase(evalCase: EvalCase, model: AnalyzeModel, deps: AnalyzeEstimators): Promise<boolean> {
  const path = join(fixturesDir, evalCase.video);
  console.log(`\n${evalCase.id} (${evalCase.video}, --test ${evalCase.options.test}, --model ${model})`);
  if (!existsSync(path)) {
    console.log(`  FAIL  the video is missing: ${path}`);
    return false;
  }
  const started = performance.now();
  const analysed = await analyzeVideo(path, evalCase.options, model, deps);
  const seconds = (performance.now() - started) / 1000;
  const frameCount = analysed.frames.complete ? countFrames(analysed) : analysed.report.frameCount;
  const checks = [
    ...videoChecks(evalCase, analysed.info, frameCount),
    ...checkEvalCase(analysed.report, evalCase),
  ];
  for (const check of checks) {
    console.log(
      `  ${check.passed ? 'ok  ' : 'FAIL'}  ${check.name}: expected ${check.expected}; computed ${check.actual}`,
    );
  }
  const bottoms = analysed.report.repetitions.map((rep) => rep.bottomFrame);
  const errors = evalCase.expected.bottomFrames.map((frame, i) =>
    bottoms[i] === undefined ? 'missing' : String(Math.abs(bottoms[i] - frame)),
  );
  console.log(`        bottom frame error (frames): ${errors.join(', ')}`);
  if (evalCase.referenceKeypoints !== null && evalCase.referenceKeypoints === 'pose_squats.full.json') {
    const distances = distancesFromReference(analysed.poses, readSquatReference(), LOWER_BODY);
    const summary = Object.entries(distances).map(
      ([name, values]) => `${name} ${quantile(values, 0.5).toFixed(0)}/${Math.max(...values).toFixed(0)}`,
    );
    console.log(
      `        keypoint error vs reference, median/max px over ${analysed.poses.length} estimated frames: ${summary.join(', ')}`,
    );
  }
  console.log(`        frames estimated: ${JSON.stringify(analysed.estimated)} in ${seconds.toFixed(1)} s`);
  return checks.every((check) => check.passed);
}

function countFrames(analysed: { frames: { get(index: number): unknown } }): number {
  let count = 0;
  while (analysed.frames.get(count) !== undefined) {
    count += 1;
  }
  return count;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { model: { type: 'string', default: 'thunder' } } });
  const model = values.model;
  if (model !== 'thunder' && model !== 'lightning' && model !== 'blazepose') {
    console.error('eval: --model must be thunder, lightning or blazepose.');
    return 1;
  }
  // As `kneeline analyze` runs (KNEELINE_POSE_WORKERS=0: the main thread), one pool for all cases.
  const deps = analyzeEstimators();
  console.log(`eval: ${deps.described}`);
  let failed = 0;
  try {
    for (const evalCase of EVAL_CASES) {
      if (!(await runCase(evalCase, model, deps))) {
        failed += 1;
      }
    }
    if (model === 'thunder') {
      for (const evalCase of EVAL_CASES) {
        if (!(await runPhoneClipCase(evalCase, deps))) {
          failed += 1;
        }
      }
      if (!(await runStillStanceCase(deps))) {
        failed += 1;
      }
    }
  } finally {
    deps.dispose();
  }
  const total = EVAL_CASES.length + (model === 'thunder' ? EVAL_CASES.length + 1 : 0);
  console.log(`\neval: ${total - failed} of ${total} fixture case(s) met their expectations`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();

/**
 * The standing test's shortcut, checked rather than assumed: a still stance read by Thunder from
 * six frames (`stillFrames`) against Thunder on every frame of the same 2 s clip, and a photo of the
 * stance against the clip. Made from the fixture's first frame (the person standing), cropped
 * waist-down as a phone photo of the legs would be.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeVideo } from '../src/cli/analyze-video.js';
import type { AnalyzeEstimators } from '../src/cli/analyze-estimators.js';
import { estimateVideoPoses } from '../src/vision/pose/estimate-video.js';
import { SQUAT_CLIP } from '../src/vision/pose/pose-fixture.js';
import { requireFfmpeg } from '../src/vision/pose/video-info.js';
import { analyzeTrial } from '../src/vision/trial/analyze-trial.js';
import type { EvalCheck } from '../src/vision/trial/eval-manifest.js';
import type { TrialOptions, TrialReport } from '../src/vision/trial/types.js';

const OPTIONS: TrialOptions = { test: 'standing', side: 'both', mirrored: false };
/** Six frames may differ from every frame by at most this much (well inside FPPA's 7.5-8.9° SDD, Munro 2012). */
const MAX_FPPA_DIFFERENCE = 1;

function fppaOf(report: TrialReport): { left: number | null; right: number | null } {
  return report.staticAlignment?.fppaDegrees ?? { left: null, right: null };
}

/** Runs the checks and prints them; true when all pass. */
export async function runStillStanceCase(deps: AnalyzeEstimators): Promise<boolean> {
  console.log('\nstill-stance (fixture frame 0 cropped waist-down: a photo, and a 2 s still clip of it)');
  const work = mkdtempSync(join(tmpdir(), 'kneeline-eval-still-'));
  try {
    const photo = join(work, 'legs.jpg');
    const clip = join(work, 'legs-2s.mp4');
    const ffmpeg = requireFfmpeg();
    execFileSync(ffmpeg, [
      '-v',
      'error',
      '-i',
      SQUAT_CLIP,
      '-vf',
      'crop=iw:ih*0.55:0:ih*0.45',
      '-frames:v',
      '1',
      photo,
    ]);
    execFileSync(ffmpeg, [
      ...['-v', 'error', '-loop', '1', '-i', photo, '-t', '2', '-r', '30'],
      ...['-c:v', 'libx264', '-pix_fmt', 'yuv420p', clip],
    ]);
    const fromPhoto = (await analyzeVideo(photo, OPTIONS, 'thunder', deps)).report;
    const fromSix = await analyzeVideo(clip, OPTIONS, 'thunder', deps);
    const thunder = await deps.createEstimator('thunder');
    const every = await estimateVideoPoses(clip, thunder, {}).finally(() => thunder.dispose());
    const fromAll = analyzeTrial(every.poses, OPTIONS);
    const six = fppaOf(fromSix.report);
    const all = fppaOf(fromAll);
    const near = (a: number | null, b: number | null): boolean =>
      a !== null && b !== null && Math.abs(a - b) <= MAX_FPPA_DIFFERENCE;
    const show = (f: { left: number | null; right: number | null }): string =>
      `left ${f.left?.toFixed(1) ?? '—'}°, right ${f.right?.toFixed(1) ?? '—'}°`;
    const checks: EvalCheck[] = [
      {
        name: 'the photo concludes',
        expected: 'valgus or no-valgus',
        actual: `${fromPhoto.conclusion.kind} (${fromPhoto.conclusion.reason})`,
        passed: fromPhoto.conclusion.kind !== 'inconclusive',
      },
      {
        name: 'photo and 2 s clip give the same conclusion',
        expected: JSON.stringify(fromPhoto.conclusion),
        actual: JSON.stringify(fromSix.report.conclusion),
        passed: JSON.stringify(fromPhoto.conclusion) === JSON.stringify(fromSix.report.conclusion),
      },
      {
        name: `standing FPPA from ${JSON.stringify(fromSix.estimated)} within ${MAX_FPPA_DIFFERENCE}° of Thunder on all ${every.poses.length} frames`,
        expected: show(all),
        actual: show(six),
        passed: near(six.left, all.left) && near(six.right, all.right),
      },
      {
        name: 'six frames and every frame give the same conclusion',
        expected: fromAll.conclusion.kind,
        actual: fromSix.report.conclusion.kind,
        passed: JSON.stringify(fromAll.conclusion) === JSON.stringify(fromSix.report.conclusion),
      },
    ];
    for (const check of checks) {
      console.log(
        `  ${check.passed ? 'ok  ' : 'FAIL'}  ${check.name}: expected ${check.expected}; computed ${check.actual}`,
      );
    }
    return checks.every((check) => check.passed);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

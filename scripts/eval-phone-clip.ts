/**
 * The two-pass plan checked on a clip as a phone records it (the fixture is 5 fps, where every
 * frame is estimated and the plan's sampling never shows): the fixture made into a 1080x1920
 * 30 fps H.264 clip, each frame shown six times. Its report must meet the fixture's expectations
 * in 30 fps frames, and reach the conclusion Thunder on every frame reaches.
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
import { checkEvalCase } from '../src/vision/trial/eval-manifest.js';
import type { EvalCase, EvalCheck } from '../src/vision/trial/eval-manifest.js';
import type { TrialReport } from '../src/vision/trial/types.js';

/** Each fixture frame becomes this many frames of the 30 fps clip. */
const REPEAT = 6;

/** `fixture` in the 30 fps clip's frames: a bottom is the middle of its six copies, ± the fixture's tolerance and half a span. */
function asPhoneClip(fixture: EvalCase): EvalCase {
  const { expected, videoInfo } = fixture;
  return {
    ...fixture,
    id: `${fixture.id}-30fps`,
    videoInfo: { width: 1080, height: 1920, fps: 30, frames: videoInfo.frames * REPEAT },
    expected: {
      ...expected,
      bottomFrames: expected.bottomFrames.map((frame) => frame * REPEAT + REPEAT / 2),
      bottomFrameTolerance: expected.bottomFrameTolerance * REPEAT + REPEAT / 2,
    },
  };
}

function kasrs(report: TrialReport): string {
  return report.repetitions.map((rep) => rep.kasrAtBottom?.toFixed(2) ?? 'none').join(', ');
}

/** Runs the checks on `fixture` made into a phone clip and prints them; true when all pass. */
export async function runPhoneClipCase(fixture: EvalCase, deps: AnalyzeEstimators): Promise<boolean> {
  const phoneCase = asPhoneClip(fixture);
  console.log(
    `\n${phoneCase.id} (${fixture.video} as a 1080x1920 30 fps H.264 clip, --test ${fixture.options.test})`,
  );
  const work = mkdtempSync(join(tmpdir(), 'kneeline-eval-phone-'));
  try {
    const clip = join(work, 'phone.mp4');
    execFileSync(requireFfmpeg(), [
      ...['-v', 'error', '-i', SQUAT_CLIP, '-vf', 'scale=1080:1920,fps=30'],
      ...[
        '-c:v',
        'libx264',
        '-profile:v',
        'high',
        '-preset',
        'veryfast',
        '-g',
        '30',
        '-pix_fmt',
        'yuv420p',
        clip,
      ],
    ]);
    const started = performance.now();
    const planned = await analyzeVideo(clip, fixture.options, 'thunder', deps);
    const seconds = (performance.now() - started) / 1000;
    const thunder = await deps.createEstimator('thunder');
    const every = await estimateVideoPoses(clip, thunder, {}).finally(() => thunder.dispose());
    const fromAll = analyzeTrial(every.poses, fixture.options);
    const checks: EvalCheck[] = [
      {
        name: 'video size, fps',
        expected: `${phoneCase.videoInfo.width}x${phoneCase.videoInfo.height} ${phoneCase.videoInfo.fps} fps`,
        actual: `${planned.info.width}x${planned.info.height} ${planned.info.fps} fps`,
        passed:
          planned.info.width === phoneCase.videoInfo.width &&
          planned.info.height === phoneCase.videoInfo.height &&
          planned.info.fps === phoneCase.videoInfo.fps,
      },
      ...checkEvalCase(planned.report, phoneCase),
      {
        name: `the plan's conclusion is Thunder's on all ${every.poses.length} frames`,
        expected: `${fromAll.conclusion.kind} (KASR at the bottoms ${kasrs(fromAll)})`,
        actual: `${planned.report.conclusion.kind} (KASR at the bottoms ${kasrs(planned.report)})`,
        passed: JSON.stringify(fromAll.conclusion) === JSON.stringify(planned.report.conclusion),
      },
    ];
    for (const check of checks) {
      console.log(
        `  ${check.passed ? 'ok  ' : 'FAIL'}  ${check.name}: expected ${check.expected}; computed ${check.actual}`,
      );
    }
    console.log(`        frames estimated: ${JSON.stringify(planned.estimated)} in ${seconds.toFixed(1)} s`);
    return checks.every((check) => check.passed);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

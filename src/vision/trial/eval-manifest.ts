/**
 * What a correct analysis of each fixture recording says, for `npm run eval`: the eval runs the
 * pose model on the video, calls `analyzeTrial`, and compares the report with `checkEvalCase`.
 * Expectations come from the fixtures' README (reference keypoints, BlazePose Full).
 */
import type { TrialOptions, TrialReport } from './types.js';

/** One fixture recording and what its report must say. */
export interface EvalCase {
  readonly id: string;
  /** File name in the shared fixtures folder. */
  readonly video: string;
  /** Reference keypoints (BlazePose 33, pixels) beside the video, or null. */
  readonly referenceKeypoints: string | null;
  readonly videoInfo: {
    readonly width: number;
    readonly height: number;
    readonly fps: number;
    readonly frames: number;
  };
  readonly options: TrialOptions;
  readonly expected: {
    readonly completeReps: number;
    /** Reps cut off by the clip's end after reaching their bottom. */
    readonly cutOffReps: number;
    readonly bottomFrames: readonly number[];
    /** A bottom may be this many frames away (pose models differ by about 30 px; fixtures README). */
    readonly bottomFrameTolerance: number;
    readonly kasrAtBottom: { readonly min: number; readonly max: number };
    /** 'not-measured': no knee may report an FPPA at any bottom. */
    readonly fppaAtBottom: 'not-measured';
  };
  readonly why: string;
}

/** The fixture cases. */
export const EVAL_CASES: readonly EvalCase[] = [
  {
    id: 'pose-squats',
    video: 'pose_squats.mp4',
    referenceKeypoints: 'pose_squats.full.json',
    videoInfo: { width: 720, height: 1280, fps: 5, frames: 65 },
    options: { test: 'squat', side: 'both', mirrored: false },
    expected: {
      completeReps: 2,
      cutOffReps: 1,
      bottomFrames: [10, 33, 59],
      bottomFrameTolerance: 2,
      // BlazePose Full reference keypoints read 1.13-1.19 here, MoveNet Thunder 1.27-1.35 (its hip
      // and knee points sit wider); what matters is ≥ 1: the knees never came inside the ankles.
      kasrAtBottom: { min: 1.0, max: 1.5 },
      fppaAtBottom: 'not-measured',
    },
    why:
      'Banded squats filmed 20-30° oblique: knees wider than ankles at depth (KASR ~1.1, no dynamic valgus); ' +
      'thighs strongly foreshortened at the bottom, so a 2D FPPA there is not a valgus measure (fixtures/README.md).',
  },
];

/** One comparison between a report and a case. */
export interface EvalCheck {
  readonly name: string;
  readonly passed: boolean;
  readonly expected: string;
  readonly actual: string;
}

/** Compares a report with a case; every check is listed, passed or not. */
export function checkEvalCase(report: TrialReport, evalCase: EvalCase): EvalCheck[] {
  const { expected } = evalCase;
  const reps = report.repetitions;
  const complete = reps.filter((rep) => !rep.cutOffAtEnd && !rep.cutOffAtStart).length;
  const cutOff = reps.filter((rep) => rep.cutOffAtEnd && rep.bottomReached).length;
  const bottoms = reps.filter((rep) => rep.bottomReached).map((rep) => rep.bottomFrame);
  const bottomsMatch =
    bottoms.length === expected.bottomFrames.length &&
    expected.bottomFrames.every(
      (frame, i) => Math.abs((bottoms[i] ?? Infinity) - frame) <= expected.bottomFrameTolerance,
    );
  const kasrs = reps.map((rep) => rep.kasrAtBottom);
  const kasrOk =
    kasrs.length > 0 &&
    kasrs.every((k) => k !== null && k >= expected.kasrAtBottom.min && k <= expected.kasrAtBottom.max);
  const measured = reps.flatMap((rep) => rep.knees).filter((knee) => knee.atBottom.kind === 'measured');
  return [
    check(
      'complete reps',
      String(expected.completeReps),
      String(complete),
      complete === expected.completeReps,
    ),
    check(
      'reps cut off at the end',
      String(expected.cutOffReps),
      String(cutOff),
      cutOff === expected.cutOffReps,
    ),
    check(
      'bottom frames',
      `${expected.bottomFrames.join(', ')} (± ${expected.bottomFrameTolerance})`,
      bottoms.join(', '),
      bottomsMatch,
    ),
    check(
      'KASR at the bottoms',
      `${expected.kasrAtBottom.min}-${expected.kasrAtBottom.max}`,
      kasrs.map((k) => (k === null ? 'none' : k.toFixed(2))).join(', '),
      kasrOk,
    ),
    check(
      'FPPA at the bottoms',
      'not measured',
      `${measured.length} knee(s) measured`,
      measured.length === 0,
    ),
  ];
}

function check(name: string, expected: string, actual: string, passed: boolean): EvalCheck {
  return { name, passed, expected, actual };
}

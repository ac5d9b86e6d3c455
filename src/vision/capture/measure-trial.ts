/**
 * From a recorded keypoint series to what the app shows and stores: the trial report (the same
 * `analyzeTrial` the CLI runs on a clip, so a clip gives the same numbers), each rep's peak FPPA
 * and its frame, and the self-test entries for the assessment draft. Pure.
 */
import type { LegSide } from '../geometry/legs.js';
import type { PoseFrame, Sex, TrialTest } from '../geometry/types.js';
import { analyzeTrial } from '../trial/analyze-trial.js';
import { FPPA_PLAUSIBLE_RANGE } from '../geometry/fppa.js';
import { blocksVerdict } from '../trial/quality-gates.js';
import type { TrialReport, TrialSide } from '../trial/types.js';
import { MODEL_INPUT_MIRRORED } from './model-input.js';
import { kneePositions } from './standing-estimate.js';

/** Analyses a recorded series from the camera (frames as the model got them: never mirrored). */
export function measureTrial(
  frames: readonly PoseFrame[],
  options: {
    readonly test: TrialTest;
    readonly side: TrialSide;
    readonly sex: Sex | null;
    /** A video file saved mirrored (some selfie cameras); live frames never are. */
    readonly mirrored?: boolean;
  },
): TrialReport {
  return analyzeTrial(frames, {
    test: options.test,
    side: options.side,
    mirrored: options.mirrored ?? MODEL_INPUT_MIRRORED,
    ...(options.sex === null ? {} : { sex: options.sex }),
  });
}

/** One knee's peak in one repetition. */
export interface RepPeak {
  readonly rep: number;
  readonly side: LegSide;
  /** FPPA at the rep's bottom (the normed value), else null with the reading's reason. */
  readonly fppaDegrees: number | null;
  /** The frame index (`PoseFrame.index`) of the peak: the bottom. */
  readonly frame: number;
}

/** Per repetition and knee: the peak (bottom) FPPA and its frame. */
export function repPeaks(report: TrialReport): RepPeak[] {
  return report.repetitions.flatMap((rep) =>
    rep.knees.map((knee) => ({
      rep: rep.number,
      side: knee.side,
      fppaDegrees: knee.atBottom.kind === 'measured' ? knee.atBottom.fppaDegrees : null,
      frame: knee.atBottom.frame,
    })),
  );
}

/** The frame to snapshot: the highest measured peak, else the first rep's bottom; null without reps. */
export function snapshotPeak(report: TrialReport): RepPeak | null {
  const peaks = repPeaks(report);
  const measured = peaks.filter((peak) => peak.fppaDegrees !== null);
  const pool = measured.length > 0 ? measured : peaks;
  return pool.reduce<RepPeak | null>(
    (best, peak) =>
      best === null || (peak.fppaDegrees ?? -Infinity) > (best.fppaDegrees ?? -Infinity) ? peak : best,
    null,
  );
}

/** The single-leg squat's camera entry for one leg, as the assessment accepts it. */
export type CameraSquatEntry = {
  readonly fppaDegrees: number;
  readonly verdict: 'valgus' | 'within-norms' | 'no-verdict';
};

/** The draft entry for a leg, or null when that leg's FPPA was not measured. */
export function cameraSquatEntry(report: TrialReport, side: LegSide): CameraSquatEntry | null {
  const summary = report.sides.find((s) => s.side === side);
  const median = summary?.medianPeakFppaDegrees ?? null;
  if (summary === undefined || median === null) {
    return null;
  }
  const verdict =
    summary.verdict.kind === 'above-healthy-range'
      ? 'valgus'
      : summary.verdict.kind === 'no-verdict'
        ? 'no-verdict'
        : 'within-norms';
  const clamped = Math.min(FPPA_PLAUSIBLE_RANGE.max, Math.max(FPPA_PLAUSIBLE_RANGE.min, median));
  return { fppaDegrees: Math.round(clamped * 10) / 10, verdict };
}

/** True when no quality issue makes the recording untrustworthy (the trial's own gates). */
export function trustworthy(report: TrialReport): boolean {
  return !report.quality.some(blocksVerdict);
}

/** One change to the assessment draft's self-test results. */
export interface DraftUpdate {
  readonly key: 'singleLegSquat' | 'standingKnee';
  readonly value: Readonly<Record<string, unknown>>;
}

const asRecord = (value: unknown): Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/**
 * What a saved trial writes into the draft: the single-leg squat's measured FPPA and verdict for
 * its leg, or the standing knee test's position per knee (standing-estimate.ts). Other tests have no self-test field
 * (their reports are kept with the measurements). The other leg's entry is kept. A recording
 * that failed a quality gate writes nothing: a typed answer is better than an untrustworthy one.
 */
export function draftUpdates(report: TrialReport, tests: Readonly<Record<string, unknown>>): DraftUpdate[] {
  if (!trustworthy(report)) {
    return [];
  }
  if (report.test === 'single-leg-squat' && report.side !== 'both') {
    const entry = cameraSquatEntry(report, report.side);
    return entry === null
      ? []
      : [{ key: 'singleLegSquat', value: { ...asRecord(tests.singleLegSquat), [report.side]: entry } }];
  }
  const positions = report.staticAlignment === null ? {} : kneePositions(report.staticAlignment);
  if (report.test === 'standing' && Object.keys(positions).length > 0) {
    return [{ key: 'standingKnee', value: { ...asRecord(tests.standingKnee), ...positions } }];
  }
  return [];
}

/** Keypoints rounded for storage (0.1 px, scores to 0.01): a 30 s recording stays well under the API's 1 MB. */
export function compactFrames(frames: readonly PoseFrame[]): PoseFrame[] {
  const round = (value: number, step: number): number => Math.round(value / step) * step;
  return frames.map((frame) => ({
    ...frame,
    timeMs: Math.round(frame.timeMs) as PoseFrame['timeMs'],
    keypoints: Object.fromEntries(
      Object.entries(frame.keypoints).map(([name, point]) => [
        name,
        { x: round(point.x, 0.1), y: round(point.y, 0.1), score: round(point.score, 0.01) },
      ]),
    ),
  }));
}

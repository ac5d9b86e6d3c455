/**
 * Per-leg summary over a trial: how many reps reached their bottom, the median and maximum of
 * the FPPA at those bottoms, the leg's mean keypoint confidence, and the verdict.
 */
import { degrees } from '../../units.js';
import type { LegSide } from '../geometry/legs.js';
import { meanLegScore } from '../geometry/leg-score.js';
import type { PoseFrame, Sex, TrialTest } from '../geometry/types.js';
import type { QualityIssue } from './quality-gates.js';
import { median } from './stats.js';
import { MIN_REPS } from './test-profiles.js';
import type { FppaGap, Repetition, SideSummary } from './types.js';
import { judgeFppa } from './verdict.js';

/** What the summary needs beyond the reps. */
export interface SummaryContext {
  readonly test: TrialTest;
  readonly sex: Sex | null;
  /** Frames relabelled to the person's sides, before confidence gating. */
  readonly labelled: readonly PoseFrame[];
  readonly quality: readonly QualityIssue[];
}

/** Summarises one leg. */
export function summarizeSide(
  side: LegSide,
  repetitions: readonly Repetition[],
  context: SummaryContext,
): SideSummary {
  const bottoms = repetitions
    .filter((rep) => rep.bottomReached)
    .flatMap((rep) => rep.knees.filter((knee) => knee.side === side).map((knee) => knee.atBottom));
  const peaks = bottoms.flatMap((reading) => (reading.kind === 'measured' ? [reading.fppaDegrees] : []));
  const medianPeak = median(peaks);
  const maxPeak = peaks.length === 0 ? null : Math.max(...peaks);
  const verdict = judgeFppa({
    test: context.test,
    sex: context.sex,
    medianPeakFppaDegrees: medianPeak === null ? null : degrees(medianPeak),
    repCount: bottoms.length,
    minReps: MIN_REPS,
    unmeasuredReason: commonestGap(bottoms.flatMap((r) => (r.kind === 'not-measured' ? [r.reason] : []))),
    quality: context.quality,
  });
  return {
    side,
    repCount: bottoms.length,
    measuredRepCount: peaks.length,
    medianPeakFppaDegrees: medianPeak === null ? null : degrees(medianPeak),
    maxPeakFppaDegrees: maxPeak === null ? null : degrees(maxPeak),
    meanKeypointScore: legScore(context.labelled, side),
    verdict,
  };
}

/** Mean confidence of a leg's hip, knee and ankle over all frames, before gating (geometry/leg-score.ts). */
export function legScore(frames: readonly PoseFrame[], side: LegSide): number | null {
  return meanLegScore(frames, [side]);
}

function commonestGap(gaps: readonly FppaGap[]): FppaGap {
  const order: FppaGap[] = ['thigh-foreshortened', 'oblique-view', 'keypoints-missing'];
  const counts = order.map((gap) => gaps.filter((g) => g === gap).length);
  const best = Math.max(...counts);
  return order[counts.indexOf(best)] ?? 'keypoints-missing';
}

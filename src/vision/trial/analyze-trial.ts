/**
 * analyzeTrial: one recorded test → repetitions, per-knee FPPA, per-side summary, quality gates
 * and a verdict against published norms. Pure: frames and options in, a plain JSON report out.
 */
import { DomainError } from '../../errors.js';
import { degrees, milliseconds } from '../../units.js';
import { MOVENET_MIN_SCORE } from '../geometry/confidence.js';
import type { LegSide } from '../geometry/legs.js';
import { legOf } from '../geometry/legs.js';
import type { PoseFrame } from '../geometry/types.js';
import type { FrameMeasures } from './frame-measures.js';
import { measureFrame } from './frame-measures.js';
import { FPPA_CAUTION } from './norms.js';
import { prepareFrames } from './prepare-frames.js';
import { checkRecordingQuality, legsUnambiguous } from './quality-gates.js';
import { meanLegScore } from '../geometry/leg-score.js';
import { concludeTrial } from './conclusion.js';
import { buildRepetitions } from './repetitions.js';
import { segmentRepetitions } from './segment-repetitions.js';
import { summarizeSide } from './side-summary.js';
import type { StandingReference } from './standing-reference.js';
import { findStandingReference } from './standing-reference.js';
import { measureStaticAlignment } from './static-alignment.js';
import { MIN_REPS, TEST_PROFILES } from './test-profiles.js';
import type { Repetition, SideSummary, TrialOptions, TrialReport } from './types.js';

/** Default keypoint confidence gate (MoveNet model card: about 0.3; NORMS.md). */
export const DEFAULT_MIN_SCORE = MOVENET_MIN_SCORE;

/**
 * Depth (hip drop over standing hip height) below which a frame counts as standing when finding
 * standing thigh lengths: the one definition (a signal setting of this app).
 */
export const STANDING_DEPTH = 0.05;

/**
 * Analyses one trial. Frames must be in time order. Throws DomainError('invalid-input') for a
 * `minScore` outside 0..1 or timestamps going backwards; every other problem is in `quality`.
 * @example analyzeTrial(frames, { test: 'squat', side: 'both', mirrored: false })
 */
export function analyzeTrial(frames: readonly PoseFrame[], options: TrialOptions): TrialReport {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  validate(frames, minScore);
  const sides: LegSide[] = options.side === 'both' ? ['left', 'right'] : [options.side];
  const clip = prepareFrames(frames, { mirrored: options.mirrored, minScore });
  const { repetitions, reference, measures } = findRepetitions(clip.frames, options, sides);
  const shifts = sameWayShifts(measures, repetitions);
  const standing =
    options.test === 'standing' && reference !== null
      ? measureStaticAlignment(clip.frames, reference, options.mirrored, options.heightCm ?? null)
      : null;
  const quality = checkRecordingQuality({
    frames: clip.frames,
    meanScore: meanLegScore(clip.labelled, sides),
    // A still stance is read from the legs alone: a waist-down photo scores low but shows them plainly.
    legsUnambiguous: options.test === 'standing' && legsUnambiguous(clip.frames),
    sides,
    framesWithSwaps: new Set(clip.swaps.map((swap) => swap.frame)).size,
    obliqueShare: shifts.length === 0 ? null : shifts.filter(Boolean).length / shifts.length,
    repCount: TEST_PROFILES[options.test].dynamic
      ? repetitions.filter((rep) => rep.bottomReached).length
      : null,
    minReps: MIN_REPS,
  });
  const context = { test: options.test, sex: options.sex ?? null, labelled: clip.labelled, quality };
  const summaries = sides.map((side) => summarizeSide(side, repetitions, context));
  const usableFrameCount = clip.frames.filter((frame) =>
    sides.every((side) => hasWholeLeg(frame, side)),
  ).length;
  return {
    schemaVersion: 1,
    conclusion: concludeTrial({
      test: options.test,
      side: options.side,
      sex: options.sex ?? null,
      quality,
      repetitions,
      sides: summaries,
      stance: standing?.stance ?? null,
      usableFrameCount,
    }),
    test: options.test,
    side: options.side,
    sex: options.sex ?? null,
    mirrored: options.mirrored,
    minScore,
    frameCount: frames.length,
    durationMs: milliseconds((frames.at(-1)?.timeMs ?? 0) - (frames[0]?.timeMs ?? 0)),
    usableFrameCount,
    repetitions,
    sides: summaries,
    asymmetryDegrees: asymmetry(summaries),
    staticAlignment: standing?.alignment ?? null,
    quality,
    legSwaps: clip.swaps,
    caution: FPPA_CAUTION,
  };
}

/** Standing reference, per-frame measures and repetitions of a prepared clip. */
function findRepetitions(
  frames: readonly PoseFrame[],
  options: TrialOptions,
  sides: readonly LegSide[],
): { repetitions: Repetition[]; reference: StandingReference | null; measures: FrameMeasures[] } {
  const profile = TEST_PROFILES[options.test];
  // Single-leg tests measure hip height above the stance foot; the free foot moves.
  const ankleSide = profile.doubleLeg || options.side === 'both' ? 'both' : options.side;
  const reference = findStandingReference(frames, ankleSide, STANDING_DEPTH);
  if (reference === null) {
    return { repetitions: [], reference, measures: [] };
  }
  const measures = frames.map((frame) =>
    measureFrame(frame, reference, { mirrored: options.mirrored, ankleSide, doubleLeg: profile.doubleLeg }),
  );
  const windows = profile.dynamic
    ? segmentRepetitions(
        measures.map((m) => m.depth),
        profile,
      )
    : [];
  return { repetitions: buildRepetitions(windows, measures, sides, profile.doubleLeg), reference, measures };
}

/** Same-way knee shifts over the frames inside repetitions (all frames when there are none). */
function sameWayShifts(measures: readonly FrameMeasures[], repetitions: readonly Repetition[]): boolean[] {
  const inRep = (frame: number): boolean =>
    repetitions.length === 0 || repetitions.some((rep) => frame >= rep.startFrame && frame <= rep.endFrame);
  return measures.flatMap((m) => (m.sameWayShift === null || !inRep(m.frame) ? [] : [m.sameWayShift]));
}

function validate(frames: readonly PoseFrame[], minScore: number): void {
  if (!(minScore >= 0 && minScore <= 1)) {
    throw new DomainError('invalid-input', `minScore must be between 0 and 1, got ${minScore}.`);
  }
  frames.forEach((frame, i) => {
    const before = frames[i - 1];
    if (before !== undefined && frame.timeMs < before.timeMs) {
      throw new DomainError('invalid-input', `Frame ${frame.index} is earlier than the frame before it.`);
    }
  });
}

function hasWholeLeg(frame: PoseFrame, side: LegSide): boolean {
  const { hip, knee, ankle } = legOf(frame, side);
  return hip !== undefined && knee !== undefined && ankle !== undefined;
}

/** |left − right| of the median peak FPPA when both legs have one. */
function asymmetry(summaries: readonly SideSummary[]): ReturnType<typeof degrees> | null {
  const [a, b] = summaries.map((summary) => summary.medianPeakFppaDegrees);
  if (a === undefined || b === undefined || a === null || b === null) {
    return null;
  }
  return degrees(Math.abs(a - b));
}

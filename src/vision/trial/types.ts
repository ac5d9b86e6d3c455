/**
 * The trial contract: what `analyzeTrial` takes and what it returns. `TrialReport` is plain
 * JSON (numbers, strings, booleans, arrays, objects and `null`; never `undefined`, `NaN` or a
 * `Map`) because it is stored in the database and sent to the browser as is.
 */
import type { FppaGap } from './fppa-gap.js';
import type { Degrees, Milliseconds } from '../../units.js';
import type { Sex, TrialTest } from '../geometry/types.js';
import type { LegSide } from '../geometry/legs.js';
import type { Verdict } from './verdict.js';
import type { QualityIssue } from './quality-gates.js';
import type { StandingLeg } from './standing-stance.js';

/** Which leg(s) a trial measures: the stance leg of a single-leg test, or both. */
export type TrialSide = LegSide | 'both';

/** How `analyzeTrial` reads a recording. */
export interface TrialOptions {
  readonly test: TrialTest;
  readonly side: TrialSide;
  readonly sex?: Sex;
  /** True when the video is mirrored (a selfie camera): the model's left/right labels are swapped. */
  readonly mirrored: boolean;
  /** Keypoints below this confidence are ignored. Default 0.3 (MoveNet model card, NORMS.md). */
  readonly minScore?: number;
  /** The person's height, for the standing test's ankle-gap estimate in cm. */
  readonly heightCm?: number;
}

export type { FppaGap } from './fppa-gap.js';

/** One FPPA reading on one knee: measured with its frame, or not measured with the reason. */
export type FppaReading =
  | { readonly kind: 'measured'; readonly fppaDegrees: Degrees; readonly frame: number }
  | {
      readonly kind: 'not-measured';
      readonly reason: FppaGap;
      readonly frame: number;
      /** The thigh's 2D length over its standing length on that frame; null when not measurable. */
      readonly thighLengthRatio: number | null;
    };

/** One knee within one repetition. */
export interface KneeRepetition {
  readonly side: LegSide;
  /** FPPA at the rep's bottom (peak knee flexion), the value norms are given for (NORMS.md). */
  readonly atBottom: FppaReading;
  /** The largest valid FPPA anywhere in the rep, or null when no frame of the rep was measurable. */
  readonly maxInRep: Extract<FppaReading, { kind: 'measured' }> | null;
  /**
   * Knee flexion proxy at the bottom, degrees, from how much thigh and shank shrink in the image
   * (see geometry `kneeFlexionProxy`): a depth indication, not a goniometer reading. Null if unseen.
   */
  readonly kneeFlexionProxyDegrees: Degrees | null;
}

/** One repetition: descent from standing, the bottom, and the return. Frames are `PoseFrame.index`. */
export interface Repetition {
  /** 1-based, in order of time. */
  readonly number: number;
  readonly startFrame: number;
  readonly bottomFrame: number;
  readonly endFrame: number;
  /** True when the clip ended before the person stood back up. */
  readonly cutOffAtEnd: boolean;
  /** True when the clip started with the person already descending or down. */
  readonly cutOffAtStart: boolean;
  /** False when a cut-off rep never rose again, so its true bottom may lie after the clip. */
  readonly bottomReached: boolean;
  /** Hip drop at the bottom as a share of standing leg length (0 standing, ~0.5 deep squat). */
  readonly depth: number;
  readonly knees: readonly KneeRepetition[];
  /** Knee separation / ankle separation at the bottom (double-leg tests only), else null. */
  readonly kasrAtBottom: number | null;
}

/** Per leg summary over the trial's repetitions. */
export interface SideSummary {
  readonly side: LegSide;
  /** Repetitions whose bottom was reached (complete or cut off while rising). */
  readonly repCount: number;
  /** Of those, repetitions with a valid FPPA at the bottom. */
  readonly measuredRepCount: number;
  readonly medianPeakFppaDegrees: Degrees | null;
  readonly maxPeakFppaDegrees: Degrees | null;
  /** Mean confidence of this leg's hip, knee and ankle over the trial's frames (0..1). */
  readonly meanKeypointScore: number | null;
  readonly verdict: Verdict;
}

/** Standing alignment for the 'standing' test (medians over the clip), normalised by leg length. */
export interface StaticAlignment {
  readonly kneeSeparationPerLegLength: number;
  readonly ankleSeparationPerLegLength: number;
  /** Knee separation / ankle separation; below 1 the knees are closer together than the feet. */
  readonly kasr: number;
  readonly fppaDegrees: { readonly left: Degrees | null; readonly right: Degrees | null };
  /** Each leg read from the stance (trial/standing-stance.ts); null when not measured or not a standing stance. */
  readonly legs: { readonly left: StandingLeg | null; readonly right: StandingLeg | null };
  /** Gap between the inner ankle bones with the knees together, cm, when the height is known and the knees touch. */
  readonly ankleGapCm: number | null;
}

/** One leg's or the whole trial's answer. */
export type ConclusionKind = 'valgus' | 'no-valgus' | 'inconclusive';

/** The measure and norm a conclusion rests on. */
export type ConclusionBasis =
  | 'standing-knee-ankle-separation'
  | 'kasr-squat'
  | 'kasr-landing'
  | `fppa-${Exclude<TrialTest, 'standing' | 'squat'>}-norm`
  | 'none';

/** The trial's conclusion, as stored in the report's JSON. */
export interface Conclusion {
  readonly kind: ConclusionKind;
  readonly left: ConclusionKind;
  readonly right: ConclusionKind;
  readonly basis: ConclusionBasis;
  /** Why, in plain words: the numbers and the norm, or what kept the answer out of reach. */
  readonly reason: string;
}

/** A left/right label swap found between frames, and what was done with it. */
export interface LegSwapEvent {
  readonly frame: number;
  readonly joint: string;
  readonly action: 'fixed' | 'rejected';
  readonly reason: string;
}

/** The analysis of one recorded test. Plain JSON. */
export interface TrialReport {
  readonly schemaVersion: 1;
  /** The answer: valgus, no valgus or can't tell, per leg, with its basis and reason. */
  readonly conclusion: Conclusion;
  readonly test: TrialTest;
  readonly side: TrialSide;
  readonly sex: Sex | null;
  readonly mirrored: boolean;
  readonly minScore: number;
  readonly frameCount: number;
  readonly durationMs: Milliseconds;
  /** Frames where hips, knees and ankles were all seen after filtering. */
  readonly usableFrameCount: number;
  readonly repetitions: readonly Repetition[];
  readonly sides: readonly SideSummary[];
  /** |median peak FPPA left − right| when both sides were measured, else null. */
  readonly asymmetryDegrees: Degrees | null;
  readonly staticAlignment: StaticAlignment | null;
  readonly quality: readonly QualityIssue[];
  readonly legSwaps: readonly LegSwapEvent[];
  /** Shown beside every FPPA: a movement-quality measure, not an injury forecast (NORMS.md). */
  readonly caution: string;
}

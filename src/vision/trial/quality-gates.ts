/**
 * Recording quality gates: expected outcomes, each a discriminated union with the numbers behind
 * it, so the app can tell the person what to change (STYLE.md §7). The thresholds are plausibility
 * rules of this app, not clinical values.
 */
import type { LegSide } from '../geometry/legs.js';
import { legOf } from '../geometry/legs.js';
import type { PoseFrame } from '../geometry/types.js';
import { turnedShare } from '../geometry/facing.js';

/** One reason a recording cannot be trusted as is. */
export type QualityIssue =
  | { readonly kind: 'no-person'; readonly framesWithPerson: number; readonly frameCount: number }
  | { readonly kind: 'not-facing-camera'; readonly turnedShare: number; readonly maximum: number }
  | {
      readonly kind: 'legs-out-of-view';
      readonly side: LegSide;
      readonly shareInView: number;
      readonly minimum: number;
    }
  | { readonly kind: 'oblique-view'; readonly share: number; readonly maximum: number }
  | { readonly kind: 'too-few-reps'; readonly found: number; readonly needed: number }
  | { readonly kind: 'low-confidence'; readonly meanScore: number; readonly minimum: number }
  | {
      readonly kind: 'leg-swaps';
      readonly framesAffected: number;
      readonly share: number;
      readonly maximum: number;
    };

/** Thresholds for the gates; defaults in `QUALITY_THRESHOLDS`. */
export interface QualityThresholds {
  /** A person is "in view" when at least this share of frames shows hips, knees or ankles. */
  readonly minPersonShare: number;
  /** Share of frames turned away by the one facing rule (vision/geometry/facing.ts) above which the clip is turned. */
  readonly maxTurnedShare: number;
  /** Share of frames in which a measured leg's hip, knee and ankle are seen inside the image. */
  readonly minLegInViewShare: number;
  /** Mean raw confidence of the measured legs' keypoints. */
  readonly minMeanScore: number;
  /** Share of frames with a left/right swap (fixed or rejected). */
  readonly maxSwapShare: number;
  /** Share of double-leg frames in reps where both knees shifted the same way (body turned, camera oblique). */
  readonly maxObliqueShare: number;
}

export const QUALITY_THRESHOLDS: QualityThresholds = {
  minPersonShare: 0.5,
  maxTurnedShare: 0.5,
  minLegInViewShare: 0.8,
  minMeanScore: 0.5,
  maxSwapShare: 0.1,
  maxObliqueShare: 0.5,
};

/** True for the issues that make a verdict untrustworthy; all of them do. */
export function blocksVerdict(issue: QualityIssue): boolean {
  switch (issue.kind) {
    case 'no-person':
    case 'not-facing-camera':
    case 'legs-out-of-view':
    case 'low-confidence':
    case 'leg-swaps':
    case 'oblique-view':
      return true;
    case 'too-few-reps':
      return false; // the verdict says this itself, with the counts
  }
}

/** Share of frames where the leg's hip, knee and ankle are seen and inside the image. */
export function legInViewShare(frames: readonly PoseFrame[], side: LegSide): number {
  if (frames.length === 0) {
    return 0;
  }
  const inView = frames.filter((frame) => {
    const { hip, knee, ankle } = legOf(frame, side);
    return [hip, knee, ankle].every(
      (p) => p !== undefined && p.x >= 0 && p.y >= 0 && p.x <= frame.width && p.y <= frame.height,
    );
  });
  return inView.length / frames.length;
}

/** What `checkRecordingQuality` looks at. */
export interface QualityInput {
  /** Gated, repaired and smoothed frames. */
  readonly frames: readonly PoseFrame[];
  /** The measured legs' mean raw keypoint confidence, or null when never seen. */
  readonly meanScore: number | null;
  readonly sides: readonly LegSide[];
  readonly framesWithSwaps: number;
  /** Double-leg tests: share of assessable frames with a same-way knee shift; null otherwise. */
  readonly obliqueShare: number | null;
  /** Reps whose bottom was reached; null for tests without reps. */
  readonly repCount: number | null;
  readonly minReps: number;
  /**
   * Standing test: every hip, knee and ankle passed the per-point gate and the legs are drawn in
   * anatomical order on every frame (see `legsUnambiguous`). A waist-down photo scores low overall
   * while its legs are plain to see; then the mean-score gate does not apply.
   */
  readonly legsUnambiguous?: boolean;
}

/** Every gate that fails, in the order a person would fix them. Empty when the recording is fine. */
export function checkRecordingQuality(
  input: QualityInput,
  thresholds: QualityThresholds = QUALITY_THRESHOLDS,
): QualityIssue[] {
  const { frames } = input;
  const withPerson = frames.filter((frame) => hasLowerBody(frame)).length;
  if (frames.length === 0 || withPerson / frames.length < thresholds.minPersonShare) {
    return [{ kind: 'no-person', framesWithPerson: withPerson, frameCount: frames.length }];
  }
  const issues: QualityIssue[] = [];
  const turned = turnedShare(frames);
  if (turned !== null && turned > thresholds.maxTurnedShare) {
    issues.push({ kind: 'not-facing-camera', turnedShare: turned, maximum: thresholds.maxTurnedShare });
  }
  for (const side of input.sides) {
    const share = legInViewShare(frames, side);
    if (share < thresholds.minLegInViewShare) {
      issues.push({
        kind: 'legs-out-of-view',
        side,
        shareInView: share,
        minimum: thresholds.minLegInViewShare,
      });
    }
  }
  if (input.meanScore !== null && input.meanScore < thresholds.minMeanScore && !input.legsUnambiguous) {
    issues.push({ kind: 'low-confidence', meanScore: input.meanScore, minimum: thresholds.minMeanScore });
  }
  const swapShare = input.framesWithSwaps / frames.length;
  if (swapShare > thresholds.maxSwapShare) {
    issues.push({
      kind: 'leg-swaps',
      framesAffected: input.framesWithSwaps,
      share: swapShare,
      maximum: thresholds.maxSwapShare,
    });
  }
  if (input.obliqueShare !== null && input.obliqueShare > thresholds.maxObliqueShare) {
    issues.push({ kind: 'oblique-view', share: input.obliqueShare, maximum: thresholds.maxObliqueShare });
  }
  if (input.repCount !== null && input.repCount < input.minReps) {
    issues.push({ kind: 'too-few-reps', found: input.repCount, needed: input.minReps });
  }
  return issues;
}

function hasLowerBody(frame: PoseFrame): boolean {
  const k = frame.keypoints;
  return [k.left_hip, k.right_hip, k.left_knee, k.right_knee, k.left_ankle, k.right_ankle].some(
    (p) => p !== undefined,
  );
}

/**
 * True when every frame shows both legs' hip, knee and ankle (already gated by confidence) in
 * anatomical order: hips above knees above ankles, and each knee within its leg's reach. The
 * standing test reads still legs, so this is enough to trust them whatever the rest of the body scored.
 */
export function legsUnambiguous(frames: readonly PoseFrame[]): boolean {
  return (
    frames.length > 0 &&
    frames.every((frame) =>
      (['left', 'right'] as const).every((side) => {
        const { hip, knee, ankle } = legOf(frame, side);
        return (
          hip !== undefined && knee !== undefined && ankle !== undefined && hip.y < knee.y && knee.y < ankle.y
        );
      }),
    )
  );
}

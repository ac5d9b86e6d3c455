/**
 * The filtering chain from model output to measurable frames: the person's own sides (mirror
 * flag), confidence gating, left/right swap repair, short-gap filling, One Euro smoothing.
 */
import { gateByConfidence } from '../geometry/confidence.js';
import { fillShortGaps } from '../geometry/gap-fill.js';
import type { LegSwap } from '../geometry/leg-swaps.js';
import { fixLegSwaps } from '../geometry/leg-swaps.js';
import { toAnatomicalSides } from '../geometry/legs.js';
import { smoothKeypoints } from '../geometry/smooth-keypoints.js';
import type { PoseFrame } from '../geometry/types.js';

/** A clip after each step that later code reads. */
export interface PreparedClip {
  /** Relabelled to the person's sides, before gating: for confidence statistics. */
  readonly labelled: readonly PoseFrame[];
  /** Gated, repaired, gap-filled and smoothed: for measuring. */
  readonly frames: readonly PoseFrame[];
  readonly swaps: readonly LegSwap[];
}

/** Runs the chain. Frames keep their order and `index`. */
export function prepareFrames(
  frames: readonly PoseFrame[],
  options: { readonly mirrored: boolean; readonly minScore: number },
): PreparedClip {
  const labelled = frames.map((frame) => toAnatomicalSides(frame, options.mirrored));
  const gated = labelled.map((frame) => gateByConfidence(frame, options.minScore));
  const repaired = fixLegSwaps(gated);
  return { labelled, frames: smoothKeypoints(fillShortGaps(repaired.frames)), swaps: repaired.swaps };
}

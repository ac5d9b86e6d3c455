/**
 * The one rule for "facing the camera", used by the live capture guide, the upload path and the
 * trial's quality gates alike: the body's frontal width over its length. With shoulders and hips
 * seen it is (shoulder width + hip width) / (2 × torso length), ~0.45 facing and ~0.1 in profile;
 * on a waist-down picture (no shoulders) it is hip width over leg length, ~0.25 facing and near 0
 * in profile. In a double-leg movement a clear same-way shift of both knees also reads as turned
 * (the body or camera is oblique; it is not valgus). The limits are this app's plausibility
 * settings, not clinical values.
 */
import type { Degrees } from '../../units.js';
import { legLength } from './body-measures.js';
import { kneeFppa } from './fppa.js';
import { distance, midpoint } from './point.js';
import type { PoseFrame } from './types.js';

/** Below these the body is turned too far for a frontal measure. */
export const FACING_LIMITS = {
  minBodyWidthPerTorso: 0.22,
  minHipWidthPerLegLength: 0.1,
  /** Same-way part of the two knees' raw angles, (left − right) / 2, from which a shift is clear. */
  obliqueShiftDegrees: 5,
  /** ... and how many times the caving part, (left + right) / 2, it must be to dominate. */
  obliqueDominance: 2,
} as const;

/** How one frame reads: facing, turned (with the measure), or not judgeable. */
export type Facing =
  | { readonly kind: 'facing' }
  | { readonly kind: 'turned'; readonly why: 'body-narrow' | 'knees-shift-same-way' }
  | { readonly kind: 'unknown' };

/** How to read a frame: double-leg movements add the knee-shift rule; `mirrored` as the trial's. */
export interface FacingOptions {
  readonly doubleLeg?: boolean;
  readonly mirrored?: boolean;
}

/**
 * Splits two raw knee angles into a caving part (both knees medial) and a same-way part (both
 * moved the same way in the image). True when the same-way part is clear and dominates; null
 * when either angle is missing.
 */
export function kneesShiftSameWay(left: Degrees | null, right: Degrees | null): boolean | null {
  if (left === null || right === null) {
    return null;
  }
  const sameWay = Math.abs(left - right) / 2;
  const caving = Math.abs(left + right) / 2;
  return sameWay >= FACING_LIMITS.obliqueShiftDegrees && sameWay >= FACING_LIMITS.obliqueDominance * caving;
}

/** The frontal width ratio of a frame and what it was taken from; null without hips. */
export function frontalWidth(frame: PoseFrame): { measure: 'torso' | 'hips'; ratio: number } | null {
  const { left_shoulder: ls, right_shoulder: rs, left_hip: lh, right_hip: rh } = frame.keypoints;
  if (lh === undefined || rh === undefined) {
    return null;
  }
  if (ls !== undefined && rs !== undefined) {
    const torso = distance(midpoint(ls, rs), midpoint(lh, rh));
    if (torso > 0) {
      return { measure: 'torso', ratio: (Math.abs(ls.x - rs.x) + Math.abs(lh.x - rh.x)) / (2 * torso) };
    }
  }
  const legs = [legLength(frame, 'left'), legLength(frame, 'right')].filter((l) => l !== null);
  if (legs.length === 0) {
    return null;
  }
  const leg = legs.reduce((sum, l) => sum + l, 0) / legs.length;
  return leg > 0 ? { measure: 'hips', ratio: Math.abs(lh.x - rh.x) / leg } : null;
}

/** Facing the camera on one frame (labels the person's sides), by the one rule. */
export function facingCamera(frame: PoseFrame, options: FacingOptions = {}): Facing {
  const width = frontalWidth(frame);
  if (width === null) {
    return { kind: 'unknown' };
  }
  const minimum =
    width.measure === 'torso' ? FACING_LIMITS.minBodyWidthPerTorso : FACING_LIMITS.minHipWidthPerLegLength;
  if (width.ratio < minimum) {
    return { kind: 'turned', why: 'body-narrow' };
  }
  if (options.doubleLeg === true) {
    const mirrored = options.mirrored ?? false;
    const shift = kneesShiftSameWay(kneeFppa(frame, 'left', mirrored), kneeFppa(frame, 'right', mirrored));
    if (shift === true) {
      return { kind: 'turned', why: 'knees-shift-same-way' };
    }
  }
  return { kind: 'facing' };
}

/** Share of judgeable frames whose body is turned (the width rule only), or null when none is judgeable. */
export function turnedShare(frames: readonly PoseFrame[]): number | null {
  const judged = frames.map((frame) => facingCamera(frame)).filter((f) => f.kind !== 'unknown');
  return judged.length === 0 ? null : judged.filter((f) => f.kind === 'turned').length / judged.length;
}

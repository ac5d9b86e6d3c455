/**
 * Per-frame measurements: depth, and each knee's FPPA reading behind the foreshortening and
 * oblique-view gates. FPPA is measured only where the thigh keeps enough of its standing length.
 */
import { thighLengthRatio } from '../geometry/body-measures.js';
import { kneeFppa } from '../geometry/fppa.js';
import type { LegSide } from '../geometry/legs.js';
import { kneeAnkleSeparationRatio } from '../geometry/separation.js';
import type { PoseFrame } from '../geometry/types.js';
import type { StandingReference } from './standing-reference.js';
import { hipHeightAbove } from './standing-reference.js';
import { MIN_THIGH_LENGTH_RATIO, OBLIQUE_SHIFT_DEGREES } from './test-profiles.js';
import type { FppaReading } from './types.js';

/** What one frame says. */
export interface FrameMeasures {
  readonly frame: number;
  /** 1 − hip height / standing hip height; null without hips or ankles. */
  readonly depth: number | null;
  readonly fppa: Readonly<Record<LegSide, FppaReading>>;
  readonly kasr: number | null;
}

/** Measures one frame (labels already the person's sides). */
export function measureFrame(
  frame: PoseFrame,
  reference: StandingReference,
  options: { readonly mirrored: boolean; readonly ankleSide: LegSide | 'both'; readonly doubleLeg: boolean },
): FrameMeasures {
  const height = hipHeightAbove(frame, options.ankleSide);
  const left = readKnee(frame, 'left', reference, options.mirrored);
  const right = readKnee(frame, 'right', reference, options.mirrored);
  const oblique = options.doubleLeg && kneesShiftSameWay(left, right);
  return {
    frame: frame.index,
    depth: height === null ? null : 1 - height / reference.hipHeight,
    fppa: oblique ? { left: asOblique(left), right: asOblique(right) } : { left, right },
    kasr: kneeAnkleSeparationRatio(frame),
  };
}

function readKnee(
  frame: PoseFrame,
  side: LegSide,
  reference: StandingReference,
  mirrored: boolean,
): FppaReading {
  const standingThigh = reference.thigh[side];
  const ratio = standingThigh === null ? null : thighLengthRatio(frame, side, standingThigh);
  const fppa = kneeFppa(frame, side, mirrored);
  if (fppa === null || ratio === null) {
    return { kind: 'not-measured', reason: 'keypoints-missing', frame: frame.index, thighLengthRatio: ratio };
  }
  if (ratio < MIN_THIGH_LENGTH_RATIO) {
    return {
      kind: 'not-measured',
      reason: 'thigh-foreshortened',
      frame: frame.index,
      thighLengthRatio: ratio,
    };
  }
  return { kind: 'measured', fppaDegrees: fppa, frame: frame.index };
}

/** One knee valgus and the other varus, both clearly: the body turned, the knees did not cave in. */
function kneesShiftSameWay(left: FppaReading, right: FppaReading): boolean {
  if (left.kind !== 'measured' || right.kind !== 'measured') {
    return false;
  }
  const opposite = Math.sign(left.fppaDegrees) !== Math.sign(right.fppaDegrees);
  return (
    opposite && Math.min(Math.abs(left.fppaDegrees), Math.abs(right.fppaDegrees)) >= OBLIQUE_SHIFT_DEGREES
  );
}

function asOblique(reading: FppaReading): FppaReading {
  return { kind: 'not-measured', reason: 'oblique-view', frame: reading.frame, thighLengthRatio: null };
}

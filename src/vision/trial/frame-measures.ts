/**
 * Per-frame measurements: depth, and each knee's FPPA reading behind the foreshortening and
 * oblique-view gates. FPPA is measured only where the thigh keeps enough of its standing length.
 */
import { kneeFlexionProxy, thighLengthRatio } from '../geometry/body-measures.js';
import { kneeFppa } from '../geometry/fppa.js';
import type { LegSide } from '../geometry/legs.js';
import { kneeAnkleSeparationRatio } from '../geometry/separation.js';
import type { PoseFrame } from '../geometry/types.js';
import type { StandingReference } from './standing-reference.js';
import { hipHeightAbove } from './standing-reference.js';
import { MIN_THIGH_LENGTH_RATIO } from './test-profiles.js';
import { kneesShiftSameWay } from '../geometry/facing.js';
import type { FppaGap, FppaReading } from './types.js';
import type { Degrees } from '../../units.js';

/** What one frame says. */
export interface FrameMeasures {
  readonly frame: number;
  /** 1 − hip height / standing hip height; null without hips or ankles. */
  readonly depth: number | null;
  readonly fppa: Readonly<Record<LegSide, FppaReading>>;
  readonly kasr: number | null;
  /** Knee flexion proxy per leg (see `kneeFlexionProxy`); null without standing lengths. */
  readonly kneeFlexion: Readonly<Record<LegSide, Degrees | null>>;
  /** Double-leg tests: both knees shifted the same way in the image; null when not assessable. */
  readonly sameWayShift: boolean | null;
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
  const shift = options.doubleLeg ? kneesShiftSameWay(left.raw, right.raw) : null;
  const oblique = shift === true;
  return {
    frame: frame.index,
    depth: height === null ? null : 1 - height / reference.hipHeight,
    fppa: {
      left: oblique ? asOblique(left) : left.reading,
      right: oblique ? asOblique(right) : right.reading,
    },
    kasr: kneeAnkleSeparationRatio(frame),
    sameWayShift: shift,
    kneeFlexion: { left: flexionOf(frame, 'left', reference), right: flexionOf(frame, 'right', reference) },
  };
}

function flexionOf(frame: PoseFrame, side: LegSide, reference: StandingReference): Degrees | null {
  const thigh = reference.thigh[side];
  const shank = reference.shank[side];
  return thigh === null || shank === null ? null : kneeFlexionProxy(frame, side, { thigh, shank });
}

/** The gated reading, and the raw 2D angle whatever the gate said. */
function readKnee(
  frame: PoseFrame,
  side: LegSide,
  reference: StandingReference,
  mirrored: boolean,
): { reading: FppaReading; raw: Degrees | null; ratio: number | null } {
  const standingThigh = reference.thigh[side];
  const ratio = standingThigh === null ? null : thighLengthRatio(frame, side, standingThigh);
  const raw = kneeFppa(frame, side, mirrored);
  const gap = (reason: FppaGap): FppaReading => ({
    kind: 'not-measured',
    reason,
    frame: frame.index,
    thighLengthRatio: ratio,
  });
  if (raw === null || ratio === null) {
    return { reading: gap('keypoints-missing'), raw, ratio };
  }
  if (ratio < MIN_THIGH_LENGTH_RATIO) {
    return { reading: gap('thigh-foreshortened'), raw, ratio };
  }
  return { reading: { kind: 'measured', fppaDegrees: raw, frame: frame.index }, raw, ratio };
}

/** A measured reading becomes 'oblique-view'; one already refused keeps its reason. */
function asOblique({ reading, ratio }: { reading: FppaReading; ratio: number | null }): FppaReading {
  if (reading.kind === 'not-measured') {
    return reading;
  }
  return { kind: 'not-measured', reason: 'oblique-view', frame: reading.frame, thighLengthRatio: ratio };
}

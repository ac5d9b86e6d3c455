/**
 * The standing knee test's answers from the camera: where each knee sits over its ankle, in the
 * words of the self-test (src/assessment KNEE_POSITIONS). The ankle-gap estimate is
 * trial/ankle-gap.ts. Pure.
 */
import type { LegSide } from '../geometry/legs.js';
import type { StaticAlignment } from '../trial/types.js';
import { standingLeg } from '../trial/standing-stance.js';
import type { StandingLeg } from '../trial/standing-stance.js';

/** The standing knee test's answer for one knee (src/assessment KNEE_POSITIONS). */
export type KneePosition = 'in' | 'in-line' | 'out';

const POSITION_OF: Readonly<Record<StandingLeg, KneePosition>> = {
  'knock-knee': 'in',
  straight: 'in-line',
  'bow-leg': 'out',
};

/** 'in' for a knock knee, 'out' for a bow leg, else 'in-line' (trial/standing-stance.ts); null when not measured. */
export function kneePosition(fppaDegrees: number | null): KneePosition | null {
  const leg = standingLeg(fppaDegrees);
  return leg === null ? null : POSITION_OF[leg];
}

/** Both knees' positions from a standing trial's alignment: the legs as the trial read them. */
export function kneePositions(alignment: StaticAlignment): Partial<Record<LegSide, KneePosition>> {
  const result: Partial<Record<LegSide, KneePosition>> = {};
  for (const side of ['left', 'right'] as const) {
    const leg = alignment.legs[side];
    if (leg !== null) {
      result[side] = POSITION_OF[leg];
    }
  }
  return result;
}

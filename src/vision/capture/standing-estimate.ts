/**
 * The standing knee test from the camera: where each knee sits over its ankle, and an estimate of
 * the gap between the inner ankle bones (intermalleolar distance) in cm when the person gives
 * their height. An estimate from a photo, never as good as a tape measure. Pure.
 */
import type { Centimetres } from '../../units.js';
import { centimetres } from '../../units.js';
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

/**
 * Body proportions (Drillis & Contini 1966, as tabled by Winter, Biomechanics and Motor Control of
 * Human Movement): greater trochanter at 0.530 of height, lateral malleolus at 0.039, so hip to
 * ankle is about 0.491 of height. Ankle and knee widths are this app's approximations (about 7 and
 * 10 cm at 175 cm tall).
 */
export const PROPORTIONS = {
  legPerHeight: 0.491,
  ankleWidthPerHeight: 0.04,
  kneeWidthPerHeight: 0.057,
} as const;

/** The estimate, or why there is none. */
export type IntermalleolarEstimate =
  | { readonly kind: 'estimate'; readonly cm: Centimetres }
  | { readonly kind: 'knees-apart'; readonly kneeGapCm: Centimetres };

/**
 * Gap between the inner ankle bones with the knees touching, from the separations (as shares of
 * leg length) and the person's height. Knee centres further apart than a knee's width plus 3 cm
 * mean the knees were not touching: no estimate. Rounded to 0.5 cm, never below 0.
 */
export function estimateIntermalleolarCm(
  alignment: Pick<StaticAlignment, 'kneeSeparationPerLegLength' | 'ankleSeparationPerLegLength'>,
  heightCm: number,
): IntermalleolarEstimate {
  const legCm = PROPORTIONS.legPerHeight * heightCm;
  const kneeCentresCm = alignment.kneeSeparationPerLegLength * legCm;
  const kneeGap = kneeCentresCm - PROPORTIONS.kneeWidthPerHeight * heightCm;
  if (kneeGap > 3) {
    return { kind: 'knees-apart', kneeGapCm: centimetres(Math.round(kneeGap)) };
  }
  const ankleCentresCm = alignment.ankleSeparationPerLegLength * legCm;
  const gap = Math.max(0, ankleCentresCm - PROPORTIONS.ankleWidthPerHeight * heightCm);
  return { kind: 'estimate', cm: centimetres(Math.round(gap * 2) / 2) };
}

/**
 * The standing knee test from the camera: where each knee sits over its ankle, and an estimate of
 * the gap between the inner ankle bones (intermalleolar distance) in cm when the person gives
 * their height. An estimate from a photo, never as good as a tape measure. Pure.
 */
import type { Centimetres } from '../../units.js';
import { centimetres } from '../../units.js';
import type { LegSide } from '../geometry/legs.js';
import type { StaticAlignment } from '../trial/types.js';

/** The standing knee test's answer for one knee (src/assessment KNEE_POSITIONS). */
export type KneePosition = 'in' | 'in-line' | 'out';

/**
 * Healthy adult hip-knee-ankle angle: 1° valgus to 3.2° varus (Radiopaedia, NORMS.md "Static
 * alignment"). A photo's hip point is not the femoral head, so the photo angle only approximates it.
 */
export const HEALTHY_STANDING_FPPA = { maxValgus: 1, maxVarus: 3.2 } as const;

/** 'in' beyond 1° valgus, 'out' beyond 3.2° varus, else 'in-line'; null when not measured. */
export function kneePosition(fppaDegrees: number | null): KneePosition | null {
  if (fppaDegrees === null) {
    return null;
  }
  if (fppaDegrees > HEALTHY_STANDING_FPPA.maxValgus) {
    return 'in';
  }
  return fppaDegrees < -HEALTHY_STANDING_FPPA.maxVarus ? 'out' : 'in-line';
}

/** Both knees' positions from a standing trial's alignment. */
export function kneePositions(alignment: StaticAlignment): Partial<Record<LegSide, KneePosition>> {
  const result: Partial<Record<LegSide, KneePosition>> = {};
  for (const side of ['left', 'right'] as const) {
    const position = kneePosition(alignment.fppaDegrees[side]);
    if (position !== null) {
      result[side] = position;
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
  alignment: StaticAlignment,
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

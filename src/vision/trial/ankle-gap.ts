/**
 * An estimate of the gap between the inner ankle bones (intermalleolar distance) in cm with the
 * knees touching, from the standing stance and the person's height. An estimate from a photo,
 * never as good as a tape measure. Pure; trial/standing-stance.ts reads the stance with it.
 */
import type { Centimetres } from '../../units.js';
import { centimetres } from '../../units.js';

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
  alignment: { readonly kneeSeparationPerLegLength: number; readonly ankleSeparationPerLegLength: number },
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

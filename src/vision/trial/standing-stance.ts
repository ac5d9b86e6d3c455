/**
 * The standing knee test's answer per leg, from the still stance: knock knee, straight or bow leg.
 * Read from each knee's standing FPPA, with the ankle gap (knees touching) when the person's
 * height is known. Pure. Seed 000's test: knees closer to the midline than the ankles suggest
 * knock knees; the numbers below make that call measurable.
 */
import type { Degrees } from '../../units.js';
import { degrees } from '../../units.js';
import { estimateIntermalleolarCm } from './ankle-gap.js';
import type { IntermalleolarEstimate } from './ankle-gap.js';
import { FPPA_PLAUSIBLE_RANGE } from '../geometry/fppa.js';
import type { LegSide } from '../geometry/legs.js';

/** One leg's standing alignment. */
export type StandingLeg = 'knock-knee' | 'straight' | 'bow-leg';

/** Each limit with its source. */
export const STANDING_RULES = {
  /**
   * Healthy adult hip-knee-ankle alignment is 1° valgus to 3.2° varus (Radiopaedia, NORMS.md
   * "Static alignment"). A photo angle carries about 3° of error (FPPA SEM 2.7-3.0°, Munro 2012),
   * so a knee is called knock-kneed only beyond 1 + 3 = 4° valgus and bowed beyond 3.2 + 3 = 6.2° varus.
   */
  knockKneeAboveDegrees: degrees(1 + 3),
  bowLegBelowDegrees: degrees(-(3.2 + 3)),
  /** Ankle gap with the knees touching beyond 8 cm is beyond normal in adults (Heath & Staheli 1993, NORMS.md). */
  maxAnkleGapCm: 8,
  /**
   * The seed's test is a comfortable stance after marching on the spot: feet about hip width.
   * Ankles more than 0.6 leg lengths apart is a straddle or a lunge, not that stance (this app's
   * rule of thumb).
   */
  maxAnkleSeparationPerLegLength: 0.6,
} as const;

/** What the stance shows, or why it cannot be read. */
export type StanceReading =
  | {
      readonly kind: 'read';
      readonly legs: Readonly<Record<LegSide, StandingLeg | null>>;
      readonly ankleGap: IntermalleolarEstimate | null;
    }
  | { readonly kind: 'feet-too-wide'; readonly ankleSeparationPerLegLength: number }
  | { readonly kind: 'implausible-angle'; readonly side: LegSide; readonly fppaDegrees: Degrees };

/** The per-leg call from one knee's standing FPPA (null when not measured). */
export function standingLeg(
  fppaDegrees: number | null,
  ankleGapCm: number | null = null,
): StandingLeg | null {
  if (ankleGapCm !== null && ankleGapCm > STANDING_RULES.maxAnkleGapCm) {
    return 'knock-knee';
  }
  if (fppaDegrees === null) {
    return null;
  }
  if (fppaDegrees > STANDING_RULES.knockKneeAboveDegrees) {
    return 'knock-knee';
  }
  return fppaDegrees < STANDING_RULES.bowLegBelowDegrees ? 'bow-leg' : 'straight';
}

/** Reads the stance from the clip's medians; `heightCm` adds the ankle-gap estimate. */
export function readStance(
  alignment: {
    readonly kneeSeparationPerLegLength: number;
    readonly ankleSeparationPerLegLength: number;
    readonly fppaDegrees: Readonly<Record<LegSide, Degrees | null>>;
  },
  heightCm: number | null,
): StanceReading {
  if (alignment.ankleSeparationPerLegLength > STANDING_RULES.maxAnkleSeparationPerLegLength) {
    return { kind: 'feet-too-wide', ankleSeparationPerLegLength: alignment.ankleSeparationPerLegLength };
  }
  for (const side of ['left', 'right'] as const) {
    const fppa = alignment.fppaDegrees[side];
    if (fppa !== null && (fppa < FPPA_PLAUSIBLE_RANGE.min || fppa > FPPA_PLAUSIBLE_RANGE.max)) {
      return { kind: 'implausible-angle', side, fppaDegrees: fppa };
    }
  }
  const ankleGap = heightCm === null ? null : estimateIntermalleolarCm(alignment, heightCm);
  const gapCm = ankleGap?.kind === 'estimate' ? ankleGap.cm : null;
  return {
    kind: 'read',
    legs: {
      left: standingLeg(alignment.fppaDegrees.left, gapCm),
      right: standingLeg(alignment.fppaDegrees.right, gapCm),
    },
    ankleGap,
  };
}

/**
 * Standing alignment for the 'standing' test: medians over the clip of knee and ankle separation
 * (as shares of leg length), KASR and each knee's FPPA.
 */
import { degrees } from '../../units.js';
import type { Degrees } from '../../units.js';
import { kneeFppa } from '../geometry/fppa.js';
import type { LegSide } from '../geometry/legs.js';
import { kneeAnkleSeparationRatio, normalizedSeparation } from '../geometry/separation.js';
import type { PoseFrame } from '../geometry/types.js';
import type { StandingReference } from './standing-reference.js';
import { median } from './stats.js';
import type { StaticAlignment } from './types.js';
import { readStance } from './standing-stance.js';
import type { StanceReading } from './standing-stance.js';

/** Medians of the standing measures and the stance read from them, or null when knees and ankles were never all seen. */
export function measureStaticAlignment(
  frames: readonly PoseFrame[],
  reference: StandingReference,
  mirrored: boolean,
  heightCm: number | null = null,
): { alignment: StaticAlignment; stance: StanceReading } | null {
  const separations = frames.flatMap((frame) => {
    const separation = normalizedSeparation(frame, reference.legLength);
    return separation === null ? [] : [separation];
  });
  const knees = median(separations.map((s) => s.kneesPerLegLength));
  const ankles = median(separations.map((s) => s.anklesPerLegLength));
  const kasr = median(frames.map(kneeAnkleSeparationRatio).filter((ratio) => ratio !== null));
  if (knees === null || ankles === null || kasr === null) {
    return null;
  }
  const fppaOf = (side: LegSide): Degrees | null => {
    const value = median(frames.map((frame) => kneeFppa(frame, side, mirrored)).filter((f) => f !== null));
    return value === null ? null : degrees(value);
  };
  const measures = {
    kneeSeparationPerLegLength: knees,
    ankleSeparationPerLegLength: ankles,
    kasr,
    fppaDegrees: { left: fppaOf('left'), right: fppaOf('right') },
  };
  const stance = readStance(measures, heightCm);
  return {
    alignment: {
      ...measures,
      legs: stance.kind === 'read' ? stance.legs : { left: null, right: null },
      ankleGapCm: stance.kind === 'read' && stance.ankleGap?.kind === 'estimate' ? stance.ankleGap.cm : null,
    },
    stance,
  };
}

/**
 * The one definition of "mean leg confidence": the mean model score of the hips, knees and ankles
 * of the legs asked for, over the frames given, a missing point counting as 0 (a leg not seen is
 * not a confident leg). The capture guide, the trial's quality gate and its per-leg summary use it.
 */
import type { LegSide } from './legs.js';
import { legOf } from './legs.js';
import type { PoseFrame } from './types.js';

/** Mean score 0..1 of the legs' six (or three) points over `frames`; null without frames or legs. */
export function meanLegScore(frames: readonly PoseFrame[], sides: readonly LegSide[]): number | null {
  if (frames.length === 0 || sides.length === 0) {
    return null;
  }
  let sum = 0;
  for (const frame of frames) {
    for (const side of sides) {
      const { hip, knee, ankle } = legOf(frame, side);
      sum += (hip?.score ?? 0) + (knee?.score ?? 0) + (ankle?.score ?? 0);
    }
  }
  return sum / (frames.length * sides.length * 3);
}

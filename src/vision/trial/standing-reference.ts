/**
 * The person's standing reference within the clip: hip height above the ankles, 2D leg length
 * and standing thigh lengths. Found from the clip itself (the tallest frames), so the person does
 * not have to hold still for a calibration.
 */
import type { Pixels } from '../../units.js';
import { pixels } from '../../units.js';
import { legLength, shankLength, thighLength } from '../geometry/body-measures.js';
import type { LegSide } from '../geometry/legs.js';
import type { PoseFrame } from '../geometry/types.js';
import { median, quantile } from './stats.js';

/** Standing reference lengths, in pixels. */
export interface StandingReference {
  /** Hip height above the ankle(s) standing: the 90th percentile over the clip. */
  readonly hipHeight: Pixels;
  /** Hip→knee→ankle 2D length standing (90th percentile, mean of the legs seen). */
  readonly legLength: Pixels;
  /** Median thigh length over standing frames, per leg; null when never seen standing. */
  readonly thigh: Readonly<Record<LegSide, Pixels | null>>;
  /** Median shank length over standing frames, per leg; null when never seen standing. */
  readonly shank: Readonly<Record<LegSide, Pixels | null>>;
}

/** Hip height above the ankle of `ankleSide`, or the mean of both ankles. Null when unseen. */
export function hipHeightAbove(frame: PoseFrame, ankleSide: LegSide | 'both'): number | null {
  const { left_hip: lh, right_hip: rh } = frame.keypoints;
  const hips = [lh, rh].filter((point) => point !== undefined);
  const sides: LegSide[] = ankleSide === 'both' ? ['left', 'right'] : [ankleSide];
  const ankles = sides.map((side) => frame.keypoints[`${side}_ankle`]).filter((point) => point !== undefined);
  if (hips.length === 0 || ankles.length === 0) {
    return null;
  }
  const meanY = (points: readonly { y: number }[]): number =>
    points.reduce((s, p) => s + p.y, 0) / points.length;
  return meanY(ankles) - meanY(hips);
}

/** The standing reference, or null when hips and ankles are never seen together. */
export function findStandingReference(
  frames: readonly PoseFrame[],
  ankleSide: LegSide | 'both',
  standingDepth: number,
): StandingReference | null {
  const heights = frames.map((frame) => hipHeightAbove(frame, ankleSide));
  const hipHeight = quantile(
    heights.filter((h) => h !== null),
    0.9,
  );
  const legs = frames.flatMap((frame) => {
    const seen = [legLength(frame, 'left'), legLength(frame, 'right')].filter((l) => l !== null);
    return seen.length === 0 ? [] : [seen.reduce((s, l) => s + l, 0) / seen.length];
  });
  const leg = quantile(legs, 0.9);
  if (hipHeight === null || leg === null || hipHeight <= 0) {
    return null;
  }
  const standing = frames.filter((_, i) => {
    const height = heights[i];
    return height !== undefined && height !== null && 1 - height / hipHeight < standingDepth;
  });
  const standingMedian = (measure: (frame: PoseFrame) => number | null): Pixels | null => {
    const value = median(standing.map(measure).filter((length) => length !== null));
    return value === null ? null : pixels(value);
  };
  return {
    hipHeight: pixels(hipHeight),
    legLength: pixels(leg),
    thigh: {
      left: standingMedian((frame) => thighLength(frame, 'left')),
      right: standingMedian((frame) => thighLength(frame, 'right')),
    },
    shank: {
      left: standingMedian((frame) => shankLength(frame, 'left')),
      right: standingMedian((frame) => shankLength(frame, 'right')),
    },
  };
}

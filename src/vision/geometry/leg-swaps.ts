/**
 * Left/right swap detection. Pose models sometimes hand a leg's label to the other leg between
 * two frames (NORMS.md, known failure modes). For each left/right joint pair, a frame whose labels
 * sit much closer to the other side's previous positions is a swap: the labels are exchanged back
 * ('fixed'). When both labels land on one spot that was two apart, neither can be trusted and
 * both are dropped for that frame ('rejected').
 */
import type { Point } from './point.js';
import { distance } from './point.js';
import type { Keypoint, KeypointName, PoseFrame } from './types.js';

/** The joints checked, by their left name. */
const PAIRED_JOINTS = ['hip', 'knee', 'ankle', 'heel', 'foot_index'] as const;
type PairedJoint = (typeof PAIRED_JOINTS)[number];

/** One swap found on one frame (`frame` is `PoseFrame.index`). */
export interface LegSwap {
  readonly frame: number;
  readonly joint: PairedJoint;
  readonly action: 'fixed' | 'rejected';
  readonly reason: string;
}

/** A swap: the labels sum at most this share of the distance they moved if kept. */
const SWAP_COST_SHARE = 0.5;
/** Labels collapsed onto one spot: apart by less than this share of their previous separation. */
const COLLAPSE_SHARE = 0.15;

/** The frames with swapped labels exchanged back or dropped, and what was done where. */
export function fixLegSwaps(frames: readonly PoseFrame[]): { frames: PoseFrame[]; swaps: LegSwap[] } {
  const swaps: LegSwap[] = [];
  const previous = new Map<PairedJoint, { left: Point; right: Point }>();
  const fixed = frames.map((frame) => {
    const keypoints = { ...frame.keypoints } as Partial<Record<KeypointName, Keypoint>>;
    for (const joint of PAIRED_JOINTS) {
      const leftName: KeypointName = `left_${joint}`;
      const rightName: KeypointName = `right_${joint}`;
      const left = keypoints[leftName];
      const right = keypoints[rightName];
      const before = previous.get(joint);
      if (!left || !right) {
        continue;
      }
      const decision = before ? judgePair(left, right, before) : 'keep';
      if (decision === 'swap') {
        keypoints[leftName] = right;
        keypoints[rightName] = left;
        swaps.push({
          frame: frame.index,
          joint,
          action: 'fixed',
          reason: `left and right ${joint} labels exchanged`,
        });
      } else if (decision === 'collapsed') {
        delete keypoints[leftName];
        delete keypoints[rightName];
        swaps.push({
          frame: frame.index,
          joint,
          action: 'rejected',
          reason: `both ${joint} labels on one leg`,
        });
        continue;
      }
      previous.set(joint, { left: keypoints[leftName] ?? left, right: keypoints[rightName] ?? right });
    }
    return { ...frame, keypoints };
  });
  return { frames: fixed, swaps };
}

function judgePair(
  left: Point,
  right: Point,
  before: { left: Point; right: Point },
): 'keep' | 'swap' | 'collapsed' {
  const separation = distance(before.left, before.right);
  if (separation === 0) {
    return 'keep';
  }
  if (distance(left, right) < COLLAPSE_SHARE * separation) {
    return 'collapsed';
  }
  const keep = distance(left, before.left) + distance(right, before.right);
  const swap = distance(left, before.right) + distance(right, before.left);
  return swap < SWAP_COST_SHARE * keep && keep > separation ? 'swap' : 'keep';
}

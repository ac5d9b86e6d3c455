/**
 * The person's own left and right legs, from the model's labels and the mirror flag.
 *
 * Pose models label sides as if the camera were unmirrored: facing the camera, the person's left
 * leg is on the image's right. In a mirrored video (a selfie camera) that label is the person's
 * right leg, so `mirrored` swaps every left/right label.
 */
import type { Keypoint, KeypointName, PoseFrame } from './types.js';

/** A leg, as the person's own side. */
export type LegSide = 'left' | 'right';

/** The keypoints of one leg; each missing when not seen. */
export interface Leg {
  readonly side: LegSide;
  readonly hip?: Keypoint;
  readonly knee?: Keypoint;
  readonly ankle?: Keypoint;
}

/** The other side. */
export function otherSide(side: LegSide): LegSide {
  return side === 'left' ? 'right' : 'left';
}

/** The keypoint name for the same joint on the other side (`left_knee` → `right_knee`). */
export function oppositeName(name: KeypointName): KeypointName {
  if (name.startsWith('left_')) {
    return name.replace('left_', 'right_') as KeypointName;
  }
  if (name.startsWith('right_')) {
    return name.replace('right_', 'left_') as KeypointName;
  }
  return name;
}

/** Relabels a frame so every left/right name is the person's own side (identity when unmirrored). */
export function toAnatomicalSides(frame: PoseFrame, mirrored: boolean): PoseFrame {
  if (!mirrored) {
    return frame;
  }
  const keypoints: Partial<Record<KeypointName, Keypoint>> = {};
  for (const [name, point] of Object.entries(frame.keypoints) as [KeypointName, Keypoint][]) {
    keypoints[oppositeName(name)] = point;
  }
  return { ...frame, keypoints };
}

/** One leg of a frame whose labels are already the person's own sides. */
export function legOf(frame: PoseFrame, side: LegSide): Leg {
  const { keypoints } = frame;
  const hip = keypoints[`${side}_hip`];
  const knee = keypoints[`${side}_knee`];
  const ankle = keypoints[`${side}_ankle`];
  return {
    side,
    ...(hip === undefined ? {} : { hip }),
    ...(knee === undefined ? {} : { knee }),
    ...(ankle === undefined ? {} : { ankle }),
  };
}

/**
 * Which way is medial (towards the body's midline) for a leg, as the sign of image x: +1 right,
 * −1 left. Taken from the pelvis (this hip towards the other hip) when both hips are seen, else
 * from the expected layout of a person facing the camera in the video as shown.
 */
export function medialSign(frame: PoseFrame, side: LegSide, mirrored: boolean): 1 | -1 {
  const own = frame.keypoints[`${side}_hip`];
  const other = frame.keypoints[`${otherSide(side)}_hip`];
  if (own !== undefined && other !== undefined && own.x !== other.x) {
    return other.x > own.x ? 1 : -1;
  }
  // Unmirrored front view: the left leg is on the image's right, so its midline lies to the left.
  const leftMedial = mirrored ? 1 : -1;
  return side === 'left' ? leftMedial : (-leftMedial as 1 | -1);
}

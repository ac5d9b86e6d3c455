/**
 * The square MoveNet would crop around a person, from a pose already found (by the fast first
 * pass), so the accurate model can read a frame in one call: given the crop, its first call sees
 * the person as large as a tracked call does, with no priming call on the whole frame and no
 * tracking history (its crop filter lags a moving person). Pure: pixels in, pixels out.
 */
import type { KeypointName, PoseFrame } from '../geometry/types.js';
import type { RgbImage } from './rgb-image.js';

/** A square of an image, in that image's pixels; it may reach past the edges (filled black). */
export interface CropBox {
  readonly left: number;
  readonly top: number;
  readonly size: number;
}

/** pose-detection's MIN_CROP_KEYPOINT_SCORE (movenet/constants.js): keypoints it trusts for a crop. */
const MIN_CROP_SCORE = 0.2;
const TORSO: readonly KeypointName[] = ['left_shoulder', 'right_shoulder', 'left_hip', 'right_hip'];

/**
 * MoveNet's next crop for `pose` (pose-detection movenet/crop_utils.js, determineNextCropRegion):
 * centred between the hips, half a side = max(1.9 x the torso's reach, 1.2 x the body's reach),
 * in the pixels of an image `width` x `height` (the pose is scaled from its own size). Null when
 * the torso is not seen (MoveNet would look at the whole frame) or the square would exceed it.
 */
export function personCropBox(pose: PoseFrame, width: number, height: number): CropBox | null {
  const sx = width / pose.width;
  const sy = height / pose.height;
  // As pose-detection counts them: a torso keypoint above the score, a body keypoint at it or above.
  const seen = (name: KeypointName): boolean => (pose.keypoints[name]?.score ?? 0) > MIN_CROP_SCORE;
  const trusted = (name: KeypointName): boolean => (pose.keypoints[name]?.score ?? 0) >= MIN_CROP_SCORE;
  const at = (name: KeypointName): { x: number; y: number } | null => {
    const point = pose.keypoints[name];
    return point === undefined ? null : { x: point.x * sx, y: point.y * sy };
  };
  const leftHip = at('left_hip');
  const rightHip = at('right_hip');
  const torsoSeen =
    (seen('left_hip') || seen('right_hip')) && (seen('left_shoulder') || seen('right_shoulder'));
  if (!torsoSeen || leftHip === null || rightHip === null) {
    return null;
  }
  const centre = { x: (leftHip.x + rightHip.x) / 2, y: (leftHip.y + rightHip.y) / 2 };
  const reach = (names: readonly KeypointName[], trustedOnly: boolean): number =>
    names.reduce((most, name) => {
      const point = at(name);
      if (point === null || (trustedOnly && !trusted(name))) {
        return most;
      }
      return Math.max(most, Math.abs(point.x - centre.x), Math.abs(point.y - centre.y));
    }, 0);
  const named = Object.keys(pose.keypoints) as KeypointName[];
  const half = Math.min(
    Math.max(reach(TORSO, false) * 1.9, reach(named, true) * 1.2),
    Math.max(centre.x, width - centre.x, centre.y, height - centre.y),
  );
  if (half > Math.max(width, height) / 2 || half <= 0) {
    return null;
  }
  return { left: Math.round(centre.x - half), top: Math.round(centre.y - half), size: Math.round(half * 2) };
}

/** The `box` of `image` as its own square image; pixels past the edges are black. */
export function cropSquare(image: RgbImage, box: CropBox): RgbImage {
  const { size } = box;
  const data = new Uint8Array(size * size * 3);
  const fromX = Math.max(0, box.left);
  const toX = Math.min(image.width, box.left + size);
  if (toX <= fromX) {
    return { data, width: size, height: size };
  }
  for (let y = Math.max(0, box.top); y < Math.min(image.height, box.top + size); y += 1) {
    const source = (y * image.width + fromX) * 3;
    data.set(
      image.data.subarray(source, source + (toX - fromX) * 3),
      ((y - box.top) * size + (fromX - box.left)) * 3,
    );
  }
  return { data, width: size, height: size };
}

/**
 * The mirror, in one place. The camera's video goes to the model as the camera gives it, so the
 * model's left/right labels are the person's own sides (`analyzeTrial(..., { mirrored: false })`).
 * Only the preview is mirrored, for the user's comfort: their left leg shows on the screen's left,
 * as in a mirror. Drawing over the preview flips x; it never changes a label. Pure.
 */
import type { LegSide } from '../../src/vision/geometry/legs.js';
import type { Point } from '../../src/vision/geometry/point.js';

/** Where a video point shows on a preview of the same size: x flipped when mirrored. */
export function toPreviewPoint(point: Point, videoWidth: number, mirrored: boolean): Point {
  return mirrored ? { x: videoWidth - point.x, y: point.y } : { x: point.x, y: point.y };
}

/** Which side of the screen a person's leg shows on (facing the camera). */
export function screenSideOf(leg: LegSide, mirrored: boolean): 'screen-left' | 'screen-right' {
  // Unmirrored, a person facing the camera has their left leg on the image's right.
  const onImageRight = leg === 'left';
  return onImageRight !== mirrored ? 'screen-right' : 'screen-left';
}

/** The frames handed to the model are never flipped (the rule lives in src/vision/capture). */
export { MODEL_INPUT_MIRRORED } from '../../src/vision/capture/model-input.js';

/**
 * Confidence gating: keypoints the model is unsure of are dropped, not trusted. MoveNet predicts
 * every keypoint even when hidden; its model card advises a threshold of about 0.3 (NORMS.md).
 */
import type { Keypoint, KeypointName, PoseFrame } from './types.js';

/** MoveNet's suggested keypoint confidence threshold (model card, NORMS.md). */
export const MOVENET_MIN_SCORE = 0.3;

/** A copy of the frame without keypoints scoring below `minScore`. */
export function gateByConfidence(frame: PoseFrame, minScore: number = MOVENET_MIN_SCORE): PoseFrame {
  const keypoints: Partial<Record<KeypointName, Keypoint>> = {};
  for (const [name, point] of Object.entries(frame.keypoints) as [KeypointName, Keypoint][]) {
    if (point.score >= minScore && Number.isFinite(point.x) && Number.isFinite(point.y)) {
      keypoints[name] = point;
    }
  }
  return { ...frame, keypoints };
}

/**
 * Which pose model the camera runs, in one place: Lightning for live feedback, Thunder for measured
 * tests (more accurate: 72.0 vs 63.0 mAP, NORMS.md "Markerless measurement"). On a device too slow
 * for Thunder, a measured test falls back to Lightning and says so. BlazePose is kept for tests
 * that need heels and toes; none of the camera tests here does (hip, knee and ankle suffice).
 */
import type { CameraUse } from '../geometry/camera-use.js';
import { MODEL_FOR_USE } from './model-table.js';
import type { PoseModelId } from './model-table.js';

/** The model for a use; `slowDevice` once the accurate model proved too slow here. */
export function modelFor(use: CameraUse, slowDevice = false): PoseModelId {
  if (use === 'live' || slowDevice) {
    return MODEL_FOR_USE.live;
  }
  return MODEL_FOR_USE.analysis;
}

/** A model's name as the user reads it. */
export function modelLabel(model: PoseModelId): string {
  return model === MODEL_FOR_USE.live ? 'fast model' : 'accurate model';
}

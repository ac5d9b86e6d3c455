/**
 * The capture guide over the pose loop's samples: the checks for the latest frame, with a jump
 * between frames (a second person picked up) remembered for a moment so it can be read.
 */
import { useRef } from 'react';
import { checkCapture, keypointsJumped } from '../../src/vision/capture/capture-checks.js';
import type { CaptureCheck } from '../../src/vision/capture/capture-checks.js';
import type { PoseSample } from './pose-loop.js';

/** How long a keypoint jump keeps the "only you in view" check failing, ms. */
const JUMP_HOLD_MS = 1500;

/** Checks for `sample` (null before the first pose). Call once per render with the latest sample. */
export function useCaptureGuide(
  sample: PoseSample | null,
  doubleLeg = false,
): readonly CaptureCheck[] | null {
  const previous = useRef<PoseSample | null>(null);
  const lastJump = useRef<number | null>(null);
  const result = useRef<{ sample: PoseSample | null; checks: readonly CaptureCheck[] | null }>({
    sample: null,
    checks: null,
  });
  if (sample === null) {
    return null;
  }
  if (result.current.sample === sample) {
    return result.current.checks;
  }
  if (keypointsJumped(previous.current?.pose ?? null, sample.pose)) {
    lastJump.current = sample.pose.timeMs;
  }
  previous.current = sample;
  const jumped = lastJump.current !== null && sample.pose.timeMs - lastJump.current < JUMP_HOLD_MS;
  const checks = checkCapture({
    pose: sample.pose,
    brightness: sample.brightness,
    poseCount: sample.poseCount,
    jumped,
    doubleLeg,
  });
  result.current = { sample, checks };
  return checks;
}

/**
 * Whether a recording may go on: the movement checks must keep passing (a short slip is allowed,
 * a squat's bottom can hide a keypoint for a moment) and the device must keep up. Pure: the
 * caller keeps `failingSinceMs` between frames.
 */
import { movementChecks, readyToMeasure, whatToChange } from './capture-checks.js';
import type { CaptureCheck } from './capture-checks.js';

/** How long the movement checks may fail before a recording is stopped, ms (an app choice). */
export const FAIL_GRACE_MS = 1500;

/** Go on (with when the checks started failing, or null), or stop with what to tell the user. */
export type GuardDecision =
  | { readonly kind: 'go-on'; readonly failingSinceMs: number | null }
  | { readonly kind: 'stop'; readonly reason: string };

/** The decision for one frame at `nowMs` (the pose's timestamp). */
export function guardRecording(input: {
  readonly checks: readonly CaptureCheck[];
  readonly nowMs: number;
  readonly failingSinceMs: number | null;
  readonly tooSlow: boolean;
  readonly graceMs?: number;
}): GuardDecision {
  if (input.tooSlow) {
    return {
      kind: 'stop',
      reason:
        'This device is too slow to measure this test: close other apps and tabs, or use another device.',
    };
  }
  const moving = movementChecks(input.checks);
  if (readyToMeasure(moving)) {
    return { kind: 'go-on', failingSinceMs: null };
  }
  const since = input.failingSinceMs ?? input.nowMs;
  if (input.nowMs - since > (input.graceMs ?? FAIL_GRACE_MS)) {
    return {
      kind: 'stop',
      reason: `We stopped and measured nothing: ${whatToChange(moving) ?? 'the camera lost you.'}`,
    };
  }
  return { kind: 'go-on', failingSinceMs: since };
}

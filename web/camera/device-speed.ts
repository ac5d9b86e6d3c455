/**
 * Which "device too slow" check the camera uses, and its clock. Both are injected rather than
 * fixed so the rule stays one pure function (src/vision/capture/frame-rate.ts) and a frame rate
 * that says nothing about the device can be set aside: browser tests on a loaded 2-core machine
 * turn the check off with the storage key below (the slowness there is the test machine's).
 */
import type { SpeedCheck } from '../../src/vision/capture/frame-rate.js';
import { NO_SPEED_CHECK, tooSlowFor } from '../../src/vision/capture/frame-rate.js';

/** localStorage key; the value "off" turns the check off. */
export const SPEED_CHECK_KEY = 'kneeline.deviceSpeedCheck';

/** The check in force: `tooSlowFor` unless turned off in `storage`. */
export function deviceSpeedCheck(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): SpeedCheck {
  let setting: string | null = null;
  try {
    setting = storage?.getItem(SPEED_CHECK_KEY) ?? null;
  } catch {
    // Storage can be blocked (private mode): keep the check.
  }
  return setting === 'off' ? NO_SPEED_CHECK : tooSlowFor;
}

/** Milliseconds on a monotonic clock: the pose loop's default time source. */
export const monotonicClock = (): number => performance.now();

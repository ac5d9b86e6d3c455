/**
 * Frame rate of the pose loop and the slowest rate each use can live with. Pure.
 */
import type { CameraUse } from '../geometry/camera-use.js';

/** What the camera is doing, each with its own frame-rate floor below. */
export type { CameraUse } from '../geometry/camera-use.js';

/**
 * Poses per second below which a use cannot be trusted. App choices, not clinical values: the
 * fixture clip (5 frames a second) is enough to find squat bottoms (shared/fixtures/README.md);
 * a landing's ground contact is a fraction of a second, so it needs many more; live "knee out"
 * feedback feels late below about 8.
 */
export const MIN_FPS: Readonly<Record<CameraUse, number>> = {
  standing: 2,
  'knee-position-sense': 2,
  squat: 5,
  'single-leg-squat': 5,
  'step-down': 5,
  'drop-landing': 15,
  live: 8,
};

/** Frames per second over the last `windowMs` of frame times (ms, ascending); 0 with under 2. */
export function framesPerSecond(times: readonly number[], windowMs = 2000): number {
  const last = times.at(-1);
  if (last === undefined) {
    return 0;
  }
  const recent = times.filter((time) => time >= last - windowMs);
  const first = recent[0];
  if (first === undefined || recent.length < 2 || last === first) {
    return 0;
  }
  return ((recent.length - 1) * 1000) / (last - first);
}

/** Keeps the recent frame times and gives the rate. */
export class FpsMeter {
  private times: number[] = [];

  constructor(private readonly windowMs = 2000) {}

  /** Records a frame at `timeMs` and returns the rate. */
  tick(timeMs: number): number {
    this.times.push(timeMs);
    this.times = this.times.filter((time) => time >= timeMs - this.windowMs);
    return framesPerSecond(this.times, this.windowMs);
  }

  /** How long frames have been counted, in ms (a rate means little in the first second). */
  span(): number {
    const first = this.times[0];
    const last = this.times.at(-1);
    return first === undefined || last === undefined ? 0 : last - first;
  }
}

/** True when a measured rate is too low for `use` (a 10 % margin absorbs timer jitter). */
export function tooSlowFor(use: CameraUse, fps: number): boolean {
  return fps < MIN_FPS[use] * 0.9;
}

/** Decides from a measured rate whether the device is too slow for a use. */
export type SpeedCheck = (use: CameraUse, fps: number) => boolean;

/** The check that never says "too slow": for a rate that says nothing about the device (see web/camera/device-speed.ts). */
export const NO_SPEED_CHECK: SpeedCheck = () => false;

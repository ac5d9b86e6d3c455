/**
 * Constructed squat clips with known angles, for tests and fakes: a person facing the camera,
 * each leg built from the ankle up (shank straight up, thigh tilted `fppa` degrees outwards at
 * the bottom), so the FPPA on every frame is known exactly. Pure and deterministic.
 */
import { milliseconds, pixels } from '../../units.js';
import type { LegSide } from '../geometry/legs.js';
import type { Keypoint, KeypointName, PoseFrame } from '../geometry/types.js';

/** What to build. Angles are the FPPA at the bottom (+ valgus); `null` leaves a leg standing. */
export interface SyntheticSquat {
  readonly reps: number;
  readonly fps: number;
  readonly peakFppaDegrees: Readonly<Record<LegSide, number | null>>;
  /** Thigh 2D length at the bottom over standing (below 0.7 the bottom is foreshortened). */
  readonly thighRatioAtBottom: number;
  /** Flip the image and the model's labels as a selfie camera would. */
  readonly mirrored?: boolean;
  readonly score?: number;
  /** End the clip this many frames early (to cut off the last rep). */
  readonly dropLastFrames?: number;
}

const WIDTH = 720;
const HEIGHT = 1280;
const THIGH = 200;
const SHANK = 200;
const STAND_S = 0.5;
const MOVE_S = 2;

/** Squat phase 0 (standing) → 1 (bottom) → 0 at time `t` seconds; reps of stand + move. */
function phase(t: number): number {
  const inRep = t % (STAND_S + MOVE_S);
  return inRep < STAND_S ? 0 : Math.sin((Math.PI * (inRep - STAND_S)) / MOVE_S) ** 2;
}

function legPoints(
  side: LegSide,
  s: number,
  spec: SyntheticSquat,
): Record<'hip' | 'knee' | 'ankle', Keypoint> {
  const score = spec.score ?? 0.9;
  // The person's left leg is on the image's right in an unmirrored front view.
  const lateral = side === 'left' ? 1 : -1;
  const ankle = { x: WIDTH / 2 + lateral * 60, y: 1000 };
  const peak = spec.peakFppaDegrees[side];
  const bent = peak === null ? 0 : s;
  const tilt = (((peak ?? 0) * Math.PI) / 180) * bent;
  const thigh = THIGH * (1 - (1 - spec.thighRatioAtBottom) * bent);
  const knee = { x: ankle.x, y: ankle.y - SHANK * (1 - 0.15 * bent) };
  const hip = { x: knee.x + lateral * thigh * Math.sin(tilt), y: knee.y - thigh * Math.cos(tilt) };
  const point = (p: { x: number; y: number }): Keypoint => ({ x: pixels(p.x), y: pixels(p.y), score });
  return { hip: point(hip), knee: point(knee), ankle: point(ankle) };
}

/** The frames of a constructed squat trial. */
export function syntheticSquatFrames(spec: SyntheticSquat): PoseFrame[] {
  const count =
    Math.round(spec.reps * (STAND_S + MOVE_S) * spec.fps + STAND_S * spec.fps) - (spec.dropLastFrames ?? 0);
  return Array.from({ length: count }, (_, index) => {
    const s = phase(index / spec.fps);
    const keypoints: Partial<Record<KeypointName, Keypoint>> = {};
    for (const side of ['left', 'right'] as const) {
      const leg = legPoints(side, s, spec);
      keypoints[`${side}_hip`] = leg.hip;
      keypoints[`${side}_knee`] = leg.knee;
      keypoints[`${side}_ankle`] = leg.ankle;
      const lateral = side === 'left' ? 1 : -1;
      keypoints[`${side}_shoulder`] = {
        x: pixels(WIDTH / 2 + lateral * 75),
        y: pixels(leg.hip.y - 260),
        score: 0.9,
      };
    }
    const frame: PoseFrame = {
      index,
      timeMs: milliseconds((index * 1000) / spec.fps),
      width: pixels(WIDTH),
      height: pixels(HEIGHT),
      keypoints,
    };
    return spec.mirrored === true ? mirrorFrame(frame) : frame;
  });
}

/**
 * A single-leg squat on the left leg with 18° of valgus at each bottom (above the healthy range):
 * 5 reps at 15 fps, the right leg standing; `change` varies it.
 */
export function leftValgusSquatFrames(change: Partial<SyntheticSquat> = {}): PoseFrame[] {
  return syntheticSquatFrames({
    reps: 5,
    fps: 15,
    peakFppaDegrees: { left: 18, right: null },
    thighRatioAtBottom: 0.85,
    ...change,
  });
}

/** The frame a mirrored camera shows: x flipped, and the model names each side by where it appears. */
export function mirrorFrame(frame: PoseFrame): PoseFrame {
  const keypoints: Partial<Record<KeypointName, Keypoint>> = {};
  for (const [name, point] of Object.entries(frame.keypoints) as [KeypointName, Keypoint][]) {
    const swapped = name.startsWith('left_')
      ? name.replace('left_', 'right_')
      : name.replace('right_', 'left_');
    keypoints[swapped as KeypointName] = { ...point, x: pixels(frame.width - point.x) };
  }
  return { ...frame, keypoints };
}

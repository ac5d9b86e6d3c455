/**
 * Tweening between keyframes: angles and foreshortening are blended with an ease-in-out curve,
 * so every in-between pose keeps the body's segment lengths.
 */
import type { ExerciseAnimation } from './animation.js';
import { defaultForeshortening } from './forward-kinematics.js';
import type { ArmAngles, Foreshortening, LegAngles, Pose, Segment, View } from './skeleton.js';
import { SEGMENT_LENGTHS } from './skeleton.js';

const DEFAULT_HOLD_SECONDS = 0.6;
const DEFAULT_MOVE_SECONDS = 1.4;

const mix = (a: number, b: number, t: number): number => a + (b - a) * t;

/** Smoothstep: slow out of one pose, slow into the next. */
export function ease(t: number): number {
  const clamped = Math.min(1, Math.max(0, t));
  return clamped * clamped * (3 - 2 * clamped);
}

function mixLeg(a: LegAngles, b: LegAngles, t: number): LegAngles {
  return {
    hip: mix(a.hip, b.hip, t),
    knee: mix(a.knee, b.knee, t),
    ankle: mix(a.ankle, b.ankle, t),
    toe: mix(a.toe, b.toe, t),
  };
}

function mixArm(a: ArmAngles, b: ArmAngles, t: number): ArmAngles {
  return { shoulder: mix(a.shoulder, b.shoulder, t), elbow: mix(a.elbow, b.elbow, t) };
}

function mixFore(a: Pose, b: Pose, view: View, t: number): Foreshortening {
  const keys = new Set([...Object.keys(a.fore), ...Object.keys(b.fore)]) as Set<keyof Foreshortening>;
  const entries = [...keys].map((key) => {
    const segment = key.replace(/^(left|right)/, '').replace(/^./, (c) => c.toLowerCase()) as Segment;
    const fallback = segment in SEGMENT_LENGTHS ? defaultForeshortening(view, segment) : 1;
    return [key, mix(a.fore[key] ?? fallback, b.fore[key] ?? fallback, t)];
  });
  return Object.fromEntries(entries) as Foreshortening;
}

/** The pose a fraction `t` (0..1, already eased) of the way from `a` to `b`; both share an anchor joint. */
export function mixPoses(a: Pose, b: Pose, view: View, t: number): Pose {
  const ay = a.anchor.y;
  const by = b.anchor.y;
  return {
    anchor: {
      joint: a.anchor.joint,
      x: mix(a.anchor.x, b.anchor.x, t),
      ...(ay !== undefined && by !== undefined ? { y: mix(ay, by, t) } : {}),
    },
    trunk: mix(a.trunk, b.trunk, t),
    head: mix(a.head, b.head, t),
    pelvisTilt: mix(a.pelvisTilt, b.pelvisTilt, t),
    legs: { left: mixLeg(a.legs.left, b.legs.left, t), right: mixLeg(a.legs.right, b.legs.right, t) },
    arms: { left: mixArm(a.arms.left, b.arms.left, t), right: mixArm(a.arms.right, b.arms.right, t) },
    fore: mixFore(a, b, view, t),
  };
}

/** Seconds one full cycle through every keyframe and back to the first takes. */
export function cycleSeconds(animation: ExerciseAnimation): number {
  const move = animation.moveSeconds ?? DEFAULT_MOVE_SECONDS;
  return animation.keyframes.reduce(
    (total, frame) => total + (frame.holdSeconds ?? DEFAULT_HOLD_SECONDS) + move,
    0,
  );
}

/**
 * The pose at `seconds` into the looping animation: each keyframe is held, then the figure moves
 * to the next (the last moves back to the first).
 */
export function poseAt(animation: ExerciseAnimation, seconds: number): Pose {
  const move = animation.moveSeconds ?? DEFAULT_MOVE_SECONDS;
  const frames = animation.keyframes;
  let left = ((seconds % cycleSeconds(animation)) + cycleSeconds(animation)) % cycleSeconds(animation);
  for (const [index, frame] of frames.entries()) {
    const hold = frame.holdSeconds ?? DEFAULT_HOLD_SECONDS;
    if (left < hold) {
      return frame.pose;
    }
    left -= hold;
    if (left < move) {
      const next = frames[(index + 1) % frames.length] ?? frame;
      return mixPoses(frame.pose, next.pose, animation.view, ease(left / move));
    }
    left -= move;
  }
  const first = frames[0];
  if (first === undefined) {
    throw new Error('An exercise animation needs keyframes');
  }
  return first.pose;
}

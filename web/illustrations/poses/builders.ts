/**
 * Shorthand for writing keyframes in screen terms: a figure stands tall with the arms down and
 * each keyframe overrides only what the exercise changes (world angles, see world-angles.ts).
 */
import type { Anchor, Foreshortening, Point, Pose, Side, View } from '../skeleton.js';
import { HIP_HALF_WIDTH, SEGMENT_LENGTHS, SHOULDER_HALF_WIDTH } from '../skeleton.js';
import { armFromWorld, legFromWorld, limbSign } from './world-angles.js';
import type { WorldLeg } from './world-angles.js';

/** Upper arm and forearm world angles in degrees. */
export type WorldArm = readonly [upper: number, forearm: number];

export interface FigureSpec {
  readonly anchor: Anchor;
  readonly trunk?: number;
  readonly head?: number;
  readonly pelvisTilt?: number;
  readonly left?: WorldLeg;
  readonly right?: WorldLeg;
  readonly leftArm?: WorldArm;
  readonly rightArm?: WorldArm;
  readonly fore?: Foreshortening;
}

const STANDING_LEG: WorldLeg = { thigh: 0, shin: 0 };

function armFor(spec: FigureSpec, view: View, side: Side) {
  const trunk = spec.trunk ?? 0;
  const sign = limbSign(view, side);
  const world = side === 'left' ? spec.leftArm : spec.rightArm;
  return world === undefined ? { shoulder: 8, elbow: 12 } : armFromWorld(world[0], world[1], trunk, sign);
}

/** A keyframe pose for `view` from a spec in world angles. */
export function figure(view: View, spec: FigureSpec): Pose {
  const trunk = spec.trunk ?? 0;
  return {
    anchor: spec.anchor,
    trunk,
    head: spec.head ?? 0,
    pelvisTilt: spec.pelvisTilt ?? 0,
    legs: {
      left: legFromWorld(spec.left ?? STANDING_LEG, trunk, limbSign(view, 'left'), view),
      right: legFromWorld(spec.right ?? STANDING_LEG, trunk, limbSign(view, 'right'), view),
    },
    arms: { left: armFor(spec, view, 'left'), right: armFor(spec, view, 'right') },
    fore: spec.fore ?? {},
  };
}

/** The pelvis placed at (x, y). */
export const pelvisAt = (x: number, y?: number): Anchor =>
  y === undefined ? { joint: 'pelvis', x } : { joint: 'pelvis', x, y };

/** Where each hip sits in an upright front view with the pelvis at `pelvis`. */
export function frontHip(pelvis: Point, side: Side): Point {
  return { x: pelvis.x + (side === 'left' ? HIP_HALF_WIDTH : -HIP_HALF_WIDTH), y: pelvis.y };
}

/** Where a shoulder sits in a front view with the pelvis at `pelvis` and the trunk tilted `trunk` degrees. */
export function frontShoulder(pelvis: Point, trunk: number, side: Side): Point {
  const radians = (trunk * Math.PI) / 180;
  const across = side === 'left' ? SHOULDER_HALF_WIDTH : -SHOULDER_HALF_WIDTH;
  return {
    x: pelvis.x + SEGMENT_LENGTHS.trunk * Math.sin(radians) + across * Math.cos(radians),
    y: pelvis.y - SEGMENT_LENGTHS.trunk * Math.cos(radians) + across * Math.sin(radians),
  };
}

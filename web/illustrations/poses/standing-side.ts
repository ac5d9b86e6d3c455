/**
 * Standing work seen from the side (the figure faces right; its right limbs are nearer):
 * hinges, step-ups, lunges and the wall stretches for calf and big toe.
 */
import type { ExerciseAnimation, Keyframe } from '../animation.js';
import type { Point } from '../skeleton.js';
import { figure, pelvisAt } from './builders.js';
import { armReach, reach } from './world-angles.js';
import type { WorldLeg } from './world-angles.js';

const FLOOR = 150;

/** The shoulder of a side-view figure with the pelvis at `pelvis` and the trunk tilted `trunk` degrees. */
function shoulderOf(pelvis: Point, trunk: number): Point {
  const radians = (trunk * Math.PI) / 180;
  return { x: pelvis.x + 38 * Math.sin(radians), y: pelvis.y - 38 * Math.cos(radians) };
}

/** A one-leg hinge on the near leg: `trunk` leans forward while the free leg reaches back. */
function hingeFrame(trunk: number, freeLeg: WorldLeg): Keyframe['pose'] {
  const pelvis = { x: 104 - trunk * 0.12, y: 92 + trunk * 0.02 };
  return figure('side', {
    anchor: pelvisAt(pelvis.x, pelvis.y),
    trunk,
    right: reach(pelvis, { x: 108, y: FLOOR }, 1),
    left: freeLeg,
    leftArm: [0, 5],
    rightArm: [0, 5],
  });
}

function hinge(depth: number): readonly Keyframe[] {
  return [
    { pose: hingeFrame(5, { thigh: -5, shin: -50, foot: 60 }) },
    { pose: hingeFrame(depth, { thigh: -depth, shin: -depth - 5, foot: 90 - depth }), holdSeconds: 0.8 },
  ];
}

/** Split stance: near foot in front at `front`, far foot behind at `back`, pelvis at `pelvis`. */
function splitStance(pelvis: Point, front: number, back: WorldLeg | number, trunk = 4): Keyframe['pose'] {
  return figure('side', {
    anchor: pelvisAt(pelvis.x, pelvis.y),
    trunk,
    right: reach(pelvis, { x: front, y: FLOOR }, 1),
    left: typeof back === 'number' ? reach(pelvis, { x: back, y: FLOOR }, 1) : back,
    leftArm: [10, 40],
    rightArm: [10, 40],
  });
}

/**
 * Facing a wall at x = wall with the near foot against it. The near leg leans `legAngle` degrees
 * back from the ankle (negative: hips past the ankle, towards the wall); `legReach` below 60
 * softens the knee.
 */
function wallStretchFrame(
  wall: number,
  legAngle: number,
  legReach: number,
  foot: number,
  toe: number,
): Keyframe['pose'] {
  const ankle = { x: wall - 12, y: FLOOR };
  const radians = (legAngle * Math.PI) / 180;
  const pelvis = { x: ankle.x - legReach * Math.sin(radians), y: ankle.y - legReach * Math.cos(radians) };
  const trunk = legAngle * 0.4;
  const shoulder = shoulderOf(pelvis, trunk);
  const hand = { x: wall - 1, y: shoulder.y - 6 };
  return figure('side', {
    anchor: pelvisAt(pelvis.x, pelvis.y),
    trunk,
    right: { ...reach(pelvis, ankle, 1), foot, toe },
    left: reach(pelvis, { x: ankle.x - 36, y: FLOOR }, 1),
    leftArm: armReach(shoulder, hand, -1),
    rightArm: armReach(shoulder, hand, -1),
  });
}

export const STANDING_SIDE_ANIMATIONS: Readonly<Record<string, ExerciseAnimation>> = {
  'single-leg-hinge': {
    view: 'side',
    description:
      'Balancing on one slightly bent leg, the figure hinges forward at the hips as the free leg reaches back, then stands tall again.',
    keyframes: hinge(45),
    props: [],
  },
  'one-leg-hinge': {
    view: 'side',
    description:
      'On one foot with a soft knee, the figure slowly tips the trunk forward from the hips with a long back, then returns upright.',
    keyframes: hinge(55),
    props: [],
    moveSeconds: 2.4,
  },
  'single-leg-deadlift': {
    view: 'side',
    description:
      'Standing on one leg, the figure hinges until the trunk is nearly level, arms hanging, the free leg in line with the back, then stands up.',
    keyframes: hinge(72),
    props: [],
  },
  'step-up': {
    view: 'side',
    description:
      'With one foot on a low step, the figure steps up until that leg is straight, then lowers slowly back to the floor.',
    keyframes: [
      {
        pose: figure('side', {
          anchor: pelvisAt(94, 96),
          trunk: 14,
          right: reach({ x: 94, y: 96 }, { x: 120, y: 130 }, 1),
          left: reach({ x: 94, y: 96 }, { x: 88, y: FLOOR }, 1),
        }),
      },
      {
        pose: figure('side', {
          anchor: pelvisAt(117, 70.5),
          trunk: 4,
          right: reach({ x: 117, y: 70.5 }, { x: 120, y: 130 }, 1),
          left: reach({ x: 117, y: 70.5 }, { x: 106, y: 118 }, 1),
        }),
      },
    ],
    props: [{ kind: 'step', x: 104, width: 50, height: 20 }],
  },
  'calf-stretch': {
    view: 'side',
    description:
      'Facing a wall with the ball of one foot up against it and the knee straight, the figure leans its hips towards the wall to stretch the calf.',
    keyframes: [
      { pose: wallStretchFrame(150, 12, 59.6, 122, 122) },
      { pose: wallStretchFrame(150, -3, 59.6, 122, 122), holdSeconds: 2 },
    ],
    props: [{ kind: 'wall', x: 150 }],
    focus: 'rightKnee',
  },
  'big-toe-flexor-stretch': {
    view: 'side',
    description:
      'Facing a wall with the big toe bent up against it, the figure leans forward to stretch the underside of the foot.',
    keyframes: [
      { pose: wallStretchFrame(151, 12, 59, 90, 175) },
      { pose: wallStretchFrame(151, 2, 56, 90, 175), holdSeconds: 2 },
    ],
    props: [{ kind: 'wall', x: 151 }],
    focus: 'rightBall',
  },
  'ankle-mobilisation-lunge': {
    view: 'side',
    description:
      'In a lunge stance, the figure rocks forward so the front knee travels over the foot with the heel down, then rocks back.',
    keyframes: [
      { pose: splitStance({ x: 100, y: 96 }, 122, 78) },
      { pose: splitStance({ x: 108, y: 100 }, 122, 78, 8) },
    ],
    props: [],
    focus: 'rightAnkle',
  },
  'ankle-dorsiflexion': {
    view: 'side',
    description:
      'With the front foot flat, the figure lets the knee travel forward over the toes as far as the heel stays down, then comes back.',
    keyframes: [
      { pose: splitStance({ x: 100, y: 91 }, 116, 86) },
      { pose: splitStance({ x: 107, y: 98 }, 116, 86, 6) },
    ],
    props: [],
    focus: 'rightAnkle',
  },
  'split-stance-stepping': {
    view: 'side',
    description:
      'In a split stance, the figure raises the back heel so the big toe bends back under the foot, then lowers it.',
    keyframes: [
      { pose: splitStance({ x: 100, y: 92 }, 124, 80) },
      {
        pose: splitStance({ x: 103, y: 90 }, 124, {
          ...reach({ x: 103, y: 90 }, { x: 84.3, y: 143.6 }, 1),
          foot: 50,
          toe: 90,
        }),
      },
    ],
    props: [],
    focus: 'leftBall',
  },
  'short-foot': {
    view: 'side',
    description:
      'Standing on both feet, the figure draws the sole together so the arch lifts without curling the toes, holds, and lets go.',
    keyframes: [
      { pose: figure('side', { anchor: pelvisAt(100, 90) }) },
      {
        pose: figure('side', {
          anchor: pelvisAt(100, 90.6),
          right: { ...reach({ x: 100, y: 90.6 }, { x: 100, y: FLOOR }, 1) },
        }),
        holdSeconds: 2,
      },
    ],
    props: [],
    focus: 'rightBall',
  },
};

/**
 * Floor work seen from the side (figure facing right): lying on the back, sitting on the floor,
 * face down on a roller, half kneeling, and standing on a massage ball.
 */
import type { ExerciseAnimation, Keyframe } from '../animation.js';
import type { Point } from '../skeleton.js';
import { figure, pelvisAt } from './builders.js';
import { armReach, reach } from './world-angles.js';

const FLOOR = 150;

function shoulderOf(pelvis: Point, trunk: number): Point {
  const radians = (trunk * Math.PI) / 180;
  return { x: pelvis.x + 38 * Math.sin(radians), y: pelvis.y - 38 * Math.cos(radians) };
}

/** Lying on the back, head on the left; the near leg rises `lift` degrees, the far knee is bent. */
function legRaiseFrame(lift: number): Keyframe['pose'] {
  const pelvis = { x: 88, y: 144 };
  return figure('side', {
    anchor: pelvisAt(pelvis.x, pelvis.y),
    trunk: -90,
    head: 8,
    right: { thigh: 90 + lift, shin: 90 + lift, foot: 180 + lift },
    left: { ...reach(pelvis, { x: 124, y: FLOOR }, 1), foot: 90 },
    leftArm: [90, 90],
    rightArm: [90, 90],
  });
}

/** Sitting on the floor leaning back on the hands, near ankle at `ankleX`. */
function longSitFrame(ankleX: number, pelvis: Point, farAnkleX: number): Keyframe['pose'] {
  const trunk = -18;
  const shoulder = shoulderOf(pelvis, trunk);
  const hand = { x: pelvis.x - 16, y: FLOOR };
  return figure('side', {
    anchor: pelvisAt(pelvis.x, pelvis.y),
    trunk,
    right: { ...reach(pelvis, { x: ankleX, y: FLOOR - 3 }, 1), foot: 170 },
    left: { ...reach(pelvis, { x: farAnkleX, y: FLOOR - 3 }, 1), foot: 170 },
    leftArm: armReach(shoulder, hand, -1),
    rightArm: armReach(shoulder, hand, -1),
  });
}

/** Sitting with the near calf on a roller at x = 106 and the far leg crossed over it. */
function calfOnRollerFrame(pelvisX: number): Keyframe['pose'] {
  const pelvis = { x: pelvisX, y: 146 };
  const trunk = -18;
  const shoulder = shoulderOf(pelvis, trunk);
  const hand = { x: pelvis.x - 16, y: FLOOR };
  // The straight near leg rises from the seat to rest the calf on the roller's top (12 units up).
  const rise = 90 + (Math.atan2(12, 106 - pelvisX) * 180) / Math.PI;
  return figure('side', {
    anchor: pelvisAt(pelvis.x, pelvis.y),
    trunk,
    right: { thigh: rise, shin: rise, foot: rise + 90 },
    left: { thigh: rise + 4, shin: rise - 4, foot: rise + 86 },
    leftArm: armReach(shoulder, hand, -1),
    rightArm: armReach(shoulder, hand, -1),
  });
}

/** Face down, propped on straight arms, thighs on a roller; pelvis at x. */
function proneOnRollerFrame(x: number, legSlope: number, foot: number): Keyframe['pose'] {
  const pelvis = { x, y: 128 };
  const trunk = 62;
  const shoulder = shoulderOf(pelvis, trunk);
  const leg = { thigh: -90 + legSlope, shin: -90 + legSlope, foot };
  return figure('side', {
    anchor: pelvisAt(pelvis.x, pelvis.y),
    trunk,
    head: 10,
    right: leg,
    left: leg,
    leftArm: armReach(shoulder, { x: shoulder.x + 4, y: FLOOR }, -1),
    rightArm: armReach(shoulder, { x: shoulder.x + 4, y: FLOOR }, -1),
  });
}

/** Half kneeling on the near knee; `forward` eases the hips forward. */
function halfKneelFrame(forward: number): Keyframe['pose'] {
  const knee = { x: 90, y: FLOOR - 2 };
  const pelvis = { x: knee.x + forward, y: knee.y - Math.sqrt(900 - forward * forward) };
  return figure('side', {
    anchor: pelvisAt(pelvis.x, pelvis.y),
    trunk: -2,
    right: { thigh: Math.asin(forward / 30) * (-180 / Math.PI), shin: -88, foot: -90 },
    left: reach(pelvis, { x: 122, y: FLOOR }, 1),
    leftArm: [0, 10],
    rightArm: [0, 10],
  });
}

/** Standing with the near foot on a ball at x = 122; `roll` moves the foot forward over it. */
function footOnBallFrame(roll: number): Keyframe['pose'] {
  const pelvis = { x: 104, y: 90 };
  return figure('side', {
    anchor: pelvisAt(pelvis.x, pelvis.y),
    trunk: 3,
    left: reach(pelvis, { x: 100, y: FLOOR }, 1),
    right: reach(pelvis, { x: 110 + roll, y: FLOOR - 11 }, 1),
  });
}

export const FLOOR_SIDE_ANIMATIONS: Readonly<Record<string, ExerciseAnimation>> = {
  'straight-leg-raise': {
    view: 'side',
    description:
      'Lying on the back with the other knee bent, the figure locks one knee straight, lifts that leg and lowers it again.',
    keyframes: [{ pose: legRaiseFrame(0) }, { pose: legRaiseFrame(42) }],
    props: [],
  },
  'lateral-hamstring-release': {
    view: 'side',
    description:
      'Sitting on the floor with a massage ball under the back of one knee, the figure slowly bends and straightens that knee.',
    keyframes: [
      { pose: longSitFrame(128, { x: 70, y: 145 }, 130) },
      { pose: longSitFrame(116, { x: 70, y: 145 }, 130) },
    ],
    props: [{ kind: 'ball', x: 96, radius: 6 }],
    focus: 'rightKnee',
  },
  'calf-release': {
    view: 'side',
    description:
      'Sitting with one calf on a foam roller and the other leg crossed on top, the figure rolls the calf up and down.',
    keyframes: [{ pose: calfOnRollerFrame(62) }, { pose: calfOnRollerFrame(72) }],
    props: [{ kind: 'roller', x: 106, radius: 8 }],
    focus: 'rightAnkle',
  },
  'outer-thigh-release': {
    view: 'side',
    description:
      'Face down with the outer front of one thigh on a foam roller, the figure rolls slowly from just below the hip to just above the knee.',
    keyframes: [{ pose: proneOnRollerFrame(92, 14, -62) }, { pose: proneOnRollerFrame(112, 9, -35) }],
    props: [{ kind: 'roller', x: 80, radius: 8 }],
    focus: 'rightKnee',
  },
  'half-kneeling-hip-flexor-stretch': {
    view: 'side',
    description:
      'Kneeling on one knee with the other foot in front, the figure squeezes the seat and eases the hips forward to stretch the front of the kneeling hip.',
    keyframes: [{ pose: halfKneelFrame(0) }, { pose: halfKneelFrame(10), holdSeconds: 2 }],
    props: [],
    focus: 'rightHip',
  },
  'big-toe-flexor-release': {
    view: 'side',
    description:
      'Standing with one foot on a massage ball, the figure rolls the ball from the big toe back along the inner sole.',
    keyframes: [{ pose: footOnBallFrame(0) }, { pose: footOnBallFrame(9) }],
    props: [{ kind: 'ball', x: 122, radius: 5 }],
    focus: 'rightBall',
  },
};

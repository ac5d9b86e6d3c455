/**
 * Lying work drawn in the front view's angles: side-lying seen from in front (head on the left,
 * lying on the right side, so the person's left leg is on top) and lying seen from above.
 */
import type { ExerciseAnimation, Keyframe } from '../animation.js';
import { figure, pelvisAt } from './builders.js';
import { reach } from './world-angles.js';
import type { WorldArm } from './builders.js';

/** Arms for side-lying: the bottom arm along the floor under the head, the top hand on the floor in front. */
const BOTTOM_ARM: WorldArm = [-95, -90];
const TOP_ARM: WorldArm = [60, 60];
const LYING_PELVIS = { x: 80, y: 142 };
/** The trunk tilt that rests the bottom shoulder (11 below the neck) on the floor with the hip. */
const LYING_TRUNK = -84;
const BOTTOM_HIP = { x: LYING_PELVIS.x - 0.7, y: 149 };
const TOP_HIP = { x: LYING_PELVIS.x + 0.7, y: 135 };

/** Side-lying with knees bent towards the viewer, ankles together; `open` (0..1) lifts the top knee. */
function clamFrame(open: number): Keyframe['pose'] {
  const ankle = { x: LYING_PELVIS.x + 40, y: 146 };
  const topShown = 0.7 + open * 0.25;
  return figure('front', {
    anchor: pelvisAt(LYING_PELVIS.x, LYING_PELVIS.y),
    trunk: LYING_TRUNK,
    right: { ...reach(BOTTOM_HIP, { ...ankle, y: 148.5 }, 1, 0.7, 0.7), foot: 150 },
    left: { ...reach(TOP_HIP, { ...ankle, y: 144 }, open > 0 ? 1 : -1, topShown, topShown), foot: 150 },
    fore: { leftThigh: topShown, rightThigh: 0.7, leftShin: topShown, rightShin: 0.7 },
    leftArm: TOP_ARM,
    rightArm: BOTTOM_ARM,
  });
}

/** Side-lying, bottom knee a little bent; the straight top leg lifts `lift` degrees. */
function abductionFrame(lift: number): Keyframe['pose'] {
  return figure('front', {
    anchor: pelvisAt(LYING_PELVIS.x, LYING_PELVIS.y),
    trunk: LYING_TRUNK,
    right: { thigh: 93, shin: 93, foot: 150 },
    left: { thigh: 93 + lift, shin: 93 + lift, foot: 150 + lift },
    fore: { rightThigh: 0.85 },
    leftArm: TOP_ARM,
    rightArm: BOTTOM_ARM,
  });
}

/** Side-lying propped on the bottom forearm with that hip on a roller at x = 92; `slide` rolls. */
function hipOnRollerFrame(slide: number): Keyframe['pose'] {
  return figure('front', {
    anchor: { joint: 'rightHip', x: 92 + slide, y: 133 },
    trunk: -72,
    head: 10,
    right: { thigh: 74, shin: 76, foot: 150 },
    left: { thigh: 68, shin: 50, foot: 90 },
    fore: { leftThigh: 0.8 },
    rightArm: [0, -90],
    leftArm: [40, 60],
  });
}

/** Lying on the back seen from above, head on the left; soles together, knees fall out `open`. */
function butterflyFrame(open: number, shown: number): Keyframe['pose'] {
  const across = Math.min(1, (shown * 30 * Math.sin((open * Math.PI) / 180) + 7) / 30);
  const inward = (Math.asin(across) * 180) / Math.PI;
  return figure('above', {
    anchor: pelvisAt(80, 80),
    trunk: -90,
    left: { thigh: 90 + open, shin: 90 - inward, foot: 90 },
    right: { thigh: 90 - open, shin: 90 + inward, foot: 90 },
    fore: { leftThigh: shown, rightThigh: shown },
    leftArm: [120, 120],
    rightArm: [60, 60],
  });
}

/** Face down seen from above, head on the left, the top leg bent out to the side over a roller. */
function frogFrame(shift: number): Keyframe['pose'] {
  return figure('above', {
    anchor: pelvisAt(96, 100 + shift),
    trunk: -90,
    left: { thigh: 170, shin: 95, foot: 180 },
    right: { thigh: 90, shin: 90, foot: 90 },
    leftArm: [-120, -60],
    rightArm: [-60, -120],
  });
}

export const LYING_FRONT_ANIMATIONS: Readonly<Record<string, ExerciseAnimation>> = {
  'side-lying-hip-external-rotation': {
    view: 'front',
    description:
      'Lying on the side with both knees bent and the ankles together, the figure lifts the top knee as high as it goes, holds, and lowers it.',
    keyframes: [{ pose: clamFrame(0) }, { pose: clamFrame(1), holdSeconds: 1.5 }],
    props: [],
    focus: 'leftHip',
  },
  'banded-clamshell': {
    view: 'front',
    description:
      'Lying on the side with a band around both knees and the feet together, the figure opens the top knee against the band and lowers it.',
    keyframes: [{ pose: clamFrame(0) }, { pose: clamFrame(0.8) }],
    props: [{ kind: 'band', between: ['leftKnee', 'rightKnee'] }],
    focus: 'leftHip',
  },
  'side-lying-hip-abduction': {
    view: 'front',
    description:
      'Lying on the side with the bottom knee bent, the figure lifts the straight top leg, holds at the top and lowers it slowly.',
    keyframes: [{ pose: abductionFrame(0) }, { pose: abductionFrame(35), holdSeconds: 1.5 }],
    props: [],
    focus: 'leftHip',
  },
  'tfl-release': {
    view: 'front',
    description:
      'Lying on the side propped on a forearm, with a foam roller under the front and outer hip, the figure rolls slowly over that area.',
    keyframes: [{ pose: hipOnRollerFrame(0) }, { pose: hipOnRollerFrame(-10) }],
    props: [{ kind: 'roller', x: 92, radius: 8 }],
    focus: 'rightHip',
  },
  'butterfly-stretch': {
    view: 'above',
    description:
      'Seen from above, lying on the back with the soles together and heels drawn in, the figure lets both knees fall out to the sides.',
    keyframes: [{ pose: butterflyFrame(20, 0.5) }, { pose: butterflyFrame(55, 0.7), holdSeconds: 2 }],
    props: [],
    focus: 'leftHip',
  },
  'adductor-release': {
    view: 'above',
    description:
      'Seen from above, lying face down with one leg bent out to the side and the inner thigh on a foam roller, the figure rolls from the knee up to the groin.',
    keyframes: [{ pose: frogFrame(0) }, { pose: frogFrame(-16) }],
    props: [{ kind: 'roller', x: 110, y: 72, radius: 6, length: 70 }],
    focus: 'leftKnee',
  },
};

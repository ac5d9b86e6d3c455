/** Standing work seen from the front that moves sideways: side lunge, TFL lunge stretch, band walks. */
import type { ExerciseAnimation, Keyframe } from '../animation.js';
import type { Point } from '../skeleton.js';
import { figure, frontHip, frontShoulder, pelvisAt } from './builders.js';
import { armReach, reach } from './world-angles.js';

const ANKLE_Y = 145.5;

/** Feet wide at 64 and 136; `shift` moves the pelvis towards the person's right (viewer's left). */
function sideLungeFrame(shift: number, drop: number): Keyframe['pose'] {
  const pelvis = { x: 100 - shift, y: 94 + drop };
  return figure('front', {
    anchor: pelvisAt(pelvis.x, pelvis.y),
    trunk: -shift * 0.3,
    right: reach(frontHip(pelvis, 'right'), { x: 64, y: ANKLE_Y }, -1, 1 - drop / 60),
    left: reach(frontHip(pelvis, 'left'), { x: 136, y: ANKLE_Y }, 1),
    fore: { rightThigh: 1 - drop / 60 },
    leftArm: [25, 60],
    rightArm: [-25, -60],
  });
}

/** Feet in line one behind the other; `drift` moves the hips towards the wall on the person's left. */
function tflLungeFrame(drift: number): Keyframe['pose'] {
  const pelvis = { x: 96 + drift, y: 92 };
  const trunk = -drift * 0.6;
  const shoulder = frontShoulder(pelvis, trunk, 'left');
  return figure('front', {
    anchor: pelvisAt(pelvis.x, pelvis.y),
    trunk,
    left: reach(frontHip(pelvis, 'left'), { x: 104, y: ANKLE_Y }, 1),
    right: reach(frontHip(pelvis, 'right'), { x: 90, y: ANKLE_Y - 3 }, -1, 0.75),
    fore: { rightThigh: 0.75 },
    leftArm: armReach(shoulder, { x: 139, y: shoulder.y + 8 }, -1),
    rightArm: [-20, -40],
  });
}

/** A mini squat with feet at `feet`; the pelvis sits between them. */
function sideStepFrame(left: number, right: number): Keyframe['pose'] {
  const pelvis: Point = { x: (left + right) / 2, y: 92 };
  return figure('front', {
    anchor: pelvisAt(pelvis.x, pelvis.y),
    left: reach(frontHip(pelvis, 'left'), { x: left, y: ANKLE_Y }, 1, 0.85),
    right: reach(frontHip(pelvis, 'right'), { x: right, y: ANKLE_Y }, -1, 0.85),
    fore: { leftThigh: 0.85, rightThigh: 0.85 },
    leftArm: [35, -40],
    rightArm: [-35, 40],
  });
}

export const STANDING_FRONT_ANIMATIONS: Readonly<Record<string, ExerciseAnimation>> = {
  'adductor-side-lunge-stretch': {
    view: 'front',
    description:
      'With the feet wide and toes forward, the figure shifts its weight to one side and bends that knee, stretching the inside of the straight leg.',
    keyframes: [{ pose: sideLungeFrame(0, 0) }, { pose: sideLungeFrame(18, 16), holdSeconds: 2 }],
    props: [],
    focus: 'leftKnee',
  },
  'tfl-stretch': {
    view: 'front',
    description:
      'In a lunge with the feet in line and a hand on a wall beside the back leg, the figure lets the hips drift sideways towards the wall.',
    keyframes: [{ pose: tflLungeFrame(0) }, { pose: tflLungeFrame(10), holdSeconds: 2 }],
    props: [{ kind: 'wall', x: 140 }],
    focus: 'leftHip',
  },
  'banded-side-steps': {
    view: 'front',
    description:
      'In a slight squat with a band around the ankles, the figure steps sideways, brings the other foot after it, and steps back the same way.',
    keyframes: [
      { pose: sideStepFrame(102, 74) },
      { pose: sideStepFrame(126, 74) },
      { pose: sideStepFrame(126, 98) },
      { pose: sideStepFrame(126, 74) },
    ],
    props: [{ kind: 'band', between: ['leftAnkle', 'rightAnkle'] }],
  },
};

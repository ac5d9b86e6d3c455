/**
 * Alignment and anti-valgus work drawn from the front, so the faint hip-to-toe line shows the
 * knee staying over the second toe (seed 000 step 5, seed 001).
 */
import type { ExerciseAnimation } from '../animation.js';
import { figure, frontHip, pelvisAt } from './builders.js';
import { reach } from './world-angles.js';

/** The ankle height of a front-view figure standing on the floor (its foot stub reaches the floor). */
const ANKLE_Y = 145.5;

/** Standing on the person's left leg (the viewer's right), squatting to `depth` figure units. */
function oneLegSquat(depth: number, armsOnHips: boolean): ExerciseAnimation['keyframes'] {
  const frame = (drop: number, kneeTowardViewer: number) => {
    const pelvis = { x: 103, y: 86 + drop };
    const arms = armsOnHips
      ? { leftArm: [40, -45] as const, rightArm: [-40, 45] as const }
      : { leftArm: [20 + drop, 30 + drop] as const, rightArm: [-20 - drop, -30 - drop] as const };
    return figure('front', {
      anchor: pelvisAt(pelvis.x, pelvis.y),
      left: reach(frontHip(pelvis, 'left'), { x: 110, y: ANKLE_Y }, 1, kneeTowardViewer),
      right: reach(frontHip(pelvis, 'right'), { x: 94, y: 124 + drop }, -1, 0.8, 0.55),
      fore: { leftThigh: kneeTowardViewer, rightThigh: 0.8, rightShin: 0.55 },
      ...arms,
    });
  };
  return [{ pose: frame(0, 1) }, { pose: frame(depth, 0.6), holdSeconds: 1 }];
}

export const ALIGNMENT_ANIMATIONS: Readonly<Record<string, ExerciseAnimation>> = {
  'single-leg-squat': {
    view: 'front',
    description:
      'Standing on one leg, the figure bends the standing knee and rises again, the knee tracking over the second toe.',
    keyframes: oneLegSquat(16, false),
    props: [],
  },
  'one-leg-squat': {
    view: 'front',
    description:
      'On one foot with the arch built up, hands on the hips, the figure squats slowly as deep as it controls, knee in line with hip and foot.',
    keyframes: oneLegSquat(20, true),
    props: [],
    focus: 'leftBall',
    moveSeconds: 2.4,
  },
  'single-leg-balance': {
    view: 'front',
    description:
      'The figure lifts one foot and balances on the other, easing the standing knee slightly out over the foot.',
    keyframes: [
      { pose: figure('front', { anchor: pelvisAt(100) }) },
      {
        pose: figure('front', {
          anchor: pelvisAt(104),
          left: { thigh: 2, shin: 0 },
          right: { thigh: 0, shin: 0 },
          fore: { rightShin: 0.45 },
        }),
        holdSeconds: 2,
      },
    ],
    props: [],
  },
  'short-and-skinny-foot': {
    view: 'front',
    description:
      'The figure shifts its weight onto one foot and shapes that foot short and narrow, balancing over the middle of the arch.',
    keyframes: [
      { pose: figure('front', { anchor: pelvisAt(100) }) },
      {
        pose: figure('front', {
          anchor: pelvisAt(105),
          left: { thigh: -1, shin: -1 },
          right: { thigh: 9, shin: 9 },
        }),
        holdSeconds: 2,
      },
    ],
    props: [],
    focus: 'leftBall',
  },
  'hip-hitch': {
    view: 'front',
    description:
      'Standing on a step on one straight leg, the figure lets the other side of the pelvis drop so the hanging foot sinks, then hitches it back up and holds.',
    keyframes: [hitchFrame(-14), { pose: hitchFrame(12).pose, holdSeconds: 1.5 }],
    props: [{ kind: 'step', x: 100, width: 55, height: 14 }],
    focus: 'leftBall',
  },
  'wall-push': {
    view: 'front',
    description:
      'Side-on to a wall, standing on one leg with the other knee lifted to hip height, the figure presses the lifted knee into the wall and holds.',
    keyframes: [wallPushFrame(25), { pose: wallPushFrame(75).pose, holdSeconds: 1.5 }],
    props: [{ kind: 'wall', x: 118 }],
  },
  'banded-chair-squat': {
    view: 'front',
    description:
      'Sitting on a chair with a band around the knees, the figure presses the knees out against the band and stands up, then sits back down.',
    keyframes: [{ pose: squatFrame(27, 0.3) }, { pose: squatFrame(0, 1) }],
    props: [
      { kind: 'chair', x: 74, width: 52, seatHeight: 33, back: 'behind' },
      { kind: 'band', between: ['leftKnee', 'rightKnee'] },
    ],
  },
  'banded-squat': {
    view: 'front',
    description:
      'With a band just above the knees, the figure squats down and stands up, pressing the knees out so each stays over its second toe.',
    keyframes: [{ pose: squatFrame(0, 1) }, { pose: squatFrame(22, 0.5) }],
    props: [{ kind: 'band', between: ['leftKnee', 'rightKnee'] }],
  },
};

/** Standing on a step on the left leg; `tilt` drops (negative) or hitches (positive) the right hip. */
function hitchFrame(tilt: number): { readonly pose: ReturnType<typeof figure> } {
  const radians = (tilt * Math.PI) / 180;
  const hip = { x: 107, y: 136 - 4.5 - 60 };
  const pelvis = { x: hip.x - 7 * Math.cos(radians), y: hip.y - 7 * Math.sin(radians) };
  return { pose: figure('front', { anchor: pelvisAt(pelvis.x, pelvis.y), pelvisTilt: tilt }) };
}

/** Standing on the right leg, left knee lifted; `press` turns the lifted thigh out towards the wall. */
function wallPushFrame(press: number): { readonly pose: ReturnType<typeof figure> } {
  const pelvis = { x: 100, y: 88 };
  return {
    pose: figure('front', {
      anchor: pelvisAt(pelvis.x, pelvis.y),
      right: reach(frontHip(pelvis, 'right'), { x: 92, y: ANKLE_Y }, -1),
      left: { thigh: press, shin: 2 },
      fore: { leftThigh: 0.35 },
      leftArm: [30, -40],
      rightArm: [-30, 40],
    }),
  };
}

/** A two-leg squat `drop` units below standing; `thighShown` foreshortens the thighs as they come forward. */
function squatFrame(drop: number, thighShown: number): ReturnType<typeof figure> {
  const pelvis = { x: 100, y: 86 + drop };
  // Arms reach forward (towards the viewer) as the hips go back.
  const armShown = 1 - drop / 40;
  return figure('front', {
    anchor: pelvisAt(pelvis.x, pelvis.y),
    left: reach(frontHip(pelvis, 'left'), { x: 114, y: ANKLE_Y }, 1, thighShown),
    right: reach(frontHip(pelvis, 'right'), { x: 86, y: ANKLE_Y }, -1, thighShown),
    fore: {
      leftThigh: thighShown,
      rightThigh: thighShown,
      leftUpperArm: armShown,
      rightUpperArm: armShown,
      leftForearm: armShown,
      rightForearm: armShown,
    },
    leftArm: [12, 20],
    rightArm: [-12, -20],
  });
}

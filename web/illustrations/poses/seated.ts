/** Work on a chair: the seated shin turn-in seen from the front, the crossed-leg stretch from the side. */
import type { ExerciseAnimation, Keyframe } from '../animation.js';
import { figure, frontHip, pelvisAt } from './builders.js';
import { armReach, reach } from './world-angles.js';

/** Seated facing the viewer, thighs coming straight at them; the right foot turns `turn` degrees. */
function shinTurnFrame(turn: number): Keyframe['pose'] {
  const pelvis = { x: 100, y: 113 };
  return figure('front', {
    anchor: pelvisAt(pelvis.x, pelvis.y),
    left: reach(frontHip(pelvis, 'left'), { x: 110, y: 145.5 }, 1, 0.12),
    right: { ...reach(frontHip(pelvis, 'right'), { x: 90, y: 143 }, -1, 0.12), foot: turn },
    fore: { leftThigh: 0.12, rightThigh: 0.12, rightFoot: 0.6 },
    leftArm: [10, 40],
    rightArm: [-10, -40],
  });
}

/** Seated side-on with the near ankle on the far knee; `pull` draws the front of the foot in. */
function crossedLegFrame(pull: number): Keyframe['pose'] {
  const pelvis = { x: 88, y: 120 };
  const trunk = 20 + pull * 0.1;
  const radians = (trunk * Math.PI) / 180;
  const shoulder = { x: pelvis.x + 38 * Math.sin(radians), y: pelvis.y - 38 * Math.cos(radians) };
  return figure('side', {
    anchor: pelvisAt(pelvis.x, pelvis.y),
    trunk,
    left: { thigh: 90, shin: 0 },
    right: { thigh: 100, shin: 60, foot: 120 + pull, toe: 120 + pull },
    fore: { rightThigh: 0.85, rightShin: 0.25 },
    rightArm: armReach(shoulder, { x: 124, y: 114 }, -1),
    leftArm: armReach(shoulder, { x: 119, y: 119 }, -1),
  });
}

export const SEATED_ANIMATIONS: Readonly<Record<string, ExerciseAnimation>> = {
  'popliteus-tibial-internal-rotation': {
    view: 'front',
    description:
      'Sitting with the knees bent at a right angle and the kneecap facing forward, the figure turns the lower leg in so the toes swivel inwards, then lets it return.',
    keyframes: [{ pose: shinTurnFrame(-20) }, { pose: shinTurnFrame(55) }],
    props: [{ kind: 'chair', x: 74, width: 52, seatHeight: 37, back: 'behind' }],
    focus: 'rightKnee',
  },
  'outer-shin-foot-stretch': {
    view: 'side',
    description:
      'Sitting with one ankle resting on the other knee, the figure holds the ankle still and draws the front of the foot towards itself.',
    keyframes: [{ pose: crossedLegFrame(0) }, { pose: crossedLegFrame(30), holdSeconds: 2 }],
    props: [{ kind: 'chair', x: 72, width: 32, seatHeight: 30, back: 'left' }],
    focus: 'rightAnkle',
  },
};

/**
 * Seed 001: the foot and ankle foundation (key 1) and the three anti-valgus exercises, which also
 * train knee position sense (key 2) by watching the knee and correcting it.
 */
import { STAIRS_FOR_STEP, STOP_IF_KNEE_CAVES, STOP_IF_PAIN } from './safety.js';
import type { Exercise } from './types.js';

const SLOW_NOTE =
  'Alignment matters more than reps: go slowly, pause where the knee starts to drift, fix it, then go on.';
const FIX_ALIGNMENT =
  'When the knee starts to drift in, stop there: settle back over the middle of the foot, turn the shin out a little or switch the hip on, then carry on.';
const WALL_OK = 'Keep a hand near a wall if you need help with balance or to find your line again.';

/** Seed 001: foot and ankle first, then hip hitch, 1-leg hinge and 1-leg squat. */
export const ANTI_VALGUS: readonly Exercise[] = [
  {
    kind: 'exercise',
    id: 'short-and-skinny-foot',
    name: 'Short and skinny foot',
    category: 'foot',
    block: 'anti-valgus',
    muscles: ['intrinsic foot muscles'],
    addresses: ['foot-pronation', 'knee-position-sense'],
    equipment: ['none'],
    substitutes: [],
    dosage: {
      reps: 20,
      holdSeconds: 5,
      perSide: true,
      note: "Seed 001 gives no sets, reps or hold time; it is the set-up for the hip hitch, 1-leg hinge and 1-leg squat. Rule of thumb, not a measured dose: seed 000's short-foot dose (6B: hold 5 s, 20 times).",
    },
    steps: [
      'Stand on one foot, or shift most of your weight onto it.',
      'Spread the toes.',
      'Narrow the front of the foot across the long foot bones, between the big toe and the little toe.',
      'Shorten the foot by drawing the long foot bones towards the heel.',
      'Build the arch along the line from the base of the middle (third) toe to the centre of the heel and balance over it.',
    ],
    cues: [
      'Stay centred over the middle arch so you can correct both ways.',
      'Small, constant corrections, like steering in a lane.',
    ],
    commonErrors: ['Weight drifting onto the inner or outer edge of the foot.', 'Clawing the toes.'],
    stopIf: ['Stop if the foot cramps; rest and try with less effort.', STOP_IF_PAIN],
    regression: 'short-foot',
    minutes: 2,
    source: { seed: '001', section: 'Key #1: The Short & Skinny Foot; The Active Arch' },
  },
  {
    kind: 'exercise',
    id: 'ankle-dorsiflexion',
    name: 'Knee-over-toe ankle bend',
    category: 'ankle-mobility',
    block: 'anti-valgus',
    muscles: ['ankle joint', 'calf'],
    addresses: ['ankle-dorsiflexion'],
    equipment: ['none'],
    substitutes: [],
    dosage: {
      reps: 30,
      perSide: true,
      note: "Seed 001 names the movement and why it matters but gives no dosage; it refers to another article. Rule of thumb, not a measured dose: seed 000's ankle mobilisation dose (6A c: 30 times).",
    },
    steps: [
      'Stand with the foot flat on the floor.',
      'Let the knee travel forward over the toes as far as it goes with the heel down.',
      'Come back and repeat, keeping the arch up.',
    ],
    cues: [
      'Heel stays heavy.',
      'Knee goes forward over the toes, not inwards.',
      'Foot does not roll in to cheat more range.',
    ],
    commonErrors: ['Letting the foot turn out or the arch collapse to find range.'],
    stopIf: ['Stop if you feel a pinch at the front of the ankle.', STOP_IF_PAIN],
    progression: 'ankle-mobilisation-lunge',
    minutes: 2,
    source: { seed: '001', section: 'Key #1: Ankle Dorsiflexion' },
  },
  {
    kind: 'exercise',
    id: 'hip-hitch',
    name: 'Hip hitch',
    category: 'anti-valgus',
    block: 'anti-valgus',
    muscles: ['gluteus medius', 'intrinsic foot muscles'],
    addresses: ['hip-abductor-weakness', 'foot-pronation', 'knee-position-sense'],
    equipment: ['step'],
    substitutes: [STAIRS_FOR_STEP, { for: 'step', use: 'a weight plate on the floor' }],
    // seed 001, Exercise 1: Hip Hitch: 1 set of 5 reps, 5 second hold at the top.
    dosage: {
      sets: 1,
      reps: 5,
      holdSeconds: 5,
      perSide: true,
      note: 'The standing leg is the one trained; do both.',
    },
    steps: [
      'Stand on the edge of a step on one leg with the other foot hanging beside it.',
      'Make a short and skinny foot on the standing foot, centred over the middle arch.',
      'With both knees straight, let the hanging foot sink towards the floor by dropping that side of the pelvis.',
      'Lift the hanging foot back up by hitching the pelvis, and hold at the top.',
    ],
    cues: ['Move slowly and with control.', 'Balance over the centre of the foot, on the third-toe line.'],
    commonErrors: ['Bending a knee to move the foot instead of the pelvis.', 'Rushing the lowering.'],
    stopIf: [STOP_IF_PAIN],
    progression: 'one-leg-hinge',
    cameraCheck: 'hip-hitch',
    minutes: 2,
    source: { seed: '001', section: 'Exercise 1: Hip Hitch Exercise' },
  },
  {
    kind: 'exercise',
    id: 'one-leg-hinge',
    name: '1-leg hinge',
    category: 'anti-valgus',
    block: 'anti-valgus',
    muscles: ['gluteus maximus', 'gluteus medius', 'intrinsic foot muscles'],
    addresses: ['knee-position-sense', 'hip-abductor-weakness', 'foot-pronation'],
    equipment: ['none'],
    substitutes: [],
    // seed 001, Exercise 2: 1-Leg Hinge: 1 minute on one side, then the other.
    dosage: { durationSeconds: 60, perSide: true, note: SLOW_NOTE },
    steps: [
      'Make a short and skinny foot on one foot and lift the other foot off the floor.',
      'Soften the standing knee and slowly hinge at the hips with a tall posture.',
      'Watch your leg to check that hip, knee and foot stay in line.',
      'Hinge and return slowly for the whole minute, then switch sides.',
    ],
    cues: [FIX_ALIGNMENT, WALL_OK, 'Watching the leg and correcting it is what trains knee position sense.'],
    commonErrors: ['Chasing depth or rep count instead of alignment.', 'Looking away from the knee.'],
    stopIf: [STOP_IF_KNEE_CAVES, STOP_IF_PAIN],
    progression: 'one-leg-squat',
    regression: 'hip-hitch',
    cameraCheck: 'hinge',
    minutes: 2,
    source: { seed: '001', section: 'Exercise 2: 1-Leg Hinge' },
  },
  {
    kind: 'exercise',
    id: 'one-leg-squat',
    name: '1-leg squat',
    category: 'anti-valgus',
    block: 'anti-valgus',
    muscles: ['quadriceps', 'gluteus maximus', 'gluteus medius', 'intrinsic foot muscles'],
    addresses: ['knee-position-sense', 'quadriceps-weakness', 'hip-abductor-weakness', 'foot-pronation'],
    equipment: ['none'],
    substitutes: [],
    // seed 001, Exercise 3: 1-Leg Squat: 2 sets of 1 minute on each side (about 1-3 reps a set).
    dosage: {
      sets: 2,
      durationSeconds: 60,
      perSide: true,
      note: `${SLOW_NOTE} Expect only about 1 to 3 reps in a minute (seed 001).`,
    },
    steps: [
      'Make a short and skinny foot on one foot, centred over the middle arch.',
      'Lift the other foot off the floor.',
      'Squat down with a tall posture, watching your leg to keep it in line.',
      'Go to the end of the range you can control, then return slowly to standing.',
    ],
    cues: [
      'Point a finger down from the kneecap to see where the knee sits over the foot.',
      FIX_ALIGNMENT,
      WALL_OK,
    ],
    commonErrors: [
      'Counting reps instead of finding and fixing the point where the knee drifts.',
      'Dropping fast.',
    ],
    stopIf: [STOP_IF_KNEE_CAVES, STOP_IF_PAIN],
    regression: 'one-leg-hinge',
    cameraCheck: 'single-leg-squat',
    minutes: 5,
    source: { seed: '001', section: 'Exercise 3: 1-Leg Squat' },
  },
];

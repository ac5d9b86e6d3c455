/** Step 3 of seed 000: restore internal rotation of the shin (tibia) under the thigh. */
import {
  BALL_FOR_ROLLER,
  BED_FOR_CHAIR,
  ROLLER_FOR_BALL,
  STOP_IF_PAIN,
  STOP_IF_RELEASE_TOO_HARD,
} from './safety.js';
import type { Exercise } from './types.js';

const SIDES_NOTE = 'The seed gives the time without naming sides; do it on each leg that caves in.';

/** Seed 000 step 3: two releases and the popliteus exercise. */
export const TIBIAL_ROTATION: readonly Exercise[] = [
  {
    kind: 'exercise',
    id: 'lateral-hamstring-release',
    name: 'Lateral hamstring release',
    category: 'release',
    block: 'tibial-rotation',
    muscles: ['biceps femoris'],
    addresses: ['tibial-external-rotation'],
    equipment: ['massage-ball'],
    substitutes: [ROLLER_FOR_BALL],
    // seed 000, Step 3, a) Lateral Hamstring Release: continue for 1 minute.
    dosage: { durationSeconds: 60, perSide: true, note: SIDES_NOTE },
    steps: [
      'Sit on the floor with the legs out in front.',
      'Put the massage ball under the outer side of the back of one knee, on the hamstring tendon and muscle just above it.',
      'Lean some weight onto the ball.',
      'Slowly bend and straighten the knee while keeping the pressure on.',
    ],
    cues: [
      'Stay on the outer side; the middle of the back of the knee is left alone.',
      'Move the knee slowly through its range.',
    ],
    commonErrors: ['Pressing into the soft hollow right behind the knee.'],
    stopIf: [
      'Move the ball if you feel tingling or numbness down the leg: that is a nerve, not the muscle.',
      STOP_IF_RELEASE_TOO_HARD,
    ],
    minutes: 3,
    source: {
      seed: '000',
      section: 'Step 3: Improve Internal Rotation Of Tibia, a) Lateral Hamstring Release',
    },
  },
  {
    kind: 'exercise',
    id: 'outer-thigh-release',
    name: 'Outer thigh (vastus lateralis) release',
    category: 'release',
    block: 'tibial-rotation',
    muscles: ['vastus lateralis'],
    addresses: ['tibial-external-rotation'],
    equipment: ['foam-roller'],
    substitutes: [BALL_FOR_ROLLER],
    // seed 000, Step 3, b) Outer Thigh Release: continue for 1 minute.
    dosage: { durationSeconds: 60, perSide: true, note: SIDES_NOTE },
    steps: [
      'Lie face down, turned a little onto one side.',
      'Put the foam roller under the front-outer part of the thigh.',
      'Lower as much body weight onto it as you can stay relaxed with.',
      'Roll slowly from above the knee to below the hip.',
    ],
    cues: ['Front and outside of the thigh, not straight down the side.', 'Leg stays soft.'],
    commonErrors: ['Putting so much weight on that the thigh tenses.'],
    stopIf: [STOP_IF_RELEASE_TOO_HARD, STOP_IF_PAIN],
    minutes: 3,
    source: { seed: '000', section: 'Step 3: Improve Internal Rotation Of Tibia, b) Outer Thigh Release' },
  },
  {
    kind: 'exercise',
    id: 'popliteus-tibial-internal-rotation',
    name: 'Seated shin turn-in (popliteus)',
    category: 'tibial-rotation',
    block: 'tibial-rotation',
    muscles: ['popliteus'],
    addresses: ['tibial-external-rotation'],
    equipment: ['chair'],
    substitutes: [BED_FOR_CHAIR],
    // seed 000, Step 3, c) Popliteus: repeat 30 times.
    dosage: { reps: 30, perSide: true, note: SIDES_NOTE.replace('the time', 'the count') },
    steps: [
      'Sit on a chair with hips and knees bent to a right angle, feet flat.',
      'Keep the kneecap pointing straight ahead.',
      'Turn the lower leg inwards so the toes swivel in, then let it return.',
      'Keep the whole sole on the floor as you turn.',
    ],
    cues: [
      'The kneecap does not move; only the shin turns.',
      'Think of twisting the shin bone, not the foot.',
    ],
    commonErrors: [
      'Swinging the knee inwards with the foot.',
      'Lifting the heel or the outer edge of the foot.',
    ],
    stopIf: [STOP_IF_PAIN],
    minutes: 3,
    source: { seed: '000', section: 'Step 3: Improve Internal Rotation Of Tibia, c) Popliteus' },
  },
];

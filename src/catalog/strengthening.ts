/** Step 4 of seed 000: strengthen hip external rotation, hip abduction and the quadriceps. */
import { STOP_IF_PAIN } from './safety.js';
import type { Exercise } from './types.js';

/** Seed 000 step 4: the first rungs of the hip ladder and the quadriceps ladder. */
export const STRENGTHENING: readonly Exercise[] = [
  {
    kind: 'exercise',
    id: 'side-lying-hip-external-rotation',
    name: 'Side-lying hip external rotation (clamshell)',
    category: 'strength',
    block: 'strength',
    muscles: ['gluteus maximus', 'deep hip external rotators'],
    addresses: ['hip-external-rotator-weakness'],
    equipment: ['none'],
    substitutes: [],
    // seed 000, Step 4, a) Gluteus Maximus: hold 3-5 seconds at end range, repeat 20 times.
    dosage: { reps: 20, holdSeconds: 3, progressTo: { holdSeconds: 5 }, perSide: true },
    steps: [
      'Lie on your side with both knees bent to a right angle.',
      'Keep the ankles touching and lift the top knee as high as it goes.',
      'Hold at the top, then lower slowly.',
      'Finish the set and turn over.',
    ],
    cues: ['The pelvis stays still; only the thigh turns.', 'Feel it at the side and back of the hip.'],
    commonErrors: ['Rolling the pelvis backwards to lift the knee higher.', 'Letting the ankles come apart.'],
    stopIf: [STOP_IF_PAIN],
    progression: 'side-lying-hip-abduction',
    minutes: 5,
    source: {
      seed: '000',
      section: 'Step 4: Strengthening exercises, a) Gluteus Maximus Strengthening Exercise',
    },
  },
  {
    kind: 'exercise',
    id: 'side-lying-hip-abduction',
    name: 'Side-lying hip abduction',
    category: 'strength',
    block: 'strength',
    muscles: ['gluteus medius'],
    addresses: ['hip-abductor-weakness'],
    equipment: ['none'],
    substitutes: [],
    // seed 000, Step 4, b) Gluteus Medius: hold 3-5 seconds at end range, repeat 10 times.
    dosage: { reps: 10, holdSeconds: 3, progressTo: { holdSeconds: 5 }, perSide: true },
    steps: [
      'Lie on your side with the bottom knee a little bent to steady you.',
      'Straighten the top leg and reach it long, away from your body.',
      'Lift it up, hold at the top, and lower slowly.',
      'Finish the set and turn over.',
    ],
    cues: ['Lead with the heel, toes pointing forward.', 'Feel the side of the hip working, not the front.'],
    commonErrors: ['Swinging the leg forward as it lifts.', 'Turning the toes up to the ceiling.'],
    stopIf: [STOP_IF_PAIN],
    progression: 'banded-clamshell',
    regression: 'side-lying-hip-external-rotation',
    minutes: 3,
    source: {
      seed: '000',
      section: 'Step 4: Strengthening exercises, b) Gluteus Medius Strengthening Exercise',
    },
  },
  {
    kind: 'exercise',
    id: 'straight-leg-raise',
    name: 'Straight leg raise',
    category: 'strength',
    block: 'strength',
    muscles: ['quadriceps'],
    addresses: ['quadriceps-weakness'],
    equipment: ['none'],
    substitutes: [],
    // seed 000, Step 4, c) Quadriceps: repeat 30 times.
    dosage: { reps: 30, perSide: true },
    steps: [
      'Lie on your back with the legs out straight.',
      'Press the back of one knee down into the floor to lock it straight.',
      'Check that you can feel the front of the thigh tighten.',
      'Lift the locked leg and lower it again, keeping the knee straight.',
    ],
    cues: ['Knee stays locked from the first rep to the last.', 'Lift and lower at an even pace.'],
    commonErrors: ['Letting the knee bend as the leg tires.', 'Arching the lower back to lift.'],
    stopIf: [STOP_IF_PAIN],
    progression: 'banded-chair-squat',
    minutes: 3,
    source: { seed: '000', section: 'Step 4: Strengthening exercises, c) Quadriceps' },
  },
];

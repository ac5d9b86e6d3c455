/**
 * Seed 002's exercises. The seed names them and says how they are done but gives no sets, reps
 * or hold times, so each dosage carries only a note; `minutes` is our estimate for one unhurried
 * set on each side.
 */
import {
  NO_BAND_SUBSTITUTE,
  STOP_IF_KNEE_CAVES,
  STOP_IF_PAIN,
  STOP_IF_STRETCH_TURNS_PAINFUL,
} from './safety.js';
import type { Exercise } from './types.js';

const NO_NUMBERS = 'Seed 002 gives no sets, reps or hold time.';
/** Seed 002 gives no figures: the dose of seed 000's nearest exercise is used and said to be a rule of thumb. */
const thumb = (from: string): string =>
  `${NO_NUMBERS} Rule of thumb, not a measured dose: seed 000's ${from}.`;
const STRENGTH_SECTION = 'Targeted Strengthening and Mobility Exercises';

/** Seed 002: hip strength, the hip flexor stretch and the banded squat. */
export const SEED_002: readonly Exercise[] = [
  {
    kind: 'exercise',
    id: 'banded-clamshell',
    name: 'Banded clamshell',
    category: 'strength',
    block: 'strength',
    muscles: ['gluteus medius', 'gluteus maximus'],
    addresses: ['hip-abductor-weakness', 'hip-external-rotator-weakness'],
    equipment: ['band'],
    substitutes: [NO_BAND_SUBSTITUTE],
    dosage: {
      reps: 20,
      holdSeconds: 3,
      progressTo: { holdSeconds: 5 },
      perSide: true,
      note: thumb('clamshell dose (4a: hold 3-5 s, 20 times)'),
    },
    steps: [
      'Lie on your side, knees bent, with a band looped around both knees.',
      'Keep the feet together and open the top knee against the band.',
      'Lower it under control and repeat, then turn over.',
    ],
    cues: ['Pelvis stays stacked and still.', 'Feel the side and back of the hip working.'],
    commonErrors: ['Rocking the pelvis back to open the knee further.', 'Letting the feet separate.'],
    stopIf: [STOP_IF_PAIN],
    progression: 'banded-side-steps',
    regression: 'side-lying-hip-abduction',
    minutes: 3,
    source: { seed: '002', section: STRENGTH_SECTION },
  },
  {
    kind: 'exercise',
    id: 'banded-side-steps',
    name: 'Banded side steps',
    category: 'strength',
    block: 'strength',
    muscles: ['gluteus medius', 'hip abductors'],
    addresses: ['hip-abductor-weakness'],
    equipment: ['band'],
    substitutes: [NO_BAND_SUBSTITUTE],
    dosage: {
      reps: 10,
      perSide: true,
      note: `${thumb('glute med dose (4b: 10 times)')} Ten steps to the left, then ten to the right.`,
    },
    steps: [
      'Loop a band around the ankles or the thighs.',
      'Sit into a slight squat.',
      'Step sideways, keeping tension on the band, and follow with the other foot.',
      'Go the same distance back the other way.',
    ],
    cues: ['Stay in the slight squat the whole time.', 'Knees stay out against the band.'],
    commonErrors: ['Standing up tall between steps.', 'Letting the trailing knee get pulled in.'],
    stopIf: [STOP_IF_KNEE_CAVES, STOP_IF_PAIN],
    progression: 'single-leg-deadlift',
    regression: 'banded-clamshell',
    minutes: 2,
    source: { seed: '002', section: STRENGTH_SECTION },
  },
  {
    kind: 'exercise',
    id: 'single-leg-deadlift',
    name: 'Single-leg deadlift',
    category: 'strength',
    block: 'strength',
    muscles: ['gluteus maximus', 'gluteus medius', 'hamstrings'],
    addresses: ['hip-abductor-weakness', 'hip-external-rotator-weakness'],
    equipment: ['none'],
    substitutes: [],
    dosage: { reps: 10, perSide: true, note: thumb('single-leg hinge dose (5e: 10 times each side)') },
    steps: [
      'Stand on one leg with the knee a little soft.',
      'Hinge at the hip, reaching the chest forward as the free leg goes back.',
      'Return to standing, keeping the hip and knee in line the whole way.',
      'Repeat, then change legs.',
    ],
    cues: ['Hips stay level, the pelvis does not open to the side.', 'Knee stays over the foot.'],
    commonErrors: ['Knee drifting in as you tip forward.', 'Rounding the back.'],
    stopIf: [STOP_IF_KNEE_CAVES, STOP_IF_PAIN],
    regression: 'banded-side-steps',
    cameraCheck: 'hinge',
    minutes: 3,
    source: { seed: '002', section: STRENGTH_SECTION },
  },
  {
    kind: 'exercise',
    id: 'half-kneeling-hip-flexor-stretch',
    name: 'Half-kneeling hip flexor stretch',
    category: 'stretch',
    block: 'pelvis',
    muscles: ['hip flexors'],
    addresses: ['anterior-pelvic-tilt'],
    equipment: ['none'],
    substitutes: [],
    dosage: {
      perSide: true,
      holdSeconds: 30,
      note: thumb('stretch hold (30 seconds, as in 2a-2d)'),
    },
    steps: [
      'Kneel on one knee with the other foot flat in front.',
      'Squeeze the seat muscle on the kneeling side.',
      'Ease the hips gently forward until the front of the kneeling hip stretches, and hold.',
      'Change sides.',
    ],
    cues: [
      'Tuck the pelvis under a little before moving forward.',
      'Gentle: the stretch comes from the squeeze, not from lunging deep.',
      'A folded towel under the kneeling knee makes it kinder on the kneecap.',
    ],
    commonErrors: ['Arching the lower back instead of opening the hip.'],
    stopIf: [STOP_IF_STRETCH_TURNS_PAINFUL],
    minutes: 2,
    source: { seed: '002', section: STRENGTH_SECTION },
  },
  {
    kind: 'exercise',
    id: 'banded-squat',
    name: 'Banded squat',
    category: 'alignment',
    block: 'alignment',
    muscles: ['quadriceps', 'gluteus maximus', 'gluteus medius'],
    addresses: ['hip-abductor-weakness', 'knee-position-sense'],
    equipment: ['band'],
    substitutes: [NO_BAND_SUBSTITUTE],
    dosage: { reps: 10, perSide: false, note: thumb('squat dose (5c: 10 times)') },
    steps: [
      'Loop a band just above the knees.',
      'Squat down and stand up, pressing the knees out into the band.',
      'Keep each knee over its second toe all the way.',
    ],
    cues: ['Use the band as a reminder to push the knees out.', 'Knee over the second toe.'],
    commonErrors: ['Letting the band pull the knees in at the bottom.'],
    stopIf: [STOP_IF_KNEE_CAVES, STOP_IF_PAIN],
    cameraCheck: 'squat',
    minutes: 2,
    source: { seed: '002', section: 'Supportive Aids and Movement Pattern Correction' },
  },
];

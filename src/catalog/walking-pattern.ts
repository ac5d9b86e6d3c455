/**
 * Step 6 of seed 000: improve the walking pattern through ankle mobility, arch strength and big
 * toe extension. The knee-to-wall target (toe more than 4 in / 10 cm from the wall) belongs to the
 * assessment, not here.
 */
import {
  BALL_FOR_ROLLER,
  DOOR_FOR_WALL,
  ROLLER_FOR_BALL,
  STOP_IF_PAIN,
  STOP_IF_RELEASE_TOO_HARD,
  STOP_IF_STRETCH_TURNS_PAINFUL,
} from './safety.js';
import type { Exercise } from './types.js';

const SECTION = 'Step 6: Improve Walking Pattern';
const EACH_LEG = 'The seed does not name sides; work each leg.';

/** Seed 000 step 6: ankle mobility (A), arch support (B) and big toe extension (C). */
export const WALKING_PATTERN: readonly Exercise[] = [
  {
    kind: 'exercise',
    id: 'calf-release',
    name: 'Calf release',
    category: 'release',
    block: 'walking-pattern',
    muscles: ['gastrocnemius', 'soleus'],
    addresses: ['ankle-dorsiflexion'],
    equipment: ['foam-roller'],
    substitutes: [BALL_FOR_ROLLER],
    // seed 000, Step 6 A, a) Release the Calf muscle: 2 minutes.
    dosage: { durationSeconds: 120, perSide: true, note: EACH_LEG },
    steps: [
      'Sit with one calf resting on the foam roller.',
      'Cross the other leg over it to add pressure.',
      'Keep the bottom leg loose and roll it from side to side.',
      'Work up and down until the whole calf is covered.',
    ],
    cues: ['Let the bottom foot flop; do not point or pull it.'],
    commonErrors: ['Only rolling the middle of the calf.'],
    stopIf: [STOP_IF_RELEASE_TOO_HARD, STOP_IF_PAIN],
    minutes: 5,
    source: { seed: '000', section: `${SECTION}, A. Improve Ankle mobility, a) Release the Calf muscle` },
  },
  {
    kind: 'exercise',
    id: 'calf-stretch',
    name: 'Wall calf stretch',
    category: 'stretch',
    block: 'walking-pattern',
    muscles: ['gastrocnemius'],
    addresses: ['ankle-dorsiflexion'],
    equipment: ['wall'],
    substitutes: [DOOR_FOR_WALL],
    // seed 000, Step 6 A, b) Stretch the Calf muscle: hold 1-2 minutes.
    dosage: { holdSeconds: 60, progressTo: { holdSeconds: 120 }, perSide: true, note: EACH_LEG },
    steps: [
      'Face a wall and rest the ball of one foot up against it, heel on the floor.',
      'Bring the heel as close to the wall as you can.',
      'With the knee fully straight, lean forward into the ankle.',
      'Hold where you feel a deep stretch at the back of the calf.',
    ],
    cues: ['Knee straight the whole time.', 'Heel stays down.'],
    commonErrors: ['Bending the knee, which moves the stretch away from the calf.'],
    stopIf: [STOP_IF_STRETCH_TURNS_PAINFUL],
    minutes: 3,
    source: { seed: '000', section: `${SECTION}, A. Improve Ankle mobility, b) Stretch the Calf muscle` },
  },
  {
    kind: 'exercise',
    id: 'ankle-mobilisation-lunge',
    name: 'Ankle mobilisation lunge',
    category: 'ankle-mobility',
    block: 'walking-pattern',
    muscles: ['ankle joint', 'calf'],
    addresses: ['ankle-dorsiflexion', 'foot-pronation'],
    equipment: ['none'],
    substitutes: [],
    // seed 000, Step 6 A, c) Ankle Joint Mobilization: repeat 30 times.
    dosage: { reps: 30, perSide: true, note: EACH_LEG },
    steps: [
      'Take a lunge stance.',
      'Rock your weight forward so the knee travels over the front foot and the front ankle bends.',
      'Keep the front heel on the floor, then rock back.',
    ],
    cues: ['Arch stays lifted.', 'Knee travels over the toes, not inside them.'],
    commonErrors: ['Heel lifting at the end of the rock.', 'Knee collapsing inwards to find more range.'],
    stopIf: ['Stop if you feel a pinch at the front of the ankle.', STOP_IF_PAIN],
    regression: 'ankle-dorsiflexion',
    minutes: 3,
    source: { seed: '000', section: `${SECTION}, A. Improve Ankle mobility, c) Ankle Joint Mobilization` },
  },
  {
    kind: 'exercise',
    id: 'short-foot',
    name: 'Short foot',
    category: 'foot',
    block: 'walking-pattern',
    muscles: ['intrinsic foot muscles'],
    addresses: ['foot-pronation'],
    equipment: ['none'],
    substitutes: [],
    // seed 000, Step 6 B, a) Short Foot Exercise: hold 5 seconds, repeat 20 times.
    dosage: {
      reps: 20,
      holdSeconds: 5,
      perSide: false,
      note: 'Standing on both feet; the seed does not ask for one foot at a time.',
    },
    steps: [
      'Stand up.',
      'Keep the ball of the big toe on the floor.',
      'Without curling the toes, draw the sole of the foot together so the arch lifts, and hold.',
      'Let go and repeat.',
    ],
    cues: [
      'You should feel the muscles under the foot tighten.',
      'Toes stay long and relaxed.',
      'Use it while walking to keep the arch from dropping.',
    ],
    commonErrors: ['Gripping with the toes.', 'Rolling onto the outer edge of the foot.'],
    stopIf: ['Stop if the foot cramps; rest and try with less effort.', STOP_IF_PAIN],
    progression: 'short-and-skinny-foot',
    minutes: 3,
    source: { seed: '000', section: `${SECTION}, B. Improve arch support, a) Short Foot Exercise` },
  },
  {
    kind: 'exercise',
    id: 'big-toe-flexor-release',
    name: 'Big toe flexor release',
    category: 'release',
    block: 'walking-pattern',
    muscles: ['flexor hallucis longus', 'flexor hallucis brevis'],
    addresses: ['big-toe-extension'],
    equipment: ['massage-ball'],
    substitutes: [ROLLER_FOR_BALL],
    // seed 000, Step 6 C, a) Release The Big Toe Flexors: 1-2 minutes.
    dosage: { durationSeconds: 60, progressTo: { durationSeconds: 120 }, perSide: true, note: EACH_LEG },
    steps: [
      'Stand or sit with one foot on the massage ball.',
      'Lean in as much weight as feels right.',
      'Roll along the line of the big toe flexors, from the big toe back along the inner sole.',
    ],
    cues: ['Cover the whole length of the big toe flexors.'],
    commonErrors: ['Rolling the middle of the sole and missing the big toe line.'],
    stopIf: [STOP_IF_RELEASE_TOO_HARD, STOP_IF_PAIN],
    minutes: 3,
    source: {
      seed: '000',
      section: `${SECTION}, C. Increase Big Toe Extension, a) Release The Big Toe Flexors`,
    },
  },
  {
    kind: 'exercise',
    id: 'big-toe-flexor-stretch',
    name: 'Big toe flexor stretch',
    category: 'big-toe',
    block: 'walking-pattern',
    muscles: ['flexor hallucis longus', 'flexor hallucis brevis'],
    addresses: ['big-toe-extension'],
    equipment: ['wall'],
    substitutes: [DOOR_FOR_WALL],
    // seed 000, Step 6 C, b) Stretch The Big Toe Flexors: hold 30 seconds, repeat 3 times.
    dosage: { reps: 3, holdSeconds: 30, perSide: true, note: EACH_LEG },
    steps: [
      'Stand facing the edge of a wall.',
      'Set the underside of the big toe up against the wall, rest of the foot on the floor.',
      'Slide the foot towards the wall so the big toe bends back.',
      'Lean forward and hold where you feel the stretch under the foot.',
    ],
    cues: ['Only the big toe goes up the wall.'],
    commonErrors: ['Lifting the whole forefoot off the floor.'],
    stopIf: [
      'Stop if the big toe joint itself hurts rather than the sole stretching.',
      STOP_IF_STRETCH_TURNS_PAINFUL,
    ],
    progression: 'split-stance-stepping',
    minutes: 4,
    source: {
      seed: '000',
      section: `${SECTION}, C. Increase Big Toe Extension, b) Stretch The Big Toe Flexors`,
    },
  },
  {
    kind: 'exercise',
    id: 'split-stance-stepping',
    name: 'Split-stance stepping',
    category: 'big-toe',
    block: 'walking-pattern',
    muscles: ['big toe flexors', 'calf'],
    addresses: ['big-toe-extension'],
    equipment: ['none'],
    substitutes: [],
    // seed 000, Step 6 C, c) Stepping: repeat 20 times; the back leg is worked.
    dosage: {
      reps: 20,
      perSide: true,
      note: 'The back leg is the one worked; swap legs for the second side.',
    },
    steps: [
      'Stand in a split stance; the back leg is the one you train.',
      'Raise the back heel so the big toe bends back under you.',
      'Lower and repeat.',
    ],
    cues: ['Knee and foot of the back leg keep pointing forward.'],
    commonErrors: ['Letting the back foot turn out as the heel rises.'],
    stopIf: [STOP_IF_PAIN],
    regression: 'big-toe-flexor-stretch',
    minutes: 2,
    source: { seed: '000', section: `${SECTION}, C. Increase Big Toe Extension, c) Stepping` },
  },
];

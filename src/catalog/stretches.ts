/** Step 2 of seed 000: stretches after the releases. The author holds stretches 30 s (seed 000). */
import { BED_FOR_CHAIR, DOOR_FOR_WALL, STOP_IF_STRETCH_TURNS_PAINFUL } from './safety.js';
import type { Exercise } from './types.js';

/** Seed 000 step 2; the groin stretch leads to the side lunge stretch. */
export const STRETCHES: readonly Exercise[] = [
  {
    kind: 'exercise',
    id: 'butterfly-stretch',
    name: 'Lying groin (butterfly) stretch',
    category: 'stretch',
    block: 'stretch',
    muscles: ['hip adductors', 'groin'],
    addresses: ['adductor-tightness'],
    equipment: ['none'],
    substitutes: [],
    // seed 000, Step 2 Stretches, b) Groin: hold 30 seconds (both legs at once).
    dosage: { holdSeconds: 30, perSide: false },
    steps: [
      'Lie on your back and put the soles of your feet together.',
      'Draw the heels in towards your pelvis as far as is comfortable.',
      'Tuck the pelvis under so the lower back rests flat on the floor.',
      'Let both knees fall out to the sides and let gravity do the work.',
    ],
    cues: ['Keep the lower back flat the whole time.', 'Relax the legs rather than pressing the knees down.'],
    commonErrors: ['Letting the lower back arch off the floor.', 'Forcing the knees down with the hands.'],
    stopIf: [STOP_IF_STRETCH_TURNS_PAINFUL],
    progression: 'adductor-side-lunge-stretch',
    minutes: 1,
    source: { seed: '000', section: 'Step 2: Stretches, b) Groin' },
  },
  {
    kind: 'exercise',
    id: 'adductor-side-lunge-stretch',
    name: 'Side lunge adductor stretch',
    category: 'stretch',
    block: 'stretch',
    muscles: ['hip adductors'],
    addresses: ['adductor-tightness'],
    equipment: ['none'],
    substitutes: [],
    // seed 000, Step 2 Stretches, a) Adductors: hold 30 seconds, then the other side.
    dosage: { holdSeconds: 30, perSide: true },
    steps: [
      'Stand with your feet wide apart, toes forward.',
      'Shift your weight sideways and bend one knee; the other leg stays straight.',
      'Sink until you feel a strong stretch along the inside of the straight leg, and hold.',
      'Come back to the middle and lunge to the other side.',
    ],
    cues: ['Bent knee points the same way as its foot.', 'Sit the hips back a little, chest tall.'],
    commonErrors: [
      'Letting the bent knee cave in past the foot.',
      'Rolling onto the inner edge of the straight-leg foot.',
    ],
    stopIf: [STOP_IF_STRETCH_TURNS_PAINFUL],
    regression: 'butterfly-stretch',
    minutes: 2,
    source: { seed: '000', section: 'Step 2: Stretches, a) Adductors' },
  },
  {
    kind: 'exercise',
    id: 'tfl-stretch',
    name: 'TFL lunge stretch',
    category: 'stretch',
    block: 'stretch',
    muscles: ['tensor fasciae latae'],
    addresses: ['tfl-tightness'],
    equipment: ['wall'],
    substitutes: [DOOR_FOR_WALL, { for: 'wall', use: 'the back of a sturdy chair or a table edge to hold' }],
    // seed 000, Step 2 Stretches, c) Tensor Fasciae Latae: hold 30 seconds; the back leg is stretched.
    dosage: { holdSeconds: 30, perSide: true, note: 'The leg behind is the one stretched; do both legs.' },
    steps: [
      'Take a forward lunge stance with the feet one behind the other, in line.',
      'Rest a hand on a wall or support on the side of the back leg.',
      'Lunge forward, then let the hips drift sideways towards the support.',
      'Hold where you feel the stretch at the front and outside of the back hip.',
    ],
    cues: [
      'Squeeze the seat of the back leg to open the front of the hip.',
      'Keep the trunk upright as the hips move sideways.',
    ],
    commonErrors: [
      'Leaning the upper body instead of moving the hips.',
      'Feet side by side, which loses the stretch.',
    ],
    stopIf: [STOP_IF_STRETCH_TURNS_PAINFUL],
    minutes: 2,
    source: { seed: '000', section: 'Step 2: Stretches, c) Tensor Fasciae Latae' },
  },
  {
    kind: 'exercise',
    id: 'outer-shin-foot-stretch',
    name: 'Outer shin and foot stretch',
    category: 'stretch',
    block: 'stretch',
    muscles: ['peroneals', 'extensor digitorum'],
    addresses: ['foot-pronation'],
    equipment: ['chair'],
    substitutes: [BED_FOR_CHAIR],
    // seed 000, Step 2 Stretches, d) Outer Shin/Foot: hold 30 seconds.
    dosage: { holdSeconds: 30, perSide: true },
    steps: [
      'Sit and rest one ankle on the opposite knee.',
      'Put one hand over the ankle and the other around the front of the foot.',
      'Hold the ankle still and draw the front of the foot towards you.',
      'Hold where you feel the stretch down the outside of the ankle and shin.',
    ],
    cues: ['The ankle stays anchored; only the forefoot moves.', 'A slow, steady pull, no bouncing.'],
    commonErrors: ['Letting the whole ankle twist instead of the forefoot.'],
    stopIf: [STOP_IF_STRETCH_TURNS_PAINFUL],
    minutes: 2,
    source: { seed: '000', section: 'Step 2: Stretches, d) Outer Shin/Foot' },
  },
];

/** Step 1 of seed 000: releases of the muscles that pull the knee in. */
import { BALL_FOR_ROLLER, STOP_IF_PAIN, STOP_IF_RELEASE_TOO_HARD } from './safety.js';
import type { Exercise } from './types.js';

/** Seed 000 step 1, in the order the seed gives them. */
export const RELEASES: readonly Exercise[] = [
  {
    kind: 'exercise',
    id: 'adductor-release',
    name: 'Adductor release',
    category: 'release',
    block: 'release',
    muscles: ['hip adductors'],
    addresses: ['adductor-tightness'],
    equipment: ['foam-roller'],
    substitutes: [BALL_FOR_ROLLER],
    // seed 000, Step 1 Releases, a) Adductor: 2 minutes on each side.
    dosage: { durationSeconds: 120, perSide: true },
    steps: [
      'Lie on your side; the leg on top is the one you work on.',
      'Bend that top leg forward and rest its inner thigh on the foam roller.',
      'Let the leg go heavy and slowly roll from just above the knee up to the groin.',
      'Switch sides.',
    ],
    cues: [
      'Keep the worked leg loose, as if it were asleep.',
      'Spend the time across the whole inner thigh, not one spot.',
    ],
    commonErrors: [
      'Tensing the thigh against the roller.',
      'Rolling only the middle of the thigh and missing the groin end.',
    ],
    stopIf: [STOP_IF_RELEASE_TOO_HARD, STOP_IF_PAIN],
    minutes: 5,
    source: { seed: '000', section: 'Step 1: Releases, a) Adductor' },
  },
  {
    kind: 'exercise',
    id: 'tfl-release',
    name: 'TFL and front glute medius release',
    category: 'release',
    block: 'release',
    muscles: ['tensor fasciae latae', 'gluteus medius (front fibres)'],
    addresses: ['tfl-tightness'],
    equipment: ['foam-roller'],
    substitutes: [BALL_FOR_ROLLER],
    // seed 000, Step 1 Releases, b) TFL/Anterior Gluteus Medius: 2 minutes on each side.
    dosage: { durationSeconds: 120, perSide: true },
    steps: [
      'Lie on your side; this time the leg underneath is the one you work on.',
      'Set the foam roller under the front and outer part of the hip, just below the hip bone.',
      'Let the leg relax and roll slowly over the whole front-outer hip area.',
      'Switch sides.',
    ],
    cues: [
      'Turn slightly towards the floor to reach the front of the hip.',
      'Breathe out and let the hip sink onto the roller.',
    ],
    commonErrors: ['Rolling down the side of the thigh instead of the hip.', 'Holding the leg stiff.'],
    stopIf: [STOP_IF_RELEASE_TOO_HARD, STOP_IF_PAIN],
    minutes: 5,
    source: { seed: '000', section: 'Step 1: Releases, b) Tensor Fasciae Latae/Anterior Gluteus Medius' },
  },
];

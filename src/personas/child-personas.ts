/**
 * Children, teens and the findings that change the program (issue 9, "Children and teens",
 * "Findings contradict the program", pain at intake).
 */
import type { Persona } from './persona-types.js';
import { BOTH_CAVE, adult } from './persona-types.js';

const child = (years: number, answers: Readonly<Record<string, unknown>> = {}) =>
  adult({
    ageGroup: 'child',
    childAgeYears: years,
    onset: 'since-childhood',
    minutesPerSession: 15,
    ...answers,
  });

const RIGHT_ONLY = {
  standingKnee: { left: 'in-line', right: 'in' },
  singleLegSquat: { left: { observed: 'holds' }, right: { observed: 'caves' } },
} as const;

export const CHILD_PERSONAS: readonly Persona[] = [
  {
    id: 'child-12-gap-15cm',
    story: '12-year-old, ankles 15 cm apart (issue 9: got the generic advice and exercises).',
    input: { answers: child(12), tests: { ...BOTH_CAVE, intermalleolar: { cm: 15 } } },
    expect: {
      outcome: 'see-professional-first',
      professionals: ['paediatric-orthopaedic-specialist'],
      reason: /more than 8 cm/,
    },
  },
  {
    id: 'child-5-one-leg',
    story: '5-year-old, only the right knee turns in (issue 9: told it is normal growth).',
    input: { answers: child(5, { sidesAffected: 'right' }), tests: RIGHT_ONLY },
    expect: {
      outcome: 'see-professional-first',
      professionals: ['paediatric-orthopaedic-specialist'],
      reason: /Only one knee/,
    },
  },
  {
    id: 'child-10-one-leg',
    story: '10-year-old, left knee only (issue 9: got a program).',
    input: { answers: child(10, { sidesAffected: 'left' }) },
    expect: { outcome: 'see-professional-first', professionals: ['paediatric-orthopaedic-specialist'] },
  },
  {
    id: 'child-4-symmetric',
    story: '4-year-old, both knees, ankle gap 4 cm, no pain: normal growth.',
    input: {
      answers: child(4),
      tests: { standingKnee: { left: 'in', right: 'in' }, intermalleolar: { cm: 4 } },
    },
    expect: { outcome: 'normal-for-age', professionals: [], reason: /normal growth/ },
  },
  {
    id: 'child-9-symmetric-within-norm',
    story: '9-year-old, both knees cave on single-leg squats, ankle gap 2 cm.',
    input: { answers: child(9), tests: { ...BOTH_CAVE, intermalleolar: { cm: 2 } } },
    expect: {
      outcome: 'start-with-adaptations',
      professionals: ['paediatric-physiotherapist'],
      programHas: ['single-leg-balance'],
    },
  },
  {
    id: 'child-9-gap-5cm',
    story: '9-year-old, ankle gap 5 cm (norm 0-3 cm from 8 years).',
    input: { answers: child(9), tests: { ...BOTH_CAVE, intermalleolar: { cm: 5 } } },
    expect: {
      outcome: 'see-professional-first',
      professionals: ['paediatric-orthopaedic-specialist'],
      reason: /0-3 cm/,
    },
  },
  {
    id: 'child-6-getting-worse',
    story: '6-year-old whose knock knees are getting worse.',
    input: { answers: child(6, { shapeChanging: true }) },
    expect: { outcome: 'see-professional-first', professionals: ['paediatric-orthopaedic-specialist'] },
  },
  {
    id: 'child-7-painful',
    story: '7-year-old with knee pain 3/10 and symmetric knock knees.',
    input: { answers: child(7, { painAreas: ['knee'], painLevel: 3 }) },
    expect: { outcome: 'see-professional-first', professionals: ['paediatric-orthopaedic-specialist'] },
  },
  {
    id: 'teen-16-gap-5cm',
    story: '16-year-old, ankle gap 5 cm since childhood.',
    input: {
      answers: adult({ ageGroup: 'teen', ageYears: 16 }),
      tests: { ...BOTH_CAVE, intermalleolar: { cm: 5 } },
    },
    expect: {
      outcome: 'see-professional-first',
      professionals: ['paediatric-orthopaedic-specialist'],
    },
  },
  {
    id: 'teen-15-within-norm',
    story: '15-year-old netballer, knees cave on landing, gap 2 cm.',
    input: {
      answers: adult({ ageGroup: 'teen', ageYears: 15, sports: ['court-sports'] }),
      tests: { ...BOTH_CAVE, intermalleolar: { cm: 2 } },
    },
    expect: {
      outcome: 'start-with-adaptations',
      professionals: ['physical-therapist'],
      programHas: ['single-leg-balance'],
    },
  },
];

export const FINDINGS_PERSONAS: readonly Persona[] = [
  {
    id: 'hyperextension',
    story: 'Former dancer whose knees bow backwards (issue 9: straight-leg raise said lock the knee).',
    input: { answers: adult(), tests: { ...BOTH_CAVE, kneeHyperextension: { kneesLockBack: true } } },
    expect: {
      outcome: 'start-with-adaptations',
      professionals: [],
      exclusions: ['no-end-range-locking'],
      adaptation: { exerciseId: 'straight-leg-raise', says: /never lock/ },
    },
  },
  {
    id: 'bow-legs',
    story: 'Knees apart with the ankles touching (issue 9: got the knock-knee program and a banded squat).',
    input: {
      answers: adult({ sidesAffected: 'not-sure' }),
      tests: { standingKnee: { left: 'out', right: 'out' } },
    },
    expect: { outcome: 'see-professional-first', professionals: ['physical-therapist'], reason: /bow legs/ },
  },
  {
    id: 'back-pain-only',
    story: 'Back pain 1/10 only, knees pain-free (issue 9: every ladder was lowered).',
    input: { answers: adult({ painAreas: ['back'], painLevel: 1 }), tests: BOTH_CAVE },
    expect: {
      outcome: 'go',
      professionals: [],
      programHas: ['step-up', 'wall-push', 'banded-clamshell'],
    },
  },
  {
    id: 'knee-pain-5',
    story: 'Knee pain 5/10 on stairs.',
    input: {
      answers: adult({ painAreas: ['knee'], painLevel: 5, painDuring: ['stairs'] }),
      tests: BOTH_CAVE,
    },
    expect: {
      outcome: 'go',
      programHas: ['straight-leg-raise'],
      programLacks: ['step-up', 'single-leg-squat'],
    },
  },
  {
    id: 'knee-pain-6',
    story: 'Knee pain 6/10 on squatting.',
    input: {
      answers: adult({ painAreas: ['knee'], painLevel: 6, painDuring: ['squatting'] }),
      tests: BOTH_CAVE,
    },
    expect: {
      outcome: 'start-with-adaptations',
      professionals: ['physical-therapist'],
      exclusions: ['easiest-rungs-first'],
    },
  },
  {
    id: 'worse-next-morning',
    story: 'Knee aches the morning after a run.',
    input: { answers: adult({ painAreas: ['knee'], painLevel: 2, painNextDay: true }), tests: BOTH_CAVE },
    expect: {
      outcome: 'start-with-adaptations',
      exclusions: ['easiest-rungs-first'],
      programLacks: ['single-leg-squat'],
    },
  },
  {
    id: 'kneeling-hurts',
    story: 'Kneeling hurts; pelvis tips forward.',
    input: {
      answers: adult({ painAreas: ['knee'], painLevel: 2, painDuring: ['kneeling'] }),
      tests: { ...BOTH_CAVE, anteriorPelvicTilt: { tilted: true } },
    },
    expect: {
      outcome: 'start-with-adaptations',
      exclusions: ['no-kneeling'],
      programLacks: ['half-kneeling-hip-flexor-stretch'],
    },
  },
  {
    id: 'stalled-not-seen',
    story: '10 weeks of exercise, no change, never seen anyone.',
    input: { answers: adult({ weeksOfExerciseSoFar: 10, improvedSoFar: false }) },
    expect: { outcome: 'start-with-adaptations', professionals: ['physical-therapist'] },
  },
  {
    id: 'stalled-seen-pt',
    story: '10 weeks, no change, already seen and cleared by a physio.',
    input: { answers: adult({ weeksOfExerciseSoFar: 10, improvedSoFar: false, clearedForExercise: true }) },
    expect: { outcome: 'start-with-adaptations', professionals: ['orthopedic-specialist'] },
  },
  {
    id: 'healthy-adult',
    story: 'Pain-free 28-year-old, knees cave on single-leg squats.',
    input: { answers: adult({ ageYears: 28 }), tests: BOTH_CAVE },
    expect: { outcome: 'go', professionals: [], programHas: ['single-leg-balance', 'banded-chair-squat'] },
  },
];

export const NATURE_PERSONAS: readonly Persona[] = [
  {
    id: 'can-correct-but-no-change',
    story:
      'Brings both knees fully into line, yet 8 weeks of work changed nothing (issue 9: "likely structural" silently won).',
    input: {
      answers: adult({ weeksOfExerciseSoFar: 8, improvedSoFar: false }),
      tests: { ...BOTH_CAVE, activeCorrection: { left: 'can', right: 'can' } },
    },
    expect: {
      outcome: 'start-with-adaptations',
      professionals: ['physical-therapist'],
      programHas: ['single-leg-balance'],
    },
  },
];

/**
 * The findings rules that are not drivers, as data: signs of which knee caves in, dynamic or
 * likely structural, the mixed pictures that look like valgus, and plain notes. Loaded and
 * validated with the driver rules in rules.ts.
 */

const caves = { fact: 'singleLegSquat.{side}.caves', op: 'eq', value: true } as const;

export const VALGUS_RULES = [
  {
    id: 'valgus-as-told',
    perSide: true,
    when: { fact: 'sidesAffected', op: 'in', value: ['{side}', 'both'] },
    then: { kind: 'valgus' },
    source: 'the person’s own answer',
  },
  {
    id: 'valgus-standing',
    perSide: true,
    when: { fact: 'standingKnee.{side}', op: 'eq', value: 'in' },
    then: { kind: 'valgus' },
    source: 'seed 000, Knee Valgus test: knee closer to the midline than the ankle',
  },
  {
    id: 'valgus-single-leg',
    perSide: true,
    when: { any: [caves, { fact: 'singleLegBalance.{side}.kneeCaved', op: 'eq', value: true }] },
    then: { kind: 'valgus' },
    source: 'seed 001, What is Dynamic Knee Valgus? (the knee caves in on single-leg work)',
  },
  {
    id: 'valgus-ankle-gap-adult',
    perSide: false,
    when: {
      all: [
        { fact: 'ageGroup', op: 'in', value: ['adult', 'older-adult'] },
        { fact: 'intermalleolarCm', op: 'gt', value: 8 },
      ],
    },
    then: { kind: 'valgus' },
    // Heath & Staheli 1993 measured children; the adult reading is the "abnormal at any age" limit.
    source:
      'NORMS.md: an ankle gap above 8 cm is abnormal at any age (Perth Children’s Hospital pre-referral guideline)',
  },
  {
    id: 'valgus-ankle-gap-teen',
    perSide: false,
    when: {
      all: [
        { fact: 'ageGroup', op: 'eq', value: 'teen' },
        { fact: 'intermalleolarCm', op: 'gte', value: 4 },
      ],
    },
    then: { kind: 'valgus' },
    source: 'NORMS.md: in adolescents 4 cm or more defined genu valgum (study of 47,588)',
  },
];

const STRUCTURAL_NOTE =
  'Signs point to a bone shape (structural valgus). Exercise will not change the shape, but strength in many positions still protects the knee; a doctor can confirm it with an X-ray.';
const DYNAMIC_NOTE =
  'You can bring the knee into line, so the valgus is most likely functional: exercise can change it.';

export const NATURE_RULES = [
  {
    id: 'structural-cannot-correct',
    perSide: true,
    when: { fact: 'activeCorrection.{side}', op: 'eq', value: 'cannot' },
    then: { kind: 'nature', nature: 'likely-structural', note: STRUCTURAL_NOTE },
    source: 'seed 000, reader questions: if you can correct the knee alignment it is likely not structural',
  },
  {
    id: 'structural-no-change',
    perSide: false,
    when: {
      all: [
        { fact: 'weeksOfExerciseSoFar', op: 'gte', value: 6 },
        { fact: 'improvedSoFar', op: 'eq', value: false },
      ],
    },
    then: { kind: 'nature', nature: 'likely-structural', note: STRUCTURAL_NOTE },
    source:
      'seed 000, reader questions: no improvement within 6-12 weeks of correct work suggests a structural part',
  },
  {
    id: 'structural-fixed',
    perSide: false,
    when: { fact: 'fixedDeformity', op: 'eq', value: true },
    then: { kind: 'nature', nature: 'likely-structural', note: STRUCTURAL_NOTE },
    source: 'seed 002, Recognizing When Professional Intervention Is Necessary: a fixed deformity',
  },
  {
    id: 'dynamic-can-correct',
    perSide: true,
    when: { fact: 'activeCorrection.{side}', op: 'eq', value: 'can' },
    then: { kind: 'nature', nature: 'dynamic', note: DYNAMIC_NOTE },
    source: 'seed 000, reader questions: structural or functional; seed 002 dynamic vs structural',
  },
  {
    id: 'dynamic-only-when-moving',
    perSide: true,
    when: { all: [{ fact: 'standingKnee.{side}', op: 'eq', value: 'in-line' }, caves] },
    then: {
      kind: 'nature',
      nature: 'dynamic',
      note: 'The knee lines up when you stand and caves only when it takes load: that is dynamic valgus, which training changes.',
    },
    source: 'seed 001, What is Dynamic Knee Valgus?',
  },
];

export const MIXED_RULES = [
  {
    id: 'bow-legs',
    perSide: true,
    when: { fact: 'standingKnee.{side}', op: 'eq', value: 'out' },
    then: {
      kind: 'mixed-picture',
      picture: 'bow-legs',
      note: 'A knee that sits further out than its ankle (feet together, knees apart) is bow legs, not knock knees: a different problem, usually from bone shape. The knock-knee exercises are not aimed at it.',
    },
    source: 'seed 000, reader questions: bow legs and mixed pictures',
  },
  {
    id: 'knee-hyperextension',
    perSide: false,
    when: { fact: 'kneesLockBack', op: 'eq', value: true },
    then: {
      kind: 'mixed-picture',
      picture: 'knee-hyperextension',
      note: 'Your knees bow backwards when you stand. That is a separate problem that can make knees look turned in: keep a soft bend and avoid locking them.',
    },
    source: 'seed 000, reader questions: knee hyperextension',
  },
  {
    id: 'duck-feet',
    perSide: true,
    when: { fact: 'footAngle.{side}', op: 'eq', value: 'out' },
    then: {
      kind: 'mixed-picture',
      picture: 'duck-feet',
      note: 'Your feet point outwards (duck feet). Keep knees and toes pointing the same way; do not force a new walking pattern.',
    },
    source: 'seed 000, What is Knee Valgus? d) Duck Feet Posture',
  },
  {
    id: 'pelvis-shift',
    perSide: false,
    when: { fact: 'pelvis.shiftedTowards', op: 'in', value: ['left', 'right'] },
    then: {
      kind: 'mixed-picture',
      picture: 'pelvis-shift',
      note: 'Your pelvis sits off centre over your feet, which can look like a caving knee. Stand with the pelvis centred over both feet and look again.',
    },
    source: 'seed 000, reader questions: a pelvis shifted to one side gives the appearance of valgus',
  },
];

export const NOTE_RULES = [
  {
    id: 'one-side-focus',
    perSide: false,
    when: { fact: 'sidesAffected', op: 'in', value: ['left', 'right'] },
    then: {
      kind: 'note',
      note: 'Only one knee caves in: train that side, favour single-leg work, and check whether the pelvis is turned.',
    },
    source: 'seed 000, 8. Knee Valgus On One Side',
  },
  {
    id: 'one-area-foot-first',
    perSide: false,
    when: { fact: 'oneAreaOnly', op: 'eq', value: true },
    then: {
      kind: 'note',
      note: 'With time for one area only, start at the foot; if fixing the foot does not help, move on to the hips.',
    },
    source:
      'seed 000, reader questions (first reply: "if you just wanted one area ... the foot"); seed 001 Key #1',
  },
  {
    id: 'sport-keep-playing',
    perSide: false,
    when: {
      any: ['running', 'court-sports', 'football', 'gym', 'skiing', 'dance', 'other'].map((sport) => ({
        fact: 'sports',
        op: 'has',
        value: sport,
      })),
    },
    then: {
      kind: 'note',
      note: 'Keep up your sport as long as it does not hurt, with hip, knee and foot in line; build strength at the knee angle where the knee gives in.',
    },
    source: 'USER-NEEDS.md, sport and gym',
  },
  {
    id: 'check-hyperextension',
    perSide: true,
    when: {
      all: [
        { fact: 'standingKnee.{side}', op: 'eq', value: 'in' },
        { fact: 'footAngle.{side}', op: 'eq', value: 'forward' },
        { fact: 'kneesLockBack', op: 'absent' },
      ],
    },
    then: {
      kind: 'note',
      note: 'A knee turned in above a foot that points forwards can come from knees that bow backwards: do the "knees bowing backwards" test too.',
    },
    source: 'USER-NEEDS.md, bow legs and mixed pictures: knees turned in with feet forward',
  },
];

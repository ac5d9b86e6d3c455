/**
 * The findings rules as data: which answers and self-test results point to which driver, side
 * and severity; which knees cave in; dynamic or likely structural; the mixed pictures.
 *
 * Severity: the seeds give thresholds but no grades, so severity grows with the number of signs
 * that agree: one sign is mild, two that agree are moderate. A single-leg-squat FPPA at or above
 * the mean of women with knee pain (16.8°, Herrington 2014) is marked on its own.
 */
import { z } from 'zod';
import { DRIVERS } from '../catalog/types.js';
import type { Rule } from './rule-engine.js';
import { loadRules } from './rule-engine.js';

export const SEVERITIES = ['mild', 'moderate', 'marked'] as const;
const MIXED_PICTURES = ['bow-legs', 'knee-hyperextension', 'duck-feet', 'pelvis-shift'] as const;

export const findingThenSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('driver'),
    drivers: z.array(z.object({ driver: z.enum(DRIVERS), severity: z.enum(SEVERITIES) })).min(1),
  }),
  /** A sign that this knee caves in; a whole-body rule marks both knees. */
  z.object({ kind: z.literal('valgus') }),
  z.object({ kind: z.literal('nature'), nature: z.enum(['dynamic', 'likely-structural']), note: z.string() }),
  z.object({ kind: z.literal('mixed-picture'), picture: z.enum(MIXED_PICTURES), note: z.string() }),
  z.object({ kind: z.literal('note'), note: z.string() }),
]);
export type FindingThen = z.output<typeof findingThenSchema>;

const caves = { fact: 'singleLegSquat.{side}.caves', op: 'eq', value: true } as const;
const archDrops = { fact: 'foot.{side}.archCollapsesStanding', op: 'eq', value: true } as const;
const shortAnkle = { fact: 'kneeToWall.{side}.cm', op: 'lt', value: 10 } as const;
const driver = (...pairs: [string, string][]) => ({
  kind: 'driver',
  drivers: pairs.map(([name, severity]) => ({ driver: name, severity })),
});

const DRIVER_RULES = [
  {
    id: 'ankle-dorsiflexion-short',
    perSide: true,
    when: shortAnkle,
    then: driver(['ankle-dorsiflexion', 'mild']),
    source: 'seed 000, 6A Improve Ankle mobility: toe more than 4 in (10 cm) from the wall; NORMS.md',
  },
  {
    id: 'ankle-dorsiflexion-with-arch-drop',
    perSide: true,
    when: { all: [shortAnkle, archDrops] },
    then: driver(['ankle-dorsiflexion', 'moderate'], ['foot-pronation', 'moderate']),
    source: 'seed 001, Key #1 Ankle Dorsiflexion: a stiff ankle is made up for by a rolling foot',
  },
  {
    id: 'foot-pronation-arch-drop',
    perSide: true,
    when: archDrops,
    then: driver(['foot-pronation', 'mild']),
    source: 'seed 000, 6B Improve arch support; seed 001, Key #1 The Active Arch',
  },
  {
    id: 'foot-pronation-no-active-arch',
    perSide: true,
    when: { all: [archDrops, { fact: 'foot.{side}.canHoldShortFoot', op: 'eq', value: false }] },
    then: driver(['foot-pronation', 'moderate']),
    source: 'seed 001, Key #1 The Short & Skinny Foot',
  },
  {
    id: 'big-toe-stiff',
    perSide: true,
    when: { fact: 'bigToe.{side}', op: 'eq', value: 'limited' },
    then: driver(['big-toe-extension', 'mild']),
    source: 'seed 000, 6C Increase Big Toe Extension',
  },
  {
    id: 'hip-weak-single-leg-squat',
    perSide: true,
    when: caves,
    then: driver(['hip-abductor-weakness', 'moderate'], ['hip-external-rotator-weakness', 'moderate']),
    source: 'seed 002, Understanding the Biomechanical Causes; seed 000, 4. Strengthening exercises',
  },
  {
    id: 'hip-weak-fppa-high',
    perSide: true,
    when: { fact: 'singleLegSquat.{side}.fppaDegrees', op: 'gte', value: 16.8 },
    then: driver(['hip-abductor-weakness', 'marked'], ['hip-external-rotator-weakness', 'marked']),
    source: 'Herrington 2014 (NORMS.md): single-leg squat FPPA 16.8° in women with knee pain vs 8.4° healthy',
  },
  {
    id: 'hip-weak-balance',
    perSide: true,
    when: {
      any: [
        { fact: 'singleLegBalance.{side}.seconds', op: 'lt', value: 30 },
        { fact: 'singleLegBalance.{side}.kneeCaved', op: 'eq', value: true },
      ],
    },
    then: driver(['hip-abductor-weakness', 'mild']),
    source: 'seed 000, 5a Single Leg Balance: 30 seconds without the knee caving in',
  },
  {
    id: 'adductor-tight',
    perSide: true,
    when: { fact: 'groinStretch.{side}', op: 'eq', value: 'tight' },
    then: driver(['adductor-tightness', 'mild']),
    source: 'seed 000, 1a Adductor release and 2b Groin stretch',
  },
  {
    id: 'tfl-tight',
    perSide: true,
    when: { fact: 'legDrop.{side}', op: 'eq', value: 'stays-up' },
    then: driver(['tfl-tightness', 'mild']),
    source: 'seed 000, 1b Tensor Fasciae Latae: tightness turns the thigh inwards',
  },
  {
    id: 'quadriceps-weak',
    perSide: true,
    when: { fact: 'straightLegRaise.{side}.reps', op: 'lt', value: 30 },
    then: driver(['quadriceps-weakness', 'mild']),
    source: 'seed 000, 4c Quadriceps: 30 locked-knee leg lifts',
  },
  {
    id: 'tibia-turned-out',
    perSide: true,
    when: {
      all: [
        { fact: 'footAngle.{side}', op: 'eq', value: 'out' },
        { any: [{ fact: 'standingKnee.{side}', op: 'eq', value: 'in' }, caves] },
      ],
    },
    then: driver(['tibial-external-rotation', 'mild']),
    source: 'seed 000, What is Knee Valgus? c) Tibia External Rotation, d) Duck Feet Posture',
  },
  {
    id: 'pelvis-tipped-forwards',
    perSide: false,
    when: { fact: 'anteriorPelvicTilt', op: 'eq', value: true },
    then: driver(['anterior-pelvic-tilt', 'mild']),
    source: 'seed 000, 7. Address Pelvis Position: Anterior Pelvic Tilt',
  },
  {
    id: 'pelvis-turned',
    perSide: false,
    when: { fact: 'pelvis.rotatedTowards', op: 'in', value: ['left', 'right'] },
    then: driver(['pelvis-rotation', 'mild']),
    source: 'seed 000, 8b Assess For Rotation Pelvis',
  },
  {
    id: 'knee-sense-off',
    perSide: true,
    // More than the 7.5° smallest detectable difference of 2D knee angles (Munro 2012, NORMS.md).
    when: { fact: 'kneePositionSense.{side}.errorDegrees', op: 'gt', value: 7.5 },
    then: driver(['knee-position-sense', 'mild']),
    source: 'seed 001, Key #2 kinesthetic awareness; threshold: Munro 2012 smallest detectable difference',
  },
  {
    id: 'knee-sense-caves-though-correctable',
    perSide: true,
    when: { all: [caves, { fact: 'activeCorrection.{side}', op: 'eq', value: 'can' }] },
    then: driver(['knee-position-sense', 'mild']),
    source: 'seed 001, Key #2: the knee can be held in line but is not, so the sense of its position is off',
  },
];

const VALGUS_RULES = [
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
    source: 'NORMS.md: intermalleolar distance over 8 cm is beyond normal in adults (Heath & Staheli 1993)',
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

const NATURE_RULES = [
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

const MIXED_RULES = [
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

const NOTE_RULES = [
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
];

/** Every findings rule, validated at load: a bad edit to a table fails here, loudly. */
export const FINDING_RULES: readonly Rule<FindingThen>[] = loadRules(findingThenSchema, [
  ...DRIVER_RULES,
  ...VALGUS_RULES,
  ...NATURE_RULES,
  ...MIXED_RULES,
  ...NOTE_RULES,
]);
